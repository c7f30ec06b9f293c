// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "countercontroller.h"
#include "deskactions.h"
#include "rowmodel.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantMap>

namespace hall {

/// The counter's 预约 page: today's bookings per slot (masked), the booking behind the ticket in
/// hand, no-show marking, recording a divorce application (which starts the cooling-off period)
/// and, for staff with every window, cancelling a whole date with the couples to notify (masked);
/// the day's certificate ceremonies (颁证仪式) with their halls, officiants and couples.
/// Every rule is the service's (docs/protocol.md, Booking); this sends and shows.
class BookingDesk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(hall::CounterController* controller READ controller WRITE setController NOTIFY
                   controllerChanged FINAL)
    Q_PROPERTY(hall::DeskActions* actions READ actions CONSTANT FINAL)
    Q_PROPERTY(hall::RowModel* bookings READ bookings CONSTANT FINAL)
    Q_PROPERTY(hall::RowModel* notices READ notices CONSTANT FINAL)
    Q_PROPERTY(QString date READ date NOTIFY bookingsChanged FINAL)
    Q_PROPERTY(QVariantMap counts READ counts NOTIFY bookingsChanged FINAL)
    Q_PROPERTY(QVariantMap current READ current NOTIFY currentChanged FINAL)
    Q_PROPERTY(QVariantMap application READ application NOTIFY applicationChanged FINAL)
    Q_PROPERTY(QString closure READ closure NOTIFY noticesChanged FINAL)
    Q_PROPERTY(bool reading READ reading NOTIFY readingChanged FINAL)
    Q_PROPERTY(QString countsText READ countsText NOTIFY bookingsChanged FINAL)
    Q_PROPERTY(QString currentText READ currentText NOTIFY currentChanged FINAL)
    Q_PROPERTY(QString applicationText READ applicationText NOTIFY applicationChanged FINAL)
    Q_PROPERTY(QString ceremoniesText READ ceremoniesText NOTIFY bookingsChanged FINAL)

public:
    explicit BookingDesk(QObject* parent = nullptr);

    CounterController* controller() const { return m_controller; }
    void setController(CounterController* controller);
    DeskActions* actions() { return &m_actions; }
    RowModel* bookings() { return &m_bookings; }
    RowModel* notices() { return &m_notices; }
    QString date() const { return m_date; }
    QVariantMap counts() const { return m_counts; }
    /// The booking of the ticket in hand (masked), empty when it has none.
    QVariantMap current() const { return m_current; }
    /// The divorce application just recorded (its periods), empty before.
    QVariantMap application() const { return m_application; }
    /// "今日预约 3 · 已签到 1 · …" for the page's heading.
    QString countsText() const;
    /// A read of the day's bookings is on its way.
    bool reading() const { return m_reads > 0; }
    /// The ticket in hand's booking in three lines, or that it has none.
    QString currentText() const;
    /// The recorded application's periods in one sentence; empty before one is recorded.
    QString applicationText() const;
    /// The shown day's ceremonies, one a line ("10:00–11:00 幸福厅 李老师 冬日集体颁证 2/3 对"); empty
    /// when there are none.
    QString ceremoniesText() const;
    /// "2026-12-03 暴雨停办" after a bulk cancellation.
    QString closure() const { return m_closure; }

    /// Reads the shown date's bookings again (booking.today; today until show() chose another).
    Q_INVOKABLE void refresh();
    /// Shows another date's bookings ("2026-11-25"; empty: today).
    Q_INVOKABLE void show(const QString& date);
    /// The day `days` after the one shown (the date picker's ◀ ▶); today again with showToday().
    Q_INVOKABLE void step(int days);
    Q_INVOKABLE void showToday() { show({}); }
    Q_INVOKABLE bool markNoShow(const QString& code);
    /// Records the first visit of a divorce by agreement for two people (names as on the cards).
    Q_INVOKABLE bool recordDivorce(const QString& firstName, const QString& firstId,
                                   const QString& secondName, const QString& secondId);
    /// Cancels every booking of `date` (staff with every window); the couples to notify follow.
    Q_INVOKABLE bool cancelDate(const QString& date, const QString& reason);

    /// One BookingView (docs/protocol.md) as a row: code, slot, type, persons, phone, status.
    static QVariantMap rowOf(const QJsonObject& booking);
    /// The appointment reference of the ticket in hand at `window`, from a counter's snapshot.
    static QString appointmentOf(const QJsonObject& snapshot, int window);

signals:
    void controllerChanged();
    void bookingsChanged();
    void currentChanged();
    void applicationChanged();
    void noticesChanged();
    void readingChanged();

private:
    void onToday(const QJsonObject& result);
    void followTicket();

    QPointer<CounterController> m_controller;
    DeskActions m_actions;
    RowModel m_bookings;
    RowModel m_notices;
    QString m_date;
    QString m_shown; ///< the date asked for; empty: the service's today
    QVariantMap m_counts;
    QJsonArray m_ceremonies;
    QVariantMap m_current;
    QString m_currentCode;
    QVariantMap m_application;
    QString m_closure;
    int m_reads = 0;
};

} // namespace hall
