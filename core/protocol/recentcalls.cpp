// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentcalls.h"

namespace hall::protocol {

QString callOutcome(const QString& eventKind)
{
    if (eventKind == QLatin1String("ticket.setAside")) {
        return QStringLiteral("setAside");
    }
    if (eventKind == QLatin1String("ticket.finished")) {
        return QStringLiteral("finished");
    }
    if (eventKind == QLatin1String("ticket.transferred")) {
        return QStringLiteral("transferred");
    }
    return {};
}

bool markCallOutcome(QJsonObject& call, const QString& number, const QString& outcome)
{
    if (outcome.isEmpty() || call.value(QLatin1String("ticket")).toString() != number ||
        call.contains(QLatin1String("outcome"))) {
        return false;
    }
    call.insert(QStringLiteral("outcome"), outcome);
    return true;
}

} // namespace hall::protocol
