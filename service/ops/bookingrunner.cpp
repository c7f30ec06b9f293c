// The runner of changing booking ops and the helpers the booking op files share.
#include "bookingops.h"
#include "domain/halltime.h"
#include "domain/hmac.h"
#include "domain/idnumber.h"
#include "ledgergate.h"
#include "protocol/protocol.h"

#include <QJsonDocument>

namespace hall {

namespace code = protocol::code;

Outcome bookingRefusal(const BookingError& e)
{
    return refusal(bookingErrorCodeName(e.code), e.message);
}

BookingDesk* deskOf(const OpContext& ctx)
{
    BookingDesk* desk = ctx.hall.booking();
    if (desk == nullptr) {
        ctx.respond(refusal(QString(code::UnknownOp), QStringLiteral("本服务未开通婚姻登记预约")));
    }
    return desk;
}

QString staffName(const OpContext& ctx)
{
    const QString user = ctx.session->staffUser();
    return user.isEmpty() ? QStringLiteral("admin:%1").arg(ctx.session->device) : user;
}

QJsonObject keyedArgs(const QJsonObject& args, const QByteArray& secret)
{
    QJsonObject personal;
    QJsonObject rest;
    for (auto it = args.begin(); it != args.end(); ++it) {
        const QString k = it.key();
        if (k == QLatin1String("idNumber") || k == QLatin1String("parties") || k == QLatin1String("phone") ||
            k == QLatin1String("qrPayload")) {
            personal.insert(k, it.value());
        } else {
            rest.insert(k, it.value());
        }
    }
    if (!personal.isEmpty()) {
        rest.insert(QStringLiteral("personal"),
                    QString::fromLatin1(
                        hmacSha256(secret, QJsonDocument(personal).toJson(QJsonDocument::Compact)).toHex()));
    }
    return rest;
}

QList<BookingLimits::Person> personsOf(const QStringList& idNumbers, const OpContext& ctx)
{
    QList<BookingLimits::Person> out;
    const QDate today = halltime::local(ctx.hall.clock().now()).date();
    for (const QString& text : idNumbers) {
        if (const auto id = IdNumber::parse(text, today)) {
            out.append({id->personKey(ctx.personSecret), id->masked()});
        }
    }
    return out;
}

void runDeskOp(OpContext ctx, DeskRun run)
{
    BookingDesk* desk = ctx.hall.booking();
    const QString requestId = ctx.request.args.value(QLatin1String("requestId")).toString();
    const QString device = ctx.session->device;
    if (!requestId.isEmpty()) {
        const QString fp = RequestLedger::fingerprint(ctx.request.op, run.fingerprintArgs);
        if (answeredFromLedger(ctx, requestId, fp)) {
            return;
        }
        if (run.limited) {
            if (auto limited = desk->limits().take(device, run.persons)) {
                ctx.respond(refusal(QString(code::RateLimited), *limited));
                return;
            }
        }
        ctx.ledger.begin(device, requestId, fp);
    } else if (run.limited) {
        if (auto limited = desk->limits().take(device, run.persons)) {
            ctx.respond(refusal(QString(code::RateLimited), *limited));
            return;
        }
    }
    const Outcome now = run.op();
    if (now.ok && !requestId.isEmpty()) {
        // Committed in the same transaction as the change: both or neither survive.
        desk->durable().recordRequest(ctx.ledger.record(device, requestId, ctx.request.op, now.result,
                                                        QDateTime::currentDateTimeUtc()));
    }
    desk->durable().driver().whenCommitted(
        [ctx, now, requestId, device](const std::optional<Error>& failure) {
            Outcome out = now;
            if (failure && out.ok) {
                out = refusal(*failure);
            }
            if (!requestId.isEmpty()) {
                if (out.ok) {
                    ctx.ledger.complete(device, requestId);
                } else {
                    ctx.ledger.fail(device, requestId, out.error.code, out.error.message);
                }
            }
            ctx.respond(out);
        });
}

} // namespace hall
