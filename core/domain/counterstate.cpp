// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "counterstate.h"

#include "halltime.h"

namespace hall {

QString toString(CounterStatus s)
{
    switch (s) {
    case CounterStatus::Closed:
        return QStringLiteral("closed");
    case CounterStatus::Open:
        return QStringLiteral("open");
    case CounterStatus::Paused:
        return QStringLiteral("paused");
    }
    return {};
}

std::optional<CounterStatus> counterStatusFromString(const QString& s)
{
    for (CounterStatus c : {CounterStatus::Closed, CounterStatus::Open, CounterStatus::Paused}) {
        if (toString(c) == s) {
            return c;
        }
    }
    return std::nullopt;
}

QJsonObject toJson(const CounterState& c)
{
    QJsonObject o{{QStringLiteral("number"), c.number},
                  {QStringLiteral("status"), toString(c.status)},
                  {QStringLiteral("currentTicket"), c.currentTicket},
                  {QStringLiteral("staff"), c.staff},
                  {QStringLiteral("normalStreak"), c.normalStreak}};
    if (c.since.isValid()) {
        o.insert(QStringLiteral("since"), halltime::toIso(c.since));
    }
    return o;
}

std::optional<CounterState> counterStateFromJson(const QJsonObject& o)
{
    const auto status = counterStatusFromString(o.value(QStringLiteral("status")).toString());
    if (!status) {
        return std::nullopt;
    }
    return CounterState{o.value(QStringLiteral("number")).toInt(),
                        *status,
                        o.value(QStringLiteral("currentTicket")).toInteger(),
                        o.value(QStringLiteral("staff")).toString(),
                        o.value(QStringLiteral("normalStreak")).toInt(),
                        halltime::fromIso(o.value(QStringLiteral("since")).toString()),
                        {}};
}

} // namespace hall
