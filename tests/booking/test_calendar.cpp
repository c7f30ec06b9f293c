// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingfixture.h"

using namespace hall;
using namespace hall::test;

namespace {

DayPlan planOf(const BookingCalendar& c, const QString& office, QDate day)
{
    return c.dayPlan(*c.config().office(office), day);
}

int marriages(const SlotPlan& s)
{
    return s.capacity[static_cast<std::size_t>(typeIndex(BookingType::Marriage))];
}

} // namespace

TEST_CASE("working days are the hall calendar's, with its adjusted weekends", "[calendar]")
{
    const BookingCalendar c(testBookingConfig());
    REQUIRE(c.isWorkingDay(QDate(2026, 11, 24)));       // Tuesday
    REQUIRE_FALSE(c.isWorkingDay(QDate(2026, 11, 28))); // Saturday
    REQUIRE_FALSE(c.isWorkingDay(QDate(2027, 1, 1)));   // holiday, Friday
    REQUIRE(c.isWorkingDay(QDate(2027, 1, 9)));         // 调休 Saturday
    REQUIRE(c.workingDayOnOrAfter(QDate(2027, 1, 1)) == QDate(2027, 1, 4));
    REQUIRE(c.workingDayOnOrAfter(QDate(2027, 1, 5)) == QDate(2027, 1, 5));
}

TEST_CASE("a day plan has the week's sessions cut into slots", "[calendar]")
{
    const BookingCalendar c(testBookingConfig());
    const DayPlan p = planOf(c, QStringLiteral("main"), QDate(2026, 12, 1));
    REQUIRE(p.open);
    REQUIRE(p.timeSlots.size() == 10); // 6 in the morning, 4 in the afternoon
    REQUIRE(p.timeSlots.first().start == at(QDate(2026, 12, 1), 9));
    REQUIRE(p.timeSlots.first().end == at(QDate(2026, 12, 1), 9, 30));
    REQUIRE(p.timeSlots.last().start == at(QDate(2026, 12, 1), 15, 30));
    REQUIRE(marriages(p.timeSlots.first()) == 2);
    REQUIRE(p.timeSlots.last().capacity[static_cast<std::size_t>(typeIndex(BookingType::Replacement))] == 0);
    REQUIRE(p.opensAt == at(QDate(2026, 11, 1), 0));
    REQUIRE(p.closesAt == at(QDate(2026, 11, 30), 15));
    REQUIRE_FALSE(p.special);
}

TEST_CASE("weekends, holidays and closures are closed, holiday-plan days and 调休 are open", "[calendar]")
{
    const BookingCalendar c(testBookingConfig());
    const QString main = QStringLiteral("main");
    REQUIRE_FALSE(planOf(c, main, QDate(2026, 11, 28)).open); // Saturday
    REQUIRE_FALSE(planOf(c, main, QDate(2027, 1, 1)).open);   // holiday
    REQUIRE(planOf(c, main, QDate(2027, 1, 1)).closedReason.contains(QStringLiteral("法定节假日")));
    REQUIRE_FALSE(planOf(c, main, QDate(2026, 12, 31)).open); // office closure
    REQUIRE(planOf(c, main, QDate(2026, 12, 19)).open);       // a Saturday the holiday plan opens
    REQUIRE(planOf(c, main, QDate(2026, 12, 19)).timeSlots.size() == 10);
    REQUIRE(planOf(c, main, QDate(2027, 1, 9)).open); // 调休 Saturday works like a Monday
    REQUIRE(planOf(c, QStringLiteral("east"), QDate(2026, 12, 19)).open == false);
}

TEST_CASE("per-date capacity overrides replace the plan for that type only", "[calendar]")
{
    const BookingCalendar c(testBookingConfig());
    const DayPlan p = planOf(c, QStringLiteral("main"), QDate(2026, 12, 24));
    REQUIRE(marriages(p.timeSlots.first()) == 5);
    REQUIRE(
        p.timeSlots.first().capacity[static_cast<std::size_t>(typeIndex(BookingType::DivorceApplication))] ==
        1);
}

TEST_CASE("special date rules: 2月14日, 5月20日, 5月21日, 10月10日 and computed 七夕", "[calendar]")
{
    const BookingCalendar c(testBookingConfig());
    const OfficeConfig& office = *c.config().office(QStringLiteral("main"));
    const QList<SpecialDate> dates = c.specialDates(office, 2027);
    QList<QDate> days;
    for (const SpecialDate& s : dates) {
        days << s.date;
    }
    REQUIRE(days == QList<QDate>{{2027, 2, 14}, {2027, 5, 20}, {2027, 5, 21}, {2027, 8, 8}, {2027, 10, 10}});
    REQUIRE(c.specialDate(office, QDate(2027, 8, 8))->nameZh == QStringLiteral("七夕"));
    REQUIRE_FALSE(c.specialDate(office, QDate(2027, 8, 9)));
    REQUIRE(c.specialDate(office, QDate(2028, 8, 26))->nameZh == QStringLiteral("七夕"));
    // Released 20 days before at 09:00 with three marriages per slot.
    const DayPlan p = planOf(c, QStringLiteral("main"), QDate(2027, 5, 20));
    REQUIRE(p.special);
    REQUIRE(p.opensAt == at(QDate(2027, 4, 30), 9));
    REQUIRE(marriages(p.timeSlots.first()) == 3);
}

