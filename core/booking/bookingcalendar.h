#pragma once

#include "bookingconfig.h"

#include <QHash>

#include <optional>

namespace hall {

/// A date couples favour (情人节, 520, 七夕 …): its own capacity and an exact release moment.
struct SpecialDate
{
    QDate date;
    QString nameZh;
    QDateTime releaseAt;
    PerType capacity{-1, -1, -1, -1, -1}; ///< per slot; -1 keeps the plan's
};

/// One bookable slot of a day with its per-type capacity.
struct SlotPlan
{
    QDateTime start;
    QDateTime end;
    PerType capacity{};
};

/// What an office offers on one date, before any booking.
struct DayPlan
{
    QDate date;
    bool open = false;
    QString closedReason; ///< zh_CN, when not open
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
};

/// Working days, special dates, opening plans and booking windows: everything about dates that
/// does not depend on bookings. Pure function of the configuration (七夕 is cached per year).
class BookingCalendar
{
public:
    explicit BookingCalendar(BookingConfig config);

    const BookingConfig& config() const { return m_config; }

    /// Monday–Friday unless a public holiday, plus adjusted working weekends (调休).
    bool isWorkingDay(QDate date) const;
    /// `date` itself if a working day, else the next working day.
    QDate workingDayOnOrAfter(QDate date) const;

    /// The special date on `date`, if any (configured dates win over built-in rules).
    std::optional<SpecialDate> specialDate(QDate date) const;
    /// All special dates of a year, in date order.
    QList<SpecialDate> specialDates(int year) const;

    DayPlan dayPlan(const OfficeConfig& office, QDate date) const;

    /// Civil Code art. 1077 with the period rule of art. 203: a period ending on a rest day ends on
    /// the next working day.
    DivorcePeriods divorcePeriods(QDate appliedOn) const;

private:
    QDate qixi(int year) const;
    QList<SlotPlan> slotsLike(const OfficeConfig& office, QDate date, int weekday) const;

    BookingConfig m_config;
    mutable QHash<int, QDate> m_qixi;
};

} // namespace hall
