// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Joint steps with two staff members, investigation and approval by different accounts,
// objections during a public notice.
#include "caseprogress.h"
#include "casesfixture.h"

#include <QFile>

using namespace hall;
using namespace hall::test;

namespace {

const QString kLi = QStringLiteral("li");
const QString kWang = QStringLiteral("wang");
const QString kZhao = QStringLiteral("zhao");

/// Passes the steps of `c` up to (not including) `until`, by li (with wang on joint steps), each
/// notice after its period.
void passUntil(CasesFixture& fx, const QString& number, int until, const QString& staff = kLi)
{
    for (int step = fx.engine.find(number)->step; step < until; ++step) {
        const CaseRecord& now = *fx.engine.find(number);
        const WorkflowDef& w = *fx.engine.config().workflow(now.type);
        const StepDef& def = w.steps.at(step);
        if (def.kind == StepKind::Notice) {
            const QDate end = fx.engine.calendar().periodEnd(now.stepStartedOn, def.days, def.dayKind);
            fx.goTo(end.addDays(1));
        }
        const QString who = def.duty == StepDuty::Approval ? kZhao : staff;
        REQUIRE_CASE_OK(
            fx.engine.advance(number, step, who, {}, def.joint ? kWang : QString(), passFor(def)));
    }
}

} // namespace

TEST_CASE("The built-in survey steps are joint, investigation and approval are separated", "[rules][config]")
{
    const CasesConfig c = defaultCasesConfig();
    const WorkflowDef& rural = *c.workflow(QStringLiteral("rural_dibao"));
    CHECK(rural.steps.at(1).nameZh == QStringLiteral("村委会入户调查"));
    CHECK(rural.steps.at(1).joint);
    CHECK(rural.steps.at(1).duty == StepDuty::Investigation);
    CHECK(rural.steps.at(6).duty == StepDuty::Approval);
    CHECK(rural.steps.at(3).objectionUpheldStep == 1);
    for (const QString& type : {QStringLiteral("urban_dibao"), QStringLiteral("tekun")}) {
        const WorkflowDef& w = *c.workflow(type);
        CHECK(w.steps.at(1).joint);
        CHECK(w.steps.at(1).duty == StepDuty::Investigation);
    }
    for (const WorkflowDef& w : c.workflows) {
        INFO(w.type.toStdString());
        CHECK(w.steps.at(w.approvalStep()).duty == StepDuty::Approval);
        int investigations = 0;
        for (const StepDef& s : w.steps) {
            investigations += s.duty == StepDuty::Investigation ? 1 : 0;
        }
        CHECK(investigations >= 1);
    }
}

TEST_CASE("A broken joint, duty or objection setting is named with its path", "[rules][config]")
{
    QFile f(QStringLiteral(":/hall/cases/default-cases.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArray json = f.readAll();
    json.replace("\"objectionUpheld\": \"village_survey\"", "\"objectionUpheld\": \"first_payment\"");
    json.replace("\"duty\": \"investigation\"", "\"duty\": \"inspection\"");
    const auto r = parseCasesConfig(json);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("workflows[0].steps[3].objectionUpheld")));
    CHECK(r.error().message.contains(QStringLiteral("workflows[0].steps[1].duty")));
}

TEST_CASE("A joint step records two different staff members, both signing", "[rules][joint]")
{
    CasesFixture fx;
    const CaseRecord c = fx.accept(QStringLiteral("rural_dibao"));
    fx.engine.takeChanges();
    REQUIRE_CASE_REFUSED(fx, fx.engine.advance(c.number, 1, kLi, QStringLiteral("已入户")),
                         CaseErrorCode::JointStepIncomplete);
    REQUIRE_CASE_REFUSED(fx, fx.engine.advance(c.number, 1, kLi, QStringLiteral("已入户"), kLi),
                         CaseErrorCode::JointStepIncomplete);
    const auto r = fx.engine.advance(c.number, 1, kLi, {});
    CHECK(r.error().message.contains(QStringLiteral("两名工作人员")));
    const auto done = fx.engine.advance(c.number, 1, kLi, QStringLiteral("已入户"), QStringLiteral(" wang "));
    REQUIRE_CASE_OK(done);
    CHECK(done->entries.last().staff == kLi);
    CHECK(done->entries.last().secondStaff == kWang);
    CHECK(done->step == 2);
    // A step that is not joint records one person, or two if two did it.
    REQUIRE_CASE_OK(fx.engine.advance(c.number, 2, kLi, {}));
    CHECK(fx.engine.find(c.number)->entries.last().secondStaff.isEmpty());
}

