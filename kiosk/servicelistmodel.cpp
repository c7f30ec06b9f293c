// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicelistmodel.h"

#include <QJsonObject>

namespace hall {

ServiceListModel::ServiceListModel(QObject* parent) : QAbstractListModel(parent) {}

int ServiceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_services.size());
}

QString ServiceListModel::nameOf(const Service& s) const
{
    return m_english && !s.nameEn.isEmpty() ? s.nameEn : s.nameZh;
}

QVariant ServiceListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_services.size()) {
        return {};
    }
    const Service& s = m_services.at(index.row());
    switch (role) {
    case IdRole:
        return s.id;
    case PrefixRole:
        return s.prefix;
    case Qt::DisplayRole:
    case NameRole:
        return nameOf(s);
    case SecondaryNameRole:
        return m_english ? s.nameZh : s.nameEn;
    case WaitingRole:
        return s.waiting;
    case WaitMinutesRole:
        return s.waitMinutes;
    case SelectedRole:
        return m_selected.contains(s.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> ServiceListModel::roleNames() const
{
    return {{IdRole, "serviceId"},     {PrefixRole, "prefix"},
            {NameRole, "name"},        {SecondaryNameRole, "secondaryName"},
            {WaitingRole, "waiting"},  {WaitMinutesRole, "waitMinutes"},
            {SelectedRole, "selected"}};
}

void ServiceListModel::setServices(const QJsonArray& services)
{
    QList<Service> next;
    for (const QJsonValue& v : services) {
        const QJsonObject o = v.toObject();
        next.append({o.value(QLatin1String("id")).toString(), o.value(QLatin1String("prefix")).toString(),
                     o.value(QLatin1String("nameZh")).toString(), o.value(QLatin1String("nameEn")).toString(),
                     o.value(QLatin1String("waiting")).toInt(),
                     // -1: no open window serves it, so the service promises no figure.
                     o.value(QLatin1String("noWindowOpen")).toBool()
                         ? -1
                         : o.value(QLatin1String("waitMinutes")).toInt()});
    }
    const bool sameShape = next.size() == m_services.size() &&
                           std::equal(next.cbegin(), next.cend(), m_services.cbegin(),
                                      [](const Service& a, const Service& b) { return a.id == b.id; });
    if (sameShape) {
        // Figures change with every event; a reset would make the tiles under a finger flicker.
        m_services = next;
        if (!m_services.isEmpty()) {
            emit dataChanged(index(0), index(static_cast<int>(m_services.size()) - 1));
        }
        return;
    }
    beginResetModel();
    m_services = next;
    endResetModel();
    const qsizetype before = m_selected.size();
    m_selected.removeIf([this](const QString& id) { return rowOf(id) < 0; });
    emit countChanged();
    if (before != m_selected.size()) {
        emit selectionChanged();
    }
}

void ServiceListModel::setEnglish(bool english)
{
    if (m_english == english) {
        return;
    }
    m_english = english;
    if (!m_services.isEmpty()) {
        emit dataChanged(index(0), index(static_cast<int>(m_services.size()) - 1),
                         {NameRole, SecondaryNameRole});
    }
    emit selectionChanged();
}

int ServiceListModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_services.size(); ++i) {
        if (m_services.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

void ServiceListModel::toggle(int row)
{
    if (row < 0 || row >= m_services.size()) {
        return;
    }
    const QString& id = m_services.at(row).id;
    if (!m_selected.removeOne(id)) {
        m_selected.append(id);
    }
    emit dataChanged(index(row), index(row), {SelectedRole});
    emit selectionChanged();
}

void ServiceListModel::select(const QString& id)
{
    const int row = rowOf(id);
    if (row >= 0 && !m_selected.contains(id)) {
        toggle(row);
    }
}

void ServiceListModel::clearSelection()
{
    if (m_selected.isEmpty()) {
        return;
    }
    m_selected.clear();
    if (!m_services.isEmpty()) {
        emit dataChanged(index(0), index(static_cast<int>(m_services.size()) - 1), {SelectedRole});
    }
    emit selectionChanged();
}

QStringList ServiceListModel::selectedNames() const
{
    QStringList out;
    for (const QString& id : m_selected) {
        out.append(nameOf(m_services.at(rowOf(id))));
    }
    return out;
}

QStringList ServiceListModel::selectedNamesZh() const
{
    QStringList out;
    for (const QString& id : m_selected) {
        out.append(m_services.at(rowOf(id)).nameZh);
    }
    return out;
}

} // namespace hall
