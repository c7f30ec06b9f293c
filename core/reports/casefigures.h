// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/caserecord.h"
#include "cases/casesconfig.h"
#include "cases/workingcalendar.h"

#include <QList>

#include <map>

namespace hall::reports {

/// Applications (办件) of one type over a period.
struct CaseTypeCounts
{
    int accepted = 0;  ///< accepted during the period
    int completed = 0; ///< closed during the period, by outcome
    int refused = 0;
    int withdrawn = 0;
    int open = 0;    ///< not closed on the report's day
    int overdue = 0; ///< of `open`: the current step is past its deadline
    bool operator==(const CaseTypeCounts&) const = default;
};

/// One step of a workflow: how long it took when it was done during the period, and who is stuck.
struct StepFigures
{
    QString type;
    int step = 0;
    QString nameZh;
    QString nameEn;
    int current = 0;     ///< open cases at this step on the report's day
    int done = 0;        ///< finished during the period (with known start and end)
    double meanDays = 0; ///< of those, days from start to end, counted as the step counts them
    int late = 0;        ///< of those, finished after the step's deadline
    int overdue = 0;     ///< of `current`, past the deadline now
};

struct CaseReport
{
    std::map<QString, CaseTypeCounts> byType;
    QList<StepFigures> steps; ///< every step of every workflow, in workflow order
};

/// Pure: from the cases as the engine holds them (applicants are not read), the workflows and the
/// calendar; `today` is the day open cases are judged on.
CaseReport caseReport(const QList<CaseRecord>& cases, const CasesConfig& config,
                      const WorkingCalendar& calendar, QDate from, QDate to, QDate today);

} // namespace hall::reports
