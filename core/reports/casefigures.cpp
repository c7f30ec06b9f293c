// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefigures.h"

#include "cases/caseprogress.h"

namespace hall::reports {

namespace {

bool within(QDate d, QDate from, QDate to)
{
    return d.isValid() && d >= from && d <= to;
}

/// Days from `start` to `end` as the step counts its period: calendar days, or working days after
/// the start (the start day itself is not counted, Civil Code art. 201).
int stepDays(const StepDef& step, QDate start, QDate end, const WorkingCalendar& cal)
{
    if (step.dayKind == DayKind::Calendar) {
        return static_cast<int>(start.daysTo(end));
    }
    int n = 0;
    for (QDate d = start.addDays(1); d <= end; d = d.addDays(1)) {
        n += cal.isWorkingDay(d) ? 1 : 0;
    }
    return n;
}

} // namespace

CaseReport caseReport(const QList<CaseRecord>& cases, const CasesConfig& config,
                      const WorkingCalendar& calendar, QDate from, QDate to, QDate today)
{
    CaseReport out;
    std::map<std::pair<QString, int>, std::pair<StepFigures, qint64>> steps; // with the sum of days
    for (const WorkflowDef& w : config.workflows) {
        out.byType[w.type];
        for (int i = 0; i < w.steps.size(); ++i) {
            steps[{w.type, i}].first =
                StepFigures{w.type, i, w.steps.at(i).nameZh, w.steps.at(i).nameEn, 0, 0, 0, 0, 0};
        }
    }
    for (const CaseRecord& c : cases) {
        const WorkflowDef* w = config.workflow(c.type);
        if (w == nullptr) {
            continue;
        }
        CaseTypeCounts& counts = out.byType[c.type];
        counts.accepted += within(c.acceptedOn, from, to) ? 1 : 0;
        if (within(c.closedOn, from, to)) {
            counts.completed += c.status == CaseStatus::Completed ? 1 : 0;
            counts.refused += c.status == CaseStatus::Refused ? 1 : 0;
            counts.withdrawn += c.status == CaseStatus::Withdrawn ? 1 : 0;
        }
        const CaseProgress p = caseProgress(c, *w, calendar, today, 0);
        if (!c.closed()) {
            counts.open += 1;
            counts.overdue += p.overdue ? 1 : 0;
        }
        for (const StepProgress& s : p.steps) {
            auto& [figures, sum] = steps[{c.type, s.index}];
            if (s.state == StepState::Current && !c.closed()) {
                figures.current += 1;
                figures.overdue += p.overdue ? 1 : 0;
            }
            if (s.state != StepState::Done || s.index == 0 || !within(s.doneOn, from, to)) {
                continue;
            }
            const QDate start = p.steps.at(s.index - 1).doneOn;
            if (!start.isValid() || start > s.doneOn) {
                continue; // done before an import: its start is not known
            }
            figures.done += 1;
            sum += stepDays(*s.def, start, s.doneOn, calendar);
            if (s.def->deadlineDays > 0 && s.doneOn > calendar.addWorkingDays(start, s.def->deadlineDays)) {
                figures.late += 1;
            }
        }
    }
    for (auto& [key, entry] : steps) {
        auto& [figures, sum] = entry;
        figures.meanDays = figures.done == 0 ? 0 : static_cast<double>(sum) / figures.done;
    }
    for (const WorkflowDef& w : config.workflows) {
        for (int i = 0; i < w.steps.size(); ++i) {
            out.steps.append(steps.at({w.type, i}).first);
        }
    }
    return out;
}

} // namespace hall::reports
