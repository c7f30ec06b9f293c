// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "residentview.h"

#include "domain/queueengine.h"
#include "domain/waitfigures.h"

#include <QJsonArray>

namespace hall::protocol {

QJsonObject residentTicket(const QueueEngine& engine, QDate day, const QString& number)
{
    QJsonObject o{{QStringLiteral("number"), number}, {QStringLiteral("day"), day.toString(Qt::ISODate)}};
    const Ticket* t = day == engine.day() ? engine.ticket(number) : nullptr;
    if (t == nullptr) {
        o.insert(QStringLiteral("state"), QStringLiteral("gone"));
        return o;
    }
    const Catalogue& catalogue = engine.config().catalogue;
    QJsonArray errands;
    for (qsizetype i = 0; i < t->errands.size(); ++i) {
        const Errand& e = t->errands.at(i);
        const ServiceDef* s = catalogue.service(e.serviceId);
        errands.append(QJsonObject{{QStringLiteral("zh"), s ? s->nameZh : e.serviceId},
                                   {QStringLiteral("en"), s ? s->nameEn : e.serviceId},
                                   {QStringLiteral("done"), e.done()},
                                   {QStringLiteral("current"), i == t->currentErrand && t->isOpen()}});
    }
    o.insert(QStringLiteral("errands"), errands);
    o.insert(QStringLiteral("state"), toString(t->state));
    if ((t->state == TicketState::Called || t->state == TicketState::Serving) && t->counter != 0) {
        o.insert(QStringLiteral("counter"), t->counter);
    }
    waitfigures::insertForTicket(o, engine, number);
    return o;
}

} // namespace hall::protocol
