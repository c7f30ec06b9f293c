// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowlistmodel.h"

#include <QJsonObject>

namespace hall {

WindowListModel::Window WindowListModel::Window::fromJson(const QJsonObject& counter)
{
    Window w;
    w.number = counter.value(QLatin1String("number")).toInt();
    w.name = counter.value(QLatin1String("name")).toString();
    const QString status = counter.value(QLatin1String("status")).toString();
    const QJsonObject ticket = counter.value(QLatin1String("ticket")).toObject();
    const QString ticketState = ticket.value(QLatin1String("state")).toString();
    if (ticketState == QLatin1String("called") || ticketState == QLatin1String("serving")) {
        w.ticket = ticket.value(QLatin1String("number")).toString();
    }
    if (status == QLatin1String("open")) {
        w.phase = w.ticket.isEmpty()                       ? QStringLiteral("open")
                  : ticketState == QLatin1String("called") ? QStringLiteral("calling")
                                                           : QStringLiteral("serving");
    } else if (status == QLatin1String("paused")) {
        w.phase = QStringLiteral("paused"); // a paused window may still finish the ticket in hand
    } else {
        w.phase = QStringLiteral("closed");
        w.ticket.clear();
    }
    return w;
}

WindowListModel::WindowListModel(QObject* parent) : QAbstractListModel(parent) {}

int WindowListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_windows.size());
}

QVariant WindowListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_windows.size()) {
        return {};
    }
    const Window& w = m_windows.at(index.row());
    switch (role) {
    case NumberRole:
        return w.number;
    case NameRole:
        return w.name;
    case PhaseRole:
        return w.phase;
    case TicketRole:
        return w.ticket;
    default:
        return {};
    }
}

QHash<int, QByteArray> WindowListModel::roleNames() const
{
    return {{NumberRole, "number"}, {NameRole, "name"}, {PhaseRole, "phase"}, {TicketRole, "ticket"}};
}

void WindowListModel::setCounters(const QJsonArray& counters)
{
    QList<Window> fresh;
    for (const QJsonValue& v : counters) {
        fresh.append(Window::fromJson(v.toObject()));
    }
    const bool sameWindows =
        fresh.size() == m_windows.size() &&
        std::equal(fresh.begin(), fresh.end(), m_windows.begin(),
                   [](const Window& a, const Window& b) { return a.number == b.number; });
    if (!sameWindows) {
        const qsizetype oldCount = m_windows.size();
        beginResetModel();
        m_windows = fresh;
        endResetModel();
        if (oldCount != m_windows.size()) {
            emit countChanged();
        }
        return;
    }
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        if (!(fresh.at(i) == m_windows.at(i))) {
            m_windows[i] = fresh.at(i);
            emit dataChanged(index(int(i)), index(int(i)));
        }
    }
}

} // namespace hall
