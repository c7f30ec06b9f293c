// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarcommands.h"

#include "bookingengine.h"
#include "bookingstore.h"
#include "calendar/hallcalendar.h"
#include "domain/hallconfig.h"
#include "domain/halltime.h"
#include "personsecret.h"
#include "storage/calendarstore.h"

#include <QFile>
#include <QJsonDocument>

namespace hall {

namespace {

QString weekdayZh(QDate d)
{
    static const QStringList names{QStringLiteral("周一"), QStringLiteral("周二"), QStringLiteral("周三"),
                                   QStringLiteral("周四"), QStringLiteral("周五"), QStringLiteral("周六"),
                                   QStringLiteral("周日")};
    return names.value(d.dayOfWeek() - 1);
}

/// The options of one calendar command: --hall-config FILE, --off, --workdays, --source, --by, --file.
struct Options
{
    QString hallConfig;
    QStringList off;
    QStringList workdays;
    QString source;
    QString by = QStringLiteral("hall-admin");
    QString file;
    QStringList positional;
    QString problem;
};

Options readOptions(const QStringList& args)
{
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        const bool valued = a == QLatin1String("--hall-config") || a == QLatin1String("--off") ||
                            a == QLatin1String("--workdays") || a == QLatin1String("--source") ||
                            a == QLatin1String("--by") || a == QLatin1String("--file");
        if (!valued) {
            if (a.startsWith(QLatin1String("--"))) {
                o.problem = QStringLiteral("未知选项 %1").arg(a);
            }
            o.positional << a;
            continue;
        }
        if (i + 1 >= args.size()) {
            o.problem = QStringLiteral("%1 后面缺少值").arg(a);
            break;
        }
        const QString v = args.at(++i);
        const QStringList list = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (a == QLatin1String("--hall-config")) {
            o.hallConfig = v;
        } else if (a == QLatin1String("--off")) {
            o.off << list;
        } else if (a == QLatin1String("--workdays")) {
            o.workdays << list;
        } else if (a == QLatin1String("--source")) {
            o.source = v;
        } else if (a == QLatin1String("--by")) {
            o.by = v;
        } else {
            o.file = v;
        }
    }
    return o;
}

/// The hall calendar as hall-service builds it: hall configuration (or the built-in one), then the
/// years entered in the database.
std::shared_ptr<const HallCalendar> loadCalendar(const Options& o, QSqlDatabase db, AdminIo& io)
{
    auto hall = calendarstore::loadHall(o.hallConfig, db);
    if (!hall) {
        io.refuse(hall.error().message);
        return nullptr;
    }
    return hall.value().calendar;
}

std::optional<int> yearOf(const QString& text)
{
    bool ok = false;
    const int y = text.toInt(&ok);
    return ok && text.size() == 4 ? std::optional<int>(y) : std::nullopt;
}

/// The arrangement of `year` from --file (a JSON object as in the configuration) or --off/--workdays.
std::optional<YearArrangement> readArrangement(int year, const Options& o, AdminIo& io)
{
    QJsonObject json;
    if (!o.file.isEmpty()) {
        QFile f(o.file);
        if (!f.open(QIODevice::ReadOnly)) {
            io.refuse(QStringLiteral("无法读取 %1").arg(o.file));
            return std::nullopt;
        }
        json = QJsonDocument::fromJson(f.readAll()).object();
    } else {
        json.insert(QStringLiteral("off"), QJsonArray::fromStringList(o.off));
        json.insert(QStringLiteral("workdays"), QJsonArray::fromStringList(o.workdays));
    }
    if (!o.source.isEmpty()) {
        json.insert(QStringLiteral("source"), o.source);
    }
    QStringList problems;
    auto a = YearArrangement::fromJson(year, json, QString::number(year), problems);
    if (!a) {
        io.refuse(QStringLiteral("格式有误: %1").arg(problems.join(QStringLiteral("; "))));
        return std::nullopt;
    }
    if (a->off.isEmpty()) {
        io.refuse(
            QStringLiteral("没有放假日期：请用 --off 按通知逐项录入（如 %1-10-01/%1-10-07）").arg(year));
        return std::nullopt;
    }
    return a;
}

bool refuseImpossible(const YearArrangement& a, AdminIo& io)
{
    const QStringList problems = checkArrangement(a);
    if (problems.isEmpty()) {
        return false;
    }
    io.err << QStringLiteral("hall-admin: %1 年的放假安排有 %2 处错误，未保存：")
                  .arg(a.year)
                  .arg(problems.size())
           << Qt::endl;
    for (const QString& p : problems) {
        io.err << "  - " << p << Qt::endl;
    }
    return true;
}

/// The hall calendar as the next start would build it, with `year` entered over it, if the bookings
/// allow it; otherwise says why and returns false.
bool bookingsAllow(const Options& o, QSqlDatabase db, const EnteredYear& year, const CalendarCheck& bookings,
                   AdminIo& io)
{
    auto hall = calendarstore::loadHall(o.hallConfig, db);
    if (!hall) {
        io.refuse(hall.error().message);
        return false;
    }
    auto next = std::make_shared<const HallCalendar>(
        calendarstore::withEntered(hall.value().calendar->config(), {year}));
    if (auto refused = bookings(std::move(next))) {
        io.refuse(
            QStringLiteral("%1 年的放假安排未保存：%2").arg(year.arrangement.year).arg(refused->message));
        return false;
    }
    return true;
}

int show(int year, const HallCalendar& cal, AdminIo& io)
{
    const auto found = cal.config().years.find(year);
    if (found == cal.config().years.end()) {
        io.out << QStringLiteral(
                      "%1 年：放假调休安排尚未录入（临时日历）。法定节假日照常闭馆；标 ? 的日期可能调休，"
                      "暂不开放预约。")
                      .arg(year)
               << Qt::endl;
    } else {
        static const QStringList origins{QStringLiteral("程序内置"), QStringLiteral("大厅配置文件"),
                                         QStringLiteral("hall-admin 录入")};
        io.out << QStringLiteral("%1 年：已录入（%2）%3")
                      .arg(year)
                      .arg(origins.value(static_cast<int>(found->second.origin)),
                           found->second.source.isEmpty() ? QString()
                                                          : QStringLiteral("，依据：") + found->second.source)
               << Qt::endl;
    }
    io.out << QStringLiteral("法定节假日：") << Qt::endl;
    for (const StatutoryDay& s : cal.statutory(year)) {
        io.out << QStringLiteral("  %1 %2 %3")
                      .arg(s.date.toString(Qt::ISODate), weekdayZh(s.date), festivalNameZh(s.festival))
               << Qt::endl;
    }
    io.out << QStringLiteral(
                  "不同于平常的日期（放假的工作日、上班的周末、可能调休的日期、闭馆、节假日服务）：")
           << Qt::endl;
    for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
        const HallDay h = cal.hallDay(d);
        const CalendarDay& c = h.day;
        const bool unusual = c.kind == CalendarDay::Kind::DayOff ||
                             c.kind == CalendarDay::Kind::WorkingWeekend || c.uncertain || h.closure ||
                             h.status == HallDay::Status::Plan;
        if (!unusual) {
            continue;
        }
        QString what = c.uncertain
                           ? QStringLiteral("? 可能调休（%1）")
                                 .arg(c.working ? QStringLiteral("暂按上班") : QStringLiteral("暂按休息"))
                           : c.reasonZh();
        if (h.closure) {
            what = QStringLiteral("闭馆：") + h.closure->reasonZh;
        } else if (h.status == HallDay::Status::Plan) {
            QStringList services;
            for (const ServiceHours& s : h.services) {
                services << QStringLiteral("%1 %2–%3")
                                .arg(s.service, s.from.toString(QStringLiteral("HH:mm")),
                                     s.until.toString(QStringLiteral("HH:mm")));
            }
            what +=
                QStringLiteral("；节假日服务 %1：%2").arg(h.planNameZh, services.join(QStringLiteral("、")));
        }
        io.out << QStringLiteral("  %1 %2 %3").arg(d.toString(Qt::ISODate), weekdayZh(d), what) << Qt::endl;
    }
    return 0;
}

} // namespace

