// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workingcalendar.h"

namespace hall {

WorkingCalendar::WorkingCalendar(std::shared_ptr<const HallCalendar> calendar)
    : m_calendar(calendar ? std::move(calendar) : HallCalendar::builtIn())
{}

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
