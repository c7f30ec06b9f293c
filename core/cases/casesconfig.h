// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/hallcalendar.h"
#include "caseerror.h"

#include <QList>
#include <QString>

#include <memory>

namespace hall {

/// How a step's length is counted: working days skip weekends and public holidays (调休 included).
enum class DayKind
{
    Working,
    Calendar
};

/// What a step is. Notices (公示) must run their full period before the case moves on; the approval
/// step decides the case (approved allowances are paid from then on).
enum class StepKind
{
    Application,
    Task,
    Notice,
    Approval,
    Issue,
    Payment
};

/// Which side of 谁调查谁负责，谁审批谁负责 a step is on: one account may not pass both an investigation
/// step and an approval step of the same case.
enum class StepDuty
{
    None,
    Investigation,
    Approval,
};

/// A decision an approval step ends with when the workflow names its decisions (the yearly 低保
/// review: 新增 / 调整 / 停保), and whether the household is paid after it.
struct OutcomeDef
{
    QString id; ///< stable, e.g. "stop"
    QString nameZh;
    QString nameEn;
    bool payments = true; ///< false: payments stop (停保)

    bool operator==(const OutcomeDef&) const = default;
};

/// One step of a workflow.
struct StepDef
{
    QString id;
    QString nameZh;
    QString nameEn;
    StepKind kind = StepKind::Task;
    int days = 0;                       ///< expected length; for a notice the period that must run
    DayKind dayKind = DayKind::Working; ///< how `days` is counted
    int deadlineDays = 0;               ///< working days from the step's start to finish it; 0: none
    QString residentZh;                 ///< what the resident should do meanwhile (optional)
    QString residentEn;
    bool joint = false; ///< two staff members do it together and both sign (共同派员入户调查、共同签字)
    StepDuty duty = StepDuty::None; ///< default: Approval for the approval step, else None
    /// A notice: where an upheld objection sends the case (index of an earlier step), -1 refuses it.
    int objectionUpheldStep = -1;
    /// The approval step: the decisions it may end with; passing it must name one. Empty: a plain
    /// approval.
    QList<OutcomeDef> outcomes;
    /// 签名发放: the aid is handed over against the recipient's signature, so passing the step records
    /// that the recipient signed (issue and payment steps only).
    bool receipt = false;

    const OutcomeDef* outcome(const QString& id) const;
    bool operator==(const StepDef&) const = default;
};

enum class PaymentFrequency
{
    None,
    Once,
    Monthly,
    Quarterly
};

/// When an approved allowance is paid: monthly items by `dayOfMonth` of each month, quarterly ones by
/// `dayOfMonth` of each quarter's first month, starting the month after approval.
struct PaymentPlan
{
    PaymentFrequency frequency = PaymentFrequency::None;
    int dayOfMonth = 10;
    bool operator==(const PaymentPlan&) const = default;
};

/// A kind of application (农村低保, 高龄津贴 …) and the steps every case of it goes through.
struct WorkflowDef
{
    QString type; ///< stable id, e.g. "rural_dibao"
    QString code; ///< two digits inside case numbers (case numbers are digits only: kiosk keypad)
    QString nameZh;
    QString nameEn;
    QList<StepDef> steps;
    PaymentPlan payment;
    int refusalNoticeDays = 3; ///< working days to explain a refusal in writing
    int documentsDays = 10;    ///< working days a resident has to bring missing documents

    /// Index of the approval step, or -1.
    int approvalStep() const;
    /// The decision `id` of the approval step, or nullptr.
    const OutcomeDef* outcome(const QString& id) const;
};

/// An office responsible for cases (乡镇/街道, 县局 …).
struct CaseOffice
{
    QString id;
    QString nameZh;
    QString nameEn;
};

/// Failed kiosk lookups allowed per kiosk and per ID number within the window.
struct LookupLimits
{
    int maxFailures = 5;
    int windowMinutes = 10;
};

/// Everything that configures case tracking (format: docs/cases.md).
struct CasesConfig
{
    QList<WorkflowDef> workflows;
    QList<CaseOffice> offices;
    /// The hall's one calendar. The parser sets the built-in one; the service replaces it with the
    /// calendar its queue and bookings share.
    std::shared_ptr<const HallCalendar> calendar;
    LookupLimits limits;

    const WorkflowDef* workflow(const QString& type) const;
    const CaseOffice* office(const QString& id) const;
};

/// Parses the JSON case configuration; every problem is reported with its JSON path in one
/// INVALID_ARGUMENT error. Working days are the hall calendar's (a "holidays" object is refused).
CaseResult<CasesConfig> parseCasesConfig(const QByteArray& json);
CaseResult<CasesConfig> loadCasesConfig(const QString& path);
/// The built-in set (core/cases/default-cases.json).
CasesConfig defaultCasesConfig();

QString toString(StepKind kind);
QString toString(StepDuty duty);
QString toString(DayKind kind);

} // namespace hall