TEST_CASE("Whoever investigated a case may not approve it, nor the other way round", "[rules][duty]")
{
    CasesFixture fx;
    const CaseRecord c = fx.accept(QStringLiteral("urban_dibao"));
    passUntil(fx, c.number, 5); // li and wang surveyed (step 1); the notice has run
    for (const QString& who : {kLi, kWang}) {
        INFO(who.toStdString());
        REQUIRE_CASE_REFUSED(fx, fx.engine.advance(c.number, 5, who, {}), CaseErrorCode::DutyConflict);
        // Nor as the second signature of someone else's approval.
        REQUIRE_CASE_REFUSED(fx, fx.engine.advance(c.number, 5, kZhao, {}, who), CaseErrorCode::DutyConflict);
    }
    // Refusing at the approval step is an approval decision too.
    REQUIRE_CASE_REFUSED(fx, fx.engine.refuse(c.number, 5, QStringLiteral("不符合条件"), kLi),
                         CaseErrorCode::DutyConflict);
    const auto refused = fx.engine.advance(c.number, 5, kWang, {});
    CHECK(refused.error().message.contains(QStringLiteral("入户调查")));
    REQUIRE_CASE_OK(fx.engine.advance(c.number, 5, kZhao, QStringLiteral("同意")));
    CHECK(fx.engine.find(c.number)->status == CaseStatus::Completed);

    SECTION("a simple workflow: 审核 (investigation) and 审批 by different accounts")
    {
        const CaseRecord e = fx.accept(QStringLiteral("elderly_card"), 2);
        REQUIRE_CASE_OK(fx.engine.advance(e.number, 1, kLi, {}));
        REQUIRE_CASE_REFUSED(fx, fx.engine.advance(e.number, 2, kLi, {}), CaseErrorCode::DutyConflict);
        REQUIRE_CASE_OK(fx.engine.advance(e.number, 2, kZhao, {}));
        REQUIRE_CASE_OK(fx.engine.advance(e.number, 3, kLi, {})); // 制证: no duty
    }
    SECTION("an approver sent back to the survey by an upheld objection may not survey")
    {
        const CaseRecord r = fx.accept(QStringLiteral("rural_dibao"), 3);
        passUntil(fx, r.number, 7); // approved by zhao at step 6; notice_county runs
        REQUIRE_CASE_OK(fx.engine.recordObjection(r.number, 7, kLi, QStringLiteral("有异议")));
        // notice_county's upheld objection goes back to the approval step
        REQUIRE_CASE_OK(fx.engine.resolveObjection(r.number, 7, true, kLi, QStringLiteral("异议成立")));
        const CaseRecord& back = *fx.engine.find(r.number);
        CHECK(back.step == 6);
        CHECK_FALSE(back.approvedOn.isValid());
        REQUIRE_CASE_REFUSED(fx, fx.engine.advance(r.number, 6, kLi, {}), CaseErrorCode::DutyConflict);
        REQUIRE_CASE_OK(fx.engine.advance(r.number, 6, kZhao, QStringLiteral("重新审批")));
    }
}

