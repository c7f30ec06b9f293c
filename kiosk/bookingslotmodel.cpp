// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingslotmodel.h"

#include <QJsonArray>
#include <QTimeZone>

namespace hall {

QString hallClockText(const QDateTime& moment)
{
    return moment.isValid() ? moment.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("HH:mm"))
                            : QString();
}

namespace {

/// Places per type are objects keyed by type id ({"marriage": 6, …}); a plain number is taken as
/// the places of the type asked for.
int placesOf(const QJsonValue& v, const QString& type, bool* offered)
{
    if (v.isObject()) {
        const QJsonValue t = v.toObject().value(type);
        *offered = !t.isUndefined() && !t.isNull();
        return t.toInt();
    }
    *offered = v.isDouble();
    return v.toInt();
}

} // namespace

int BookingSlotModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_slots.size());
}

QVariant BookingSlotModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_slots.size()) {
        return {};
    }
    const Slot& s = m_slots.at(index.row());
    switch (role) {
    case StartRole:
        return hallClockText(s.start);
    case EndRole:
        return hallClockText(s.end);
    case RemainingRole:
        return s.remaining;
    case CapacityRole:
        return s.capacity;
    case SelectedRole:
        return index.row() == m_selected;
    case ThemeZhRole:
        return s.themeZh;
    case ThemeEnRole:
        return s.themeEn;
    case HallRole:
        return s.hall;
    default:
        return {};
    }
}

QHash<int, QByteArray> BookingSlotModel::roleNames() const
{
    return {{StartRole, "start"},       {EndRole, "end"},           {RemainingRole, "remaining"},
            {CapacityRole, "capacity"}, {SelectedRole, "selected"}, {ThemeZhRole, "themeZh"},
            {ThemeEnRole, "themeEn"},   {HallRole, "hall"}};
}

void BookingSlotModel::setAvailability(const QJsonObject& availability, const QString& type)
{
    beginResetModel();
    m_slots.clear();
    m_selected = -1;
    const QJsonArray list = availability.value(QLatin1String("slots")).toArray();
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        Slot s;
        s.start = QDateTime::fromString(o.value(QLatin1String("start")).toString(), Qt::ISODate);
        s.end = QDateTime::fromString(o.value(QLatin1String("end")).toString(), Qt::ISODate);
        bool offered = false;
        s.capacity = placesOf(o.value(QLatin1String("capacity")), type, &offered);
        if (!offered || s.capacity <= 0 || !s.start.isValid()) {
            continue; // this type is not booked in this slot
        }
        s.remaining = placesOf(o.value(QLatin1String("remaining")), type, &offered);
        // The collective ceremony is the ceremony's: a registration in the same slot is not part of it.
        const QJsonObject group = type == QLatin1String("ceremony")
                                      ? o.value(QLatin1String("collective")).toObject()
                                      : QJsonObject();
        s.themeZh = group.value(QLatin1String("themeZh")).toString();
        s.themeEn = group.value(QLatin1String("themeEn")).toString();
        s.hall = group.value(QLatin1String("hall")).toString();
        m_slots.append(s);
    }
    endResetModel();
    emit countChanged();
    emit selectionChanged();
}

void BookingSlotModel::clear()
{
    beginResetModel();
    m_slots.clear();
    m_selected = -1;
    endResetModel();
    emit countChanged();
    emit selectionChanged();
}

bool BookingSlotModel::select(int row)
{
    if (row < 0 || row >= m_slots.size() || m_slots.at(row).remaining <= 0) {
        return false;
    }
    const int before = m_selected;
    m_selected = row;
    if (before >= 0) {
        emit dataChanged(index(before), index(before), {SelectedRole});
    }
    emit dataChanged(index(row), index(row), {SelectedRole});
    emit selectionChanged();
    return true;
}

QDateTime BookingSlotModel::selectedStart() const
{
    return m_selected >= 0 ? m_slots.at(m_selected).start : QDateTime();
}

QString BookingSlotModel::selectedText() const
{
    return m_selected >= 0
               ? hallClockText(selectedStart()) + QStringLiteral("–") + hallClockText(selectedEnd())
               : QString();
}

QDateTime BookingSlotModel::selectedEnd() const
{
    return m_selected >= 0 ? m_slots.at(m_selected).end : QDateTime();
}

} // namespace hall