QString calendarUsage()
{
    return QStringLiteral(
        "  calendar show YEAR [--hall-config FILE]\n"
        "                        the year as the hall will run it: statutory days, 调休, closures, plan\n"
        "  calendar check YEAR --off SPAN,SPAN --workdays DATE,DATE | --file YEAR.json\n"
        "                        check a year's 放假调休安排 without saving it\n"
        "  calendar enter YEAR --off SPAN,SPAN --workdays DATE,DATE [--source TEXT] [--by USER]\n"
        "  calendar enter YEAR --file YEAR.json\n"
        "                        enter (or replace) a year's arrangement as the State Council published it:\n"
        "                        --off the 放假 blocks (2027-10-01/2027-10-07), --workdays the 上班 "
        "weekends.\n"
        "                        Impossible entries are refused. Restart hall-service to use it.\n"
        "  calendar open-day DATE [--hall-config FILE]\n"
        "                        DATE if the hall opens that day, else the next day it does\n");
}

CalendarCheck storedBookingsCheck(QSqlDatabase db, const QString& bookingConfig, const QString& dataDir,
                                  const QDateTime& now)
{
    return [=](std::shared_ptr<const HallCalendar> next) -> std::optional<Error> {
        auto config = bookingConfig.isEmpty() ? BookingResult<BookingConfig>(defaultBookingConfig())
                                              : loadBookingConfig(bookingConfig);
        if (!config) {
            return config.error();
        }
        auto secret = loadPersonSecret(dataDir);
        if (!secret) {
            return secret.error();
        }
        auto store = BookingStore::open(db, secret.value());
        if (!store) {
            return store.error();
        }
        auto state = store.value()->load();
        if (!state) {
            return state.error();
        }
        // The engine as the service would restore it, on the day of `now`.
        BookingConfig c = std::move(config).value();
        c.calendar = std::move(next);
        const ManualClock clock(now);
        BookingEngine engine(c, clock, secret.value());
        engine.restore(state.value());
        return engine.reconfigure(std::move(c)); // the check a reload makes, on a throwaway engine
    };
}

