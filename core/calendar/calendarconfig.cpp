// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarconfig.h"

#include "domain/jsonconfigreader.h"
#include "lunarcalendar.h"
#include "statutoryholidays.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace hall {

namespace {

/// The first year of the rules statutoryDays() computes (the 2024 amendment took effect in 2025).
constexpr int kFirstRulesYear = 2025;

QString weekdayZh(QDate d)
{
    static const QStringList names{QStringLiteral("星期一"), QStringLiteral("星期二"),
                                   QStringLiteral("星期三"), QStringLiteral("星期四"),
                                   QStringLiteral("星期五"), QStringLiteral("星期六"),
                                   QStringLiteral("星期日")};
    return names.value(d.dayOfWeek() - 1);
}

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

/// Statutory days of the years around `year`, so a walk from a day off may cross New Year.
QHash<QDate, Festival> statutoryAround(int year)
{
    QHash<QDate, Festival> out;
    for (int y = year - 1; y <= year + 1; ++y) {
        for (const StatutoryDay& s : statutoryDays(y)) {
            out.insert(s.date, s.festival);
        }
    }
    return out;
}

std::optional<DateSpan> parseSpan(const QString& text)
{
    const QStringList ends = text.split(QLatin1Char('/'));
    if (ends.size() > 2) {
        return std::nullopt;
    }
    const QDate from = QDate::fromString(ends.first(), Qt::ISODate);
    const QDate to = ends.size() == 2 ? QDate::fromString(ends.last(), Qt::ISODate) : from;
    if (!from.isValid() || !to.isValid()) {
        return std::nullopt;
    }
    return DateSpan{from, to};
}

} // namespace

QString DateSpan::text() const
{
    return from == to ? iso(from) : QStringLiteral("%1/%2").arg(iso(from), iso(to));
}

QString toString(YearArrangement::Origin origin)
{
    switch (origin) {
    case YearArrangement::Origin::BuiltIn:
        return QStringLiteral("built-in");
    case YearArrangement::Origin::Config:
        return QStringLiteral("config");
    case YearArrangement::Origin::Entered:
        return QStringLiteral("entered");
    }
    return {};
}

QJsonObject YearArrangement::toJson() const
{
    QJsonArray offs;
    for (const DateSpan& s : off) {
        offs.append(s.text());
    }
    QJsonArray works;
    for (const QDate& d : workdays) {
        works.append(iso(d));
    }
    return {{QStringLiteral("source"), source},
            {QStringLiteral("off"), offs},
            {QStringLiteral("workdays"), works}};
}

std::optional<YearArrangement> YearArrangement::fromJson(int year, const QJsonValue& v, const QString& path,
                                                         QStringList& problems)
{
    const qsizetype before = problems.size();
    if (!v.isObject()) {
        problems << QStringLiteral("%1 must be an object with \"off\" and \"workdays\"").arg(path);
        return std::nullopt;
    }
    const QJsonObject o = v.toObject();
    YearArrangement a;
    a.year = year;
    a.source = o.value(QStringLiteral("source")).toString();
    for (const QString& key : o.keys()) {
        if (key != QLatin1String("source") && key != QLatin1String("off") &&
            key != QLatin1String("workdays")) {
            problems << QStringLiteral("%1.%2 is not a known key (source, off, workdays)").arg(path, key);
        }
    }
    const QJsonValue offs = o.value(QStringLiteral("off"));
    if (!offs.isArray()) {
        problems << QStringLiteral("%1.off must be a list like [\"2027-10-01/2027-10-07\"]").arg(path);
    }
    const QJsonArray offList = offs.toArray();
    for (qsizetype i = 0; i < offList.size(); ++i) {
        const auto span = parseSpan(offList.at(i).toString());
        if (!offList.at(i).isString() || !span) {
            problems << QStringLiteral("%1.off[%2] must be a date or a range like \"2027-10-01/2027-10-07\"")
                            .arg(path)
                            .arg(i);
        } else {
            a.off << *span;
        }
    }
    const QJsonValue works = o.value(QStringLiteral("workdays"));
    if (!works.isUndefined() && !works.isArray()) {
        problems << QStringLiteral("%1.workdays must be a list of dates").arg(path);
    }
    const QJsonArray workList = works.toArray();
    for (qsizetype i = 0; i < workList.size(); ++i) {
        const QDate d = QDate::fromString(workList.at(i).toString(), Qt::ISODate);
        if (!d.isValid()) {
            problems << QStringLiteral("%1.workdays[%2] must be a date like \"2027-02-20\"").arg(path).arg(i);
        } else {
            a.workdays << d;
        }
    }
    if (problems.size() != before) {
        return std::nullopt;
    }
    return a;
}

