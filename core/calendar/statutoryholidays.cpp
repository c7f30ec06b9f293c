// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statutoryholidays.h"

#include "lunarcalendar.h"

#include <algorithm>

namespace hall {

namespace {

/// The Sun's apparent longitude at 清明 (the fifth solar term).
constexpr double kQingmingLongitude = 15.0;

} // namespace

QString festivalNameZh(Festival f)
{
    switch (f) {
    case Festival::NewYear:
        return QStringLiteral("元旦");
    case Festival::SpringFestival:
        return QStringLiteral("春节");
    case Festival::Qingming:
        return QStringLiteral("清明节");
    case Festival::Labour:
        return QStringLiteral("劳动节");
    case Festival::DragonBoat:
        return QStringLiteral("端午节");
    case Festival::MidAutumn:
        return QStringLiteral("中秋节");
    case Festival::National:
        return QStringLiteral("国庆节");
    }
    return {};
}

QString festivalNameEn(Festival f)
{
    switch (f) {
    case Festival::NewYear:
        return QStringLiteral("New Year's Day");
    case Festival::SpringFestival:
        return QStringLiteral("Spring Festival");
    case Festival::Qingming:
        return QStringLiteral("Qingming Festival");
    case Festival::Labour:
        return QStringLiteral("Labour Day");
    case Festival::DragonBoat:
        return QStringLiteral("Dragon Boat Festival");
    case Festival::MidAutumn:
        return QStringLiteral("Mid-Autumn Festival");
    case Festival::National:
        return QStringLiteral("National Day");
    }
    return {};
}

QList<StatutoryDay> statutoryDays(int year)
{
    if (year < LunarCalendar::kFirstYear || year > LunarCalendar::kLastYear) {
        return {};
    }
    QList<StatutoryDay> days;
    days << StatutoryDay{QDate(year, 1, 1), Festival::NewYear};
    // 正月初一 of the lunar year that begins in this Gregorian year; 除夕 is the day before it, the
    // last day of the twelfth month whether that month has 29 or 30 days.
    const QDate newYear = LunarCalendar::toGregorian(year, 1, 1);
    if (newYear.isValid()) {
        for (int i = -1; i <= 2; ++i) {
            days << StatutoryDay{newYear.addDays(i), Festival::SpringFestival};
        }
    }
    if (const QDate d = LunarCalendar::solarTermDate(year, kQingmingLongitude); d.isValid()) {
        days << StatutoryDay{d, Festival::Qingming};
    }
    days << StatutoryDay{QDate(year, 5, 1), Festival::Labour}
         << StatutoryDay{QDate(year, 5, 2), Festival::Labour};
    if (const QDate d = LunarCalendar::toGregorian(year, 5, 5); d.isValid()) {
        days << StatutoryDay{d, Festival::DragonBoat};
    }
    if (const QDate d = LunarCalendar::toGregorian(year, 8, 15); d.isValid()) {
        days << StatutoryDay{d, Festival::MidAutumn};
    }
    for (int d = 1; d <= 3; ++d) {
        days << StatutoryDay{QDate(year, 10, d), Festival::National};
    }
    std::stable_sort(days.begin(), days.end(),
                     [](const StatutoryDay& a, const StatutoryDay& b) { return a.date < b.date; });
    return days;
}

} // namespace hall
