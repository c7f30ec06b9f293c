// report.queue, report.bookings, report.cases (supervisors: admin devices, and staff accounts with
// every window) and report.public (政务公开: last month's figures, when the centre publishes them).
#include "desks/reportdesk.h"
#include "opcontext.h"
#include "protocol/protocol.h"

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

struct Period
{
    QDate from;
    QDate to;
};

/// `period` (day, week or month) around `date` (default: the hall's day), or `from` and `to`.
std::optional<Period> readPeriod(OpContext& ctx, ArgReader& args)
{
    const auto period = args.optionalString("period", 8);
    const auto date = args.optionalString("date", 10);
    const auto from = args.optionalString("from", 10);
    const auto to = args.optionalString("to", 10);
    if (!args.ok()) {
        ctx.respond(refusal(args.error()));
        return std::nullopt;
    }
    const auto refuse = [&](const QString& message) {
        ctx.respond(refusal(ErrorCode::InvalidArgument, message));
        return std::nullopt;
    };
    if (period.has_value() == (from.has_value() || to.has_value())) {
        return refuse(QStringLiteral("请给出 period (day、week、month) 或 from 与 to，二者只能选一"));
    }
    if (period) {
        const QDate day = date ? QDate::fromString(*date, Qt::ISODate) : ctx.hall.engine().day();
        if (!day.isValid()) {
            return refuse(QStringLiteral("date 必须是 YYYY-MM-DD"));
        }
        const ReportQuery q = *period == QLatin1String("day")     ? reports::dayPeriod(day)
                              : *period == QLatin1String("week")  ? reports::weekPeriod(day)
                              : *period == QLatin1String("month") ? reports::monthPeriod(day)
                                                                  : ReportQuery{};
        if (!q.from.isValid()) {
            return refuse(QStringLiteral("period 必须是 day、week 或 month"));
        }
        return Period{q.from, q.to};
    }
    const QDate f = QDate::fromString(from.value_or(QString()), Qt::ISODate);
    const QDate t = QDate::fromString(to.value_or(QString()), Qt::ISODate);
    if (!f.isValid() || !t.isValid()) {
        return refuse(QStringLiteral("from 与 to 都必须是 YYYY-MM-DD"));
    }
    if (t < f || f.daysTo(t) + 1 > reports::ReportEngine::kMaxDays) {
        return refuse(QStringLiteral("时段须从 from 到 to，最长 %1 天").arg(reports::ReportEngine::kMaxDays));
    }
    return Period{f, t};
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

void busy(const OpContext& ctx)
{
    ctx.respond(refusal(ErrorCode::RateLimited, QStringLiteral("报表正在生成，请稍后再试")));
}

} // namespace

void opReportQueue(OpContext ctx)
{
    ArgReader args(ctx.request.args, {"period", "date", "from", "to", "by", "targetWaitMinutes"});
    const QString by = args.optionalString("by", 16).value_or(QStringLiteral("day"));
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
        ctx.respond(refusal(
            ErrorCode::InvalidArgument,
            QStringLiteral("by 必须是 day、weekday、service、counter、staff、hour、priority 或 channel")));
        return;
    }
    const QString detail = QStringLiteral("report %1..%2 by %3")
                               .arg(period->from.toString(Qt::ISODate), period->to.toString(Qt::ISODate), by);
    if (!ctx.hall.reports().queue(ReportQuery{period->from, period->to, *grouping, target},
                                  answer(ctx, detail))) {
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
