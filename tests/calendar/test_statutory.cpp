// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The computed statutory holidays against published calendars. Every expected date below is copied
// from a published source, never from this program:
//  [N25] 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, 2024-11-12, as printed by
//        新华网/光明网 https://m.gmw.cn/2024-11/12/content_1303894933.htm): "1月28日（农历除夕、周二）".
//  [N26] 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04, 新华网/光明网
//        https://politics.gmw.cn/2025-11/04/content_38391083.htm): "2月15日（农历腊月二十八、周日）".
//  [HKO] Hong Kong Observatory, 公曆與農曆日期對照表 (Gregorian-Lunar Calendar Conversion Table,
//        https://www.hko.gov.hk/tc/gts/time/conversion1_text.htm), the official 1901–2100 table.
//        正月初一, 五月初五 and 八月十五 2025–2050 as transcribed in the MIT-licensed python-holidays
//        (github.com/vacanza/holidays, holidays/calendars/chinese.py: LUNAR_NEW_YEAR_DATES,
//        DRAGON_BOAT_DATES, MID_AUTUMN_DATES); 2026–2035 checked against a second, independent
//        transcription of the same tables. The 清明 day of each year is the 節氣 column of the same
//        tables (https://www.hko.gov.hk/tc/gts/time/calendar/text/files/T<year>c.txt, read from a
//        public transcription of all 4,800 term days 1901–2100); the 2025 and 2026 instants are
//        HKO's 二十四節氣 pages.
#include "calendar/lunarcalendar.h"
#include "calendar/statutoryholidays.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QTimeZone>

using namespace hall;

namespace {

struct PublishedYear
{
    int year;
    QDate newYear;    ///< 正月初一 [HKO]
    QDate qingming;   ///< 清明 [HKO 節氣]
    QDate dragonBoat; ///< 端午 [HKO]
    QDate midAutumn;  ///< 中秋 [HKO]
};

// clang-format off
const QList<PublishedYear> kPublished{
    {2025, {2025, 1, 29}, {2025, 4, 4}, {2025, 5, 31}, {2025, 10, 6}},
    {2026, {2026, 2, 17}, {2026, 4, 5}, {2026, 6, 19}, {2026, 9, 25}},
    {2027, {2027, 2, 6},  {2027, 4, 5}, {2027, 6, 9},  {2027, 9, 15}},
    {2028, {2028, 1, 26}, {2028, 4, 4}, {2028, 5, 28}, {2028, 10, 3}},
    {2029, {2029, 2, 13}, {2029, 4, 4}, {2029, 6, 16}, {2029, 9, 22}},
    {2030, {2030, 2, 3},  {2030, 4, 5}, {2030, 6, 5},  {2030, 9, 12}},
    {2031, {2031, 1, 23}, {2031, 4, 5}, {2031, 6, 24}, {2031, 10, 1}},
    {2032, {2032, 2, 11}, {2032, 4, 4}, {2032, 6, 12}, {2032, 9, 19}},
    {2033, {2033, 1, 31}, {2033, 4, 4}, {2033, 6, 1},  {2033, 9, 8}},
    {2034, {2034, 2, 19}, {2034, 4, 5}, {2034, 6, 20}, {2034, 9, 27}},
    {2035, {2035, 2, 8},  {2035, 4, 5}, {2035, 6, 10}, {2035, 9, 16}},
    {2036, {2036, 1, 28}, {2036, 4, 4}, {2036, 5, 30}, {2036, 10, 4}},
    {2037, {2037, 2, 15}, {2037, 4, 4}, {2037, 6, 18}, {2037, 9, 24}},
    {2038, {2038, 2, 4},  {2038, 4, 5}, {2038, 6, 7},  {2038, 9, 13}},
    {2039, {2039, 1, 24}, {2039, 4, 5}, {2039, 5, 27}, {2039, 10, 2}},
    {2040, {2040, 2, 12}, {2040, 4, 4}, {2040, 6, 14}, {2040, 9, 20}},
    {2041, {2041, 2, 1},  {2041, 4, 4}, {2041, 6, 3},  {2041, 9, 10}},
    {2042, {2042, 1, 22}, {2042, 4, 4}, {2042, 6, 22}, {2042, 9, 28}},
    {2043, {2043, 2, 10}, {2043, 4, 5}, {2043, 6, 11}, {2043, 9, 17}},
    {2044, {2044, 1, 30}, {2044, 4, 4}, {2044, 5, 31}, {2044, 10, 5}},
    {2045, {2045, 2, 17}, {2045, 4, 4}, {2045, 6, 19}, {2045, 9, 25}},
    {2046, {2046, 2, 6},  {2046, 4, 4}, {2046, 6, 8},  {2046, 9, 15}},
    {2047, {2047, 1, 26}, {2047, 4, 5}, {2047, 5, 29}, {2047, 10, 4}},
    {2048, {2048, 2, 14}, {2048, 4, 4}, {2048, 6, 15}, {2048, 9, 22}},
    {2049, {2049, 2, 2},  {2049, 4, 4}, {2049, 6, 4},  {2049, 9, 11}},
    {2050, {2050, 1, 23}, {2050, 4, 4}, {2050, 6, 23}, {2050, 9, 30}},
};
// clang-format on

QList<QDate> datesOf(const QList<StatutoryDay>& days, Festival f)
{
    QList<QDate> out;
    for (const StatutoryDay& d : days) {
        if (d.festival == f) {
            out << d.date;
        }
    }
    return out;
}

} // namespace

