// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "residentview.h"

#include "domain/jsonwriter.h"
#include "domain/queueengine.h"
#include "domain/waitfigures.h"

#include <QJsonDocument>

namespace hall::protocol {

QByteArray residentTicketJson(const QueueEngine& engine, QDate day, const QString& number)
{
    // Keys in sorted order, as QJsonDocument writes an object: the bytes are the ones the page got
    // when this was a QJsonObject (tests/core/test_residentlinks.cpp compares them).
    JsonWriter w(384);
    w.beginObject();
    const Ticket* t = day == engine.day() ? engine.ticket(number) : nullptr;
    if (t == nullptr) {
        w.field(QLatin1StringView("day"), day.toString(Qt::ISODate))
            .field(QLatin1StringView("number"), number)
            .field(QLatin1StringView("state"), QLatin1StringView("gone"))
            .endObject();
        return w.take();
    }
    const auto place = waitfigures::placeOf(engine, number);
    if (place) {
        w.field(QLatin1StringView("ahead"), place->ahead);
    }
    if ((t->state == TicketState::Called || t->state == TicketState::Serving) && t->counter != 0) {
        w.field(QLatin1StringView("counter"), t->counter);
    }
    w.field(QLatin1StringView("day"), day.toString(Qt::ISODate));
    w.key(QLatin1StringView("errands")).beginArray();
    const Catalogue& catalogue = engine.config().catalogue;
    for (qsizetype i = 0; i < t->errands.size(); ++i) {
        const Errand& e = t->errands.at(i);
        const ServiceDef* s = catalogue.service(e.serviceId);
        w.beginObject()
            .field(QLatin1StringView("current"), i == t->currentErrand && t->isOpen())
            .field(QLatin1StringView("done"), e.done())
            .field(QLatin1StringView("en"), s ? s->nameEn : e.serviceId)
            .field(QLatin1StringView("zh"), s ? s->nameZh : e.serviceId)
            .endObject();
    }
    w.endArray();
    if (place && place->noWindowOpen) {
        w.field(QLatin1StringView("noWindowOpen"), true);
    }
    w.field(QLatin1StringView("number"), number).field(QLatin1StringView("state"), toString(t->state));
    if (place && !place->noWindowOpen) {
        w.field(QLatin1StringView("waitMinutes"), place->waitMinutes);
    }
    w.endObject();
    return w.take();
}

QJsonObject residentTicket(const QueueEngine& engine, QDate day, const QString& number)
{
    return QJsonDocument::fromJson(residentTicketJson(engine, day, number)).object();
}

} // namespace hall::protocol
