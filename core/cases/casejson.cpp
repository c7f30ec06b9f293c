// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casejson.h"

#include "domain/halltime.h"
#include "domain/masking.h"

#include <QJsonArray>

namespace hall {

namespace {

QString date(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString toString(StepState s)
{
    switch (s) {
    case StepState::Done:
        return QStringLiteral("done");
    case StepState::Current:
        return QStringLiteral("current");
    case StepState::Pending:
        return QStringLiteral("pending");
    case StepState::NotReached:
        return QStringLiteral("notReached");
    }
    return QStringLiteral("pending");
}

QJsonObject outcomeJson(const OutcomeDef& d)
{
    return QJsonObject{{QStringLiteral("id"), d.id},
                       {QStringLiteral("nameZh"), d.nameZh},
                       {QStringLiteral("nameEn"), d.nameEn},
                       {QStringLiteral("payments"), d.payments}};
}

QJsonObject stepJson(const StepDef& s)
{
    QJsonArray outcomes;
    for (const OutcomeDef& d : s.outcomes) {
        outcomes.append(outcomeJson(d));
    }
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("nameZh"), s.nameZh},
                       {QStringLiteral("nameEn"), s.nameEn},
                       {QStringLiteral("kind"), toString(s.kind)},
                       {QStringLiteral("days"), s.days},
                       {QStringLiteral("dayKind"), toString(s.dayKind)},
                       {QStringLiteral("deadlineDays"), s.deadlineDays},
                       {QStringLiteral("joint"), s.joint},
                       {QStringLiteral("duty"), toString(s.duty)},
                       {QStringLiteral("outcomes"), outcomes},
                       {QStringLiteral("receipt"), s.receipt}};
}

} // namespace

QJsonObject caseJson(const CaseRecord& c, const CasesConfig& config, const WorkingCalendar& calendar,
                     QDate today, CaseAudience audience)
{
    const WorkflowDef* w = config.workflow(c.type);
    const CaseOffice* office = config.office(c.office);
    QJsonObject o{{QStringLiteral("number"), c.number},
                  {QStringLiteral("type"), c.type},
                  {QStringLiteral("typeZh"), w ? w->nameZh : c.type},
                  {QStringLiteral("typeEn"), w ? w->nameEn : c.type},
                  {QStringLiteral("office"), c.office},
                  {QStringLiteral("officeZh"), office ? office->nameZh : c.office},
                  {QStringLiteral("officeEn"), office ? office->nameEn : c.office},
                  {QStringLiteral("applicantMasked"), maskName(c.applicant.name)},
                  {QStringLiteral("idMasked"), c.applicant.idMasked},
                  {QStringLiteral("phoneMasked"), maskPhone(c.applicant.phone)},
                  {QStringLiteral("householdSize"), c.householdSize},
                  {QStringLiteral("status"), toString(c.status)},
                  {QStringLiteral("step"), c.step},
                  {QStringLiteral("acceptedOn"), date(c.acceptedOn)},
                  {QStringLiteral("approvedOn"), date(c.approvedOn)},
                  {QStringLiteral("closedOn"), date(c.closedOn)},
                  {QStringLiteral("refusalReason"), c.refusalReason},
                  {QStringLiteral("missingDocuments"), c.missingDocuments},
                  {QStringLiteral("documentsDue"), date(c.documentsDue)}};
    if (!w) {
        return o;
    }
    if (const OutcomeDef* d = w->outcome(c.outcome)) {
        o.insert(QStringLiteral("outcome"), outcomeJson(*d));
    }
    const CaseProgress p = caseProgress(c, *w, calendar, today);
    QJsonArray steps;
    for (const StepProgress& s : p.steps) {
        QJsonObject step = stepJson(*s.def);
        step.insert(QStringLiteral("index"), s.index);
        step.insert(QStringLiteral("state"), toString(s.state));
        step.insert(QStringLiteral("startedOn"), date(s.startedOn));
        step.insert(QStringLiteral("doneOn"), date(s.doneOn));
        step.insert(QStringLiteral("expectedStart"), date(s.expectedStart));
        step.insert(QStringLiteral("expectedEnd"), date(s.expectedEnd));
        step.insert(QStringLiteral("deadline"), date(s.deadline));
        steps.append(step);
    }
    o.insert(QStringLiteral("steps"), steps);
    o.insert(QStringLiteral("expectedCompletion"), date(p.expectedCompletion));
    o.insert(QStringLiteral("overdue"), p.overdue);
    o.insert(QStringLiteral("nextZh"), p.nextZh);
    o.insert(QStringLiteral("nextEn"), p.nextEn);
    o.insert(QStringLiteral("refusalNoticeBy"), date(p.refusalNoticeBy));
    QJsonArray payments;
    for (const QDate& d : p.payments) {
        payments.append(date(d));
    }
    o.insert(QStringLiteral("payments"), payments);
    if (audience == CaseAudience::Staff) {
        QJsonArray history;
        for (const CaseEntry& e : c.entries) {
            history.append(QJsonObject{
                {QStringLiteral("seq"), e.seq},
                {QStringLiteral("step"), e.step},
                {QStringLiteral("stepZh"), e.step < w->steps.size() ? w->steps.at(e.step).nameZh : QString()},
                {QStringLiteral("action"), toString(e.action)},
                {QStringLiteral("at"), halltime::toIso(e.at)},
                {QStringLiteral("staff"), e.staff},
                {QStringLiteral("secondStaff"), e.secondStaff},
                {QStringLiteral("note"), e.note},
                {QStringLiteral("outcome"), e.outcome},
                {QStringLiteral("recipientSigned"), e.recipientSigned}});
        }
        o.insert(QStringLiteral("history"), history);
        if (c.status == CaseStatus::Objected) {
            // What was raised, for staff only (the kiosk's view says neutrally that it is checked).
            for (auto it = c.entries.crbegin(); it != c.entries.crend(); ++it) {
                if (it->action == CaseAction::ObjectionReceived) {
                    o.insert(QStringLiteral("objection"), it->note);
                    break;
                }
            }
        }
    }
    return o;
}

QJsonObject workflowsJson(const CasesConfig& config)
{
    QJsonArray types;
    for (const WorkflowDef& w : config.workflows) {
        QJsonArray steps;
        for (const StepDef& s : w.steps) {
            steps.append(stepJson(s));
        }
        types.append(QJsonObject{{QStringLiteral("type"), w.type},
                                 {QStringLiteral("nameZh"), w.nameZh},
                                 {QStringLiteral("nameEn"), w.nameEn},
                                 {QStringLiteral("steps"), steps}});
    }
    QJsonArray offices;
    for (const CaseOffice& o : config.offices) {
        offices.append(QJsonObject{{QStringLiteral("id"), o.id},
                                   {QStringLiteral("nameZh"), o.nameZh},
                                   {QStringLiteral("nameEn"), o.nameEn}});
    }
    return QJsonObject{{QStringLiteral("types"), types}, {QStringLiteral("offices"), offices}};
}

} // namespace hall
