// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommand.h"

#include "cityreport.h"
#include "domain/hallconfig.h"
#include "reportengine.h"
#include "reportexport.h"
#include "reportjson.h"
#include "storage/calendarstore.h"

#include <QFile>
#include <QJsonDocument>

namespace hall {

using namespace reports;

namespace {

std::optional<QString> option(const QHash<QString, QString>& o, const char* key)
{
    const auto it = o.constFind(QLatin1String(key));
    return it == o.cend() ? std::nullopt : std::optional(*it);
}

} // namespace

QString reportUsage()
{
    return QStringLiteral(
        "  report (--period day|week|month [--date YYYY-MM-DD] | --from YYYY-MM-DD --to YYYY-MM-DD)\n"
        "         [--by day|weekday|service|counter|staff|hour|priority|channel] [--target MINUTES]\n"
        "         [--format csv|xlsx|json] [--output FILE] [--lang zh|en]\n"
        "         [--scope hall|city [--halls ID,ID…]]\n"
        "                        a queue report (docs/protocol.md \"Reports\"): CSV (UTF-8 with BOM) to\n"
        "                        stdout or FILE, XLSX to FILE; read beside the running service;\n"
        "                        --scope city (PostgreSQL): every hall of the database added up,\n"
        "                        --by hall for a row per hall\n");
}

int runReportCommand(const QStringList& args, QSqlDatabase db, const ReportSources& sources, AdminIo& io)
{
    const auto o =
        adminOptions(args, {QStringLiteral("period"), QStringLiteral("date"), QStringLiteral("from"),
                            QStringLiteral("to"), QStringLiteral("by"), QStringLiteral("target"),
                            QStringLiteral("format"), QStringLiteral("output"), QStringLiteral("lang"),
                            QStringLiteral("scope"), QStringLiteral("halls")});
    if (!o) {
        return io.misuse(QStringLiteral("report 的参数有误"), reportUsage());
    }
    ReportStore store(db);
    const auto today = store.currentDay();
    if (!today) {
        return io.refuse(today.error().message);
    }
    auto asked =
        periodOf(PeriodAsked{option(*o, "period"), option(*o, "date"), option(*o, "from"), option(*o, "to")},
                 today.value());
    if (!asked) {
        return io.misuse(asked.error().message, reportUsage());
    }
    ReportQuery query = asked.value();
    const auto by = groupingFromString(o->value(QStringLiteral("by"), QStringLiteral("day")));
    if (!by) {
        return io.misuse(
            QStringLiteral(
                "--by 必须是 day、weekday、service、counter、staff、hour、priority、channel 或 hall"),
            reportUsage());
    }
    query.by = *by;
    const QString scope = o->value(QStringLiteral("scope"), QStringLiteral("hall"));
    const bool city = scope == QLatin1String("city");
    if (!city && scope != QLatin1String("hall")) {
        return io.misuse(QStringLiteral("--scope 必须是 hall（本大厅）或 city（全市）"), reportUsage());
    }
    if (!city && (query.by == Grouping::Hall || o->contains(QStringLiteral("halls")))) {
        return io.misuse(QStringLiteral("--by hall 和 --halls 只用于全市报表（--scope city）"),
                         reportUsage());
    }
    if (city && db.driverName() != QLatin1String("QPSQL")) {
        return io.misuse(
            QStringLiteral("全市报表只在全市共用的 PostgreSQL 数据库上才有（--database postgresql://…）"),
            reportUsage());
    }
    QStringList halls;
    if (const QString list = o->value(QStringLiteral("halls")); !list.isEmpty()) {
        halls = list.split(QLatin1Char(','));
    }
    const QString format = o->value(QStringLiteral("format"), QStringLiteral("csv"));
    const QString output = o->value(QStringLiteral("output"));
    const bool english = o->value(QStringLiteral("lang")) == QLatin1String("en");
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx") &&
        format != QLatin1String("json")) {
        return io.misuse(QStringLiteral("--format 必须是 csv、xlsx 或 json"), reportUsage());
    }
    if (format == QLatin1String("xlsx") && output.isEmpty()) {
        return io.misuse(QStringLiteral("xlsx 需要 --output 文件名"), reportUsage());
    }
    auto hall = sources.hallConfig.isEmpty() ? Result<HallConfig>(defaultHallConfig())
                                             : loadHallConfig(sources.hallConfig);
    if (!hall) {
        return io.refuse(hall.error().message);
    }
    bool targetOk = true;
    query.targetWaitMinutes = o->contains(QStringLiteral("target"))
                                  ? o->value(QStringLiteral("target")).toInt(&targetOk)
                                  : hall->reports.targetWaitMinutes;
    if (!targetOk || query.targetWaitMinutes < 1 || query.targetWaitMinutes > 240) {
        return io.misuse(QStringLiteral("--target 必须是分钟数 (1–240)"), reportUsage());
    }
    // Working days are the hall calendar's, with the years entered in the database (as hall-service).
    auto entered = calendarstore::load(db);
    if (!entered) {
        return io.refuse(entered.error().message);
    }
    const HallCalendar calendar(calendarstore::withEntered(hall->calendar->config(), entered.value()));
    const ReportEngine::WorkingDay isWorking = [&calendar](QDate d) { return calendar.isWorkingDay(d); };
    ReportEngine engine(store, isWorking);
    auto report = city ? CityReport::run(db, query, isWorking, halls) : engine.run(query);
    if (!report) {
        return io.refuse(report.error().message);
    }
    ReportLabels labels{&hall->catalogue, {}};
    // A city's staff accounts are each hall's own: its rows are never by staff.
    if (auto staff = city ? Result<QList<StaffAccount>>(QList<StaffAccount>{}) : AuthStore(db).staff()) {
        for (const StaffAccount& a : staff.value()) {
            labels.staffNames.insert(a.user, a.displayName);
        }
    }
    const QJsonObject json = queueReportJson(report.value(), labels);
    const QString centre = english ? hall->catalogue.centreNameEn() : hall->catalogue.centreNameZh();
    if (format == QLatin1String("xlsx")) {
        if (auto failed = writeReportXlsx(json, centre, output, english)) {
            return io.refuse(*failed);
        }
        io.err << "报表已写入 " << output << Qt::endl;
        return 0;
    }
    const QByteArray bytes = format == QLatin1String("csv")
                                 ? reportCsv(json, centre, english)
                                 : QJsonDocument(json).toJson(QJsonDocument::Indented);
    if (output.isEmpty()) {
        // Past the text stream, which would drop the byte-order mark Excel needs.
        io.out.flush();
        if (QIODevice* device = io.out.device()) {
            device->write(bytes);
        } else {
            io.out << bytes;
        }
        io.out.flush();
        return 0;
    }
    QFile file(output);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        return io.refuse(QStringLiteral("无法写入 %1").arg(output));
    }
    io.err << "报表已写入 " << output << Qt::endl;
    return 0;
}

} // namespace hall
