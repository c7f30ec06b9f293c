// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/hallcalendar.h"
#include "casesconfig.h"

#include <memory>

namespace hall {

/// Periods of case steps on the hall's one calendar (HallCalendar: statutory holidays, 调休). The period
/// rules are those of the Civil Code: the day a period starts is not counted (art. 201), and a period
/// ending on a rest day ends on the next working day (art. 203).
class WorkingCalendar
{
public:
    explicit WorkingCalendar(std::shared_ptr<const HallCalendar> calendar);

    const HallCalendar& hall() const { return *m_calendar; }
    bool isWorkingDay(QDate date) const { return m_calendar->isWorkingDay(date); }
    QDate workingDayOnOrAfter(QDate date) const { return m_calendar->workingDayOnOrAfter(date); }

    /// The `n`-th working day after `start` (`start` itself if n == 0).
    QDate addWorkingDays(QDate start, int n) const;
    /// The last day of a period of `n` days of `kind` that starts on `start`.
    QDate periodEnd(QDate start, int n, DayKind kind) const;

private:
    std::shared_ptr<const HallCalendar> m_calendar;
};

} // namespace hall