QStringList checkArrangement(const YearArrangement& a)
{
    QStringList problems;
    const int y = a.year;
    if (y < kFirstRulesYear || y > LunarCalendar::kLastYear) {
        problems << QStringLiteral("只能录入 %1–%2 年的放假安排（%1 "
                                   "年起施行现行《全国年节及纪念日放假办法》），%3 年不在其中")
                        .arg(kFirstRulesYear)
                        .arg(LunarCalendar::kLastYear)
                        .arg(y);
        return problems;
    }
    const QHash<QDate, Festival> statutory = statutoryAround(y);
    QSet<QDate> off;
    QSet<QDate> work;
    for (const DateSpan& s : a.off) {
        if (s.to < s.from) {
            problems << QStringLiteral("放假日期 %1 的结束早于开始").arg(s.text());
            continue;
        }
        if (s.from.year() != y || s.to.year() != y) {
            problems << QStringLiteral("放假日期 %1 不在 %2 年内（每年的安排只录入该年的日期）")
                            .arg(s.text())
                            .arg(y);
            continue;
        }
        for (QDate d = s.from; d <= s.to; d = d.addDays(1)) {
            if (off.contains(d)) {
                problems << QStringLiteral("%1 在放假日期中重复出现").arg(iso(d));
            }
            off.insert(d);
        }
    }
    for (const QDate& d : a.workdays) {
        if (d.year() != y) {
            problems << QStringLiteral("调休上班日期 %1 不在 %2 年内").arg(iso(d)).arg(y);
            continue;
        }
        if (work.contains(d)) {
            problems << QStringLiteral("调休上班日期 %1 重复出现").arg(iso(d));
        }
        work.insert(d);
        if (d.dayOfWeek() <= 5) {
            problems << QStringLiteral(
                            "%1 是%2，本来就上班，不能列为调休上班日（只有星期六、星期日可以调为上班）")
                            .arg(iso(d), weekdayZh(d));
        }
        if (const auto it = statutory.constFind(d); it != statutory.constEnd()) {
            problems
                << QStringLiteral("%1 是法定节假日（%2），不能调为上班").arg(iso(d), festivalNameZh(*it));
        }
        if (off.contains(d)) {
            problems << QStringLiteral("%1 既列为放假又列为调休上班").arg(iso(d));
        }
    }
    const auto isRest = [&](QDate d) {
        return statutory.contains(d) || off.contains(d) || (d.dayOfWeek() > 5 && !work.contains(d));
    };
    for (const DateSpan& s : a.off) {
        if (s.to < s.from || s.from.year() != y || s.to.year() != y) {
            continue;
        }
        bool changes = false;
        bool festival = false;
        for (QDate d = s.from; d <= s.to; d = d.addDays(1)) {
            festival = festival || statutory.contains(d);
            changes = changes || (d.dayOfWeek() <= 5 && !statutory.contains(d));
        }
        if (!festival && !changes) {
            problems << QStringLiteral("%1 本来就是休息日（%2），列为放假不起作用")
                            .arg(s.text(), weekdayZh(s.from));
        }
    }
    // A day off (调休放假) is a working day moved next to a festival: it must reach a statutory day
    // through days that are all off. Anything else is a closure of the hall, not an arrangement.
    QList<QDate> extras(off.begin(), off.end());
    std::sort(extras.begin(), extras.end());
    for (const QDate& d : extras) {
        if (statutory.contains(d) || d.dayOfWeek() > 5) {
            continue;
        }
        bool joined = false;
        for (int step : {-1, 1}) {
            for (QDate n = d.addDays(step); !joined && isRest(n); n = n.addDays(step)) {
                joined = statutory.contains(n);
            }
        }
        if (!joined) {
            problems << QStringLiteral(
                            "%1（%2）与任何法定节假日都不相连，不是调休放假；全中心临时闭馆请录入 closures")
                            .arg(iso(d), weekdayZh(d));
        }
    }
    return problems;
}

