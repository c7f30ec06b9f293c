// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledgergate.h"

#include "protocol/protocol.h"

namespace hall {

bool answeredFromLedger(const OpContext& ctx, const QString& requestId,
                        const RequestLedger::LazyFingerprint& fingerprint)
{
    const QString device = ctx.session->ledgerOwner();
    const auto known = ctx.ledger.lookup(device, requestId, fingerprint);
    switch (known.state) {
    case RequestLedger::State::Done: {
        Outcome o = successJson(known.result, QStringLiteral("replay"));
        o.replayed = true;
        ctx.respond(o);
        return true;
    }
    case RequestLedger::State::InFlight:
        ctx.ledger.whenDone(device, requestId, [respond = ctx.respond](const RequestLedger::Answer& a) {
            Outcome o = a.ok ? successJson(a.result, QStringLiteral("replay")) : refusal(a.code, a.message);
            o.replayed = true;
            respond(o);
        });
        return true;
    case RequestLedger::State::Conflict:
        ctx.respond(refusal(ErrorCode::RequestIdReused,
                            QStringLiteral("requestId %1 已用于另一个请求").arg(requestId.left(64))));
        return true;
    case RequestLedger::State::New:
        break;
    }
    return false;
}

} // namespace hall
