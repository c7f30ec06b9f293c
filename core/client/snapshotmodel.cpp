// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotmodel.h"

#include "protocol/recentcalls.h"

#include <QJsonArray>

#include <algorithm>

namespace hall {

namespace {

constexpr int kRecentCalls = 10;

void applyCounter(QJsonObject& snapshot, const QJsonObject& state, const QJsonObject& ticket)
{
    const int number = state.value(QLatin1String("number")).toInt();
    QJsonArray counters = snapshot.value(QLatin1String("counters")).toArray();
    for (qsizetype i = 0; i < counters.size(); ++i) {
        QJsonObject c = counters.at(i).toObject();
        if (c.value(QLatin1String("number")).toInt() != number) {
            continue;
        }
        c.insert(QStringLiteral("status"), state.value(QLatin1String("status")));
        const qint64 current = state.value(QLatin1String("currentTicket")).toInteger();
        if (current == 0) {
            c.insert(QStringLiteral("ticket"), QJsonValue());
        } else if (ticket.value(QLatin1String("id")).toInteger() == current) {
            c.insert(QStringLiteral("ticket"), ticket);
        }
        if (c.contains(QLatin1String("staff")) || snapshot.contains(QLatin1String("tickets"))) {
            const QString staff = state.value(QLatin1String("staff")).toString();
            if (staff.isEmpty()) {
                c.remove(QStringLiteral("staff"));
            } else {
                c.insert(QStringLiteral("staff"), staff);
            }
        }
        counters.replace(i, c);
    }
    snapshot.insert(QStringLiteral("counters"), counters);
}

void applyQueue(QJsonObject& snapshot, const QJsonArray& figures)
{
    QJsonArray services = snapshot.value(QLatin1String("services")).toArray();
    for (const QJsonValue& f : figures) {
        const QJsonObject fig = f.toObject();
        for (qsizetype i = 0; i < services.size(); ++i) {
            QJsonObject s = services.at(i).toObject();
            if (s.value(QLatin1String("id")) == fig.value(QLatin1String("service"))) {
                // An absent waitMinutes (no window open) removes the old figure: insert(undefined).
                for (const char* key : {"waiting", "waitMinutes", "openCounters", "noWindowOpen"}) {
                    s.insert(QLatin1String(key), fig.value(QLatin1String(key)));
                }
                services.replace(i, s);
            }
        }
    }
    snapshot.insert(QStringLiteral("services"), services);
}

bool isOpen(const QString& state)
{
    return state == QLatin1String("waiting") || state == QLatin1String("called") ||
           state == QLatin1String("serving") || state == QLatin1String("setAside");
}

void applyTicket(QJsonObject& snapshot, const QJsonObject& ticket)
{
    if (!snapshot.contains(QLatin1String("tickets"))) {
        return; // public snapshots carry no ticket list
    }
    QJsonArray tickets = snapshot.value(QLatin1String("tickets")).toArray();
    const qint64 id = ticket.value(QLatin1String("id")).toInteger();
    qsizetype at = -1;
    for (qsizetype i = 0; i < tickets.size(); ++i) {
        if (tickets.at(i).toObject().value(QLatin1String("id")).toInteger() == id) {
            at = i;
            break;
        }
    }
    const bool open = isOpen(ticket.value(QLatin1String("state")).toString());
    if (at >= 0 && open) {
        tickets.replace(at, ticket);
    } else if (at >= 0) {
        tickets.removeAt(at);
    } else if (open) {
        tickets.append(ticket);
    }
    snapshot.insert(QStringLiteral("tickets"), tickets);
}

void applyDevice(QJsonObject& snapshot, const QJsonObject& report)
{
    if (!snapshot.contains(QLatin1String("devices"))) {
        return; // public snapshots carry no device list
    }
    QJsonArray devices = snapshot.value(QLatin1String("devices")).toArray();
    const auto same = [&report](const QJsonValue& v) {
        const QJsonObject d = v.toObject();
        return d.value(QLatin1String("device")) == report.value(QLatin1String("device")) &&
               d.value(QLatin1String("kind")) == report.value(QLatin1String("kind"));
    };
    const auto it = std::find_if(devices.begin(), devices.end(), same);
    if (it != devices.end()) {
        *it = report;
    } else {
        devices.append(report);
    }
    snapshot.insert(QStringLiteral("devices"), devices);
}

} // namespace

bool applyEvent(QJsonObject& snapshot, const QString& kind, qint64 seq, const QJsonObject& data)
{
    // A new day or a reloaded calendar changes what the snapshot says about today: fetch it again.
    if (kind == QLatin1String("day.rolledOver") || kind == QLatin1String("calendar.changed")) {
        return false;
    }
    const QJsonObject ticket = data.value(QLatin1String("ticket")).toObject();
    if (data.contains(QLatin1String("counterState"))) {
        applyCounter(snapshot, data.value(QLatin1String("counterState")).toObject(), ticket);
    }
    if (!ticket.isEmpty()) {
        applyTicket(snapshot, ticket);
    }
    applyQueue(snapshot, data.value(QLatin1String("queue")).toArray());
    if (kind == QLatin1String("notices.changed")) {
        snapshot.insert(QStringLiteral("notices"), data.value(QLatin1String("notices")));
    }
    if (kind == QLatin1String("device.status")) {
        applyDevice(snapshot, data.value(QLatin1String("device")).toObject());
    }
    if (kind == QLatin1String("ticket.called")) {
        QJsonArray calls = snapshot.value(QLatin1String("recentCalls")).toArray();
        calls.prepend(QJsonObject{{QStringLiteral("ticket"), data.value(QLatin1String("number"))},
                                  {QStringLiteral("counter"), data.value(QLatin1String("counter"))},
                                  {QStringLiteral("counterName"), data.value(QLatin1String("counterName"))},
                                  {QStringLiteral("recall"), data.value(QLatin1String("recall")).toBool()},
                                  {QStringLiteral("at"), ticket.value(QLatin1String("calledAt"))},
                                  {QStringLiteral("seq"), seq}});
        while (calls.size() > kRecentCalls) {
            calls.removeLast();
        }
        snapshot.insert(QStringLiteral("recentCalls"), calls);
    } else if (const QString outcome = protocol::callOutcome(kind); !outcome.isEmpty()) {
        // As the service records it (HallState::remember), so a resync changes nothing.
        QJsonArray calls = snapshot.value(QLatin1String("recentCalls")).toArray();
        const QString number = data.value(QLatin1String("number")).toString();
        for (qsizetype i = 0; i < calls.size(); ++i) {
            QJsonObject call = calls.at(i).toObject();
            if (protocol::markCallOutcome(call, number, outcome)) {
                calls[i] = call;
            }
        }
        snapshot.insert(QStringLiteral("recentCalls"), calls);
    }
    snapshot.insert(QStringLiteral("seq"), seq);
    return true;
}

} // namespace hall
