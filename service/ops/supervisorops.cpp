// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// hall.overview (window layout, permissions, today's counts, the hall clock, calendar alerts) and
// counter.reassign (move the tickets waiting for a window): what the supervisor view of the counter client
// needs.
#include "calendarviews.h"
#include "domain/halltime.h"
#include "protocol/protocol.h"
#include "queuechange.h"

#include <QJsonArray>

namespace hall {

using protocol::ArgReader;
using protocol::Audience;

namespace {

QJsonObject overview(const OpContext& ctx)
{
    const QueueEngine& engine = ctx.hall.engine();
    const Catalogue& cat = engine.config().catalogue;
    const DayCounts counts = engine.dayCounts();
    QJsonArray counters;
    for (const CounterDef& def : cat.counters()) {
        QJsonArray services;
        for (const ServiceDef& s : cat.services()) {
            if (const auto weight = def.weightOf(s.id)) {
                services.append(QJsonObject{{QStringLiteral("id"), s.id},
                                            {QStringLiteral("weight"), *weight == ServiceWeight::Primary
                                                                           ? QStringLiteral("primary")
                                                                           : QStringLiteral("secondary")}});
            }
        }
        counters.append(
            QJsonObject{{QStringLiteral("number"), def.number},
                        {QStringLiteral("name"), def.name},
                        {QStringLiteral("integrated"), def.integrated},
                        {QStringLiteral("services"), services},
                        {QStringLiteral("mayOperate"), ctx.session->mayActOn(def.number)},
                        {QStringLiteral("finished"), counts.finishedByCounter.value(def.number)}});
    }
    QJsonArray services;
    for (const ServiceDef& s : cat.services()) {
        const ServiceDayCounts c = counts.services.value(s.id);
        services.append(QJsonObject{{QStringLiteral("id"), s.id},
                                    {QStringLiteral("issued"), c.issued},
                                    {QStringLiteral("finished"), c.finished},
                                    {QStringLiteral("setAside"), c.setAside},
                                    {QStringLiteral("cancelled"), c.cancelled}});
    }
    QJsonObject out{
        {QStringLiteral("now"), halltime::toIso(counts.now)},
        {QStringLiteral("day"), engine.day().toString(Qt::ISODate)},
        {QStringLiteral("counters"), counters},
        {QStringLiteral("services"), services},
        {QStringLiteral("ratings"), QJsonObject{{QStringLiteral("satisfied"), counts.satisfied},
                                                {QStringLiteral("basic"), counts.basic},
                                                {QStringLiteral("unsatisfied"), counts.unsatisfied},
                                                {QStringLiteral("none"), counts.unrated}}},
        {QStringLiteral("calendarAlerts"), calendarview::alerts(*ctx.hall.calendar(), engine.day())}};
    if (ctx.session->staff) {
        out.insert(QStringLiteral("staff"),
                   QJsonObject{{QStringLiteral("user"), ctx.session->staff->user},
                               {QStringLiteral("name"), ctx.session->staff->displayName},
                               // May read reports (report.*): an account that works every window.
                               {QStringLiteral("supervisor"), ctx.session->staff->allCounters}});
    }
    return out;
}

} // namespace

void opHallOverview(OpContext ctx)
{
    ArgReader args(ctx.request.args, {});
    if (!args.ok()) {
        ctx.respond(refusal(args.error()));
        return;
    }
    // After the commit, like hall.snapshot: the counts never include a change that is not durable.
    runRead(ctx, [ctx] { return success(overview(ctx)); });
}

void opCounterReassign(OpContext ctx)
{
    ArgReader args(ctx.request.args, {"counter", "toCounter", "requestId"});
    const int counter = args.integer("counter", 1, 9999);
    const int target = args.optionalInteger("toCounter", 1, 9999).value_or(0);
    args.optionalString("requestId", 64);
    if (!args.ok()) {
        ctx.respond(refusal(args.error()));
        return;
    }
    for (const int c : {counter, target}) {
        if (c != 0 && !ctx.session->mayActOn(c)) {
            ctx.respond(
                refusal(ErrorCode::Forbidden,
                        QStringLiteral("%1 无权操作 %2 号窗口").arg(ctx.session->staffUser()).arg(c)));
            return;
        }
    }
    const Actor actor = ctx.actor();
    runQueueChange<QList<Ticket>>(
        std::move(ctx),
        [counter, target, actor](QueueEngine& e) { return e.reassignWaiting(counter, target, actor); },
        [](const QList<Ticket>& moved) {
            QJsonArray tickets;
            for (const Ticket& t : moved) {
                tickets.append(protocol::ticketView(t, Audience::Staff));
            }
            return QJsonObject{{QStringLiteral("tickets"), tickets}};
        },
        [counter, target](const QList<Ticket>& moved) {
            return QStringLiteral("counter=%1 to=%2 moved=%3").arg(counter).arg(target).arg(moved.size());
        });
}

} // namespace hall
