// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views.h"

#include "recentcalls.h"

namespace hall::protocol {

QJsonObject filterTicketJson(QJsonObject ticket, Audience audience)
{
    if (audience != Audience::Public) {
        return ticket;
    }
    // What a window on the lobby screen shows, and the id that ties it to its counter.
    QJsonObject out;
    for (const char* key : {"id", "number", "state", "calledAt"}) {
        const auto it = ticket.constFind(QLatin1String(key));
        if (it != ticket.constEnd() && !(it->isString() && it->toString().isEmpty())) {
            out.insert(it.key(), *it);
        }
    }
    return out;
}

QJsonObject ticketView(const Ticket& t, Audience audience)
{
    return filterTicketJson(toJson(t), audience);
}

QJsonObject counterStateView(QJsonObject state, Audience audience)
{
    if (audience == Audience::Public) {
        state.remove(QLatin1String("staff"));
        state.remove(QLatin1String("normalStreak"));
    }
    return state;
}

QJsonObject eventView(const QString& kind, const QJsonObject& data, Audience audience)
{
    if (audience != Audience::Public) {
        return data;
    }
    if (kind == QLatin1String("device.status")) {
        return {}; // a device's report is free text for staff
    }
    QJsonObject out;
    // A ticket matters to the public only while a window shows it: with the counter's state.
    if (data.contains(QLatin1String("counterState"))) {
        out.insert(QStringLiteral("counterState"),
                   counterStateView(data.value(QLatin1String("counterState")).toObject(), audience));
        if (data.contains(QLatin1String("ticket"))) {
            out.insert(QStringLiteral("ticket"),
                       filterTicketJson(data.value(QLatin1String("ticket")).toObject(), audience));
        }
    }
    // "notices": the lobby's public notices (notices.changed), which every display shows.
    for (const char* key : {"queue", "counterName", "recall", "from", "to", "expired", "notices"}) {
        const auto it = data.constFind(QLatin1String(key));
        if (it != data.constEnd()) {
            out.insert(it.key(), *it);
        }
    }
    return out;
}

QJsonObject eventData(const JournalEvent& e, Audience audience)
{
    QJsonObject data = eventView(e.kind, e.data, audience);
    // A set-aside or finished ticket is marked in every screen's recent calls by its number.
    if (!data.isEmpty() || audience != Audience::Public || !callOutcome(e.kind).isEmpty()) {
        if (e.counter != 0) {
            data.insert(QStringLiteral("counter"), e.counter);
        }
        if (!e.ticket.isEmpty()) {
            data.insert(QStringLiteral("number"), e.ticket);
        }
    }
    return data;
}

} // namespace hall::protocol
