// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caserecord.h"
#include "casesconfig.h"
#include "workingcalendar.h"

namespace hall {

enum class StepState
{
    Done,
    Current,
    Pending,
    NotReached ///< the case was refused or withdrawn before this step
};

/// A date as the case texts write it in Chinese: 12月3日.
QString zhDate(QDate d);

/// One step on the resident's timeline: when it was done, or when it is expected.
struct StepProgress
{
    int index = 0;
    const StepDef* def = nullptr;
    StepState state = StepState::Pending;
    QDate startedOn;     ///< Current (and Done when known)
    QDate doneOn;        ///< Done; invalid for steps done before an import
    QDate expectedStart; ///< Current and Pending
    QDate expectedEnd;   ///< Current and Pending: for a notice, its last day
    QDate deadline;      ///< Current: the last working day to finish it, if the step has one
};

/// Where a case stands and what comes next, as the kiosk and the counter show it.
struct CaseProgress
{
    QList<StepProgress> steps;
    QDate expectedCompletion; ///< invalid once closed
    bool overdue = false;     ///< the current step is past its deadline
    QString nextZh; ///< what the resident should do next ("公示期至 6月12日", "请补充材料：…")
    QString nextEn;
    QDate refusalNoticeBy; ///< refused: the written explanation is due by then
    QList<QDate> payments; ///< approved allowances: the next payment dates
};

/// Computes a case's timeline on `today`. Pure: same inputs, same answer.
CaseProgress caseProgress(const CaseRecord& c, const WorkflowDef& w, const WorkingCalendar& calendar,
                          QDate today, int paymentCount = 3);

/// Payment dates on or after `from` under `plan` (at most `count`).
QList<QDate> paymentDates(const PaymentPlan& plan, QDate from, int count);

} // namespace hall
