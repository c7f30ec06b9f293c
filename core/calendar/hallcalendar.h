// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendarconfig.h"
#include "statutoryholidays.h"

#include <QHash>
#include <QSet>

#include <map>
#include <memory>
#include <mutex>
#include <optional>

namespace hall {

/// What the calendar knows about one date.
struct CalendarDay
{
    enum class Kind
    {
        Weekday,        ///< Monday–Friday, working
        Weekend,        ///< Saturday or Sunday, rest
        Statutory,      ///< 法定节假日
        DayOff,         ///< 调休放假: a weekday off by the year's arrangement
        WorkingWeekend, ///< 调休上班: a weekend day made working
    };

    QDate date;
    Kind kind = Kind::Weekday;
    bool working = true;              ///< a working day (工作日) in law
    std::optional<Festival> festival; ///< statutory days, and the days off of that festival's block
    bool provisional = false;         ///< the year's arrangement has not been entered
    bool uncertain = false;           ///< provisional, and the arrangement could still change this day

    /// For people: "国庆节", "国庆节假期", "星期六", "调休上班", "工作日".
    QString reasonZh() const;
    QString reasonEn() const;
};

/// Services open on a rest day under the holiday service plan.
struct ServiceHours
{
    QString service;
    QTime from;
    QTime until;
    bool operator==(const ServiceHours&) const = default;
};

/// Whether the hall opens on a date, and why (the queue and the screens read this).
struct HallDay
{
    enum class Status
    {
        Open,   ///< a working day: every service at its usual hours
        Plan,   ///< a rest day opened by the holiday service plan: only `services`
        Closed, ///< rest day or hall closure
    };

    CalendarDay day;
    Status status = Status::Open;
    std::optional<HallClosure> closure; ///< when closed by the hall itself
    QString planNameZh;
    QString planNameEn;
    QList<ServiceHours> services; ///< Status::Plan

    QDate date() const { return day.date; }
    /// Why the hall is closed or only partly open: the closure reason, else the day's reason.
    QString reasonZh() const;
    QString reasonEn() const;
    /// The plan's hours for `service`, if the plan opens it.
    std::optional<ServiceHours> hoursOf(const QString& service) const;
};

/// A warning for staff: a year whose arrangement has not been entered.
struct CalendarAlert
{
    int year = 0;
    bool currentYear = false; ///< the year has already begun
    QString messageZh;
    QString messageEn;
};

/// The one calendar of the hall, beneath the queue, bookings and cases: statutory holidays computed
/// for any year (statutoryDays), each year's published arrangement (entered, never guessed), working
/// days, the hall's own closures and its holiday service plan. A year without an arrangement is
/// *provisional*: statutory days are closed anyway, the days around them that the arrangement could
/// still move are flagged `uncertain` (bookings are not released on them) and alerts() names the
/// year. Immutable after construction and shared (std::shared_ptr<const HallCalendar>) by every part
/// of a process; per-year tables are computed on first use under a lock.
class HallCalendar
{
public:
    explicit HallCalendar(CalendarConfig config);

    /// The built-in configuration: shipped arrangements, no closures, no holiday plan. For tools and
    /// tests; the service builds its own from the hall configuration and the entered years.
    static std::shared_ptr<const HallCalendar> builtIn();

    const CalendarConfig& config() const { return m_config; }

    CalendarDay day(QDate date) const;
    bool isWorkingDay(QDate date) const { return day(date).working; }
    /// `date` itself if a working day, else the next working day.
    QDate workingDayOnOrAfter(QDate date) const;
    /// The first working day after `date`.
    QDate nextWorkingDay(QDate date) const { return workingDayOnOrAfter(date.addDays(1)); }
    /// The year's arrangement has been entered (built-in, configured or entered with hall-admin).
    bool isConfirmed(int year) const { return m_config.years.count(year) > 0; }
    bool isUncertain(QDate date) const { return day(date).uncertain; }
    /// The statutory days of `year` (cached statutoryDays()).
    QList<StatutoryDay> statutory(int year) const;

    /// The hall on `date`: open, opened for some services by the holiday plan, or closed.
    HallDay hallDay(QDate date) const;
    /// The first date after `date` on which the hall opens normally (Status::Open).
    QDate nextOpenDay(QDate date) const;

    /// Years staff must be told about on `today`: the current year if it has no arrangement, and from
    /// 1 October the next year if it has none (the State Council publishes it in the autumn).
    QList<CalendarAlert> alerts(QDate today) const;

private:
    struct Year
    {
        QHash<QDate, Festival> statutory;
        QHash<QDate, Festival> off; ///< arranged days off → the festival of their block
        QSet<QDate> workdays;
        QSet<QDate> uncertain;
        QList<StatutoryDay> days;
    };
    const Year& year(int y) const;
    Year build(int y) const;

    CalendarConfig m_config;
    mutable std::mutex m_lock;
    mutable std::map<int, Year> m_years;
};

} // namespace hall
