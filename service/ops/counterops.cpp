// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// counter.open/pause/resume/close/callNext/call/recall/start/finish/setAside/requeue/transfer.
#include "protocol/protocol.h"
#include "queuechange.h"

namespace hall {

using protocol::ArgReader;
using protocol::Audience;

namespace {

/// Reads `counter` (and checks the staff member may operate it); nullopt after responding.
std::optional<int> counterArg(OpContext& ctx, ArgReader& args)
{
    const int counter = args.integer("counter", 1, 9999);
    args.optionalString("requestId", 64);
    if (!args.ok()) {
        ctx.respond(refusal(args.error()));
        return std::nullopt;
    }
    if (!ctx.session->mayActOn(counter)) {
        ctx.respond(
            refusal(ErrorCode::Forbidden,
                    QStringLiteral("%1 无权操作 %2 号窗口").arg(ctx.session->staffUser()).arg(counter)));
        return std::nullopt;
    }
    return counter;
}

QString ticketDetail(const Ticket& t)
{
    return QStringLiteral("ticket=%1").arg(t.number);
}

void ticketOp(OpContext ctx, int counter, std::function<Result<Ticket>(QueueEngine&)> op)
{
    QueueEngine& engine = ctx.hall.engine();
    runQueueChange<Ticket>(
        std::move(ctx), std::move(op),
        [&engine, counter](const Ticket& t) {
            QJsonObject o{{QStringLiteral("ticket"), protocol::ticketView(t, Audience::Staff)}};
            if (const CounterState* c = engine.counter(counter)) {
                o.insert(QStringLiteral("counter"), toJson(*c));
            }
            return o;
        },
        ticketDetail);
}

void stateOp(OpContext ctx, std::function<Result<CounterState>(QueueEngine&, int, const Actor&)> op)
{
    ArgReader args(ctx.request.args, {"counter", "requestId"});
    const auto counter = counterArg(ctx, args);
    if (!counter) {
        return;
    }
    const Actor actor = ctx.actor();
    runQueueChange<CounterState>(
        std::move(ctx), [op, c = *counter, actor](QueueEngine& e) { return op(e, c, actor); },
        [](const CounterState& c) {
            return QJsonObject{{QStringLiteral("counter"), toJson(c)}};
        },
        [](const CounterState& c) {
            return QStringLiteral("counter=%1 %2").arg(c.number).arg(toString(c.status));
        });
}

void simpleTicketOp(OpContext ctx, Result<Ticket> (QueueEngine::*method)(int, const Actor&))
{
    ArgReader args(ctx.request.args, {"counter", "requestId"});
    const auto counter = counterArg(ctx, args);
    if (!counter) {
        return;
    }
    const Actor actor = ctx.actor();
    ticketOp(std::move(ctx), *counter,
             [method, c = *counter, actor](QueueEngine& e) { return (e.*method)(c, actor); });
}

} // namespace

void opCounterOpen(OpContext ctx)
{
    stateOp(std::move(ctx), [](QueueEngine& e, int c, const Actor& a) { return e.openCounter(c, a); });
}
void opCounterPause(OpContext ctx)
{
    stateOp(std::move(ctx), [](QueueEngine& e, int c, const Actor& a) { return e.pauseCounter(c, a); });
}
void opCounterResume(OpContext ctx)
{
    stateOp(std::move(ctx), [](QueueEngine& e, int c, const Actor& a) { return e.resumeCounter(c, a); });
}
void opCounterClose(OpContext ctx)
{
    stateOp(std::move(ctx), [](QueueEngine& e, int c, const Actor& a) { return e.closeCounter(c, a); });
}

void opCounterCallNext(OpContext ctx)
{
    simpleTicketOp(std::move(ctx), &QueueEngine::callNext);
}
void opCounterRecall(OpContext ctx)
{
    simpleTicketOp(std::move(ctx), &QueueEngine::recall);
}
void opCounterStart(OpContext ctx)
{
    simpleTicketOp(std::move(ctx), &QueueEngine::start);
}
void opCounterSetAside(OpContext ctx)
{
    simpleTicketOp(std::move(ctx), &QueueEngine::setAside);
}

void opCounterCall(OpContext ctx)
{
    ArgReader args(ctx.request.args, {"counter", "ticket", "requestId"});
    const QString number = args.string("ticket", 8);
    const auto counter = counterArg(ctx, args);
    if (!counter) {
        return;
    }
    const Actor actor = ctx.actor();
    ticketOp(std::move(ctx), *counter,
             [c = *counter, number, actor](QueueEngine& e) { return e.call(c, number, actor); });
}

void opCounterFinish(OpContext ctx)
{
    ArgReader args(ctx.request.args, {"counter", "rating", "requestId"});
    const QString ratingName = args.optionalString("rating", 16).value_or(QStringLiteral("none"));
    const auto counter = counterArg(ctx, args);
    if (!counter) {
        return;
    }
    const auto rating = ratingFromString(ratingName);
    if (!rating) {
        ctx.respond(refusal(ErrorCode::InvalidArgument,
                            QStringLiteral("参数 rating 必须是 none、satisfied、basic 或 unsatisfied")));
        return;
    }
    const Actor actor = ctx.actor();
    ticketOp(std::move(ctx), *counter,
             [c = *counter, r = *rating, actor](QueueEngine& e) { return e.finish(c, r, actor); });
}

void opCounterRequeue(OpContext ctx)
{
    ArgReader args(ctx.request.args, {"counter", "ticket", "requestId"});
    const QString number = args.string("ticket", 8);
    const auto counter = counterArg(ctx, args);
    if (!counter) {
        return;
    }
    const Actor actor = ctx.actor();
    ticketOp(std::move(ctx), *counter, [number, actor](QueueEngine& e) { return e.requeue(number, actor); });
}

void opCounterTransfer(OpContext ctx)
{
    ArgReader args(ctx.request.args, {"counter", "toService", "toCounter", "requestId"});
    const auto toService = args.optionalString("toService", 64);
    const auto toCounter = args.optionalInteger("toCounter", 1, 9999);
    const auto counter = counterArg(ctx, args);
    if (!counter) {
        return;
    }
    if (toService.has_value() == toCounter.has_value()) {
        ctx.respond(
            refusal(ErrorCode::InvalidArgument, QStringLiteral("toService 与 toCounter 必须且只能给一个")));
        return;
    }
    const Actor actor = ctx.actor();
    if (toService) {
        ticketOp(std::move(ctx), *counter, [c = *counter, s = *toService, actor](QueueEngine& e) {
            return e.transferToService(c, s, actor);
        });
    } else {
        ticketOp(std::move(ctx), *counter, [c = *counter, t = *toCounter, actor](QueueEngine& e) {
            return e.transferToCounter(c, t, actor);
        });
    }
}

} // namespace hall
