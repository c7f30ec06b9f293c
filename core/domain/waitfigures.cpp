// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "waitfigures.h"

#include "queueengine.h"

namespace hall::waitfigures {

Figures figuresOf(const QueueEngine& engine, const QString& serviceId)
{
    const int open = engine.openCountersFor(serviceId);
    return Figures{engine.waitingCount(serviceId), open,
                   open == 0 ? 0 : engine.estimateNewTicketMinutes(serviceId)};
}

QJsonObject toJson(const Figures& f, const QString& serviceId)
{
    QJsonObject figures{{QStringLiteral("service"), serviceId},
                        {QStringLiteral("waiting"), f.waiting},
                        {QStringLiteral("openCounters"), f.openCounters}};
    if (f.openCounters == 0) {
        figures.insert(QStringLiteral("noWindowOpen"), true);
    } else {
        figures.insert(QStringLiteral("waitMinutes"), f.waitMinutes);
    }
    return figures;
}

QJsonObject forService(const QueueEngine& engine, const QString& serviceId)
{
    return toJson(figuresOf(engine, serviceId), serviceId);
}

std::optional<Place> placeOf(const QueueEngine& engine, const QString& number)
{
    const auto estimate = engine.estimate(number);
    const Ticket* ticket = engine.ticket(number);
    if (!estimate || ticket == nullptr) {
        return std::nullopt;
    }
    const bool served = ticket->assignedCounter != 0 || engine.openCountersFor(ticket->currentService()) > 0;
    return Place{estimate->ahead, served ? estimate->waitMinutes : 0, !served};
}

void insertForTicket(QJsonObject& out, const QueueEngine& engine, const QString& number)
{
    const auto place = placeOf(engine, number);
    if (!place) {
        return;
    }
    out.insert(QStringLiteral("ahead"), place->ahead);
    if (place->noWindowOpen) {
        out.insert(QStringLiteral("noWindowOpen"), true);
    } else {
        out.insert(QStringLiteral("waitMinutes"), place->waitMinutes);
    }
}

} // namespace hall::waitfigures