TEST_CASE("a special date on a weekend opens, configured dates carry their own release and capacity",
          "[calendar]")
{
    const BookingCalendar c(testBookingConfig());
    const DayPlan qixi = planOf(c, QStringLiteral("main"), QDate(2027, 8, 8)); // Sunday
    REQUIRE(qixi.open);
    REQUIRE(qixi.timeSlots.size() == 10);
    const DayPlan valentine = planOf(c, QStringLiteral("main"), QDate(2027, 2, 14)); // in the holiday week
    REQUIRE(valentine.open);
    REQUIRE(valentine.special->nameZh == QStringLiteral("情人节"));
    REQUIRE_FALSE(planOf(c, QStringLiteral("main"), QDate(2027, 2, 15)).open);
    const DayPlan twelve = planOf(c, QStringLiteral("main"), QDate(2026, 12, 12)); // Saturday, configured
    REQUIRE(twelve.open);
    REQUIRE(twelve.special->nameZh == QStringLiteral("双十二"));
    REQUIRE(twelve.opensAt == at(QDate(2026, 11, 30), 12));
    REQUIRE(marriages(twelve.timeSlots.first()) == 1);
}

TEST_CASE("special dates are whatever rules a centre lists, per office", "[calendar]")
{
    BookingConfig config = testBookingConfig();
    config.special.rules.removeIf([](const SpecialDateRule& r) { return r.on.kind != DateRule::Kind::Date; });
    // Without the hall's holiday plan for 12-12 the office stays closed that Saturday, special or not.
    config.calendar = testHallCalendar(R"({"holidayServicePlan": []})");
    const BookingCalendar c(config);
    const OfficeConfig& main = *c.config().office(QStringLiteral("main"));
    REQUIRE_FALSE(c.specialDate(main, QDate(2027, 5, 20)));
    REQUIRE(c.specialDate(main, QDate(2026, 12, 12))); // configured dates stay
    REQUIRE_FALSE(planOf(c, QStringLiteral("main"), QDate(2026, 12, 12)).open);

    // Number patterns a centre chooses (2026-06-06, 2029-09-09), with their own name, capacity and
    // release, for the east office only.
    const auto parsed = parseBookingConfig(
        QByteArray(testBookingJson())
            .replace(
                R"("rules": [ { "nameZh": "情人节")",
                R"("rules": [ { "nameZh": "好日子", "nameEn": "Lucky numbers", "on": { "pattern": "???a-0a-0a" },
                       "offices": ["east"], "capacity": { "marriage": 9 }, "releaseDaysBefore": 60,
                       "releaseTime": "10:00" },
                     { "nameZh": "情人节")"));
    REQUIRE_BOOKED(parsed);
    BookingConfig numbers = parsed.value();
    numbers.calendar = testHallCalendar();
    const BookingCalendar n(numbers);
    const OfficeConfig& east = *n.config().office(QStringLiteral("east"));
    const auto lucky = n.specialDate(east, QDate(2029, 9, 9));
    REQUIRE(lucky);
    CHECK(lucky->nameZh == QStringLiteral("好日子"));
    CHECK(lucky->nameEn == QStringLiteral("Lucky numbers"));
    CHECK(lucky->releaseAt == at(QDate(2029, 7, 11), 10));
    CHECK(lucky->capacity[static_cast<std::size_t>(typeIndex(BookingType::Marriage))] == 9);
    CHECK(n.specialDate(east, QDate(2026, 6, 6)));
    CHECK_FALSE(n.specialDate(*n.config().office(QStringLiteral("main")), QDate(2026, 6, 6)));
    CHECK(n.specialDates(east, 2026).first().date == QDate(2026, 2, 14));
}

TEST_CASE("a 调休 working weekend takes the sessions of the weekday the office names", "[calendar]")
{
    const auto parsed = parseBookingConfig(
        QByteArray(testBookingJson())
            .replace(R"("id": "main", "nameZh": "测试区婚姻登记处",)",
                     R"("id": "main", "nameZh": "测试区婚姻登记处", "workingWeekendLike": 5,)")
            .replace(R"({ "days": [1, 2, 3, 4, 5], "from": "14:00")",
                     R"({ "days": [1, 2, 3, 4], "from": "14:00")"));
    REQUIRE_BOOKED(parsed);
    BookingConfig config = parsed.value();
    config.calendar = testHallCalendar();
    const BookingCalendar c(config);
    // 2027-01-09 is a working Saturday of the crafted 2027; this office works it like a Friday: mornings
    // only.
    CHECK(planOf(c, QStringLiteral("main"), QDate(2027, 1, 9)).timeSlots.size() == 6);
    const BookingCalendar monday(testBookingConfig());
    CHECK(planOf(monday, QStringLiteral("main"), QDate(2027, 1, 9)).timeSlots.size() == 10);
}

TEST_CASE("a holiday-plan day offers only the plan's services, within the plan's hours", "[calendar]")
{
    BookingConfig config = testBookingConfig();
    config.calendar = testHallCalendar(R"({"holidayServicePlan": [
        {"nameZh": "周六婚姻登记", "on": {"date": "2026-12-05"}, "services": ["marriage"],
         "from": "09:00", "until": "11:00"}]})");
    const BookingCalendar c(config);
    const DayPlan p = planOf(c, QStringLiteral("main"), QDate(2026, 12, 5)); // Saturday
    REQUIRE(p.open);
    REQUIRE(p.timeSlots.size() == 4); // 09:00–11:00 only
    for (const SlotPlan& s : p.timeSlots) {
        CHECK(marriages(s) == 2);
        CHECK(s.capacity[static_cast<std::size_t>(typeIndex(BookingType::DivorceApplication))] == 0);
    }
}

