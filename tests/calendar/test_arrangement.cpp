// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/calendarconfig.h"
#include "calendar/hallcalendar.h"
#include "domain/hallconfig.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace hall;

namespace {

YearArrangement arrangement(int year, QList<DateSpan> off, QList<QDate> workdays)
{
    YearArrangement a;
    a.year = year;
    a.off = std::move(off);
    a.workdays = std::move(workdays);
    return a;
}

DateSpan span(QDate from, QDate to = {})
{
    return DateSpan{from, to.isValid() ? to : from};
}

bool mentions(const QStringList& problems, const QString& text)
{
    for (const QString& p : problems) {
        if (p.contains(text)) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("the shipped 2025 and 2026 arrangements are the published ones and pass the check", "[arrangement]")
{
    const CalendarConfig c = builtInCalendarConfig();
    REQUIRE(c.years.count(2025) == 1);
    REQUIRE(c.years.count(2026) == 1);
    CHECK(c.years.count(2027) == 0);
    for (const auto& [year, a] : c.years) {
        INFO(year);
        CHECK(checkArrangement(a).isEmpty());
        CHECK(a.origin == YearArrangement::Origin::BuiltIn);
        CHECK_FALSE(a.source.isEmpty());
    }
    // 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04), item by item.
    const HallCalendar cal(c);
    for (QDate d(2026, 1, 1); d <= QDate(2026, 1, 3); d = d.addDays(1)) {
        CHECK_FALSE(cal.isWorkingDay(d));
    }
    CHECK(cal.isWorkingDay({2026, 1, 4})); // 1月4日（周日）上班
    for (QDate d(2026, 2, 15); d <= QDate(2026, 2, 23); d = d.addDays(1)) {
        CHECK_FALSE(cal.isWorkingDay(d));
    }
    CHECK(cal.isWorkingDay({2026, 2, 14}));
    CHECK(cal.isWorkingDay({2026, 2, 28}));
    CHECK_FALSE(cal.isWorkingDay({2026, 4, 6})); // 清明 4月4日至6日
    CHECK(cal.isWorkingDay({2026, 4, 7}));
    CHECK_FALSE(cal.isWorkingDay({2026, 5, 5}));
    CHECK(cal.isWorkingDay({2026, 5, 9}));
    CHECK_FALSE(cal.isWorkingDay({2026, 6, 19}));
    CHECK_FALSE(cal.isWorkingDay({2026, 9, 25}));
    CHECK(cal.isWorkingDay({2026, 9, 20}));
    CHECK_FALSE(cal.isWorkingDay({2026, 10, 7}));
    CHECK(cal.isWorkingDay({2026, 10, 8}));
    CHECK(cal.isWorkingDay({2026, 10, 10}));
    // 国务院办公厅关于2025年部分节假日安排的通知: 元旦 one day, no adjustment; 国庆、中秋 10月1日至8日.
    CHECK_FALSE(cal.isWorkingDay({2025, 1, 1}));
    CHECK(cal.isWorkingDay({2025, 1, 2}));
    CHECK(cal.isWorkingDay({2025, 1, 26}));
    CHECK_FALSE(cal.isWorkingDay({2025, 2, 4}));
    CHECK(cal.isWorkingDay({2025, 2, 8}));
    CHECK(cal.isWorkingDay({2025, 4, 27}));
    CHECK_FALSE(cal.isWorkingDay({2025, 10, 8}));
    CHECK(cal.isWorkingDay({2025, 9, 28}));
    CHECK(cal.isWorkingDay({2025, 10, 11}));
}

TEST_CASE("impossible arrangements are refused with messages that name the date and the problem",
          "[arrangement]")
{
    // A plausible 2027 (not the published one): 元旦 1/1 (Fri), 春节 除夕 2/5 – 初三 2/8.
    const YearArrangement good = arrangement(
        2027, {span({2027, 1, 1}, {2027, 1, 3}), span({2027, 2, 5}, {2027, 2, 12})}, {{2027, 2, 20}});
    REQUIRE(checkArrangement(good).isEmpty());

    SECTION("dates outside the year")
    {
        YearArrangement a = good;
        a.off << span({2026, 12, 31});
        a.workdays << QDate(2028, 1, 8);
        const QStringList p = checkArrangement(a);
        CHECK(mentions(p, QStringLiteral("放假日期 2026-12-31 不在 2027 年内")));
        CHECK(mentions(p, QStringLiteral("调休上班日期 2028-01-08 不在 2027 年内")));
    }
    SECTION("an extra day off that is already a rest day")
    {
        YearArrangement a = good;
        a.off << span({2027, 3, 13}, {2027, 3, 14}); // a plain weekend
        CHECK(mentions(checkArrangement(a),
                       QStringLiteral("2027-03-13/2027-03-14 本来就是休息日（星期六），列为放假不起作用")));
    }
    SECTION("a working weekend that is not a weekend")
    {
        YearArrangement a = good;
        a.workdays << QDate(2027, 2, 22);
        CHECK(mentions(checkArrangement(a), QStringLiteral("2027-02-22 是星期一，本来就上班")));
    }
    SECTION("a statutory day made working")
    {
        YearArrangement a = good;
        a.workdays << QDate(2027, 10, 2); // a Saturday, but 国庆
        CHECK(
            mentions(checkArrangement(a), QStringLiteral("2027-10-02 是法定节假日（国庆节），不能调为上班")));
    }
    SECTION("a date both off and working, and dates given twice")
    {
        YearArrangement a = good;
        a.workdays << QDate(2027, 2, 6) << QDate(2027, 2, 20);
        a.off << span({2027, 2, 11}, {2027, 2, 13});
        const QStringList p = checkArrangement(a);
        CHECK(mentions(p, QStringLiteral("2027-02-06 既列为放假又列为调休上班")));
        CHECK(mentions(p, QStringLiteral("调休上班日期 2027-02-20 重复出现")));
        CHECK(mentions(p, QStringLiteral("2027-02-11 在放假日期中重复出现")));
    }
    SECTION("a day off not joined to any festival")
    {
        YearArrangement a = good;
        a.off << span({2027, 3, 10});
        CHECK(mentions(checkArrangement(a), QStringLiteral("2027-03-10（星期三）与任何法定节假日都不相连")));
    }
    SECTION("a range that ends before it begins, and a year the rules do not cover")
    {
        YearArrangement a = good;
        a.off << DateSpan{{2027, 5, 5}, {2027, 5, 1}};
        CHECK(mentions(checkArrangement(a), QStringLiteral("放假日期 2027-05-05/2027-05-01 的结束早于开始")));
        CHECK(mentions(checkArrangement(arrangement(2024, {}, {})), QStringLiteral("2024 年不在其中")));
    }
}

TEST_CASE("the calendar configuration reads arrangements over the built-in ones and refuses bad ones",
          "[arrangement]")
{
    const auto parse = [](const char* json, QStringList& problems) {
        return parseCalendarConfig(QJsonDocument::fromJson(json).object(), QStringLiteral("calendar"),
                                   problems);
    };
    QStringList problems;
    const CalendarConfig c = parse(R"({"arrangements": {
        "2027": {"source": "test", "off": ["2027-01-01/2027-01-03"], "workdays": []}},
        "closures": [{"date": "2027-03-15", "reasonZh": "设备检修"}],
        "holidayServicePlan": [{"nameZh": "七夕婚姻登记", "on": {"lunar": "07-07"}, "services": ["marriage"],
                                "from": "09:00", "until": "12:00"}]})",
                                   problems);
    REQUIRE(problems.isEmpty());
    CHECK(c.years.count(2025) == 1); // built-in years stay
    CHECK(c.years.at(2027).origin == YearArrangement::Origin::Config);
    CHECK(c.closures.size() == 1);
    CHECK(c.holidayPlan.size() == 1);