int runCalendarCommand(const QStringList& args, QSqlDatabase db, const QDateTime& now,
                       const QString& hallConfig, AdminIo& io, const CalendarCheck& bookings)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("--help") || verb == QLatin1String("help")) {
        io.out << calendarUsage() << Qt::flush;
        return 0;
    }
    Options o = readOptions(args.mid(1));
    if (o.hallConfig.isEmpty()) {
        o.hallConfig = hallConfig;
    }
    if (!o.problem.isEmpty()) {
        io.err << "hall-admin: " << o.problem << Qt::endl;
        return io.misuse({}, calendarUsage());
    }
    if (verb == QLatin1String("open-day") && o.positional.size() == 1) {
        const QDate date = QDate::fromString(o.positional.first(), Qt::ISODate);
        if (!date.isValid()) {
            return io.refuse(QStringLiteral("日期应写成 2026-12-07 的形式: %1").arg(o.positional.first()));
        }
        const auto cal = loadCalendar(o, db, io);
        if (!cal) {
            return 1;
        }
        const QDate open = cal->hallDay(date).status == HallDay::Status::Open ? date : cal->nextOpenDay(date);
        io.out << open.toString(Qt::ISODate) << Qt::endl;
        return 0;
    }
    const auto year = yearOf(o.positional.value(0));
    if (o.positional.size() != 1 || !year) {
        return io.misuse({}, calendarUsage());
    }
    if (verb == QLatin1String("show")) {
        const auto cal = loadCalendar(o, db, io);
        return cal ? show(*year, *cal, io) : 1;
    }
    if (verb != QLatin1String("check") && verb != QLatin1String("enter")) {
        return io.misuse({}, calendarUsage());
    }
    const auto arrangement = readArrangement(*year, o, io);
    if (!arrangement || refuseImpossible(*arrangement, io)) {
        return 1;
    }
    const EnteredYear entered{*arrangement, now, o.by};
    // Checked as a reload checks it before it is saved: a saved year is what the next start applies.
    if (!bookingsAllow(o, db, entered, bookings, io)) {
        return 1;
    }
    if (verb == QLatin1String("check")) {
        io.out << QStringLiteral("%1 年的放假安排可以录入（未保存）").arg(*year) << Qt::endl;
        return 0;
    }
    if (auto failed = calendarstore::save(db, entered)) {
        return io.refuse(failed->message);
    }
    io.out << QStringLiteral("已录入 %1 年的放假调休安排。请重新载入 hall-service 的配置（systemctl reload "
                             "hall-service）使其生效。")
                  .arg(*year)
           << Qt::endl;
    return 0;
}

} // namespace hall