TEST_CASE("a provisional year's uncertain days are not released, its statutory days are closed", "[calendar]")
{
    BookingConfig config = testBookingConfig();
    config.calendar = HallCalendar::builtIn(); // 2027 not entered
    const BookingCalendar c(config);
    const DayPlan monday = planOf(c, QStringLiteral("main"), QDate(2027, 1, 4));
    CHECK_FALSE(monday.open);
    CHECK(monday.provisional);
    CHECK(monday.closedReason.contains(QStringLiteral("2027 年放假调休安排尚未公布")));
    const DayPlan newYear = planOf(c, QStringLiteral("main"), QDate(2027, 1, 1));
    CHECK_FALSE(newYear.open);
    CHECK_FALSE(newYear.provisional);
    CHECK(newYear.closedReason.contains(QStringLiteral("元旦")));
    CHECK(planOf(c, QStringLiteral("main"), QDate(2027, 3, 16)).open); // far from any festival
}

TEST_CASE("divorce periods: 30 days, a period ending on a rest day moves to the next working day",
          "[calendar][divorce]")
{
    const BookingCalendar c(testBookingConfig());
    SECTION("ordinary, across a month end")
    {
        const DivorcePeriods p = c.divorcePeriods(QDate(2026, 11, 25)); // Wednesday
        REQUIRE(p.coolingOffEnds == QDate(2026, 12, 25));               // Friday, day 30
        REQUIRE(p.certificateFrom == QDate(2026, 12, 26));              // day 31
        REQUIRE(p.certificateUntil == QDate(2027, 1, 25));              // day 61 = Monday (24th is Sunday)
    }
    SECTION("cooling-off ending on New Year's Day moves to the Monday after")
    {
        const DivorcePeriods p = c.divorcePeriods(QDate(2026, 12, 2));
        REQUIRE(p.coolingOffEnds == QDate(2027, 1, 4));
        REQUIRE(p.certificateFrom == QDate(2027, 1, 5));
        REQUIRE(p.certificateUntil == QDate(2027, 2, 3));
    }
    SECTION("a certificate period ending in a holiday week ends after it")
    {
        const DivorcePeriods p = c.divorcePeriods(QDate(2026, 12, 12)); // +30 = 2027-01-11 Monday
        REQUIRE(p.coolingOffEnds == QDate(2027, 1, 11));
        REQUIRE(p.certificateUntil == QDate(2027, 2, 17)); // 2027-02-10 falls in the holiday week
    }
    SECTION("days 31 to 60 when nothing falls on a rest day")
    {
        const DivorcePeriods p =
            c.divorcePeriods(QDate(2027, 3, 1)); // +30 = 2027-03-31 Wed, +60 = 2027-04-30 Fri
        REQUIRE(p.coolingOffEnds == QDate(2027, 3, 31));
        REQUIRE(p.certificateFrom == QDate(2027, 4, 1));
        REQUIRE(p.certificateUntil == QDate(2027, 4, 30));
    }
}

TEST_CASE("the special dates of every office, one per date, for figures across offices", "[calendar]")
{
    const auto parsed = parseBookingConfig(
        QByteArray(testBookingJson())
            .replace(
                R"("rules": [ { "nameZh": "情人节")",
                R"("rules": [ { "nameZh": "东区好日子", "on": { "date": "2027-03-03" }, "offices": ["east"] },
                     { "nameZh": "情人节")"));
    REQUIRE_BOOKED(parsed);
    BookingConfig config = parsed.value();
    config.calendar = testHallCalendar();
    const BookingCalendar c(config);
    QList<QDate> days;
    for (const SpecialDate& s : c.specialDates(2027)) {
        days << s.date;
    }
    CHECK(days ==
          QList<QDate>{
              {2027, 2, 14}, {2027, 3, 3}, {2027, 5, 20}, {2027, 5, 21}, {2027, 8, 8}, {2027, 10, 10}});
}
