// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// report.queue, report.bookings, report.cases (supervisors: admin devices, and staff accounts with
// every window) and report.public (政务公开: last month's figures, when the centre publishes them).
#include "desks/reportdesk.h"
#include "opcontext.h"
#include "protocol/protocol.h"

#include "storage/databaseurl.h"

#include <QJsonArray>

namespace hall {

using protocol::ArgReader;
using reports::Grouping;
using reports::ReportQuery;

namespace {

/// Figures per window and per staff member are for the people who run the hall: admin devices and
/// staff accounts that may work every window (as for booking.bulkCancel). Other staff see none.
bool maySeeReports(const Session& s)
{
    return s.is(Role::Admin) || (s.staff && s.staff->allCounters);
}

/// The period of `args` (day, week or month around `date`, default the hall's day; or `from`–`to`).
std::optional<ReportQuery> readPeriod(OpContext& ctx, ArgReader& args)
{
    reports::PeriodAsked asked{args.optionalString("period", 8), args.optionalString("date", 10),
                               args.optionalString("from", 10), args.optionalString("to", 10)};
    if (!args.ok()) {
        ctx.respond(refusal(args.error()));
        return std::nullopt;
    }
    auto query = reports::periodOf(asked, ctx.hall.engine().day());
    if (!query) {
        ctx.respond(refusal(query.error()));
        return std::nullopt;
    }
    return query.value();
}

bool supervisorsOnly(OpContext& ctx)
{
    if (maySeeReports(*ctx.session)) {
        return true;
    }
    ctx.respond(
        refusal(ErrorCode::Forbidden, QStringLiteral("报表只对管理设备和可操作全部窗口的工作人员开放")));
    return false;
}

ReportDesk::Done answer(const OpContext& ctx, const QString& detail)
{
    return [ctx, detail](Result<QJsonObject> r) {
        if (!r) {
            ctx.respond(refusal(r.error()));
            return;
        }
        ctx.respond(success(QJsonObject{{QStringLiteral("report"), r.value()}}, detail));
    };
}

/// `halls` of a city report: hall ids (as `--hall` takes them), at most 64; absent: every hall.
std::optional<QStringList> readHalls(OpContext& ctx)
{
    const QJsonValue v = ctx.request.args.value(QLatin1String("halls"));
    QStringList out;
    if (v.isUndefined()) {
        return out;
    }
    const QJsonArray list = v.toArray();
    bool valid = v.isArray() && !list.isEmpty() && list.size() <= 64;
    for (const QJsonValue& h : list) {
        const QString id = h.toString();
        valid = valid && !id.isEmpty() && !databaseurl::checkHallId(id);
        out << id;
    }
    if (!valid) {
        ctx.respond(
            refusal(ErrorCode::InvalidArgument,
                    QStringLiteral("halls 须是 1–64 个大厅编号（小写字母、数字、下划线，至多 32 个字符）")));
        return std::nullopt;
    }
    return out;
}

void busy(const OpContext& ctx)
{
    ctx.respond(refusal(ErrorCode::RateLimited, QStringLiteral("报表正在生成，请稍后再试")));
}

} // namespace

void opReportQueue(OpContext ctx)
{
    ArgReader args(ctx.request.args,
                   {"period", "date", "from", "to", "by", "targetWaitMinutes", "scope", "halls"});
    const QString by = args.optionalString("by", 16).value_or(QStringLiteral("day"));
    const QString scope = args.optionalString("scope", 8).value_or(QStringLiteral("hall"));
    const int target = args.optionalInteger("targetWaitMinutes", 1, 240)
                           .value_or(ctx.hall.reports().settings().targetWaitMinutes);
    if (!supervisorsOnly(ctx)) {
        return;
    }
    const auto period = readPeriod(ctx, args);
    if (!period) {
        return;
    }
    const auto grouping = reports::groupingFromString(by);
    if (!grouping) {
        ctx.respond(
            refusal(ErrorCode::InvalidArgument,
                    QStringLiteral(
                        "by 必须是 day、weekday、service、counter、staff、hour、priority、channel 或 hall")));
        return;
    }
    if (scope != QLatin1String("hall") && scope != QLatin1String("city")) {
        ctx.respond(refusal(ErrorCode::InvalidArgument,
                            QStringLiteral("scope 必须是 hall（本大厅）或 city（全市）")));
        return;
    }
    const QString detail =
        QStringLiteral("report %1..%2 by %3 (%4)")
            .arg(period->from.toString(Qt::ISODate), period->to.toString(Qt::ISODate), by, scope);
    const ReportQuery query{period->from, period->to, *grouping, target};
    if (scope == QLatin1String("hall")) {
        if (*grouping == Grouping::Hall || ctx.request.args.contains(QLatin1String("halls"))) {
            ctx.respond(refusal(ErrorCode::InvalidArgument,
                                QStringLiteral("按大厅分组和 halls 只用于全市报表（scope: city）")));
            return;
        }
        if (!ctx.hall.reports().queue(query, answer(ctx, detail))) {
            busy(ctx);
        }
        return;
    }
    const auto halls = readHalls(ctx);
    if (!halls) {
        return;
    }
    if (ctx.hall.cityDatabase() == nullptr) {
        ctx.respond(refusal(
            ErrorCode::InvalidArgument,
            QStringLiteral("全市报表只在全市共用的 PostgreSQL 数据库上才有（本大厅用自己的 SQLite）")));
        return;
    }
    // The city apart and lost: its figures wait, in the link's words.
    if (const StoreLink& link = ctx.hall.storeLink(); !link.writable() && !ctx.hall.queueNeedsLink()) {
        ctx.respond(refusal(link.refusal()));
        return;
    }
    if (!ctx.hall.reports().cityQueue(query, *halls, answer(ctx, detail))) {
        busy(ctx);
    }
}

void opReportBookings(OpContext ctx)
{
    ArgReader args(ctx.request.args, {"period", "date", "from", "to"});
    if (!supervisorsOnly(ctx)) {
        return;
    }
    const auto period = readPeriod(ctx, args);
    if (period &&
        !ctx.hall.reports().bookings(period->from, period->to, answer(ctx, QStringLiteral("bookings")))) {
        busy(ctx);
    }
}

void opReportCases(OpContext ctx)
{
    ArgReader args(ctx.request.args, {"period", "date", "from", "to"});
    if (!supervisorsOnly(ctx)) {
        return;
    }
    const auto period = readPeriod(ctx, args);
    if (period && !ctx.hall.reports().cases(period->from, period->to, answer(ctx, QStringLiteral("cases")))) {
        busy(ctx);
    }
}

void opReportPublic(OpContext ctx)
{
    ArgReader args(ctx.request.args, {});
    if (!args.ok()) {
        ctx.respond(refusal(args.error()));
        return;
    }
    if (!ctx.hall.reports().publicMonthly(answer(ctx, QStringLiteral("public")))) {
        busy(ctx);
    }
}

} // namespace hall
