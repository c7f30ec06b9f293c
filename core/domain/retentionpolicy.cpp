// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retentionpolicy.h"

#include "jsonconfigreader.h"

namespace hall::retention {

RetentionPolicy read(JsonConfigReader& r, const QJsonObject& o)
{
    const QString path = QStringLiteral("retention");
    RetentionPolicy p;
    // The request ledger is not here: its answers live 24 hours (RequestLedger's bound).
    p.ticketDays = r.integer(o, QStringLiteral("ticketDays"), path, p.ticketDays, 1, 3660);
    p.bookingDays = r.integer(o, QStringLiteral("bookingDays"), path, p.bookingDays, 1, 3660);
    p.caseDays = r.integer(o, QStringLiteral("caseDays"), path, p.caseDays, 1, 3660);
    p.runAt = r.time(o, QStringLiteral("runAt"), path, p.runAt);
    return p;
}

QJsonObject toJson(const RetentionPolicy& p)
{
    return {{QStringLiteral("ticketDays"), p.ticketDays},
            {QStringLiteral("bookingDays"), p.bookingDays},
            {QStringLiteral("caseDays"), p.caseDays},
            {QStringLiteral("runAt"), p.runAt.toString(QStringLiteral("HH:mm"))}};
}

} // namespace hall::retention
