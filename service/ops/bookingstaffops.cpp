// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// booking.today, booking.get, booking.noShow, booking.bulkCancel, booking.notices: the counter's
// and the office's side of bookings; ceremony.today: the day's ceremonies for every screen.
#include "bookingops.h"
#include "bookingviews.h"
#include "domain/halltime.h"
#include "protocol/protocol.h"

#include <QJsonArray>

namespace hall {

using protocol::ArgReader;

namespace {

/// Cancelling a whole day and the couples' contact data: admins, and staff accounts that cover
/// every counter (the supervisors).
bool mayManageOffice(const Session& s)
{
    return s.is(Role::Admin) || (s.staff && s.staff->allCounters);
}

std::optional<QDate> dateOf(const std::optional<QString>& text, BookingDesk& desk, const OpContext& ctx)
{
    if (!text) {
        return halltime::local(desk.clock().now()).date();
    }
    const QDate d = QDate::fromString(*text, Qt::ISODate);
    if (!d.isValid()) {
        ctx.respond(refusal(ErrorCode::InvalidArgument, QStringLiteral("参数 date 必须是 YYYY-MM-DD")));
        return std::nullopt;
    }
    return d;
}

/// The office and day a read of one day asks about ({date?, office?}: today, the first office); the
/// refusal is answered when there is none.
struct OfficeDay
{
    BookingDesk* desk;
    QString office;
    QDate date;
};

std::optional<OfficeDay> officeDayOf(const OpContext& ctx)
{
    ArgReader args(ctx.request.args, {"date", "office"});
    const auto dateText = args.optionalString("date", 10);
    const auto officeArg = args.optionalString("office", 64);
    if (!args.ok()) {
        ctx.respond(refusal(args.error()));
        return std::nullopt;
    }
    BookingDesk* desk = deskOf(ctx);
    if (desk == nullptr) {
        return std::nullopt;
    }
    const auto office = officeOf(officeArg, *desk, ctx);
    const auto date = office ? dateOf(dateText, *desk, ctx) : std::nullopt;
    if (!office || !date) {
        return std::nullopt;
    }
    return OfficeDay{desk, *office, *date};
}

} // namespace

void opBookingToday(OpContext ctx)
{
    const auto day = officeDayOf(ctx);
    if (!day) {
        return;
    }
    runRead(ctx, [desk = day->desk, office = day->office, date = day->date] {
        QJsonArray slotList;
        QJsonArray current;
        QDateTime start;
        QDateTime end;
        QHash<QString, int> counts;
        const auto close = [&] {
            if (!current.isEmpty()) {
                slotList.append(QJsonObject{{QStringLiteral("start"), halltime::toIso(start)},
                                            {QStringLiteral("end"), halltime::toIso(end)},
                                            {QStringLiteral("bookings"), current}});
            }
            current = {};
        };
        for (const Booking& b : desk->engine().bookingsOn(office, date)) {
            if (b.slotStart != start) {
                close();
                start = b.slotStart;
                end = b.slotEnd;
            }
            current.append(bookingview::booking(b, desk->engine()));
            counts[toString(b.status)] += 1;
        }
        close();
        QJsonObject countJson;
        for (BookingStatus s : {BookingStatus::Confirmed, BookingStatus::CheckedIn, BookingStatus::NoShow,
                                BookingStatus::Cancelled, BookingStatus::CancelledByOffice}) {
            countJson.insert(toString(s), counts.value(toString(s)));
        }
        return success(
            {{QStringLiteral("office"), office},
             {QStringLiteral("date"), date.toString(Qt::ISODate)},
             {QStringLiteral("slots"), slotList},
             {QStringLiteral("counts"), countJson},
             {QStringLiteral("ceremonies"), bookingview::ceremonies(desk->engine(), office, date)}});
    });
}

void opCeremonyToday(OpContext ctx)
{
    const auto day = officeDayOf(ctx);
    if (!day) {
        return;
    }
    // No personal data: the lobby shows it to the hall.
    runRead(ctx, [desk = day->desk, office = day->office, date = day->date] {
        return success(bookingview::ceremonies(desk->engine(), office, date));
    });
}

void opBookingGet(OpContext ctx)
{
    ArgReader args(ctx.request.args, {"code"});
    const QString codeText = args.string("code", 32);
    if (!args.ok()) {
        ctx.respond(refusal(args.error()));
        return;
    }
    BookingDesk* desk = deskOf(ctx);
    if (desk == nullptr) {
        return;
    }
    runRead(ctx, [desk, codeText] {
        const Booking* b = desk->engine().booking(ConfirmationCode::normalise(codeText));
        if (b == nullptr) {
            return refusal(ErrorCode::UnknownBooking, QStringLiteral("没有找到该预约"));
        }
        return success({{QStringLiteral("booking"), bookingview::booking(*b, desk->engine())},
                        {QStringLiteral("audit"), bookingview::audit(desk->engine().auditOf(b->code))}},
                       QStringLiteral("booking=%1").arg(b->code));
    });
}

void opBookingNoShow(OpContext ctx)
{
    ArgReader args(ctx.request.args, {"code", "requestId"});
    const QString codeText = args.string("code", 32);
    args.optionalString("requestId", 64);
    if (!args.ok()) {
        ctx.respond(refusal(args.error()));
        return;
    }
    BookingDesk* desk = deskOf(ctx);
    if (desk == nullptr) {
        return;
    }
    Change change;
    change.needsCity = true;
    change.apply = [desk, codeText, staff = ctx.actingStaff()] {
        auto r = desk->engine().markNoShow(codeText, staff);
        if (!r) {
            return refusal(r.error());
        }
        return success({{QStringLiteral("booking"), bookingview::booking(r.value(), desk->engine())}},
                       QStringLiteral("booking=%1").arg(r->code));
    };
    runChange(std::move(ctx), std::move(change));
}

void opBookingBulkCancel(OpContext ctx)
{
    ArgReader args(ctx.request.args, {"date", "reason", "office", "requestId"});
    const QString dateText = args.string("date", 10);
    const QString reason = args.string("reason", 200);
    const auto officeArg = args.optionalString("office", 64);
    args.optionalString("requestId", 64);
    if (!args.ok()) {
        ctx.respond(refusal(args.error()));
        return;
    }
    if (!mayManageOffice(*ctx.session)) {
        ctx.respond(refusal(ErrorCode::Forbidden,
                            QStringLiteral("只有管理员或全部窗口权限的工作人员可以整日取消预约")));
        return;
    }
    BookingDesk* desk = deskOf(ctx);
    if (desk == nullptr) {
        return;
    }
    const auto office = officeOf(officeArg, *desk, ctx);
    const auto date = office ? dateOf(dateText, *desk, ctx) : std::nullopt;
    if (!office || !date) {
        return;
    }
    Change change;
    change.needsCity = true;
    change.apply = [desk, office = *office, date = *date, reason, staff = ctx.actingStaff()] {
        auto r = desk->engine().cancelDay(office, date, reason, staff);
        if (!r) {
            return refusal(r.error());
        }
        return success(bookingview::bulkCancellation(r.value(), desk->engine(), false),
                       QStringLiteral("closed=%1 cancelled=%2 divorceExtended=%3")
                           .arg(date.toString(Qt::ISODate))
                           .arg(r->cancelled.size())
                           .arg(r->extendedDivorces.size()));
    };
    runChange(std::move(ctx), std::move(change));
}

void opBookingNotices(OpContext ctx)
{
    ArgReader args(ctx.request.args, {"date", "office", "full"});
    const QString dateText = args.string("date", 10);
    const auto officeArg = args.optionalString("office", 64);
    const bool full = args.optionalBool("full").value_or(false);
    if (!args.ok()) {
        ctx.respond(refusal(args.error()));
        return;
    }
    if (!mayManageOffice(*ctx.session) || (full && !ctx.session->is(Role::Admin))) {
        ctx.respond(refusal(ErrorCode::Forbidden,
                            full ? QStringLiteral("完整联系信息只能由管理员设备导出")
                                 : QStringLiteral("只有管理员或全部窗口权限的工作人员可以查看通知名单")));
        return;
    }
    BookingDesk* desk = deskOf(ctx);
    if (desk == nullptr) {
        return;
    }
    const auto office = officeOf(officeArg, *desk, ctx);
    const auto date = office ? dateOf(dateText, *desk, ctx) : std::nullopt;
    if (!office || !date) {
        return;
    }
    runRead(ctx, [desk, office = *office, date = *date, full] {
        const auto bulk = desk->engine().bulkCancellationOn(office, date);
        if (!bulk) {
            return refusal(
                ErrorCode::InvalidArgument,
                QStringLiteral("%1 没有整日取消，没有需要通知的预约").arg(date.toString(Qt::ISODate)));
        }
        QJsonObject result = bookingview::bulkCancellation(*bulk, desk->engine(), full);
        result.remove(QStringLiteral("cancelled"));
        if (full) {
            result.insert(QStringLiteral("csv"), bulk->staffExportCsv());
        }
        // The log line says an export happened and how big, never what it contained.
        return success(result, QStringLiteral("notices=%1 full=%2")
                                   .arg(bulk->cancelled.size())
                                   .arg(full ? QStringLiteral("yes") : QStringLiteral("no")));
    });
}

} // namespace hall
