// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/lunarcalendar.h"

#include <catch2/catch.hpp>

using hall::LunarCalendar;

// Published 农历 tables (Hong Kong Observatory / Purple Mountain Observatory calendars).
TEST_CASE("七夕 2025-2035 matches the published calendar", "[lunar]")
{
    const QList<std::pair<int, QDate>> table{
        {2025, {2025, 8, 29}}, {2026, {2026, 8, 19}}, {2027, {2027, 8, 8}},  {2028, {2028, 8, 26}},
        {2029, {2029, 8, 16}}, {2030, {2030, 8, 5}},  {2031, {2031, 8, 24}}, {2032, {2032, 8, 12}},
        {2033, {2033, 8, 1}},  {2034, {2034, 8, 20}}, {2035, {2035, 8, 10}},
    };
    for (const auto& [year, expected] : table) {
        INFO(year);
        REQUIRE(LunarCalendar::qixi(year) == expected);
    }
}

TEST_CASE("七夕 of earlier years, including one after a leap fourth month", "[lunar]")
{
    REQUIRE(LunarCalendar::qixi(2019) == QDate(2019, 8, 7));
    REQUIRE(LunarCalendar::qixi(2020) == QDate(2020, 8, 25)); // 闰四月
    REQUIRE(LunarCalendar::qixi(2021) == QDate(2021, 8, 14));
    REQUIRE(LunarCalendar::qixi(2022) == QDate(2022, 8, 4));
    REQUIRE(LunarCalendar::qixi(2023) == QDate(2023, 8, 22)); // 闰二月
    REQUIRE(LunarCalendar::qixi(2024) == QDate(2024, 8, 10));
}

TEST_CASE("Chinese New Year 2025-2035", "[lunar]")
{
    const QList<QDate> newYears{{2025, 1, 29}, {2026, 2, 17}, {2027, 2, 6},  {2028, 1, 26},
                                {2029, 2, 13}, {2030, 2, 3},  {2031, 1, 23}, {2032, 2, 11},
                                {2033, 1, 31}, {2034, 2, 19}, {2035, 2, 8}};
    for (const QDate& d : newYears) {
        INFO(d.year());
        REQUIRE(LunarCalendar::toGregorian(d.year(), 1, 1) == d);
    }
}

TEST_CASE("leap months follow the no-major-term rule, including the 2033 problem", "[lunar]")
{
    REQUIRE(LunarCalendar::leapMonth(2025) == 6);
    REQUIRE(LunarCalendar::leapMonth(2026) == 0);
    REQUIRE(LunarCalendar::leapMonth(2020) == 4);
    REQUIRE(LunarCalendar::leapMonth(2023) == 2);
    REQUIRE(LunarCalendar::leapMonth(2028) == 5);
    REQUIRE(LunarCalendar::leapMonth(2031) == 3);
    // 2033: two months lack a major term; the rule counts months between winter solstices, which
    // puts the leap after the eleventh month (闰十一月), not after the seventh.
    REQUIRE(LunarCalendar::leapMonth(2033) == 11);
    REQUIRE(LunarCalendar::toGregorian(2033, 11, 1, true) == QDate(2033, 12, 22));
    REQUIRE(LunarCalendar::leapMonth(2036) == 6);
    REQUIRE(LunarCalendar::toGregorian(2025, 6, 1, true) == QDate(2025, 7, 25));
}

TEST_CASE("a solstice year has 12 or 13 months of 29 or 30 days, contiguous", "[lunar]")
{
    for (int year = 2025; year <= 2035; ++year) {
        INFO(year);
        const auto months = LunarCalendar::solsticeYear(year);
        REQUIRE((months.size() == 12 || months.size() == 13));
        REQUIRE(months.first().number == 11);
        for (qsizetype i = 0; i < months.size(); ++i) {
            REQUIRE((months[i].days == 29 || months[i].days == 30));
            if (i + 1 < months.size()) {
                REQUIRE(months[i].start.addDays(months[i].days) == months[i + 1].start);
            }
        }
    }
}

TEST_CASE("days that do not exist give an invalid date", "[lunar]")
{
    REQUIRE_FALSE(LunarCalendar::toGregorian(2026, 6, 1, true).isValid()); // 2026 has no leap month
    REQUIRE_FALSE(LunarCalendar::toGregorian(2026, 13, 1).isValid());
    REQUIRE_FALSE(LunarCalendar::toGregorian(2026, 1, 31).isValid());
    REQUIRE_FALSE(LunarCalendar::toGregorian(1800, 1, 1).isValid());
    // A 29-day month has no 30th.
    for (const auto& m : LunarCalendar::solsticeYear(2026)) {
        if (m.days == 29 && m.number <= 10 && !m.leap) {
            REQUIRE_FALSE(LunarCalendar::toGregorian(2026, m.number, 30).isValid());
            REQUIRE(LunarCalendar::toGregorian(2026, m.number, 29) == m.start.addDays(28));
            break;
        }
    }
}

TEST_CASE("astronomy: the 2026 December solstice and a known new moon", "[lunar]")
{
    // The Sun reaches 270° on 2026-12-21 20:50 UT (IMCCE): the longitude crosses 270 within minutes.
    const double jdUt = 2461396.368; // 2026-12-21 20:50 UT
    const double jde = jdUt + LunarCalendar::deltaTSeconds(2026.97) / 86400.0;
    REQUIRE(LunarCalendar::solarLongitude(jde - 0.02) < 270.0);
    REQUIRE(LunarCalendar::solarLongitude(jde + 0.02) > 270.0);
    // Meeus example 49.a: the new moon of 1977 February gives JDE 2443192.65118.
    REQUIRE(LunarCalendar::newMoonJde(-283) == Approx(2443192.65118).margin(0.00001));
}