CalendarConfig builtInCalendarConfig()
{
    static const CalendarConfig builtIn = [] {
        QFile f(QStringLiteral(":/hall/calendar/default-calendar.json"));
        f.open(QIODevice::ReadOnly);
        QStringList problems;
        CalendarConfig c;
        const QJsonObject years =
            QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("arrangements")).toObject();
        for (auto it = years.begin(); it != years.end(); ++it) {
            if (auto a = YearArrangement::fromJson(it.key().toInt(), it.value(), it.key(), problems)) {
                a->origin = YearArrangement::Origin::BuiltIn;
                c.years[a->year] = *a;
            }
        }
        // The shipped table is checked by tests (tests/calendar); a broken resource must not pass silently.
        Q_ASSERT(problems.isEmpty());
        return c;
    }();
    return builtIn;
}

CalendarConfig parseCalendarConfig(const QJsonValue& calendar, const QString& path, QStringList& problems)
{
    CalendarConfig c = builtInCalendarConfig();
    if (calendar.isUndefined()) {
        return c;
    }
    if (!calendar.isObject()) {
        problems << QStringLiteral("%1 must be an object").arg(path);
        return c;
    }
    const QJsonObject o = calendar.toObject();
    JsonConfigReader r;
    c.provisionalMarginDays = r.integer(o, QStringLiteral("provisionalMarginDays"), path, 10, 3, 31);
    const QJsonObject years = o.value(QStringLiteral("arrangements")).toObject();
    for (auto it = years.begin(); it != years.end(); ++it) {
        const QString p = QStringLiteral("%1.arrangements.%2").arg(path, it.key());
        bool isYear = false;
        const int year = it.key().toInt(&isYear);
        if (!isYear) {
            r.problems << QStringLiteral("%1: the key must be a year like \"2027\"").arg(p);
            continue;
        }
        auto a = YearArrangement::fromJson(year, it.value(), p, r.problems);
        if (!a) {
            continue;
        }
        for (const QString& problem : checkArrangement(*a)) {
            r.problems << QStringLiteral("%1: %2").arg(p, problem);
        }
        a->origin = YearArrangement::Origin::Config;
        c.years[year] = *a;
    }
    const QJsonArray closures = o.value(QStringLiteral("closures")).toArray();
    for (qsizetype i = 0; i < closures.size(); ++i) {
        const QString p = QStringLiteral("%1.closures[%2]").arg(path).arg(i);
        const QJsonObject x = closures.at(i).toObject();
        HallClosure h;
        h.date = r.date(x.value(QStringLiteral("date")), p + QStringLiteral(".date"));
        h.reasonZh = r.string(x, QStringLiteral("reasonZh"), p);
        h.reasonEn = r.string(x, QStringLiteral("reasonEn"), p, h.reasonZh);
        c.closures << h;
    }
    const QJsonArray plan = o.value(QStringLiteral("holidayServicePlan")).toArray();
    for (qsizetype i = 0; i < plan.size(); ++i) {
        const QString p = QStringLiteral("%1.holidayServicePlan[%2]").arg(path).arg(i);
        const QJsonObject x = plan.at(i).toObject();
        HolidayServicePlan h;
        h.nameZh = r.string(x, QStringLiteral("nameZh"), p);
        h.nameEn = r.string(x, QStringLiteral("nameEn"), p, h.nameZh);
        if (auto rule =
                DateRule::fromJson(x.value(QStringLiteral("on")), p + QStringLiteral(".on"), r.problems)) {
            h.on = *rule;
        }
        h.services = r.strings(x, QStringLiteral("services"), p);
        if (h.services.isEmpty()) {
            r.problems << QStringLiteral("%1.services needs at least one service").arg(p);
        }
        h.from = r.time(x, QStringLiteral("from"), p, QTime());
        h.until = r.time(x, QStringLiteral("until"), p, QTime());
        if (h.from.isValid() && h.until.isValid() && h.until <= h.from) {
            r.problems << QStringLiteral("%1: until must be after from").arg(p);
        }
        c.holidayPlan << h;
    }
    problems << r.problems;
    return c;
}

} // namespace hall
