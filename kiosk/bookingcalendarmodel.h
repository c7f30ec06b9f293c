// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QQmlEngine>

namespace hall {

/// One month of the booking calendar as a grid (Monday first): leading blanks, then one cell per
/// day with what the service says about it for the chosen booking type: past, bookable with places
/// left, sold out, not yet released (and when it opens), booking closed, the office closed (with the
/// holiday's name on a public holiday), or not released until the year's 调休 arrangement is
/// published; and whether it is a special date. The model decides nothing; it shows the service's
/// answer.
class BookingCalendarModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by BookingFlow")
    Q_PROPERTY(int year READ year NOTIFY monthChanged FINAL)
    Q_PROPERTY(int month READ month NOTIFY monthChanged FINAL)
    Q_PROPERTY(QString selectedDate READ selectedDateText NOTIFY selectionChanged FINAL)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY monthChanged FINAL)

public:
    enum class DayState
    {
        Blank,        ///< a grid cell before the first day
        Bookable,     ///< open, released, places left
        SoldOut,      ///< open and released, no place left for this type
        NotYetOpen,   ///< not released yet: opensAt says when
        Closed,       ///< booking for the date has closed (after the cut-off)
        OfficeClosed, ///< not open that day (holiday, weekend, closure) or not for this type
        Past,         ///< before today in the hall
        Provisional,  ///< not released: the year's 调休 arrangement is not published yet (待公布)
    };
    Q_ENUM(DayState)

    enum Role
    {
        DayRole = Qt::UserRole + 1,
        DateRole,
        StateRole,
        SpecialRole,
        OpensAtRole,
        RemainingRole,
        SelectedRole,
        ClosedReasonRole,
        HolidayRole, ///< the public holiday's name ("国庆节") on a closed holiday, else empty
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Shows `firstOfMonth` with every day unknown (greyed) until setDays() brings the answer.
    void setMonth(QDate firstOfMonth);
    /// The service's days of the month (see docs/protocol.md, Booking); `english` picks the
    /// special date's English name where there is one.
    void setDays(const QJsonArray& days, bool english);
    void clear();

    Q_INVOKABLE bool select(const QString& isoDate);
    void clearSelection();

    QDate firstOfMonth() const { return m_first; }
    int year() const { return m_first.year(); }
    int month() const { return m_first.month(); }
    bool isLoaded() const { return m_loaded; }
    QDate selectedDate() const { return m_selected; }
    QString selectedDateText() const { return m_selected.toString(Qt::ISODate); }
    /// The cell of `date`; Blank for dates not in the month.
    DayState stateOf(QDate date) const;
    QString specialOf(QDate date) const;

signals:
    void monthChanged();
    void selectionChanged();

private:
    struct Day
    {
        DayState state = DayState::OfficeClosed;
        QString special;
        QDateTime opensAt;
        int remaining = 0;
        QString closedReason;
        QString holiday;
    };
    int leadingBlanks() const;

    QDate m_first;
    QList<Day> m_days; ///< index = day of month - 1
    QDate m_selected;
    bool m_loaded = false;
};

} // namespace hall
