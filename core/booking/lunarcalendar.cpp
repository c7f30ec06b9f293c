#include "lunarcalendar.h"

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
    const double t = (jde - 2451545.0) / 36525.0;
    const double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
    const double m = rad(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
    const double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * std::sin(m) +
                     (0.019993 - 0.000101 * t) * std::sin(2 * m) + 0.000289 * std::sin(3 * m);
    const double omega = rad(125.04 - 1934.136 * t);
    return normalised(l0 + c - 0.00569 - 0.00478 * std::sin(omega));
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

QList<LunarMonth> LunarCalendar::solsticeYear(int gregorianYear)
{
    if (gregorianYear < kFirstYear || gregorianYear > kLastYear + 1) {
        return {};
    }
    // Month starts from about 1 November of the previous year: 17 new moons reach past the next January.
    const double firstK = std::floor((gregorianYear - 1 - 2000 + 10.0 / 12.0) * 12.3685);
    QList<QDate> starts;
    for (int i = 0; i < 17; ++i) {
        starts << beijingDate(newMoonJde(firstK + i));
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