TEST_CASE("statutory holidays 2025-2050 match the published calendars, festival by festival", "[statutory]")
{
    for (const PublishedYear& p : kPublished) {
        INFO(p.year);
        const QList<StatutoryDay> days = statutoryDays(p.year);
        REQUIRE(days.size() == 13);
        CHECK(datesOf(days, Festival::NewYear) == QList<QDate>{QDate(p.year, 1, 1)});
        // 除夕 is the last day of the twelfth month: the day before 正月初一, whatever its number.
        CHECK(datesOf(days, Festival::SpringFestival) ==
              QList<QDate>{p.newYear.addDays(-1), p.newYear, p.newYear.addDays(1), p.newYear.addDays(2)});
        CHECK(datesOf(days, Festival::Qingming) == QList<QDate>{p.qingming});
        CHECK(datesOf(days, Festival::Labour) == QList<QDate>{QDate(p.year, 5, 1), QDate(p.year, 5, 2)});
        CHECK(datesOf(days, Festival::DragonBoat) == QList<QDate>{p.dragonBoat});
        CHECK(datesOf(days, Festival::MidAutumn) == QList<QDate>{p.midAutumn});
        CHECK(datesOf(days, Festival::National) ==
              QList<QDate>{QDate(p.year, 10, 1), QDate(p.year, 10, 2), QDate(p.year, 10, 3)});
        for (qsizetype i = 1; i < days.size(); ++i) {
            CHECK(days[i - 1].date <= days[i].date);
        }
    }
}

TEST_CASE("除夕 as the notices name it: 2025-01-28, and 2026-02-16, the 29th of a short twelfth month",
          "[statutory]")
{
    // [N25] 1月28日 is 农历除夕.
    CHECK(datesOf(statutoryDays(2025), Festival::SpringFestival).first() == QDate(2025, 1, 28));
    // [N26] 2月15日 is 腊月二十八 and 2月17日 正月初一 [HKO]: the twelfth month ends on its 29th, 2月16日.
    const QDate eve = datesOf(statutoryDays(2026), Festival::SpringFestival).first();
    CHECK(eve == QDate(2026, 2, 16));
    CHECK(LunarCalendar::toGregorian(2025, 12, 30).isValid() == false); // no 腊月三十 in lunar 2025
    CHECK(LunarCalendar::toGregorian(2025, 12, 29) == eve);
}

