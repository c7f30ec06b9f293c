// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QJsonObject>
#include <QQmlEngine>

namespace hall {

/// The time slots of one date for the chosen booking type, with the places left in each, as the
/// service's availability answer gives them. Slots the type is not offered in are left out.
class BookingSlotModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by BookingFlow")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged FINAL)
    Q_PROPERTY(int selectedIndex READ selectedIndex NOTIFY selectionChanged FINAL)
    Q_PROPERTY(QString selectedText READ selectedText NOTIFY selectionChanged FINAL)

public:
    enum Role
    {
        StartRole = Qt::UserRole + 1,
        EndRole,
        RemainingRole,
        CapacityRole,
        SelectedRole,
        ThemeZhRole, ///< a collective ceremony's theme; empty otherwise
        ThemeEnRole,
        HallRole,
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// From the availability of one date; `type` is the booking type id ("marriage", …).
    void setAvailability(const QJsonObject& availability, const QString& type);
    void clear();

    Q_INVOKABLE bool select(int row);
    int selectedIndex() const { return m_selected; }
    /// The chosen slot's start (for booking.create), invalid when none.
    QDateTime selectedStart() const;
    QDateTime selectedEnd() const;
    /// "09:00–09:30", empty when none.
    QString selectedText() const;

signals:
    void countChanged();
    void selectionChanged();

private:
    struct Slot
    {
        QDateTime start;
        QDateTime end;
        int remaining = 0;
        int capacity = 0;
        QString themeZh;
        QString themeEn;
        QString hall;
    };
    QList<Slot> m_slots;
    int m_selected = -1;
};

/// "09:00" in hall time (UTC+8) whatever offset the service wrote the moment with.
QString hallClockText(const QDateTime& moment);

} // namespace hall
