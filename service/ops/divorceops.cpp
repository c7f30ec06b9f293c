// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// divorce.recordApplication, divorce.withdraw, divorce.complete: the first visit of a divorce by
// agreement and what follows it (Civil Code art. 1077), at the counter.
#include "bookingops.h"
#include "bookingviews.h"
#include "protocol/protocol.h"

#include <QJsonArray>

namespace hall {

using protocol::ArgReader;

namespace {

Outcome applicationResult(BookingDesk& desk, const BookingResult<DivorceApplication>& r)
{
    if (!r) {
        return refusal(r.error());
    }
    return success({{QStringLiteral("application"), bookingview::divorce(r.value(), desk.engine())}},
                   QStringLiteral("application=%1").arg(r->id));
}

} // namespace

void opDivorceRecordApplication(OpContext ctx)
{
    ArgReader args(ctx.request.args, {"parties", "office", "requestId"});
    const auto officeArg = args.optionalString("office", 64);
    args.optionalString("requestId", 64);
    BookingDesk* desk = deskOf(args, ctx);
    if (desk == nullptr) {
        return;
    }
    const QJsonArray list = ctx.request.args.value(QLatin1String("parties")).toArray();
    QList<PartyInput> parties;
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        if (!v.isObject() || o.size() != 2 || !o.value(QLatin1String("name")).isString() ||
            !o.value(QLatin1String("idNumber")).isString()) {
            break;
        }
        parties.append(PartyInput{o.value(QLatin1String("name")).toString().left(40),
                                  o.value(QLatin1String("idNumber")).toString().left(32)});
    }
    if (parties.size() != 2 || list.size() != 2) {
        ctx.respond(
            refusal(ErrorCode::InvalidArgument,
                    QStringLiteral("参数 parties 必须是双方的 {name, idNumber}（姓名与身份证号码）")));
        return;
    }
    Change change;
    change.needsCity = true;
    change.personalArgs = true;
    change.apply = [desk, office = officeArg.value_or(desk->defaultOffice()), parties,
                    staff = ctx.actingStaff()] {
        return applicationResult(
            *desk, desk->engine().recordDivorceApplication(office, parties[0], parties[1], staff));
    };
    runChange(std::move(ctx), std::move(change));
}

void opDivorceWithdraw(OpContext ctx)
{
    ArgReader args(ctx.request.args, {"application", "idNumber", "requestId"});
    const int id = args.integer("application", 1, std::numeric_limits<int>::max());
    const QString idNumber = args.string("idNumber", 32);
    args.optionalString("requestId", 64);
    BookingDesk* desk = deskOf(args, ctx);
    if (desk == nullptr) {
        return;
    }
    Change change;
    change.needsCity = true;
    change.personalArgs = true;
    change.apply = [desk, id, idNumber] {
        return applicationResult(*desk, desk->engine().withdrawDivorce(id, idNumber));
    };
    runChange(std::move(ctx), std::move(change));
}

void opDivorceComplete(OpContext ctx)
{
    ArgReader args(ctx.request.args, {"application", "requestId"});
    const int id = args.integer("application", 1, std::numeric_limits<int>::max());
    args.optionalString("requestId", 64);
    BookingDesk* desk = deskOf(args, ctx);
    if (desk == nullptr) {
        return;
    }
    Change change;
    change.needsCity = true;
    change.apply = [desk, id, staff = ctx.actingStaff()] {
        return applicationResult(*desk, desk->engine().completeDivorce(id, staff));
    };
    runChange(std::move(ctx), std::move(change));
}

} // namespace hall
