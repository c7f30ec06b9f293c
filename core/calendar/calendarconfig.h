// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "daterule.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <map>
#include <optional>

namespace hall {

/// Consecutive dates, both ends included, as a notice writes them ("10月1日至7日").
struct DateSpan
{
    QDate from;
    QDate to;

    bool contains(QDate d) const { return from <= d && d <= to; }
    /// "2026-10-01/2026-10-07", or one date when from == to.
    QString text() const;
    bool operator==(const DateSpan&) const = default;
};

/// One year's 放假调休安排 as the General Office of the State Council publishes it each autumn: the
/// blocks of days off around each festival (weekends included, as published) and the weekend days
/// made working days (调休上班). It cannot be computed; a centre enters it (docs/configuration.md).
struct YearArrangement
{
    enum class Origin
    {
        BuiltIn, ///< shipped with the program (core/calendar/default-calendar.json)
        Config,  ///< the hall configuration's "calendar.arrangements"
        Entered  ///< `hall-admin calendar enter`, kept in the hall database
    };

    int year = 0;
    QList<DateSpan> off;
    QList<QDate> workdays;
    QString source; ///< the notice, e.g. "国办发明电〔2025〕7号"
    Origin origin = Origin::Config;

    QJsonObject toJson() const;
    /// Reads {"source", "off": ["2027-01-01/2027-01-03", …], "workdays": [...]}; format problems
    /// (with `path`) go to `problems`. What the dates mean is checkArrangement's job.
    static std::optional<YearArrangement> fromJson(int year, const QJsonValue& v, const QString& path,
                                                   QStringList& problems);
    bool operator==(const YearArrangement&) const = default;
};

QString toString(YearArrangement::Origin origin);

/// Everything that makes an arrangement impossible, in zh_CN, each naming the date and the
/// problem: dates outside the year, a working weekend that is not a Saturday or Sunday or that is a
/// statutory day, a date both off and working or given twice, a block of days off that changes
/// nothing (already rest days, no festival in it), a day off not joined to any festival. Empty when
/// the entry is possible. Covers LunarCalendar's years from 2025, the first year of today's rules.
QStringList checkArrangement(const YearArrangement& a);

/// A day the whole hall is closed although it is a working day (停电, 装修 …).
struct HallClosure
{
    QDate date;
    QString reasonZh;
    QString reasonEn;
    bool operator==(const HallClosure&) const = default;
};

/// 节假日为民服务: on the days `on` matches, when the hall would be closed (weekend, holiday), these
/// services open from `from` to `until`, and only they.
struct HolidayServicePlan
{
    QString nameZh;
    QString nameEn;
    DateRule on;
    QStringList services;
    QTime from;
    QTime until;
    bool operator==(const HolidayServicePlan&) const = default;
};

/// The hall's calendar configuration: arrangements per year, how far around a festival an unentered
/// year is uncertain, the hall's own closures and its holiday service plan.
struct CalendarConfig
{
    std::map<int, YearArrangement> years;
    /// In a year without an arrangement, days within this many days of a statutory day could still
    /// become days off or working days (the 2024–2026 notices moved days up to 9 days away).
    int provisionalMarginDays = 10;
    QList<HallClosure> closures;
    QList<HolidayServicePlan> holidayPlan;
    bool operator==(const CalendarConfig&) const = default;
};

/// The arrangements shipped with the program (2025 and 2026, from the published notices).
CalendarConfig builtInCalendarConfig();

/// Reads a "calendar" object of the hall configuration on top of the built-in arrangements (a year
/// given here replaces the built-in one). Format problems and impossible arrangements go to
/// `problems`, with their JSON paths.
CalendarConfig parseCalendarConfig(const QJsonValue& calendar, const QString& path, QStringList& problems);

} // namespace hall
