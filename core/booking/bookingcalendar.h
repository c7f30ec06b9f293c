// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookingconfig.h"

#include <optional>

namespace hall {

/// A date couples favour (情人节, 520, 七夕 …) as its rule applies to one date: its own capacity and
/// an exact release moment.
struct SpecialDate
{
    QDate date;
    QString nameZh;
    QString nameEn;
    QDateTime releaseAt;
    PerType capacity{-1, -1, -1, -1, -1}; ///< per slot; -1 keeps the plan's
};

/// A collective ceremony in a day's plan: its couples share one hall and one officiant.
struct CollectiveSlot
{
    QString hall;
    QString officiant;
    QString themeZh;
    QString themeEn;
    int couples = 0;
    QDateTime end; ///< its own end, when it begins with a shorter slot of the session
    bool operator==(const CollectiveSlot&) const = default;
};

/// One bookable slot of a day with its per-type capacity.
struct SlotPlan
{
    QDateTime start;
    QDateTime end;
    PerType capacity{};
    /// A collective ceremony: `capacity[ceremony]` couples share its hall and officiant.
    std::optional<CollectiveSlot> collective;
};

/// What an office offers on one date, before any booking.
struct DayPlan
{
    QDate date;
    bool open = false;
    QString closedReason; ///< zh_CN, when not open
    bool provisional = false; ///< not released: the year's 放假调休安排 is not entered and may move this day
    std::optional<SpecialDate> special;
    QDateTime opensAt;  ///< first moment a booking for this date is accepted
    QDateTime closesAt; ///< first moment it is no longer accepted
    QList<SlotPlan> timeSlots;
};

/// The periods of a divorce by agreement, from the day the application was received.
struct DivorcePeriods
{
    QDate appliedOn;
    QDate coolingOffEnds;   ///< last day either party may withdraw
    QDate certificateFrom;  ///< first day the certificate can be obtained
    QDate certificateUntil; ///< last day; after it the application is deemed withdrawn
    bool operator==(const DivorcePeriods&) const = default;
};

/// Special dates, opening plans and booking windows of the registry offices: everything about dates
/// that does not depend on bookings. Which days are working days, rest days and holiday-plan days
/// comes from the hall's one calendar (BookingConfig::calendar), never from a table of its own.
class BookingCalendar
{
public:
    explicit BookingCalendar(BookingConfig config);

    const BookingConfig& config() const { return m_config; }
    const HallCalendar& hall() const { return *m_config.calendar; }

    /// A working day of the hall calendar (weekdays, 调休 weekends; not statutory or arranged days off).
    bool isWorkingDay(QDate date) const { return hall().isWorkingDay(date); }
    /// `date` itself if a working day, else the next working day.
    QDate workingDayOnOrAfter(QDate date) const { return hall().workingDayOnOrAfter(date); }

    /// The special date of `office` on `date`, if a rule matches (the first rule that does).
    std::optional<SpecialDate> specialDate(const OfficeConfig& office, QDate date) const;
    /// All special dates of `office` in a year, in date order.
    QList<SpecialDate> specialDates(const OfficeConfig& office, int year) const;
    /// The special dates of any office in a year, one per date (the first office's), in date order.
    QList<SpecialDate> specialDates(int year) const;

    DayPlan dayPlan(const OfficeConfig& office, QDate date) const;

    /// Civil Code art. 1077 with the period rule of art. 203: a period ending on a rest day ends on
    /// the next working day.
    DivorcePeriods divorcePeriods(QDate appliedOn) const;

private:
    SpecialDate special(const SpecialDateRule& rule, QDate date) const;
    QList<SlotPlan> slotsLike(const OfficeConfig& office, QDate date, int weekday) const;
    void addCollective(const OfficeConfig& office, const HallDay& hall, DayPlan& plan) const;

    BookingConfig m_config;
};

} // namespace hall
