// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calllistmodel.h"

#include "domain/halltime.h"

#include <QJsonObject>

namespace hall {

CallListModel::Call CallListModel::Call::fromJson(const QJsonObject& json)
{
    return Call{
        json.value(QLatin1String("ticket")).toString(),      json.value(QLatin1String("counter")).toInt(),
        json.value(QLatin1String("counterName")).toString(), json.value(QLatin1String("recall")).toBool(),
        json.value(QLatin1String("at")).toString(),          json.value(QLatin1String("seq")).toInteger(),
        json.value(QLatin1String("outcome")).toString()};
}

CallListModel::CallListModel(QObject* parent) : QAbstractListModel(parent) {}

int CallListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_calls.size());
}

QVariant CallListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_calls.size()) {
        return {};
    }
    const Call& c = m_calls.at(index.row());
    switch (role) {
    case TicketRole:
        return c.ticket;
    case CounterRole:
        return c.counter;
    case CounterNameRole:
        return c.counterName;
    case RecallRole:
        return c.recall;
    case TimeRole: {
        const QDateTime at = halltime::fromIso(c.at);
        return at.isValid() ? halltime::local(at).toString(QStringLiteral("HH:mm")) : QString();
    }
    case SeqRole:
        return c.seq;
    case OutcomeRole:
        return c.outcome;
    default:
        return {};
    }
}

QHash<int, QByteArray> CallListModel::roleNames() const
{
    return {{TicketRole, "ticket"},  {CounterRole, "counter"}, {CounterNameRole, "counterName"},
            {RecallRole, "recall"},  {TimeRole, "time"},       {SeqRole, "seq"},
            {OutcomeRole, "outcome"}};
}

void CallListModel::setCalls(const QJsonArray& recentCalls)
{
    QList<Call> fresh;
    for (const QJsonValue& v : recentCalls) {
        if (fresh.size() >= m_limit) {
            break;
        }
        fresh.append(Call::fromJson(v.toObject()));
    }
    if (fresh == m_calls) {
        return;
    }
    const qsizetype oldCount = m_calls.size();
    // The usual case, a new call: the old list follows the new calls unchanged.
    qsizetype added = 0;
    while (added < fresh.size() && (m_calls.isEmpty() || fresh.at(added).seq > m_calls.first().seq)) {
        ++added;
    }
    const qsizetype kept = fresh.size() - added;
    const bool shifted = added > 0 && kept <= m_calls.size() &&
                         std::equal(fresh.begin() + added, fresh.end(), m_calls.begin());
    if (shifted) {
        if (kept < m_calls.size()) {
            beginRemoveRows({}, int(kept), int(m_calls.size() - 1));
            m_calls.resize(kept);
            endRemoveRows();
        }
        beginInsertRows({}, 0, int(added - 1));
        m_calls = fresh;
        endInsertRows();
    } else {
        beginResetModel();
        m_calls = fresh;
        endResetModel();
    }
    if (m_calls.size() != oldCount) {
        emit countChanged();
    }
}

void CallListModel::setLimit(int limit)
{
    m_limit = std::max(1, limit);
    if (m_calls.size() > m_limit) {
        beginRemoveRows({}, m_limit, int(m_calls.size() - 1));
        m_calls.resize(m_limit);
        endRemoveRows();
        emit countChanged();
    }
}

} // namespace hall
