// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicefiguresmodel.h"

#include <QJsonObject>

namespace hall {

ServiceFiguresModel::ServiceFiguresModel(QObject* parent) : QAbstractListModel(parent) {}

int ServiceFiguresModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

QVariant ServiceFiguresModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_services.size()) {
        return {};
    }
    const Figures& s = m_services.at(index.row());
    switch (role) {
    case IdRole:
        return s.id;
    case PrefixRole:
        return s.prefix;
    case NameZhRole:
        return s.nameZh;
    case NameEnRole:
        return s.nameEn;
    case WaitingRole:
        return s.waiting;
    case WaitMinutesRole:
        return s.waitMinutes;
    case OpenCountersRole:
        return s.openCounters;
    default:
        return {};
    }
}

QHash<int, QByteArray> ServiceFiguresModel::roleNames() const
{
    return {{IdRole, "serviceId"},
            {PrefixRole, "prefix"},
            {NameZhRole, "nameZh"},
            {NameEnRole, "nameEn"},
            {WaitingRole, "waiting"},
            {WaitMinutesRole, "waitMinutes"},
            {OpenCountersRole, "openCounters"}};
}

int ServiceFiguresModel::totalWaiting() const
{
    int total = 0;
    for (const Figures& s : m_services) {
        total += s.waiting;
    }
    return total;
}

void ServiceFiguresModel::setServices(const QJsonArray& services)
{
    QList<Figures> fresh;
    for (const QJsonValue& v : services) {
        const QJsonObject s = v.toObject();
        fresh.append(
            Figures{s.value(QLatin1String("id")).toString(), s.value(QLatin1String("prefix")).toString(),
                    s.value(QLatin1String("nameZh")).toString(), s.value(QLatin1String("nameEn")).toString(),
                    s.value(QLatin1String("waiting")).toInt(), s.value(QLatin1String("waitMinutes")).toInt(),
                    s.value(QLatin1String("openCounters")).toInt()});
    }
    if (fresh == m_services) {
        return;
    }
    const bool sameServices = fresh.size() == m_services.size() &&
                              std::equal(fresh.begin(), fresh.end(), m_services.begin(),
                                         [](const Figures& a, const Figures& b) { return a.id == b.id; });
    if (sameServices) {
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            if (!(fresh.at(i) == m_services.at(i))) {
                m_services[i] = fresh.at(i);
                emit dataChanged(index(int(i)), index(int(i)));
            }
        }
    } else {
        const qsizetype oldCount = m_services.size();
        beginResetModel();
        m_services = fresh;
        endResetModel();
        if (oldCount != m_services.size()) {
            emit countChanged();
        }
    }
    emit figuresChanged();
}

} // namespace hall
