// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingcalendarmodel.h"

#include <QJsonObject>
#include <QTimeZone>

namespace hall {

namespace {

BookingCalendarModel::DayState stateFrom(const QJsonObject& d)
{
    using S = BookingCalendarModel::DayState;
    if (d.value(QLatin1String("past")).toBool()) {
        return S::Past;
    }
    if (!d.value(QLatin1String("open")).toBool()) {
        return d.value(QLatin1String("provisional")).toBool() ? S::Provisional : S::OfficeClosed;
    }
    if (d.contains(QLatin1String("offered")) && !d.value(QLatin1String("offered")).toBool()) {
        return S::OfficeClosed; // open, but not for this type
    }
    const QString release = d.value(QLatin1String("release")).toString();
    if (release == QLatin1String("notYetOpen")) {
        return S::NotYetOpen;
    }
    if (release != QLatin1String("open")) {
        return S::Closed;
    }
    if (d.value(QLatin1String("soldOut")).toBool()) {
        return S::SoldOut;
    }
    return d.value(QLatin1String("remaining")).toInt() > 0 ? S::Bookable : S::SoldOut;
}

} // namespace

int BookingCalendarModel::leadingBlanks() const
{
    return m_first.isValid() ? m_first.dayOfWeek() - 1 : 0; // Monday first, as Chinese calendars
}

int BookingCalendarModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_first.isValid() ? 0 : leadingBlanks() + m_first.daysInMonth();
}

QVariant BookingCalendarModel::data(const QModelIndex& index, int role) const
{
    const int day = index.row() - leadingBlanks() + 1;
    if (!index.isValid() || day < 1) {
        switch (role) {
        case StateRole:
            return QVariant::fromValue(DayState::Blank);
        case DayRole:
        case RemainingRole:
            return 0;
        case SelectedRole:
            return false;
        default:
            return QString();
        }
    }
    const QDate date = m_first.addDays(day - 1);
    const Day& d = m_days.at(day - 1);
    switch (role) {
    case DayRole:
        return day;
    case DateRole:
        return date.toString(Qt::ISODate);
    case StateRole:
        return QVariant::fromValue(d.state);
    case SpecialRole:
        return d.special;
    case OpensAtRole:
        // Hall time; a release at midnight is the usual case and reads best as the date alone.
        if (!d.opensAt.isValid()) {
            return QString();
        }
        return d.opensAt.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("M-d HH:mm"));
    case RemainingRole:
        return d.remaining;
    case SelectedRole:
        return date == m_selected;
    case ClosedReasonRole:
        return d.closedReason;
    case HolidayRole:
        return d.holiday;
    default:
        return {};
    }
}

QHash<int, QByteArray> BookingCalendarModel::roleNames() const
{
    return {{DayRole, "day"},           {DateRole, "date"},
            {StateRole, "dayState"},    {SpecialRole, "special"},
            {OpensAtRole, "opensAt"},   {RemainingRole, "remaining"},
            {SelectedRole, "selected"}, {ClosedReasonRole, "closedReason"},
            {HolidayRole, "holiday"}};
}

void BookingCalendarModel::setMonth(QDate firstOfMonth)
{
    beginResetModel();
    m_first = QDate(firstOfMonth.year(), firstOfMonth.month(), 1);
    m_days = QList<Day>(m_first.daysInMonth());
    m_loaded = false;
    endResetModel();
    clearSelection();
    emit monthChanged();
}

void BookingCalendarModel::setDays(const QJsonArray& days, bool english)
{
    beginResetModel();
    m_days = QList<Day>(m_first.daysInMonth());
    for (const QJsonValue& v : days) {
        const QJsonObject o = v.toObject();
        const QDate date = QDate::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate);
        if (date.year() != m_first.year() || date.month() != m_first.month()) {
            continue;
        }
        Day& d = m_days[date.day() - 1];
        d.state = stateFrom(o);
        d.remaining = o.value(QLatin1String("remaining")).toInt();
        d.closedReason = o.value(QLatin1String("closedReason")).toString();
        d.opensAt = QDateTime::fromString(o.value(QLatin1String("opensAt")).toString(), Qt::ISODate);
        const QJsonObject special = o.value(QLatin1String("special")).toObject();
        const QString en = special.value(QLatin1String("nameEn")).toString();
        d.special = english && !en.isEmpty() ? en : special.value(QLatin1String("nameZh")).toString();
        const QString holidayEn = o.value(QLatin1String("holidayEn")).toString();
        d.holiday =
            english && !holidayEn.isEmpty() ? holidayEn : o.value(QLatin1String("holidayZh")).toString();
    }
    m_loaded = true;
    endResetModel();
    emit monthChanged();
}

void BookingCalendarModel::clear()
{
    beginResetModel();
    m_first = {};
    m_days.clear();
    m_loaded = false;
    endResetModel();
    clearSelection();
    emit monthChanged();
}

bool BookingCalendarModel::select(const QString& isoDate)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    if (stateOf(date) != DayState::Bookable) {
        return false;
    }
    const int before = m_selected.isValid() ? leadingBlanks() + m_selected.day() - 1 : -1;
    m_selected = date;
    if (before >= 0) {
        emit dataChanged(index(before), index(before), {SelectedRole});
    }
    const int row = leadingBlanks() + date.day() - 1;
    emit dataChanged(index(row), index(row), {SelectedRole});
    emit selectionChanged();
    return true;
}

void BookingCalendarModel::clearSelection()
{
    if (!m_selected.isValid()) {
        return;
    }
    const int row = leadingBlanks() + m_selected.day() - 1;
    m_selected = {};
    if (row >= 0 && row < rowCount()) {
        emit dataChanged(index(row), index(row), {SelectedRole});
    }
    emit selectionChanged();
}

BookingCalendarModel::DayState BookingCalendarModel::stateOf(QDate date) const
{
    if (!date.isValid() || date.year() != m_first.year() || date.month() != m_first.month() || !m_loaded) {
        return DayState::Blank;
    }
    return m_days.at(date.day() - 1).state;
}

QString BookingCalendarModel::specialOf(QDate date) const
{
    return stateOf(date) == DayState::Blank ? QString() : m_days.at(date.day() - 1).special;
}

} // namespace hall
