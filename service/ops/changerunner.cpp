// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changerunner.h"

#include "domain/hmac.h"
#include "domain/jsonwriter.h"
#include "ledgergate.h"

#include <memory>
#include <optional>

namespace hall {

namespace {

/// `args` with every personal field replaced by one keyed hash of them all (`personal`).
QJsonObject keyedArgs(QJsonObject args, const QByteArray& secret)
{
    QJsonObject personal;
    for (const char* key : {"idNumber", "name", "phone", "parties", "qrPayload"}) {
        const QJsonValue v = args.take(QLatin1String(key));
        if (!v.isUndefined()) {
            personal.insert(QLatin1String(key), v);
        }
    }
    if (!personal.isEmpty()) {
        args.insert(QStringLiteral("personal"),
                    QString::fromLatin1(hmacSha256(secret, JsonWriter::compact(personal)).toHex()));
    }
    return args;
}

} // namespace

void runChange(OpContext ctx, Change change)
{
    const QString requestId = ctx.request.args.value(QLatin1String("requestId")).toString();
    // Two staff on one counter PC never share request ids: the ledger is kept per device and staff.
    const QString owner = ctx.session->ledgerOwner();
    // Hashed only when the ledger needs it (a known requestId, or a success to record): the arguments
    // are those of now, an implicitly shared copy.
    RequestLedger::LazyFingerprint fp;
    if (!requestId.isEmpty()) {
        fp = [memo = std::make_shared<std::optional<QString>>(), op = ctx.request.op, args = ctx.request.args,
              personal = change.personalArgs, &secret = ctx.personSecret] {
            if (!*memo) {
                *memo = RequestLedger::fingerprint(op, personal ? keyedArgs(args, secret) : args);
            }
            return **memo;
        };
        if (answeredFromLedger(ctx, requestId, fp)) {
            return;
        }
    }
    // Without the database nothing could be made durable: refused before it changes memory or spends
    // a budget (a retry of an acknowledged request was still answered from the ledger above). A hall
    // whose city is apart needs it for bookings only.
    if (const StoreLink& link = ctx.hall.storeLink();
        !link.writable() && (change.needsCity || ctx.hall.queueNeedsLink())) {
        ctx.respond(refusal(link.refusal()));
        return;
    }
    if (change.gate) {
        if (auto refused = change.gate()) {
            ctx.respond(*refused);
            return;
        }
    }
    GroupCommit& commit = ctx.hall.groupCommit();
    // With the city apart: a change that needs it never shares a turn with one that does not, so a
    // city that hangs or is gone fails only its own changes while the queue's of the moment commit.
    commit.keepApart(change.needsCity);
    if (!requestId.isEmpty()) {
        ctx.ledger.begin(owner, requestId, fp);
    }
    Outcome now = change.apply();
    if (now.ok && now.encodedResult.isEmpty()) {
        // Serialised once: the ledger's answer, its row in the commit and the reply share these bytes.
        now.encodedResult = JsonWriter::compact(now.result);
    }
    // The store's verdict (a city pool's last place) is its turn's: asked once, right after that
    // turn's commit, and kept for the reply. The reply itself goes only once the commit is on disk,
    // and with a pipelined commit later turns have written (and the store forgotten this turn's
    // refusals) by then: asked at the reply, a refused booking was answered as confirmed.
    auto verdict = std::make_shared<std::optional<Error>>();
    if (now.ok && change.refusedByStorage) {
        commit.atCommit([verdict, ask = change.refusedByStorage](const std::optional<Error>& failure) {
            if (!failure) {
                *verdict = ask();
            }
        });
    }
    if (now.ok && !requestId.isEmpty()) {
        // Committed in the same transaction as the change: both or neither survive.
        std::function<bool()> dropRow;
        if (change.refusedByStorage) {
            dropRow = [ask = change.refusedByStorage] { return ask().has_value(); };
        }
        commit.recordRequest(ctx.ledger.record(owner, requestId, ctx.request.op, now.encodedResult,
                                               QDateTime::currentDateTimeUtc()),
                             std::move(dropRow));
    }
    commit.whenCommitted([ctx = std::move(ctx), now = std::move(now), requestId, owner,
                          verdict = std::move(verdict)](const std::optional<Error>& failure) mutable {
        if (failure && now.ok) {
            now = refusal(*failure);
        } else if (now.ok && *verdict) {
            now = refusal(**verdict);
        }
        if (!requestId.isEmpty()) {
            if (now.ok) {
                ctx.ledger.complete(owner, requestId);
            } else {
                ctx.ledger.fail(owner, requestId, now.error.code, now.error.message);
            }
        }
        ctx.respond(std::move(now));
    });
}

void runRead(OpContext ctx, std::function<Outcome()> read)
{
    GroupCommit& commit = ctx.hall.groupCommit();
    // Read at the commit, when memory is exactly what was committed; answered once that is on disk
    // (a pipelined commit syncs after it), so a read never shows what could still be lost.
    commit.atCommit(
        [ctx = std::move(ctx), read = std::move(read), &commit](const std::optional<Error>& failure) {
            if (failure) {
                ctx.respond(refusal(ErrorCode::StorageFailed, QStringLiteral("存储失败，请重试")));
                return;
            }
            commit.whenWritten([ctx, answer = read()]() mutable { ctx.respond(std::move(answer)); });
        });
}

} // namespace hall
