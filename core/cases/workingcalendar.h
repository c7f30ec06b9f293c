#pragma once

#include "booking/bookingcalendar.h"
#include "casesconfig.h"

namespace hall {

/// Periods of case steps on the hall's calendar. Working days come from BookingCalendar (the one place
/// that knows China's holiday table and 调休); the period rules are those of the Civil Code: the day a
/// period starts is not counted (art. 201), and a period ending on a rest day ends on the next working
/// day (art. 203).
class WorkingCalendar
{
public:
    explicit WorkingCalendar(const HolidayTable& holidays);

    bool isWorkingDay(QDate date) const { return m_calendar.isWorkingDay(date); }
    QDate workingDayOnOrAfter(QDate date) const { return m_calendar.workingDayOnOrAfter(date); }

    /// The `n`-th working day after `start` (`start` itself if n == 0).
    QDate addWorkingDays(QDate start, int n) const;
    /// The last day of a period of `n` days of `kind` that starts on `start`.
    QDate periodEnd(QDate start, int n, DayKind kind) const;

private:
    static BookingConfig holidaysOnly(const HolidayTable& holidays);

    BookingCalendar m_calendar;
};

} // namespace hall
