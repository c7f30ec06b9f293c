// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseprogress.h"

#include <QLocale>

namespace hall {

QString zhDate(QDate d)
{
    return QStringLiteral("%1月%2日").arg(d.month()).arg(d.day());
}

namespace {

QString enDate(QDate d)
{
    return QLocale(QLocale::English).toString(d, QStringLiteral("d MMMM"));
}

QDate doneDate(const CaseRecord& c, int step)
{
    for (auto it = c.entries.crbegin(); it != c.entries.crend(); ++it) {
        if (it->step == step && (it->action == CaseAction::Approved || it->action == CaseAction::Accepted)) {
            return it->at.date();
        }
    }
    return {};
}

/// The expected last day of a step started on `start`.
QDate stepEnd(const StepDef& s, const PaymentPlan& plan, QDate start, const WorkingCalendar& cal)
{
    if (s.kind == StepKind::Payment &&
        (plan.frequency == PaymentFrequency::Monthly || plan.frequency == PaymentFrequency::Quarterly)) {
        const QList<QDate> first = paymentDates(plan, start, 1);
        return first.isEmpty() ? start : first.first();
    }
    return cal.periodEnd(start, s.days, s.dayKind);
}

} // namespace

QList<QDate> paymentDates(const PaymentPlan& plan, QDate from, int count)
{
    QList<QDate> out;
    if (plan.frequency != PaymentFrequency::Monthly && plan.frequency != PaymentFrequency::Quarterly) {
        return out;
    }
    QDate d(from.year(), from.month(), plan.dayOfMonth);
    for (int guard = 0; out.size() < count && guard < 48; ++guard, d = d.addMonths(1)) {
        const bool quarterStart = (d.month() - 1) % 3 == 0;
        if (d >= from && (plan.frequency == PaymentFrequency::Monthly || quarterStart)) {
            out << d;
        }
    }
    return out;
}

CaseProgress caseProgress(const CaseRecord& c, const WorkflowDef& w, const WorkingCalendar& cal, QDate today,
                          int paymentCount)
{
    CaseProgress p;
    const bool stopped = c.status == CaseStatus::Refused || c.status == CaseStatus::Withdrawn;
    const OutcomeDef* outcome = w.outcome(c.outcome);
    // A decision that stops payments (停保) ends the case at the approval: later steps never come.
    const bool endedEarly = c.status == CaseStatus::Completed && outcome != nullptr && !outcome->payments;
    QDate cursor;
    for (int i = 0; i < w.steps.size(); ++i) {
        StepProgress s;
        s.index = i;
        s.def = &w.steps.at(i);
        if (endedEarly && i > c.step) {
            s.state = StepState::NotReached;
        } else if (c.status == CaseStatus::Completed || i < c.step) {
            s.state = StepState::Done;
            s.doneOn = i == 0 ? c.acceptedOn : doneDate(c, i);
        } else if (i == c.step) {
            s.state = stopped ? StepState::NotReached : StepState::Current;
            s.startedOn = c.stepStartedOn;
            if (!stopped) {
                // A late task or one waiting for documents cannot end before today.
                const QDate start = c.status == CaseStatus::AwaitingDocuments ? today : c.stepStartedOn;
                s.expectedStart = c.stepStartedOn;
                s.expectedEnd = stepEnd(*s.def, w.payment, start, cal);
                if (s.def->kind != StepKind::Notice && s.expectedEnd < today) {
                    s.expectedEnd = today;
                }
                if (s.def->deadlineDays > 0) {
                    s.deadline = cal.addWorkingDays(c.stepStartedOn, s.def->deadlineDays);
                    p.overdue = c.status == CaseStatus::Open && today > s.deadline;
                }
                cursor = s.expectedEnd;
            }
        } else {
            s.state = stopped ? StepState::NotReached : StepState::Pending;
            if (!stopped) {
                const bool afterNotice = w.steps.at(i - 1).kind == StepKind::Notice;
                s.expectedStart = cal.workingDayOnOrAfter(afterNotice ? cursor.addDays(1) : cursor);
                s.expectedEnd = stepEnd(*s.def, w.payment, s.expectedStart, cal);
                cursor = s.expectedEnd;
            }
        }
        p.steps << s;
    }
    if (!c.closed()) {
        p.expectedCompletion = cursor;
    }
    if (c.approvedOn.isValid() && !stopped && (outcome == nullptr || outcome->payments)) {
        p.payments = paymentDates(
            w.payment, qMax(today, c.approvedOn.addMonths(1).addDays(1 - c.approvedOn.day())), paymentCount);
    }
    const StepDef* current = c.step < w.steps.size() ? &w.steps.at(c.step) : nullptr;
    switch (c.status) {
    case CaseStatus::AwaitingDocuments:
        p.nextZh =
            QStringLiteral("请补充材料：%1（请于%2前提交）").arg(c.missingDocuments, zhDate(c.documentsDue));
        p.nextEn = QStringLiteral("Please bring: %1 (by %2)").arg(c.missingDocuments, enDate(c.documentsDue));
        break;
    case CaseStatus::Refused:
        p.refusalNoticeBy = cal.addWorkingDays(c.closedOn, w.refusalNoticeDays);
        p.nextZh = QStringLiteral("申请未获批准，书面说明将于%1前送达").arg(zhDate(p.refusalNoticeBy));
        p.nextEn = QStringLiteral("Not approved; a written explanation will reach you by %1")
                       .arg(enDate(p.refusalNoticeBy));
        break;
    case CaseStatus::Withdrawn:
        p.nextZh = QStringLiteral("申请已撤回");
        p.nextEn = QStringLiteral("The application was withdrawn");
        break;
    case CaseStatus::Completed:
        if (outcome != nullptr && !p.payments.isEmpty()) {
            p.nextZh =
                QStringLiteral("审批结果：%1，下次发放：%2").arg(outcome->nameZh, zhDate(p.payments.first()));
            p.nextEn = QStringLiteral("Decision: %1; next payment by %2")
                           .arg(outcome->nameEn, enDate(p.payments.first()));
        } else if (outcome != nullptr) {
            p.nextZh = QStringLiteral("审批结果：%1").arg(outcome->nameZh);
            p.nextEn = QStringLiteral("Decision: %1").arg(outcome->nameEn);
        } else if (!p.payments.isEmpty()) {
            p.nextZh = QStringLiteral("已批准，下次发放：%1").arg(zhDate(p.payments.first()));
            p.nextEn = QStringLiteral("Approved; next payment by %1").arg(enDate(p.payments.first()));
        } else {
            p.nextZh = QStringLiteral("已办结");
            p.nextEn = QStringLiteral("Completed");
        }
        break;
    case CaseStatus::Objected:
        // Neutral for the resident: nothing about who objected or what was said.
        p.nextZh = QStringLiteral("公示期间正在核实有关情况，暂无需您办理，请留意工作人员联系");
        p.nextEn =
            QStringLiteral("Some details are being checked during the public notice; nothing to do for now");
        break;
    case CaseStatus::Open:
        if (current && current->kind == StepKind::Notice) {
            const QDate end = p.steps.at(c.step).expectedEnd;
            p.nextZh = QStringLiteral("公示期至%1").arg(zhDate(end));
            p.nextEn = QStringLiteral("Public notice until %1").arg(enDate(end));
        } else if (current && !current->residentZh.isEmpty()) {
            p.nextZh = current->residentZh;
            p.nextEn = current->residentEn;
        } else if (current) {
            p.nextZh = QStringLiteral("暂无需您办理，正在%1").arg(current->nameZh);
            p.nextEn = QStringLiteral("Nothing to do for now; in progress: %1").arg(current->nameEn);
        }
        break;
    }
    return p;
}

} // namespace hall
