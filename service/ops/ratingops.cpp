// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// counter.rate: the resident's rating after the finish (评价器).
#include "protocol/protocol.h"
#include "queuechange.h"

namespace hall {

using protocol::ArgReader;
using protocol::Audience;

void opCounterRate(OpContext ctx)
{
    ArgReader args(ctx.request.args, {"counter", "ticket", "rating", "requestId"});
    const int counter = args.integer("counter", 1, 9999);
    const QString number = args.string("ticket", 8);
    const QString ratingName = args.string("rating", 16);
    args.optionalString("requestId", 64);
    if (!args.ok()) {
        ctx.respond(refusal(args.error()));
        return;
    }
    const auto rating = ratingFromString(ratingName);
    if (!rating || *rating == Rating::None) {
        ctx.respond(refusal(ErrorCode::InvalidArgument,
                            QStringLiteral("参数 rating 必须是 satisfied、basic 或 unsatisfied")));
        return;
    }
    if (!ctx.session->mayActOn(counter)) {
        ctx.respond(
            refusal(ErrorCode::Forbidden,
                    QStringLiteral("%1 无权操作 %2 号窗口").arg(ctx.session->staffUser()).arg(counter)));
        return;
    }
    const Actor actor = ctx.actor();
    runQueueChange<Ticket>(
        std::move(ctx),
        [counter, number, r = *rating, actor](QueueEngine& e) { return e.rate(counter, number, r, actor); },
        [](const Ticket& t) {
            return QJsonObject{{QStringLiteral("ticket"), protocol::ticketView(t, Audience::Staff)}};
        },
        [r = ratingName](const Ticket& t) { return QStringLiteral("ticket=%1 rating=%2").arg(t.number, r); });
}

} // namespace hall
