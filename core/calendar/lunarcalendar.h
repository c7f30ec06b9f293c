// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>

namespace hall {

/// One month of the Chinese lunisolar calendar (农历): where it starts, its number and whether it is
/// a leap month (闰月).
struct LunarMonth
{
    QDate start;    ///< the Beijing date of the new moon (初一)
    int days = 0;   ///< 29 or 30
    int number = 0; ///< 1–12
    bool leap = false;
};

/// The Chinese calendar computed from the Sun and Moon, not from a table (GB/T 33661-2017 rules):
/// a month starts on the Beijing (UTC+8) date of a new moon; the month containing the winter solstice
/// is month 11; when 13 months lie between two such months, the first one without a major solar term
/// (中气) is a leap month and repeats the previous number. New moons use Meeus' algorithm
/// (Astronomical Algorithms ch. 49), the Sun the largest VSOP87 terms (Meeus appendix III) with FK5
/// reduction, nutation and aberration, and ΔT from Espenak–Meeus. Solar terms agree with the Hong
/// Kong Observatory to about a minute; every 清明 day 1950–2100 matches its table (tests/calendar).
/// Dates are reliable from 1950 to 2150 unless an event falls within a minute or two of Beijing
/// midnight (see docs/booking.md).
class LunarCalendar
{
public:
    /// First and last lunar year computed; other years give invalid dates.
    static constexpr int kFirstYear = 1950;
    static constexpr int kLastYear = 2150;

    /// The months from the month of the winter solstice of year `gregorianYear` - 1 up to (not
    /// including) the month of the winter solstice of `gregorianYear`: 11, 12, 1 … 10 plus any leap.
    static QList<LunarMonth> solsticeYear(int gregorianYear);

    /// The Gregorian date of lunar year `lunarYear`, month `month` (leap or not), day `day`; invalid
    /// when there is no such day (no leap month of that number, day 30 of a short month, out of range).
    static QDate toGregorian(int lunarYear, int month, int day, bool leap = false);

    /// 七夕: the 7th day of the 7th month of the lunar year that falls in `gregorianYear`.
    static QDate qixi(int gregorianYear);

    /// The leap month of lunar year `lunarYear`, 0 if it has none.
    static int leapMonth(int lunarYear);

    /// The instant (UTC) in Gregorian year `gregorianYear` at which the Sun's apparent longitude
    /// reaches `longitude` degrees: a solar term (节气), e.g. 15° is 清明, 270° 冬至. Invalid outside
    /// kFirstYear–kLastYear.
    static QDateTime solarTerm(int gregorianYear, double longitude);
    /// The Beijing (UTC+8) date of that instant: the day the solar term falls on.
    static QDate solarTermDate(int gregorianYear, double longitude);

    /// Apparent geocentric longitude of the Sun in degrees [0, 360) at Julian ephemeris day `jde`.
    static double solarLongitude(double jde);
    /// Julian ephemeris day of the mean-corrected new moon number `k` (k = 0: 2000-01-06).
    static double newMoonJde(double k);
    /// ΔT = TT − UT in seconds for a (fractional) year.
    static double deltaTSeconds(double year);
};

} // namespace hall
