// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseengine.h"
#include "caseprogress.h"

#include "domain/halltime.h"
#include "domain/idnumber.h"
#include "domain/plaintext.h"

#include <algorithm>

namespace hall {

namespace {

constexpr int kMaxNote = 500;
constexpr int kMaxName = 40;

bool digitsOnly(const QString& s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

CaseError caseError(CaseErrorCode code, const QString& message)
{
    return CaseError{code, message, {}};
}

CaseEngine::CaseEngine(CasesConfig config, const Clock& clock, QByteArray personSecret)
    : m_config(std::move(config)), m_calendar(m_config.calendar), m_clock(clock),
      m_secret(std::move(personSecret)), m_limiter(m_config.limits)
{}

void CaseEngine::setCalendar(std::shared_ptr<const HallCalendar> calendar)
{
    m_config.calendar = calendar;
    m_calendar = WorkingCalendar(std::move(calendar));
}

QDate CaseEngine::today() const
{
    return halltime::local(m_clock.now()).date();
}

CaseResult<bool> CaseEngine::checkRequest(const AcceptRequest& r) const
{
    if (!m_config.workflow(r.type)) {
        return caseError(CaseErrorCode::UnknownCaseType,
                         QStringLiteral("未知的办件类型: %1").arg(r.type.left(40)));
    }
    if (!m_config.office(r.office)) {
        return caseError(CaseErrorCode::UnknownOffice,
                         QStringLiteral("未知的承办机构: %1").arg(r.office.left(40)));
    }
    if (r.name.trimmed().isEmpty() || r.name.size() > kMaxName) {
        return caseError(CaseErrorCode::InvalidArgument, QStringLiteral("请填写申请人姓名（不超过40个字）"));
    }
    if (hasControlCharacters(r.name)) {
        return caseError(CaseErrorCode::InvalidArgument,
                         QStringLiteral("申请人姓名不能含控制字符（换行、制表符等）"));
    }
    if (!validPhone(r.phone)) {
        return caseError(CaseErrorCode::InvalidArgument, QStringLiteral("联系电话应为11位手机号码"));
    }
    if (r.householdSize < 1 || r.householdSize > 30) {
        return caseError(CaseErrorCode::InvalidArgument, QStringLiteral("家庭人口应为1至30人"));
    }
    if (r.note.size() > kMaxNote) {
        return caseError(CaseErrorCode::InvalidArgument, QStringLiteral("备注不能超过500个字"));
    }
    return true;
}

CaseResult<Applicant> CaseEngine::applicant(const AcceptRequest& r) const
{
    if (auto ok = checkRequest(r); !ok) {
        return ok.error();
    }
    auto id = IdNumber::parse(r.idNumber, today());
    if (!id) {
        return caseError(CaseErrorCode::InvalidIdNumber, id.error().message);
    }
    return Applicant{r.name.trimmed(), id->text(), r.phone, id->personKey(m_secret), id->masked()};
}

QString CaseEngine::nextNumber(const WorkflowDef& w, QDate day) const
{
    // Digits only (year, type code, sequence): residents type it on the kiosk's numeric keypad.
    const QString prefix = QString::number(day.year()) + w.code;
    return prefix + QStringLiteral("%1").arg(m_lastSequence.value(prefix) + 1, 6, 10, QLatin1Char('0'));
}

void CaseEngine::noteNumber(const QString& number)
{
    // Imported numbers of other shapes do not take part in the sequence.
    if (number.size() == 12 && digitsOnly(number)) {
        int& last = m_lastSequence[number.left(6)];
        last = qMax(last, number.mid(6).toInt());
    }
}

CaseEntry& CaseEngine::addEntry(CaseRecord& c, CaseAction action, const QString& staff, const QString& note,
                                const QString& secondStaff)
{
    const int seq = c.entries.isEmpty() ? 1 : c.entries.last().seq + 1;
    c.entries << CaseEntry{seq, c.step, action, m_clock.now(), staff, secondStaff, note};
    return c.entries.last();
}

CaseRecord& CaseEngine::store(CaseRecord c)
{
    m_byPerson[c.applicant.personKey].insert(c.number);
    m_changed.insert(c.number);
    noteNumber(c.number);
    CaseRecord& slot = m_cases[c.number];
    slot = std::move(c);
    return slot;
}

CaseResult<CaseRecord> CaseEngine::accept(const AcceptRequest& r, const QString& staff)
{
    if (staff.isEmpty()) {
        return caseError(CaseErrorCode::InvalidArgument, QStringLiteral("受理须记录工作人员"));
    }
    auto person = applicant(r);
    if (!person) {
        return person.error();
    }
    const WorkflowDef& w = *m_config.workflow(r.type);
    CaseRecord c;
    c.number = nextNumber(w, today());
    c.type = r.type;
    c.office = r.office;
    c.applicant = person.value();
    c.householdSize = r.householdSize;
    c.acceptedOn = today();
    c.step = 0;
    addEntry(c, CaseAction::Accepted, staff, r.note);
    c.step = 1;
    c.stepStartedOn = today();
    return store(std::move(c));
}

CaseResult<CaseRecord*> CaseEngine::openCase(const QString& number, int step)
{
    const auto it = m_cases.find(number);
    if (it == m_cases.end()) {
        return caseError(CaseErrorCode::UnknownCase,
                         QStringLiteral("没有编号为 %1 的办件").arg(number.left(24)));
    }
    CaseRecord& c = it->second;
    if (c.closed()) {
        return caseError(CaseErrorCode::CaseClosed,
                         QStringLiteral("办件 %1 已%2，不能再办理")
                             .arg(c.number, c.status == CaseStatus::Completed ? QStringLiteral("办结")
                                            : c.status == CaseStatus::Refused ? QStringLiteral("不予批准")
                                                                              : QStringLiteral("撤回")));
    }
    if (step != c.step) {
        const WorkflowDef& w = *m_config.workflow(c.type);
        return caseError(CaseErrorCode::StepMismatch,
                         QStringLiteral("办件 %1 当前步骤是第%2步「%3」，不能办理第%4步")
                             .arg(c.number)
                             .arg(c.step + 1)
                             .arg(w.steps.at(c.step).nameZh)
                             .arg(step + 1));
    }
    return &c;
}

std::optional<CaseError> CaseEngine::checkPass(const StepDef& def, const StepPass& pass) const
{
    if (!def.outcomes.isEmpty() && def.outcome(pass.outcome) == nullptr) {
        QStringList names;
        for (const OutcomeDef& o : def.outcomes) {
            names << o.nameZh;
        }
        return caseError(
            CaseErrorCode::InvalidArgument,
            QStringLiteral("「%1」须选择结果：%2").arg(def.nameZh, names.join(QStringLiteral("、"))));
    }
    if (def.outcomes.isEmpty() && !pass.outcome.isEmpty()) {
        return caseError(CaseErrorCode::InvalidArgument,
                         QStringLiteral("「%1」没有可选的结果，请不要填写结果").arg(def.nameZh));
    }
    if (def.receipt && !pass.recipientSigned) {
        return caseError(
            CaseErrorCode::InvalidArgument,
            QStringLiteral("「%1」须由领取人当面签名：请确认领取人已签名后再办理").arg(def.nameZh));
    }
    return std::nullopt;
}

std::optional<CaseError> CaseEngine::dutyConflict(const CaseRecord& c, const StepDef& step,
                                                  const QStringList& accounts) const
{
    if (step.duty == StepDuty::None) {
        return std::nullopt;
    }
    // 谁调查谁负责，谁审批谁负责: whoever passed a step of the other duty may not pass this one.
    const StepDuty other = step.duty == StepDuty::Approval ? StepDuty::Investigation : StepDuty::Approval;
    const WorkflowDef& w = *m_config.workflow(c.type);
    for (const CaseEntry& e : c.entries) {
        if (e.action != CaseAction::Approved || e.step >= w.steps.size() ||
            w.steps.at(e.step).duty != other) {
            continue;
        }
        for (const QString& account : accounts) {
            if (!account.isEmpty() && (account == e.staff || account == e.secondStaff)) {
                return caseError(
                    CaseErrorCode::DutyConflict,
                    QStringLiteral("%1 已办理本件的「%2」，不能再办理「%3」（调查与审批须由不同人员负责）")
                        .arg(account, w.steps.at(e.step).nameZh, step.nameZh));
            }
        }
    }
    return std::nullopt;
}

CaseResult<CaseRecord> CaseEngine::advance(const QString& number, int step, const QString& staff,
                                           const QString& note, const QString& secondStaffText,
                                           const StepPass& pass)
{
    const QString secondStaff = secondStaffText.trimmed();
    if (staff.isEmpty() || note.size() > kMaxNote || secondStaff.size() > 64) {
        return caseError(CaseErrorCode::InvalidArgument, QStringLiteral("须记录工作人员，备注不超过500字"));
    }
    auto found = openCase(number, step);
    if (!found) {
        return found.error();
    }
    CaseRecord& c = *found.value();
    if (c.status == CaseStatus::AwaitingDocuments) {
        return caseError(CaseErrorCode::AwaitingDocuments,
                         QStringLiteral("办件 %1 正等待补充材料，请先登记材料已收齐").arg(c.number));
    }
    if (c.status == CaseStatus::Objected) {
        return caseError(CaseErrorCode::ObjectionPending,
                         QStringLiteral("办件 %1 公示期间收到异议，须先核实处理异议").arg(c.number));
    }
    const WorkflowDef& w = *m_config.workflow(c.type);
    const StepDef& def = w.steps.at(c.step);
    if (def.joint && (secondStaff.isEmpty() || secondStaff == staff)) {
        return caseError(
            CaseErrorCode::JointStepIncomplete,
            QStringLiteral("「%1」须由两名工作人员共同办理、共同签字：请填写另一名工作人员的账号")
                .arg(def.nameZh));
    }
    if (secondStaff == staff) {
        return caseError(CaseErrorCode::InvalidArgument, QStringLiteral("第二名工作人员不能是本人"));
    }
    if (auto conflict = dutyConflict(c, def, {staff, secondStaff})) {
        return *conflict;
    }
    if (auto wrong = checkPass(def, pass)) {
        return *wrong;
    }
    if (def.kind == StepKind::Notice) {
        const QDate end = m_calendar.periodEnd(c.stepStartedOn, def.days, def.dayKind);
        if (today() <= end) {
            return caseError(CaseErrorCode::NoticeRunning,
                             QStringLiteral("公示期至%1，期满后才能进入下一步").arg(zhDate(end)));
        }
    }
    CaseEntry& entry = addEntry(c, CaseAction::Approved, staff, note, secondStaff);
    entry.outcome = pass.outcome;
    entry.recipientSigned = def.receipt && pass.recipientSigned;
    if (def.kind == StepKind::Approval) {
        c.approvedOn = today();
        c.outcome = pass.outcome;
    }
    const OutcomeDef* decided = def.outcome(pass.outcome);
    if (decided != nullptr && !decided->payments) {
        // 停保: nothing is paid any more, so the steps that would pay do not apply; the case ends here.
        c.status = CaseStatus::Completed;
        c.closedOn = today();
        m_changed.insert(c.number);
        return c;
    }
    ++c.step;
    if (c.step >= w.steps.size()) {
        c.step = static_cast<int>(w.steps.size()) - 1;
        c.status = CaseStatus::Completed;
        c.closedOn = today();
    } else {
        c.stepStartedOn = today();
    }
    m_changed.insert(c.number);
    return c;
}

CaseResult<CaseRecord> CaseEngine::recordObjection(const QString& number, int step, const QString& staff,
                                                   const QString& note)
{
    if (staff.isEmpty() || note.trimmed().isEmpty() || note.size() > kMaxNote) {
        return caseError(CaseErrorCode::InvalidArgument, QStringLiteral("请写明异议的内容（不超过500字）"));
    }
    auto found = openCase(number, step);
    if (!found) {
        return found.error();
    }
    CaseRecord& c = *found.value();
    const StepDef& def = m_config.workflow(c.type)->steps.at(c.step);
    if (def.kind != StepKind::Notice) {
        return caseError(CaseErrorCode::InvalidTransition,
                         QStringLiteral("异议只能在公示期间登记，「%1」不是公示").arg(def.nameZh));
    }
    if (c.status == CaseStatus::Objected) {
        return caseError(CaseErrorCode::ObjectionPending,
                         QStringLiteral("办件 %1 已有待处理的异议，请在同一异议下核实").arg(c.number));
    }
    const QDate end = m_calendar.periodEnd(c.stepStartedOn, def.days, def.dayKind);
    if (today() > end) {
        return caseError(CaseErrorCode::InvalidTransition,
                         QStringLiteral("公示期已于%1结束，不能再登记公示异议").arg(zhDate(end)));
    }
    c.status = CaseStatus::Objected;
    addEntry(c, CaseAction::ObjectionReceived, staff, note.trimmed());
    m_changed.insert(c.number);
    return c;
}

CaseResult<CaseRecord> CaseEngine::resolveObjection(const QString& number, int step, bool upheld,
                                                    const QString& staff, const QString& note)
{
    if (staff.isEmpty() || note.trimmed().isEmpty() || note.size() > kMaxNote) {
        return caseError(CaseErrorCode::InvalidArgument, QStringLiteral("请写明核实的结果（不超过500字）"));
    }
    auto found = openCase(number, step);
    if (!found) {
        return found.error();
    }
    CaseRecord& c = *found.value();
    if (c.status != CaseStatus::Objected) {
        return caseError(CaseErrorCode::InvalidTransition,
                         QStringLiteral("办件 %1 没有待处理的异议").arg(c.number));
    }
    const WorkflowDef& w = *m_config.workflow(c.type);
    const StepDef& def = w.steps.at(c.step);
    if (!upheld) {
        // The notice goes on from where it was: its period was never suspended.
        c.status = CaseStatus::Open;
        addEntry(c, CaseAction::ObjectionDismissed, staff, note.trimmed());
        m_changed.insert(c.number);
        return c;
    }
    addEntry(c, CaseAction::ObjectionUpheld, staff, note.trimmed());
    if (def.objectionUpheldStep < 0) {
        c.status = CaseStatus::Refused;
        c.refusalReason = note.trimmed();
        c.closedOn = today();
        addEntry(c, CaseAction::Refused, staff, c.refusalReason);
    } else {
        // Back to the step to be done again; an approval given before it no longer stands.
        c.status = CaseStatus::Open;
        c.step = def.objectionUpheldStep;
        c.stepStartedOn = today();
        if (c.step <= w.approvalStep()) {
            c.approvedOn = {};
            c.outcome.clear();
        }
    }
    m_changed.insert(c.number);
    return c;
}

CaseResult<CaseRecord> CaseEngine::returnForDocuments(const QString& number, int step, const QString& missing,
                                                      const QString& staff)
{
    if (staff.isEmpty() || missing.trimmed().isEmpty() || missing.size() > kMaxNote) {
        return caseError(CaseErrorCode::InvalidArgument,
                         QStringLiteral("请写明需要补充的材料（不超过500字）"));
    }
    auto found = openCase(number, step);
    if (!found) {
        return found.error();
    }
    CaseRecord& c = *found.value();
    const StepDef& def = m_config.workflow(c.type)->steps.at(c.step);
    if (c.status == CaseStatus::AwaitingDocuments) {
        return caseError(CaseErrorCode::AwaitingDocuments,
                         QStringLiteral("办件 %1 已在等待补充材料").arg(c.number));
    }
    if (def.kind != StepKind::Task && def.kind != StepKind::Approval) {
        return caseError(CaseErrorCode::InvalidTransition,
                         QStringLiteral("「%1」这一步不能退回补充材料").arg(def.nameZh));
    }
    c.status = CaseStatus::AwaitingDocuments;
    c.missingDocuments = missing.trimmed();
    c.documentsDue = m_calendar.addWorkingDays(today(), m_config.workflow(c.type)->documentsDays);
    addEntry(c, CaseAction::Returned, staff, c.missingDocuments);
    m_changed.insert(c.number);
    return c;
}

CaseResult<CaseRecord> CaseEngine::documentsReceived(const QString& number, const QString& staff,
                                                     const QString& note)
{
    if (staff.isEmpty() || note.size() > kMaxNote) {
        return caseError(CaseErrorCode::InvalidArgument, QStringLiteral("须记录工作人员，备注不超过500字"));
    }
    const CaseRecord* known = find(number);
    auto found = openCase(number, known ? known->step : -1);
    if (!found) {
        return found.error();
    }
    CaseRecord& c = *found.value();
    if (c.status != CaseStatus::AwaitingDocuments) {
        return caseError(CaseErrorCode::NotAwaitingDocuments,
                         QStringLiteral("办件 %1 没有待补充的材料").arg(c.number));
    }
    c.status = CaseStatus::Open;
    c.missingDocuments.clear();
    c.documentsDue = {};
    c.stepStartedOn = today();
    addEntry(c, CaseAction::DocumentsReceived, staff, note);
    m_changed.insert(c.number);
    return c;
}

CaseResult<CaseRecord> CaseEngine::refuse(const QString& number, int step, const QString& reason,
                                          const QString& staff)
{
    if (staff.isEmpty() || reason.trimmed().isEmpty() || reason.size() > kMaxNote) {
        return caseError(CaseErrorCode::InvalidArgument, QStringLiteral("不予批准须写明理由（不超过500字）"));
    }
    auto found = openCase(number, step);
    if (!found) {
        return found.error();
    }
    CaseRecord& c = *found.value();
    const WorkflowDef& w = *m_config.workflow(c.type);
    if (c.status == CaseStatus::Objected) {
        return caseError(CaseErrorCode::ObjectionPending,
                         QStringLiteral("办件 %1 有待处理的异议：请登记异议成立或不成立").arg(c.number));
    }
    if (c.step > w.approvalStep()) {
        return caseError(CaseErrorCode::InvalidTransition,
                         QStringLiteral("办件 %1 已批准，不能再不予批准").arg(c.number));
    }
    // Refusing at the approval step is the approval decision: the same separation applies.
    if (auto conflict = dutyConflict(c, w.steps.at(c.step), {staff})) {
        return *conflict;
    }
    c.status = CaseStatus::Refused;
    c.refusalReason = reason.trimmed();
    c.closedOn = today();
    c.missingDocuments.clear();
    addEntry(c, CaseAction::Refused, staff, c.refusalReason);
    m_changed.insert(c.number);
    return c;
}

CaseResult<CaseRecord> CaseEngine::withdraw(const QString& number, const QString& staff, const QString& note)
{
    if (staff.isEmpty() || note.size() > kMaxNote) {
        return caseError(CaseErrorCode::InvalidArgument, QStringLiteral("须记录工作人员，备注不超过500字"));
    }
    const CaseRecord* known = find(number);
    auto found = openCase(number, known ? known->step : -1);
    if (!found) {
        return found.error();
    }
    CaseRecord& c = *found.value();
    c.status = CaseStatus::Withdrawn;
    c.closedOn = today();
    c.missingDocuments.clear();
    addEntry(c, CaseAction::Withdrawn, staff, note);
    m_changed.insert(c.number);
    return c;
}

CaseResult<CaseRecord> CaseEngine::addNote(const QString& number, const QString& staff, const QString& note)
{
    if (staff.isEmpty() || note.trimmed().isEmpty() || note.size() > kMaxNote) {
        return caseError(CaseErrorCode::InvalidArgument, QStringLiteral("备注不能为空，且不超过500字"));
    }
    const auto it = m_cases.find(number);
    if (it == m_cases.end()) {
        return caseError(CaseErrorCode::UnknownCase,
                         QStringLiteral("没有编号为 %1 的办件").arg(number.left(24)));
    }
    addEntry(it->second, CaseAction::Noted, staff, note.trimmed());
    m_changed.insert(number);
    return it->second;
}

CaseResult<int> CaseEngine::importCases(const QList<ImportedCase>& rows, const QString& staff)
{
    const auto fail = [](int line, const QString& why) {
        return caseError(CaseErrorCode::ImportFailed, QStringLiteral("第%1行：%2").arg(line).arg(why));
    };
    QList<CaseRecord> built;
    QSet<QString> numbers;
    for (const ImportedCase& row : rows) {
        auto person = applicant(row.request);
        if (!person) {
            return fail(row.line, person.error().message);
        }
        if (!digitsOnly(row.number) || row.number.size() < 6 || row.number.size() > 20) {
            return fail(row.line, QStringLiteral("办件编号应为6至20位数字"));
        }
        if (m_cases.count(row.number) || numbers.contains(row.number)) {
            return fail(row.line, QStringLiteral("办件编号 %1 已存在").arg(row.number));
        }
        numbers.insert(row.number);
        const WorkflowDef& w = *m_config.workflow(row.request.type);
        const int last = static_cast<int>(w.steps.size()) - 1;
        if (row.step < 1 || row.step > last) {
            return fail(row.line, QStringLiteral("当前步骤应为2至%1").arg(last + 1));
        }
        if (!row.acceptedOn.isValid() || !row.stepStartedOn.isValid() || row.stepStartedOn < row.acceptedOn ||
            row.stepStartedOn > today()) {
            return fail(row.line, QStringLiteral("受理日期或步骤开始日期无效"));
        }
        const QString who = row.staff.trimmed().isEmpty() ? staff : row.staff.trimmed();
        if (who.isEmpty()) {
            return fail(row.line, QStringLiteral("须记录经办人"));
        }
        if ((row.status == CaseStatus::Refused || row.status == CaseStatus::AwaitingDocuments) &&
            row.note.trimmed().isEmpty()) {
            return fail(row.line, QStringLiteral("退回或不予批准须写明材料或理由"));
        }
        if (row.status == CaseStatus::Refused && row.step > w.approvalStep()) {
            return fail(row.line, QStringLiteral("批准之后的步骤不能是不予批准"));
        }
        const bool approved = row.step > w.approvalStep() || row.status == CaseStatus::Completed;
        const int approval = w.approvalStep();
        if (approved && !w.steps.at(approval).outcomes.isEmpty() && !w.outcome(row.outcome)) {
            return fail(
                row.line,
                QStringLiteral("「%1」已审批，须填写结果 (outcome)").arg(w.steps.at(approval).nameZh));
        }
        const OutcomeDef* decided = approved ? w.outcome(row.outcome) : nullptr;
        if (decided != nullptr && !decided->payments && row.status != CaseStatus::Completed) {
            return fail(row.line,
                        QStringLiteral("结果为「%1」的办件已办结，状态应为 completed").arg(decided->nameZh));
        }
        if ((!approved || w.steps.at(approval).outcomes.isEmpty()) && !row.outcome.isEmpty()) {
            return fail(row.line, approved ? QStringLiteral("该办件类型没有审批结果，outcome 列应为空")
                                           : QStringLiteral("尚未审批的办件不能填写结果 (outcome)"));
        }
        CaseRecord c;
        c.number = row.number;
        c.type = row.request.type;
        c.office = row.request.office;
        c.applicant = person.value();
        c.householdSize = row.request.householdSize;
        c.acceptedOn = row.acceptedOn;
        c.status = row.status;
        c.stepStartedOn = row.stepStartedOn;
        const QDateTime acceptedAt = halltime::at(row.acceptedOn, QTime(9, 0));
        c.entries << CaseEntry{1, 0, CaseAction::Accepted, acceptedAt, who, {}, row.request.note};
        c.step = row.status != CaseStatus::Completed        ? row.step
                 : decided != nullptr && !decided->payments ? approval
                                                            : last;
        // The old system kept no step dates: the import says so rather than inventing them.
        c.entries << CaseEntry{2,
                               c.step,
                               CaseAction::Imported,
                               halltime::at(row.stepStartedOn, QTime(9, 0)),
                               staff,
                               {},
                               QStringLiteral("由原系统导入，此前步骤已完成")};
        if (approved) {
            c.approvedOn = row.stepStartedOn;
            c.outcome = row.outcome;
        }
        if (c.closed()) {
            c.closedOn = row.stepStartedOn;
        }
        if (row.status == CaseStatus::Refused) {
            c.refusalReason = row.note.trimmed();
        }
        if (row.status == CaseStatus::AwaitingDocuments) {
            c.missingDocuments = row.note.trimmed();
            c.documentsDue = m_calendar.addWorkingDays(row.stepStartedOn, w.documentsDays);
        }
        built << c;
    }
    for (CaseRecord& c : built) {
        store(std::move(c));
    }
    return static_cast<int>(rows.size());
}

CaseResult<QList<CaseRecord>> CaseEngine::lookup(const LookupRequest& r)
{
    const QDateTime now = m_clock.now();
    auto id = IdNumber::parse(r.idNumber, today());
    const QString idKey = id ? id->personKey(m_secret) : QString();
    if (auto until = m_limiter.blockedUntil(r.kiosk, idKey, now)) {
        return CaseError{CaseErrorCode::RateLimited,
                         QStringLiteral("查询失败次数过多，请于%1后再试")
                             .arg(halltime::local(*until).toString(QStringLiteral("HH:mm"))),
                         *until};
    }
    if (!id) {
        m_limiter.recordFailure(r.kiosk, QString(), now);
        return caseError(CaseErrorCode::InvalidIdNumber, id.error().message);
    }
    if (r.phone.isEmpty() == r.caseNumber.isEmpty()) {
        return caseError(CaseErrorCode::InvalidArgument,
                         QStringLiteral("请输入申请时留的手机号码或办件编号"));
    }
    QList<CaseRecord> out;
    for (const QString& number : m_byPerson.value(idKey)) {
        const CaseRecord& c = m_cases.at(number);
        if ((!r.phone.isEmpty() && c.applicant.phone == r.phone) ||
            (!r.caseNumber.isEmpty() && c.number == r.caseNumber)) {
            out << c;
        }
    }
    if (out.isEmpty()) {
        m_limiter.recordFailure(r.kiosk, idKey, now);
        // One message whatever failed, so the kiosk cannot be used to learn whether an ID has cases.
        return caseError(CaseErrorCode::NoMatch, QStringLiteral("未查到匹配的办理记录"));
    }
    std::sort(out.begin(), out.end(), [](const CaseRecord& a, const CaseRecord& b) {
        return a.acceptedOn != b.acceptedOn ? a.acceptedOn > b.acceptedOn : a.number > b.number;
    });
    return out;
}

const CaseRecord* CaseEngine::find(const QString& number) const
{
    const auto it = m_cases.find(number);
    return it == m_cases.end() ? nullptr : &it->second;
}

CaseResult<QList<CaseRecord>> CaseEngine::byIdNumber(const QString& idNumber) const
{
    auto id = IdNumber::parse(idNumber, today());
    if (!id) {
        return caseError(CaseErrorCode::InvalidIdNumber, id.error().message);
    }
    QList<CaseRecord> out;
    for (const QString& number : m_byPerson.value(id->personKey(m_secret))) {
        out << m_cases.at(number);
    }
    std::sort(out.begin(), out.end(),
              [](const CaseRecord& a, const CaseRecord& b) { return a.number > b.number; });
    return out;
}

QList<CaseRecord> CaseEngine::cases() const
{
    QList<CaseRecord> out;
    for (const auto& [number, c] : m_cases) {
        out << c;
    }
    return out;
}

QList<CaseRecord> CaseEngine::takeChanges()
{
    QList<CaseRecord> out;
    for (const QString& number : std::as_const(m_changed)) {
        out << m_cases.at(number);
    }
    m_changed.clear();
    return out;
}

void CaseEngine::restore(const QList<CaseRecord>& cases)
{
    m_cases.clear();
    m_byPerson.clear();
    m_lastSequence.clear();
    m_changed.clear();
    for (const CaseRecord& c : cases) {
        noteNumber(c.number);
        m_byPerson[c.applicant.personKey].insert(c.number);
        m_cases[c.number] = c;
    }
}

} // namespace hall