TEST_CASE("An objection during a notice stops the case until it is resolved", "[rules][objection]")
{
    CasesFixture fx;
    const CaseRecord c = fx.accept(QStringLiteral("urban_dibao"));
    passUntil(fx, c.number, 4);
    const QDate noticeStart = fx.engine.find(c.number)->stepStartedOn;
    fx.engine.takeChanges();
    // Only during a notice, with what was raised.
    REQUIRE_CASE_REFUSED(fx, fx.engine.recordObjection(c.number, 4, kLi, QStringLiteral(" ")),
                         CaseErrorCode::InvalidArgument);
    REQUIRE_CASE_REFUSED(fx, fx.engine.resolveObjection(c.number, 4, false, kLi, QStringLiteral("无")),
                         CaseErrorCode::InvalidTransition);
    fx.goTo(noticeStart.addDays(3));
    const auto objected = fx.engine.recordObjection(c.number, 4, kLi, QStringLiteral("邻居反映有隐瞒收入"));
    REQUIRE_CASE_OK(objected);
    CHECK(objected->status == CaseStatus::Objected);
    CHECK(objected->entries.last().action == CaseAction::ObjectionReceived);
    CHECK_FALSE(objected->closed());

    // Everything that would move it on waits.
    fx.goTo(noticeStart.addDays(10));
    REQUIRE_CASE_REFUSED(fx, fx.engine.advance(c.number, 4, kLi, {}), CaseErrorCode::ObjectionPending);
    REQUIRE_CASE_REFUSED(fx, fx.engine.refuse(c.number, 4, QStringLiteral("x"), kLi),
                         CaseErrorCode::ObjectionPending);
    REQUIRE_CASE_REFUSED(fx, fx.engine.recordObjection(c.number, 4, kLi, QStringLiteral("又一条")),
                         CaseErrorCode::ObjectionPending);
    // The resident is told neutrally; staff see what was raised in the history.
    const WorkflowDef& w = *fx.engine.config().workflow(c.type);
    const CaseProgress p =
        caseProgress(*fx.engine.find(c.number), w, fx.engine.calendar(), fx.engine.today());
    CHECK(p.nextZh.contains(QStringLiteral("核实")));
    CHECK_FALSE(p.nextZh.contains(QStringLiteral("隐瞒")));

    SECTION("dismissed: the notice goes on and the case continues")
    {
        const auto r = fx.engine.resolveObjection(c.number, 4, false, kLi, QStringLiteral("经核实收入属实"));
        REQUIRE_CASE_OK(r);
        CHECK(r->status == CaseStatus::Open);
        CHECK(r->step == 4);
        CHECK(r->stepStartedOn == noticeStart);
        CHECK(r->entries.last().action == CaseAction::ObjectionDismissed);
        REQUIRE_CASE_OK(fx.engine.advance(c.number, 4, kLi, {}));
    }
    SECTION("upheld: back to the configured step, to be done again by two")
    {
        const auto r = fx.engine.resolveObjection(c.number, 4, true, kLi, QStringLiteral("重新入户调查"));
        REQUIRE_CASE_OK(r);
        CHECK(r->status == CaseStatus::Open);
        CHECK(r->step == 1);
        CHECK(r->stepStartedOn == fx.engine.today());
        CHECK(r->entries.last().action == CaseAction::ObjectionUpheld);
        REQUIRE_CASE_REFUSED(fx, fx.engine.advance(c.number, 1, kLi, {}), CaseErrorCode::JointStepIncomplete);
    }
    SECTION("upheld where the workflow says refuse: the case is refused with the finding as reason")
    {
        CasesConfig config = defaultCasesConfig();
        for (WorkflowDef& def : config.workflows) {
            for (StepDef& s : def.steps) {
                s.objectionUpheldStep = -1;
            }
        }
        CasesFixture other(at(QDate(2026, 11, 24), 9), config);
        const CaseRecord d = other.accept(QStringLiteral("urban_dibao"));
        passUntil(other, d.number, 4);
        REQUIRE_CASE_OK(other.engine.recordObjection(d.number, 4, kLi, QStringLiteral("有车辆")));
        const auto r = other.engine.resolveObjection(d.number, 4, true, kLi, QStringLiteral("家有营运车辆"));
        REQUIRE_CASE_OK(r);
        CHECK(r->status == CaseStatus::Refused);
        CHECK(r->refusalReason == QStringLiteral("家有营运车辆"));
        CHECK(r->closedOn == other.engine.today());
    }
}

TEST_CASE("An objection after the notice period is refused", "[rules][objection]")
{
    CasesFixture fx;
    const CaseRecord c = fx.accept(QStringLiteral("urban_dibao"));
    passUntil(fx, c.number, 4);
    const CaseRecord& now = *fx.engine.find(c.number);
    const StepDef& def = fx.engine.config().workflow(c.type)->steps.at(4);
    const QDate end = fx.engine.calendar().periodEnd(now.stepStartedOn, def.days, def.dayKind);
    fx.goTo(end);
    REQUIRE_CASE_OK(fx.engine.recordObjection(c.number, 4, kLi, QStringLiteral("最后一天收到")));
    REQUIRE_CASE_OK(fx.engine.resolveObjection(c.number, 4, false, kLi, QStringLiteral("不成立")));
    fx.goTo(end.addDays(1));
    REQUIRE_CASE_REFUSED(fx, fx.engine.recordObjection(c.number, 4, kLi, QStringLiteral("晚了")),
                         CaseErrorCode::InvalidTransition);
    REQUIRE_CASE_REFUSED(fx, fx.engine.recordObjection(c.number, 3, kLi, QStringLiteral("x")),
                         CaseErrorCode::StepMismatch);
}
