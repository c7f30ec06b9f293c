#include "workingcalendar.h"

namespace hall {

BookingConfig WorkingCalendar::holidaysOnly(const HolidayTable& holidays)
{
    BookingConfig c;
    c.holidays = holidays;
    return c;
}

WorkingCalendar::WorkingCalendar(const HolidayTable& holidays) : m_calendar(holidaysOnly(holidays)) {}

QDate WorkingCalendar::addWorkingDays(QDate start, int n) const
{
    QDate d = start;
    for (int counted = 0; counted < n;) {
        d = d.addDays(1);
        if (isWorkingDay(d)) {
            ++counted;
        }
    }
    return d;
}

QDate WorkingCalendar::periodEnd(QDate start, int n, DayKind kind) const
{
    if (n <= 0) {
        return start;
    }
    if (kind == DayKind::Working) {
        return addWorkingDays(start, n);
    }
    return workingDayOnOrAfter(start.addDays(n));
}

} // namespace hall
