// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "waitfigures.h"

#include "queueengine.h"

namespace hall::waitfigures {

QJsonObject forService(const QueueEngine& engine, const QString& serviceId)
{
    const int open = engine.openCountersFor(serviceId);
    QJsonObject figures{{QStringLiteral("service"), serviceId},
                        {QStringLiteral("waiting"), engine.waitingCount(serviceId)},
                        {QStringLiteral("openCounters"), open}};
    if (open == 0) {
        figures.insert(QStringLiteral("noWindowOpen"), true);
    } else {
        figures.insert(QStringLiteral("waitMinutes"), engine.estimateNewTicketMinutes(serviceId));
    }
    return figures;
}

void insertForTicket(QJsonObject& out, const QueueEngine& engine, const QString& number)
{
    const auto estimate = engine.estimate(number);
    const Ticket* ticket = engine.ticket(number);
    if (!estimate || ticket == nullptr) {
        return;
    }
    out.insert(QStringLiteral("ahead"), estimate->ahead);
    const bool served = ticket->assignedCounter != 0 || engine.openCountersFor(ticket->currentService()) > 0;
    if (served) {
        out.insert(QStringLiteral("waitMinutes"), estimate->waitMinutes);
    } else {
        out.insert(QStringLiteral("noWindowOpen"), true);
    }
}

} // namespace hall::waitfigures
