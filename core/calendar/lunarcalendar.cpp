// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lunarcalendar.h"

#include <QHash>
#include <QMutex>
#include <QTimeZone>

#include <array>
#include <cmath>
#include <numbers>

namespace hall {

namespace {

constexpr double kBeijingOffsetDays = 8.0 / 24.0;

double rad(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}

double normalised(double degrees)
{
    const double d = std::fmod(degrees, 360.0);
    return d < 0 ? d + 360.0 : d;
}

double yearOfJd(double jd)
{
    return 2000.0 + (jd - 2451545.0) / 365.25;
}

double jdeOfUt(double jdUt)
{
    return jdUt + LunarCalendar::deltaTSeconds(yearOfJd(jdUt)) / 86400.0;
}

double utOfJde(double jde)
{
    return jde - LunarCalendar::deltaTSeconds(yearOfJd(jde)) / 86400.0;
}

/// The Beijing calendar date of an instant given as Julian ephemeris day.
QDate beijingDate(double jde)
{
    return QDate::fromJulianDay(static_cast<qint64>(std::floor(utOfJde(jde) + kBeijingOffsetDays + 0.5)));
}

/// Beijing midnight at the start of `date`, as Julian ephemeris day.
double beijingMidnight(QDate date)
{
    return jdeOfUt(static_cast<double>(date.toJulianDay()) - 0.5 - kBeijingOffsetDays);
}

/// The instant the Sun's apparent longitude is `target` degrees, searched near `guessJde`.
double solarTermJde(double target, double guessJde)
{
    double jde = guessJde;
    for (int i = 0; i < 20; ++i) {
        double diff = normalised(target - LunarCalendar::solarLongitude(jde));
        if (diff > 180.0) {
            diff -= 360.0;
        }
        jde += diff * 365.2422 / 360.0;
        if (std::abs(diff) < 1e-7) {
            break;
        }
    }
    return jde;
}

/// Beijing date of the winter solstice (冬至, solar longitude 270°) in December of `year`.
QDate winterSolstice(int year)
{
    const double guess = static_cast<double>(QDate(year, 12, 21).toJulianDay());
    return beijingDate(solarTermJde(270.0, guess));
}

/// Which 30° sector (one major solar term to the next) the Sun is in at Beijing midnight of `date`.
int sectorAt(QDate date)
{
    return static_cast<int>(std::floor(LunarCalendar::solarLongitude(beijingMidnight(date)) / 30.0)) % 12;
}

} // namespace

double LunarCalendar::deltaTSeconds(double year)
{
    // Espenak & Meeus polynomials (NASA eclipse site), the pieces that cover kFirstYear–kLastYear.
    if (year < 1961) {
        const double t = year - 1950;
        return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
    }
    if (year < 1986) {
        const double t = year - 1975;
        return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
    }
    if (year < 2005) {
        const double t = year - 2000;
        return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * std::pow(t, 4) +
               0.00002373599 * std::pow(t, 5);
    }
    if (year < 2050) {
        const double t = year - 2000;
        return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }
    const double u = (year - 1820) / 100;
    return -20 + 32 * u * u - 0.5628 * (2150 - year);
}

double LunarCalendar::solarLongitude(double jde)
{
    // The Earth's heliocentric longitude from the largest terms of VSOP87 (Bretagnon & Francou 1988,
    // as tabulated in Meeus, Astronomical Algorithms, appendix III; units 1e-8 rad, τ in Julian
    // millennia), turned geocentric, reduced to FK5, then nutation (Meeus ch. 22, main terms) and
    // aberration. Within about a minute of the Hong Kong Observatory's solar terms (tests/calendar).
    struct Term
    {
        double a, b, c;
    };
    static constexpr Term kL0[] = {
        {175347046, 0, 0},
        {3341656, 4.6692568, 6283.0758500},
        {34894, 4.62610, 12566.15170},
        {3497, 2.7441, 5753.3849},
        {3418, 2.8289, 3.5231},
        {3136, 3.6277, 77713.7715},
        {2676, 4.4181, 7860.4194},
        {2343, 6.1352, 3930.2097},
        {1324, 0.7425, 11506.7698},
        {1273, 2.0371, 529.6910},
        {1199, 1.1096, 1577.3435},
        {990, 5.233, 5884.927},
        {902, 2.045, 26.298},
        {857, 3.508, 398.149},
        {780, 1.179, 5223.694},
        {753, 2.533, 5507.553},
        {505, 4.583, 18849.228},
        {492, 4.205, 775.523},
        {357, 2.920, 0.067},
        {317, 5.849, 11790.629},
        {284, 1.899, 796.298},
        {271, 0.315, 10977.079},
        {243, 0.345, 5486.778},
        {206, 4.806, 2544.314},
        {205, 1.869, 5573.143},
        {202, 2.458, 6069.777},
        {156, 0.833, 213.299},
        {132, 3.411, 2942.463},
        {126, 1.083, 20.775},
        {115, 0.645, 0.980},
        {103, 0.636, 4694.003},
        {102, 0.976, 15720.839},
        {102, 4.267, 7.114},
        {99, 6.21, 2146.17},
        {98, 0.68, 155.42},
        {86, 5.98, 161000.69},
        {85, 1.30, 6275.96},
        {85, 3.67, 71430.70},
        {80, 1.81, 17260.15},
    };
    static constexpr Term kL1[] = {
        {628331966747.0, 0, 0},     {206059, 2.678235, 6283.075850},
        {4303, 2.6351, 12566.1517}, {425, 1.590, 3.523},
        {119, 5.796, 26.298},       {109, 2.966, 1577.344},
        {93, 2.59, 18849.23},       {72, 1.14, 529.69},
        {68, 1.87, 398.15},         {67, 4.41, 5507.55},
        {59, 2.89, 5223.69},        {56, 2.17, 155.42},
        {45, 0.40, 796.30},         {36, 0.47, 775.52},
        {29, 2.65, 7.11},           {21, 5.34, 0.98},
        {19, 1.85, 5486.78},        {19, 4.97, 213.30},
        {17, 2.99, 6275.96},        {16, 0.03, 2544.31},
    };
    static constexpr Term kL2[] = {
        {52919, 0, 0},     {8720, 1.0721, 6283.0758}, {309, 0.867, 12566.152}, {27, 0.05, 3.52},
        {16, 5.19, 26.30}, {16, 3.68, 155.42},        {10, 0.76, 18849.23},    {9, 2.06, 77713.77},
        {7, 0.83, 775.52}, {5, 4.66, 1577.34},
    };
    static constexpr Term kL3[] = {
        {289, 5.844, 6283.076}, {35, 0, 0}, {17, 5.49, 12566.15}, {3, 5.20, 155.42}};
    static constexpr Term kL4[] = {{114, 3.142, 0}, {8, 4.13, 6283.08}, {1, 3.84, 12566.15}};
    static constexpr Term kR0[] = {
        {100013989, 0, 0},          {1670700, 3.0984635, 6283.0758500}, {13956, 3.05525, 12566.15170},
        {3084, 5.1985, 77713.7715}, {1628, 1.1739, 5753.3849},          {1576, 2.8469, 7860.4194}};
    const auto series = [](const auto& terms, double tau) {
        double sum = 0;
        for (const Term& term : terms) {
            sum += term.a * std::cos(term.b + term.c * tau);
        }
        return sum;
    };
    const double tau = (jde - 2451545.0) / 365250.0;
    const double heliocentric =
        (series(kL0, tau) +
         tau * (series(kL1, tau) +
                tau * (series(kL2, tau) + tau * (series(kL3, tau) + tau * series(kL4, tau))))) /
        1e8;
    const double radius = series(kR0, tau) / 1e8;
    const double t = tau * 10; // Julian centuries
    double theta = normalised(heliocentric * 180.0 / std::numbers::pi + 180.0);
    theta -= 0.09033 / 3600.0; // VSOP87 dynamical ecliptic → FK5
    const double omega = rad(125.04452 - 1934.136261 * t);
    const double sunMean = rad(280.4665 + 36000.7698 * t);
    const double moonMean = rad(218.3165 + 481267.8813 * t);
    const double nutation = -17.20 * std::sin(omega) - 1.32 * std::sin(2 * sunMean) -
                            0.23 * std::sin(2 * moonMean) + 0.21 * std::sin(2 * omega);
    const double aberration = -20.4898 / radius;
    return normalised(theta + (nutation + aberration) / 3600.0);
}

double LunarCalendar::newMoonJde(double k)
{
    const double t = k / 1236.85;
    const double t2 = t * t;
    const double t3 = t2 * t;
    const double t4 = t3 * t;
    double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
    const double e = 1 - 0.002516 * t - 0.0000074 * t2;
    const double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
    const double mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
    const double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
    const double om = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
    jde += -0.40720 * std::sin(mp) + 0.17241 * e * std::sin(m) + 0.01608 * std::sin(2 * mp) +
           0.01039 * std::sin(2 * f) + 0.00739 * e * std::sin(mp - m) - 0.00514 * e * std::sin(mp + m) +
           0.00208 * e * e * std::sin(2 * m) - 0.00111 * std::sin(mp - 2 * f) -
           0.00057 * std::sin(mp + 2 * f) + 0.00056 * e * std::sin(2 * mp + m) - 0.00042 * std::sin(3 * mp) +
           0.00042 * e * std::sin(m + 2 * f) + 0.00038 * e * std::sin(m - 2 * f) -
           0.00024 * e * std::sin(2 * mp - m) - 0.00017 * std::sin(om) - 0.00007 * std::sin(mp + 2 * m) +
           0.00004 * std::sin(2 * mp - 2 * f) + 0.00004 * std::sin(3 * m) +
           0.00003 * std::sin(mp + m - 2 * f) + 0.00003 * std::sin(2 * mp + 2 * f) -
           0.00003 * std::sin(mp + m + 2 * f) + 0.00003 * std::sin(mp - m + 2 * f) -
           0.00002 * std::sin(mp - m - 2 * f) - 0.00002 * std::sin(3 * mp + m) + 0.00002 * std::sin(4 * mp);
    // Planetary arguments A1–A14 (Meeus table 49.B).
    static constexpr std::array<std::array<double, 3>, 14> kPlanetary{{
        {299.77, 0.107408, 0.000325},
        {251.88, 0.016321, 0.000165},
        {251.83, 26.651886, 0.000164},
        {349.42, 36.412478, 0.000126},
        {84.66, 18.206239, 0.000110},
        {141.74, 53.303771, 0.000062},
        {207.14, 2.453732, 0.000060},
        {154.84, 7.306860, 0.000056},
        {34.52, 27.261239, 0.000047},
        {207.19, 0.121824, 0.000042},
        {291.34, 1.844379, 0.000040},
        {161.72, 24.198154, 0.000037},
        {239.56, 25.513099, 0.000035},
        {331.55, 3.592518, 0.000023},
    }};
    for (std::size_t i = 0; i < kPlanetary.size(); ++i) {
        double a = kPlanetary[i][0] + kPlanetary[i][1] * k;
        if (i == 0) {
            a -= 0.009173 * t2;
        }
        jde += kPlanetary[i][2] * std::sin(rad(a));
    }
    return jde;
}

namespace {

/// LunarCalendar::solsticeYear() from the astronomy, without its per-process memory.
QList<LunarMonth> computeSolsticeYear(int gregorianYear)
{
    // Month starts from about 1 November of the previous year: 17 new moons reach past the next January.
    const double firstK = std::floor((gregorianYear - 1 - 2000 + 10.0 / 12.0) * 12.3685);
    QList<QDate> starts;
    for (int i = 0; i < 17; ++i) {
        starts << beijingDate(LunarCalendar::newMoonJde(firstK + i));
    }
    const auto monthContaining = [&](QDate day) {
        for (qsizetype i = 0; i + 1 < starts.size(); ++i) {
            if (starts[i] <= day && day < starts[i + 1]) {
                return i;
            }
        }
        return qsizetype(-1);
    };
    const qsizetype first = monthContaining(winterSolstice(gregorianYear - 1));
    const qsizetype last = monthContaining(winterSolstice(gregorianYear));
    if (first < 0 || last < 0) {
        return {};
    }
    const bool hasLeap = last - first == 13;
    bool leapFound = false;
    QList<LunarMonth> months;
    int number = 11;
    for (qsizetype i = first; i < last; ++i) {
        LunarMonth m;
        m.start = starts[i];
        m.days = static_cast<int>(starts[i].daysTo(starts[i + 1]));
        const bool hasMajorTerm = sectorAt(starts[i]) != sectorAt(starts[i + 1]);
        if (i > first && hasLeap && !leapFound && !hasMajorTerm) {
            leapFound = true;
            m.leap = true;
        } else if (i > first) {
            number = number % 12 + 1;
        }
        m.number = number;
        months << m;
    }
    return months;
}

} // namespace

QList<LunarMonth> LunarCalendar::solsticeYear(int gregorianYear)
{
    if (gregorianYear < kFirstYear || gregorianYear > kLastYear + 1) {
        return {};
    }
    // A year's months cost 17 new moons and dozens of solar longitudes (hundreds of thousands of
    // instructions of trigonometry), and availability asks for them for every day it shows (七夕 is a
    // lunar rule): a month view took ~30 million instructions. They never change, so each year is
    // computed once per process; at most 202 years are held.
    static QMutex lock;
    static QHash<int, QList<LunarMonth>> known;
    {
        const QMutexLocker locked(&lock);
        if (const auto it = known.constFind(gregorianYear); it != known.cend()) {
            return it.value();
        }
    }
    const QList<LunarMonth> months = computeSolsticeYear(gregorianYear);
    const QMutexLocker locked(&lock);
    known.insert(gregorianYear, months);
    return months;
}

QDate LunarCalendar::toGregorian(int lunarYear, int month, int day, bool leap)
{
    if (lunarYear < kFirstYear || lunarYear > kLastYear || month < 1 || month > 12 || day < 1 || day > 30) {
        return {};
    }
    // Months 1–10 lie in the solstice year ending in December of lunarYear; 11 and 12 in the next one,
    // before its month 1.
    const QList<LunarMonth> months = solsticeYear(month <= 10 ? lunarYear : lunarYear + 1);
    bool seenNewYear = false;
    for (const LunarMonth& m : months) {
        if (m.number == 1 && !m.leap) {
            seenNewYear = true;
        }
        const bool inYear = month >= 11 ? !seenNewYear : seenNewYear;
        if (inYear && m.number == month && m.leap == leap) {
            return day <= m.days ? m.start.addDays(day - 1) : QDate();
        }
    }
    return {};
}

QDateTime LunarCalendar::solarTerm(int gregorianYear, double longitude)
{
    if (gregorianYear < kFirstYear || gregorianYear > kLastYear || longitude < 0 || longitude >= 360) {
        return {};
    }
    // Start from the mean Sun: 0° near 20 March; longitudes from about 280° on are reached in the
    // January–March of the same year, before the equinox.
    double days = longitude / 360.0 * 365.2422;
    if (longitude >= 280.0) {
        days -= 365.2422;
    }
    const double guess = static_cast<double>(QDate(gregorianYear, 3, 20).toJulianDay()) + days;
    const double ut = utOfJde(solarTermJde(longitude, guess));
    // Julian day → Unix milliseconds (JD 2440587.5 is 1970-01-01T00:00Z).
    return QDateTime::fromMSecsSinceEpoch(std::llround((ut - 2440587.5) * 86400000.0), QTimeZone::utc());
}

QDate LunarCalendar::solarTermDate(int gregorianYear, double longitude)
{
    const QDateTime instant = solarTerm(gregorianYear, longitude);
    return instant.isValid() ? instant.toOffsetFromUtc(8 * 3600).date() : QDate();
}

QDate LunarCalendar::qixi(int gregorianYear)
{
    return toGregorian(gregorianYear, 7, 7);
}

int LunarCalendar::leapMonth(int lunarYear)
{
    for (int month = 1; month <= 12; ++month) {
        if (toGregorian(lunarYear, month, 1, true).isValid()) {
            return month;
        }
    }
    return 0;
}

} // namespace hall
