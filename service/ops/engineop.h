#pragma once

#include "ledgergate.h"
#include "opcontext.h"
#include "protocol/protocol.h"

namespace hall {

/// Runs a mutating engine operation for a request: through the request ledger when the request has
/// a `requestId` (a retry gets the first result), through group commit always (the reply leaves
/// only once the change is durable).
template <typename T>
void runEngineOp(OpContext ctx, std::function<Result<T>(QueueEngine&)> op,
                 std::function<QJsonObject(const T&)> toResult, std::function<QString(const T&)> detail)
{
    const QJsonValue rid = ctx.request.args.value(QLatin1String("requestId"));
    const QString requestId = rid.toString();
    const QString device = ctx.session->device;
    if (!requestId.isEmpty()) {
        const QString fp = RequestLedger::fingerprint(ctx.request.op, ctx.request.args);
        if (answeredFromLedger(ctx, requestId, fp)) {
            return;
        }
        ctx.ledger.begin(device, requestId, fp);
    }
    // The result is computed when the operation runs, so its ledger row joins the turn's group commit.
    auto result = std::make_shared<QJsonObject>();
    RequestLedger& ledger = ctx.ledger;
    DurableQueue& durable = ctx.hall.durable();
    const QString opName = ctx.request.op;
    durable.submit<T>(
        [op, toResult, result, &ledger, &durable, device, requestId, opName](QueueEngine& engine) {
            Result<T> r = op(engine);
            if (r) {
                *result = toResult(r.value());
                if (!requestId.isEmpty()) {
                    // Committed in the same transaction as the change: both or neither survive.
                    durable.recordRequest(
                        ledger.record(device, requestId, opName, *result, QDateTime::currentDateTimeUtc()));
                }
            }
            return r;
        },
        [ctx, requestId, device, detail, result](Result<T> r) {
            if (!r) {
                if (!requestId.isEmpty()) {
                    ctx.ledger.fail(device, requestId, errorCodeName(r.error().code), r.error().message);
                }
                ctx.respond(refusal(r.error()));
                return;
            }
            if (!requestId.isEmpty()) {
                ctx.ledger.complete(device, requestId);
            }
            ctx.respond(success(*result, detail(r.value())));
        });
}

} // namespace hall
