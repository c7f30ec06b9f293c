// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "countercontroller.h"
#include "deskactions.h"
#include "rowmodel.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantMap>

namespace hall {

/// The counter's 代约 page: staff book, move and cancel a booking for a caller who phoned or came to
/// the counter (channel phone or walkIn) under the couple's own rules; after each action the booking
/// and its audit (who did what for whom, how they asked) are read back with booking.get. The ID
/// numbers typed go to the service only; what shows is masked. Every rule is the service's.
class CallerBookingDesk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(hall::CounterController* controller READ controller WRITE setController NOTIFY
                   controllerChanged FINAL)
    Q_PROPERTY(hall::DeskActions* actions READ actions CONSTANT FINAL)
    Q_PROPERTY(QVariantList types READ types NOTIFY typesChanged FINAL)
    Q_PROPERTY(hall::RowModel* freeSlots READ slotRows CONSTANT FINAL)
    Q_PROPERTY(QString bookingText READ bookingText NOTIFY bookingChanged FINAL)
    Q_PROPERTY(QString code READ code NOTIFY bookingChanged FINAL)
    Q_PROPERTY(QString auditText READ auditText NOTIFY bookingChanged FINAL)
    Q_PROPERTY(bool reading READ reading NOTIFY readingChanged FINAL)

public:
    explicit CallerBookingDesk(QObject* parent = nullptr);

    CounterController* controller() const { return m_controller; }
    void setController(CounterController* controller);
    DeskActions* actions() { return &m_actions; }
    /// The booking types of the office ({id, nameZh}, booking.info).
    QVariantList types() const { return m_types; }
    /// The chosen date's slots of the chosen type: start (ISO), time, remaining, text.
    RowModel* slotRows() { return &m_slots; }
    /// The booking the last action made, moved or cancelled, in one line (masked).
    QString bookingText() const { return m_bookingText; }
    QString code() const { return m_code; }
    /// The booking's audit, one line per staff action, oldest first.
    QString auditText() const { return m_auditText; }
    bool reading() const { return m_reads > 0; }

    /// Reads the free slots of `type` on `date` ("2026-12-01").
    Q_INVOKABLE void loadSlots(const QString& type, const QString& date);
    /// Books `slotStart` for two people (one for a replacement: `secondId` empty); `channel` is
    /// "phone" or "walkIn".
    Q_INVOKABLE bool book(const QString& type, const QString& slotStart, const QString& firstId,
                          const QString& secondId, const QString& phone, const QString& channel);
    /// Moves booking `code` (one party's ID number proves it is theirs) to `slotStart`.
    Q_INVOKABLE bool move(const QString& code, const QString& idNumber, const QString& slotStart,
                          const QString& channel);
    Q_INVOKABLE bool cancel(const QString& code, const QString& idNumber, const QString& channel);

    /// One audit entry as staff read it: "2026-11-24 10:02 代约 li 电话".
    static QString auditLine(const QJsonObject& entry);

signals:
    void controllerChanged();
    void typesChanged();
    void bookingChanged();
    void readingChanged();

private:
    void readInfo();
    void readBack(const QString& code);
    void read(const QString& op, const QJsonObject& args, std::function<void(const QJsonObject&)> done);

    QPointer<CounterController> m_controller;
    DeskActions m_actions;
    QVariantList m_types;
    RowModel m_slots;
    QString m_bookingText;
    QString m_code;
    QString m_auditText;
    int m_reads = 0;
};

} // namespace hall