TEST_CASE("中秋 inside the National Day days: 2028, 2031 and 2039 have twelve distinct statutory dates",
          "[statutory]")
{
    // [HKO]: 中秋 2028-10-03, 2031-10-01, 2039-10-02; every other year 2025–2050 falls outside 10/1–10/3.
    for (const PublishedYear& p : kPublished) {
        const QList<StatutoryDay> days = statutoryDays(p.year);
        QSet<QDate> distinct;
        for (const StatutoryDay& d : days) {
            distinct.insert(d.date);
        }
        const bool overlaps = p.midAutumn.month() == 10 && p.midAutumn.day() <= 3;
        INFO(p.year);
        CHECK(distinct.size() == (overlaps ? 12 : 13));
        CHECK(overlaps == (p.year == 2028 || p.year == 2031 || p.year == 2039));
    }
}

TEST_CASE("solar terms of 2025 and 2026 within two minutes of the Hong Kong Observatory's instants",
          "[statutory]")
{
    // [HKO] 二十四節氣, Hong Kong time (UTC+8): 清明 2025-04-04 20:48, 2026-04-05 02:40;
    // 冬至 2025-12-21 23:03, 2026-12-22 04:50; 春分 2026-03-20 22:46; 秋分 2026-09-23 08:05.
    struct Term
    {
        int year;
        double longitude;
        QDateTime hko;
    };
    const auto bj = [](int y, int mo, int d, int h, int mi) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(8 * 3600));
    };
    const QList<Term> terms{{2025, 15, bj(2025, 4, 4, 20, 48)},   {2026, 15, bj(2026, 4, 5, 2, 40)},
                            {2025, 270, bj(2025, 12, 21, 23, 3)}, {2026, 270, bj(2026, 12, 22, 4, 50)},
                            {2026, 0, bj(2026, 3, 20, 22, 46)},   {2026, 180, bj(2026, 9, 23, 8, 5)}};
    for (const Term& t : terms) {
        INFO(t.year << " " << t.longitude);
        const QDateTime computed = LunarCalendar::solarTerm(t.year, t.longitude);
        REQUIRE(computed.isValid());
        CHECK(std::abs(computed.secsTo(t.hko)) <= 2 * 60);
        CHECK(LunarCalendar::solarTermDate(t.year, t.longitude) == t.hko.date());
    }
}

TEST_CASE("清明 of every year 1950-2100 falls on the Hong Kong Observatory's 清明 day", "[statutory]")
{
    // [HKO] 節氣 column, 清明 row: the April day of each year from 1950 to 2100, one digit per year.
    const QString hko = QStringLiteral("55555555555555555555555555455545554555455545554555"
                                       "45554555445544554455445544554455445544554445444544"
                                       "45444544454445444544454444444444444444444444444444"
                                       "5");
    REQUIRE(hko.size() == 151);
    for (int year = 1950; year <= 2100; ++year) {
        INFO(year);
        const QDate expected(year, 4, hko.at(year - 1950).digitValue());
        CHECK(datesOf(statutoryDays(year), Festival::Qingming) == QList<QDate>{expected});
    }
}

TEST_CASE("statutory days exist for 1950-2150 and nowhere else", "[statutory]")
{
    for (int year = LunarCalendar::kFirstYear; year <= LunarCalendar::kLastYear; ++year) {
        const QList<StatutoryDay> days = statutoryDays(year);
        INFO(year);
        REQUIRE(days.size() == 13);
        for (const StatutoryDay& d : days) {
            REQUIRE(d.date.year() == year);
        }
        const QDate qingming = datesOf(days, Festival::Qingming).first();
        REQUIRE(qingming >= QDate(year, 4, 3));
        REQUIRE(qingming <= QDate(year, 4, 6));
    }
    CHECK(statutoryDays(1949).isEmpty());
    CHECK(statutoryDays(2151).isEmpty());
}
