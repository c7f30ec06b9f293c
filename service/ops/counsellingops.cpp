// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// counselling.offer, counselling.book, counselling.record: marriage and family counselling
// (婚姻家庭辅导) offered to the couple of a divorce application within the cooling-off period, at the
// counter. Staff only; the results hold no personal data beyond the application's masked parties.
#include "bookingops.h"
#include "bookingviews.h"
#include "domain/halltime.h"

#include <QJsonArray>

namespace hall {

using protocol::ArgReader;

namespace {

Outcome sessionResult(BookingDesk& desk, const BookingResult<CounsellingSession>& r)
{
    if (!r) {
        return refusal(r.error());
    }
    const DivorceApplication* a = desk.engine().divorceApplication(r->application);
    return success({{QStringLiteral("session"), bookingview::counselling(r.value())},
                    {QStringLiteral("application"), bookingview::divorce(*a, desk.engine())}},
                   QStringLiteral("counselling=%1 application=%2").arg(r->id).arg(r->application));
}

} // namespace

void opCounsellingOffer(OpContext ctx)
{
    ArgReader args(ctx.request.args, {"application"});
    const int id = args.integer("application", 1, std::numeric_limits<int>::max());
    BookingDesk* desk = deskOf(args, ctx);
    if (desk == nullptr) {
        return;
    }
    runRead(ctx, [desk, id] {
        const BookingEngine& engine = desk->engine();
        const auto offered = engine.counsellingSlots(id);
        // An application no longer pending still shows its sessions, with nothing left to book.
        if (!offered && offered.error().code != ErrorCode::InvalidTransition) {
            return refusal(offered.error());
        }
        QJsonArray slotList;
        for (const CounsellingSlot& s : offered ? offered.value() : QList<CounsellingSlot>{}) {
            slotList.append(QJsonObject{{QStringLiteral("start"), halltime::toIso(s.start)},
                                        {QStringLiteral("end"), halltime::toIso(s.end)},
                                        {QStringLiteral("counsellor"), s.counsellor}});
        }
        QJsonArray sessions;
        for (const CounsellingSession& c : engine.counsellingOf(id)) {
            sessions.append(bookingview::counselling(c));
        }
        return success(
            {{QStringLiteral("application"), bookingview::divorce(*engine.divorceApplication(id), engine)},
             {QStringLiteral("slots"), slotList},
             {QStringLiteral("sessions"), sessions}},
            QStringLiteral("application=%1").arg(id));
    });
}

void opCounsellingBook(OpContext ctx)
{
    ArgReader args(ctx.request.args, {"application", "slotStart", "requestId"});
    const int id = args.integer("application", 1, std::numeric_limits<int>::max());
    const QString slotText = args.string("slotStart", 40);
    args.optionalString("requestId", 64);
    BookingDesk* desk = deskOf(args, ctx);
    if (desk == nullptr) {
        return;
    }
    const auto start = slotStartOf(slotText, QStringLiteral("counselling.offer"), ctx);
    if (!start) {
        return;
    }
    Change change;
    change.needsCity = true;
    change.apply = [desk, id, start = *start, staff = ctx.actingStaff()] {
        return sessionResult(*desk, desk->engine().bookCounselling(id, start, staff));
    };
    runChange(std::move(ctx), std::move(change));
}

void opCounsellingRecord(OpContext ctx)
{
    ArgReader args(ctx.request.args, {"session", "outcome", "requestId"});
    const int id = args.integer("session", 1, std::numeric_limits<int>::max());
    const QString outcomeText = args.string("outcome", 16);
    args.optionalString("requestId", 64);
    BookingDesk* desk = deskOf(args, ctx);
    if (desk == nullptr) {
        return;
    }
    const auto outcome = counsellingOutcomeFromString(outcomeText);
    if (!outcome || *outcome == CounsellingOutcome::None) {
        ctx.respond(
            refusal(ErrorCode::InvalidArgument,
                    QStringLiteral("参数 outcome 必须是 reconciled（和好撤回）、continuing（继续辅导）或 "
                                   "declined（拒绝辅导）")));
        return;
    }
    Change change;
    change.needsCity = true;
    change.apply = [desk, id, outcome = *outcome, staff = ctx.actingStaff()] {
        return sessionResult(*desk, desk->engine().recordCounselling(id, outcome, staff));
    };
    runChange(std::move(ctx), std::move(change));
}

} // namespace hall
