// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace hall {

/// The seven festivals of 《全国年节及纪念日放假办法》 on which every citizen has days off.
enum class Festival
{
    NewYear,        ///< 元旦
    SpringFestival, ///< 春节
    Qingming,       ///< 清明节
    Labour,         ///< 劳动节
    DragonBoat,     ///< 端午节
    MidAutumn,      ///< 中秋节
    National,       ///< 国庆节
};

QString festivalNameZh(Festival f);
QString festivalNameEn(Festival f);

/// One statutory day off (法定节假日) and the festival it belongs to.
struct StatutoryDay
{
    QDate date;
    Festival festival = Festival::NewYear;
    bool operator==(const StatutoryDay&) const = default;
};

/// The statutory days off of a Gregorian year by the rules in force since 1 January 2025
/// (《全国年节及纪念日放假办法》 as amended by the State Council in November 2024, art. 2):
/// 元旦 1 January; 春节 除夕 (the last day of the twelfth lunar month, the 29th or the 30th) and
/// 正月初一 to 初三; 清明 the day of the 清明 solar term (solar longitude 15°, Beijing time);
/// 劳动节 1–2 May; 端午 lunar 5/5; 中秋 lunar 8/15; 国庆 1–3 October. Thirteen days, in date order;
/// when 中秋 falls on 1–3 October both festivals are listed for that date (twelve distinct dates).
/// Computed, not tabled: valid for LunarCalendar::kFirstYear–kLastYear (1950–2150), empty otherwise.
QList<StatutoryDay> statutoryDays(int year);

} // namespace hall
