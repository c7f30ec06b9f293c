// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/hallcalendar.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace hall;

namespace {

/// The built-in arrangements (2025, 2026) plus what `json` adds: crafted, never today's.
HallCalendar calendarWith(const char* json = "{}")
{
    QStringList problems;
    CalendarConfig c =
        parseCalendarConfig(QJsonDocument::fromJson(json).object(), QStringLiteral("calendar"), problems);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(problems.isEmpty());
    return HallCalendar(std::move(c));
}

using Kind = CalendarDay::Kind;

} // namespace

TEST_CASE("a confirmed year: statutory days, arranged days off and working weekends", "[hallcalendar]")
{
    const HallCalendar cal = calendarWith();
    const CalendarDay national = cal.day({2026, 10, 2});
    CHECK(national.kind == Kind::Statutory);
    CHECK_FALSE(national.working);
    CHECK(national.reasonZh() == QStringLiteral("国庆节"));
    CHECK(national.reasonEn() == QStringLiteral("National Day"));
    const CalendarDay sunday = cal.day({2026, 10, 4});
    CHECK(sunday.kind == Kind::Weekend);
    CHECK(sunday.reasonZh() == QStringLiteral("国庆节假期"));
    const CalendarDay extra = cal.day({2026, 10, 5});
    CHECK(extra.kind == Kind::DayOff);
    CHECK(extra.reasonZh() == QStringLiteral("国庆节假期"));
    const CalendarDay worked = cal.day({2026, 10, 10});
    CHECK(worked.kind == Kind::WorkingWeekend);
    CHECK(worked.working);
    CHECK(cal.day({2026, 9, 25}).festival == Festival::MidAutumn);
    CHECK(cal.day({2026, 11, 28}).reasonZh() == QStringLiteral("星期六"));
    CHECK_FALSE(cal.day({2026, 10, 5}).provisional);
    CHECK_FALSE(cal.day({2026, 10, 5}).uncertain);
    CHECK(cal.workingDayOnOrAfter({2026, 10, 1}) == QDate(2026, 10, 8));
    CHECK(cal.nextWorkingDay({2026, 10, 8}) == QDate(2026, 10, 9));
    CHECK(cal.nextWorkingDay({2026, 10, 9}) == QDate(2026, 10, 10)); // 调休上班 Saturday
}

TEST_CASE("a provisional year: statutory days closed, the days around them uncertain, never all working",
          "[hallcalendar]")
{
    const HallCalendar cal = calendarWith(); // 2027 not entered
    REQUIRE_FALSE(cal.isConfirmed(2027));
    const CalendarDay newYear = cal.day({2027, 1, 1});
    CHECK(newYear.kind == Kind::Statutory);
    CHECK_FALSE(newYear.working);
    CHECK(newYear.provisional);
    CHECK_FALSE(newYear.uncertain); // statutory days are certain
    for (const QDate& d :
         {QDate(2027, 2, 5), QDate(2027, 2, 6), QDate(2027, 2, 8), QDate(2027, 4, 5), QDate(2027, 5, 1),
          QDate(2027, 5, 2), QDate(2027, 6, 9), QDate(2027, 9, 15), QDate(2027, 10, 1), QDate(2027, 10, 3)}) {
        INFO(d.toString(Qt::ISODate).toStdString());
        CHECK_FALSE(cal.isWorkingDay(d));
    }
    // Days the notice could still move: weekdays that may become days off, weekends that may be worked.
    CHECK(cal.day({2027, 2, 9}).uncertain);        // Tuesday after 初三
    CHECK(cal.day({2027, 2, 13}).uncertain);       // a Saturday 5 days after 初三 (2/8): could be worked
    CHECK_FALSE(cal.day({2027, 2, 20}).uncertain); // 12 days after: beyond the 10-day margin
    CHECK(cal.day({2027, 10, 4}).uncertain);       // Monday after 国庆
    CHECK(cal.day({2027, 9, 26}).uncertain);       // Sunday before
    CHECK(cal.day({2027, 1, 4}).uncertain);
    CHECK_FALSE(cal.day({2027, 3, 16}).uncertain);
    CHECK_FALSE(cal.day({2027, 7, 20}).uncertain);
    CHECK(cal.isWorkingDay({2027, 7, 20}));
    CHECK(cal.day({2027, 7, 20}).provisional);

    const HallCalendar confirmed =
        calendarWith(R"({"arrangements": {"2027": {"off": ["2027-02-05/2027-02-11"], "workdays": []}}})");
    CHECK_FALSE(confirmed.day({2027, 2, 9}).uncertain);
    CHECK_FALSE(confirmed.day({2027, 2, 9}).working);
    CHECK(confirmed.day({2027, 2, 12}).working);
}