    QStringList bad;
    parse(R"({"arrangements": {"2027": {"off": ["2027-03-10"], "workdays": ["2027-02-22", "tomorrow"]},
                               "next": {}},
              "holidayServicePlan": [{"nameZh": "x", "on": {"monthDay": "02-30"}, "services": [],
                                      "from": "12:00", "until": "09:00"}]})",
          bad);
    CHECK(mentions(bad, QStringLiteral("calendar.arrangements.2027.workdays[1] must be a date")));
    CHECK(mentions(bad, QStringLiteral("calendar.arrangements.next: the key must be a year")));
    CHECK(
        mentions(bad, QStringLiteral("calendar.holidayServicePlan[0].on.monthDay must be a month and day")));
    CHECK(
        mentions(bad, QStringLiteral("calendar.holidayServicePlan[0].services needs at least one service")));
    CHECK(mentions(bad, QStringLiteral("calendar.holidayServicePlan[0]: until must be after from")));

    QStringList impossible;
    parse(R"({"arrangements": {"2027": {"off": ["2027-03-10"], "workdays": ["2027-02-22"]}}})", impossible);
    CHECK(
        mentions(impossible,
                 QStringLiteral("calendar.arrangements.2027: 2027-03-10（星期三）与任何法定节假日都不相连")));
    CHECK(mentions(impossible, QStringLiteral("calendar.arrangements.2027: 2027-02-22 是星期一")));
}

TEST_CASE("a hall file with only next year's arrangement keeps the built-in catalogue and years",
          "[arrangement]")
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("hall.json")));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(R"({"calendar": {"arrangements": {"2027": {"source": "test",
        "off": ["2027-10-01/2027-10-07"], "workdays": ["2027-09-26"]}}}})");
    f.close();
    const auto loaded = loadHallConfig(f.fileName());
    INFO((loaded.ok() ? QString() : loaded.error().message).toStdString());
    REQUIRE(loaded.ok());
    CHECK(loaded.value().catalogue.services().size() == defaultHallConfig().catalogue.services().size());
    const HallCalendar& cal = *loaded.value().calendar;
    CHECK(cal.isConfirmed(2025));
    CHECK(cal.isConfirmed(2027));
    CHECK_FALSE(cal.isWorkingDay({2027, 10, 6}));
    CHECK(cal.isWorkingDay({2027, 9, 26}));
    CHECK(cal.config().holidayPlan.size() == defaultHallConfig().calendar->config().holidayPlan.size());
}