TEST_CASE("alerts name the missing year from 1 October of the year before", "[hallcalendar]")
{
    const HallCalendar cal = calendarWith();
    CHECK(cal.alerts({2026, 9, 30}).isEmpty());
    const QList<CalendarAlert> october = cal.alerts({2026, 10, 1});
    REQUIRE(october.size() == 1);
    CHECK(october.first().year == 2027);
    CHECK_FALSE(october.first().currentYear);
    CHECK(october.first().messageZh.contains(QStringLiteral("2027 年的放假调休安排尚未录入")));
    CHECK(october.first().messageZh.contains(QStringLiteral("hall-admin calendar enter 2027")));
    const QList<CalendarAlert> january = cal.alerts({2027, 1, 5});
    REQUIRE(january.size() == 1);
    CHECK(january.first().currentYear);
    CHECK(calendarWith(R"({"arrangements": {"2027": {"off": ["2027-01-01"], "workdays": []}}})")
              .alerts({2026, 12, 6})
              .isEmpty());
}

TEST_CASE("the hall's day: closures, the holiday service plan and the next opening", "[hallcalendar]")
{
    const HallCalendar cal = calendarWith(R"({
        "closures": [{"date": "2026-11-26", "reasonZh": "设备检修", "reasonEn": "Maintenance"}],
        "holidayServicePlan": [
            {"nameZh": "520婚姻登记", "nameEn": "520 marriage registration", "on": {"monthDay": "05-20"},
             "services": ["marriage"], "from": "09:00", "until": "16:00"},
            {"nameZh": "国庆咨询", "on": {"date": "2026-10-05"}, "services": ["enquiries", "marriage"],
             "from": "09:00", "until": "12:00"}]})");
    const HallDay closure = cal.hallDay({2026, 11, 26});
    CHECK(closure.status == HallDay::Status::Closed);
    CHECK(closure.reasonZh() == QStringLiteral("设备检修"));
    CHECK(closure.day.working); // still a working day in law
    CHECK(cal.hallDay({2026, 11, 25}).status == HallDay::Status::Open);

    const HallDay holiday = cal.hallDay({2026, 10, 5});
    REQUIRE(holiday.status == HallDay::Status::Plan);
    CHECK(holiday.planNameZh == QStringLiteral("国庆咨询"));
    CHECK(holiday.hoursOf(QStringLiteral("enquiries")) ==
          ServiceHours{QStringLiteral("enquiries"), QTime(9, 0), QTime(12, 0)});
    CHECK_FALSE(holiday.hoursOf(QStringLiteral("assistance")));
    CHECK(cal.hallDay({2026, 10, 4}).status == HallDay::Status::Closed);
    CHECK(cal.nextOpenDay({2026, 10, 1}) == QDate(2026, 10, 8));
    CHECK(cal.nextOpenDay({2026, 11, 25}) == QDate(2026, 11, 27)); // past the closure

    // 2028-05-20 is a Saturday: the plan opens marriage registration; on a weekday the hall is simply open.
    CHECK(cal.hallDay({2028, 5, 20}).status == HallDay::Status::Plan);
    CHECK(cal.hallDay({2027, 5, 20}).status == HallDay::Status::Open);
}
