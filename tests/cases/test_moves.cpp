// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseprogress.h"
#include "casesfixture.h"

using namespace hall;
using namespace hall::test;

TEST_CASE("Skipping or repeating a step is refused and changes nothing", "[moves]")
{
    CasesFixture fx;
    const CaseRecord c = fx.accept(QStringLiteral("rural_dibao"));
    fx.engine.takeChanges();
    REQUIRE_CASE_REFUSED(fx, fx.engine.advance(c.number, 2, QStringLiteral("li"), {}),
                         CaseErrorCode::StepMismatch);
    REQUIRE_CASE_REFUSED(fx, fx.engine.advance(c.number, 0, QStringLiteral("li"), {}),
                         CaseErrorCode::StepMismatch);
    REQUIRE_CASE_REFUSED(fx, fx.engine.advance(QStringLiteral("209901000001"), 1, QStringLiteral("li"), {}),
                         CaseErrorCode::UnknownCase);
    REQUIRE_CASE_REFUSED(fx, fx.engine.advance(c.number, 1, QString(), {}), CaseErrorCode::InvalidArgument);
    REQUIRE_CASE_REFUSED(fx,
                         fx.engine.refuse(c.number, 2, QStringLiteral("不符合条件"), QStringLiteral("li")),
                         CaseErrorCode::StepMismatch);
    const auto r = fx.engine.advance(c.number, 2, QStringLiteral("li"), {});
    CHECK(r.error().message ==
          QStringLiteral("办件 202601000001 当前步骤是第2步「村委会入户调查」，不能办理第3步"));
}

TEST_CASE("Acceptance refuses bad applications with a clear code", "[moves]")
{
    CasesFixture fx;
    AcceptRequest r = fx.request(QStringLiteral("rural_dibao"));
    r.idNumber = QStringLiteral("110105195604020011");
    REQUIRE_CASE_REFUSED(fx, fx.engine.accept(r, QStringLiteral("li")), CaseErrorCode::InvalidIdNumber);
    r = fx.request(QStringLiteral("marriage"));
    REQUIRE_CASE_REFUSED(fx, fx.engine.accept(r, QStringLiteral("li")), CaseErrorCode::UnknownCaseType);
    r = fx.request(QStringLiteral("rural_dibao"));
    r.office = QStringLiteral("moon");
    REQUIRE_CASE_REFUSED(fx, fx.engine.accept(r, QStringLiteral("li")), CaseErrorCode::UnknownOffice);
    r = fx.request(QStringLiteral("rural_dibao"), 1, QStringLiteral("1381234"));
    REQUIRE_CASE_REFUSED(fx, fx.engine.accept(r, QStringLiteral("li")), CaseErrorCode::InvalidArgument);
    r = fx.request(QStringLiteral("rural_dibao"));
    r.name = QStringLiteral("  ");
    REQUIRE_CASE_REFUSED(fx, fx.engine.accept(r, QStringLiteral("li")), CaseErrorCode::InvalidArgument);
    REQUIRE_CASE_REFUSED(fx, fx.engine.accept(fx.request(QStringLiteral("rural_dibao")), QString()),
                         CaseErrorCode::InvalidArgument);
    CHECK(fx.engine.cases().isEmpty());
}

TEST_CASE("Returned for documents: the case waits, the resident is told what to bring and by when", "[moves]")
{
    CasesFixture fx;
    const CaseRecord c = fx.accept(QStringLiteral("urban_dibao"));
    auto r = fx.engine.returnForDocuments(c.number, 1, QStringLiteral("户口簿复印件、收入证明"),
                                          QStringLiteral("zhao"));
    REQUIRE_CASE_OK(r);
    CHECK(r->status == CaseStatus::AwaitingDocuments);
    CHECK(r->documentsDue == QDate(2026, 12, 8)); // 10 working days
    const WorkflowDef& w = *fx.engine.config().workflow(c.type);
    CHECK(caseProgress(r.value(), w, fx.engine.calendar(), fx.engine.today()).nextZh ==
          QStringLiteral("请补充材料：户口簿复印件、收入证明（请于12月8日前提交）"));
    CHECK(r->entries.last().action == CaseAction::Returned);
    CHECK(r->entries.last().staff == QStringLiteral("zhao"));

    REQUIRE_CASE_REFUSED(fx, fx.engine.advance(c.number, 1, QStringLiteral("zhao"), {}),
                         CaseErrorCode::AwaitingDocuments);
    REQUIRE_CASE_REFUSED(
        fx, fx.engine.returnForDocuments(c.number, 1, QStringLiteral("x"), QStringLiteral("zhao")),
        CaseErrorCode::AwaitingDocuments);
    fx.goTo(QDate(2026, 11, 27));
    auto back = fx.engine.documentsReceived(c.number, QStringLiteral("qian"), QStringLiteral("材料已收齐"));
    REQUIRE_CASE_OK(back);
    CHECK(back->status == CaseStatus::Open);
    CHECK(back->stepStartedOn == QDate(2026, 11, 27));
    CHECK(back->missingDocuments.isEmpty());
    REQUIRE_CASE_REFUSED(fx, fx.engine.documentsReceived(c.number, QStringLiteral("qian"), {}),
                         CaseErrorCode::NotAwaitingDocuments);
    REQUIRE_CASE_OK(fx.engine.advance(c.number, 1, QStringLiteral("qian"), {}, QStringLiteral("zhao")));
}

TEST_CASE("No return during a notice, no refusal after approval, nothing on a closed case", "[moves]")
{
    CasesFixture fx;
    const CaseRecord c = fx.accept(QStringLiteral("urban_dibao"));
    for (int step = 1; step <= 3; ++step) {
        REQUIRE_CASE_OK(fx.engine.advance(c.number, step, QStringLiteral("li"), {},
                                          step == 1 ? QStringLiteral("wang") : QString()));
    }
    REQUIRE(fx.engine.find(c.number)->step == 4); // 公示
    REQUIRE_CASE_REFUSED(fx,
                         fx.engine.returnForDocuments(c.number, 4, QStringLiteral("x"), QStringLiteral("li")),
                         CaseErrorCode::InvalidTransition);
    REQUIRE_CASE_REFUSED(fx, fx.engine.advance(c.number, 4, QStringLiteral("li"), {}),
                         CaseErrorCode::NoticeRunning);
    fx.goTo(QDate(2026, 12, 2));
    REQUIRE_CASE_OK(fx.engine.advance(c.number, 4, QStringLiteral("li"), {}));
    REQUIRE_CASE_OK(fx.engine.advance(c.number, 5, QStringLiteral("director"), QStringLiteral("同意")));
    const CaseRecord& done = *fx.engine.find(c.number);
    CHECK(done.status == CaseStatus::Completed);
    CHECK(done.approvedOn == QDate(2026, 12, 2));
    REQUIRE_CASE_REFUSED(fx, fx.engine.advance(c.number, 5, QStringLiteral("li"), {}),
                         CaseErrorCode::CaseClosed);
    REQUIRE_CASE_REFUSED(fx, fx.engine.withdraw(c.number, QStringLiteral("li"), {}),
                         CaseErrorCode::CaseClosed);
    REQUIRE_CASE_REFUSED(fx, fx.engine.refuse(c.number, 5, QStringLiteral("x"), QStringLiteral("li")),
                         CaseErrorCode::CaseClosed);

    // Payment starts the month after approval: approved 2 December, first paid by 10 January.
    const WorkflowDef& w = *fx.engine.config().workflow(c.type);
    CHECK(caseProgress(done, w, fx.engine.calendar(), fx.engine.today()).payments.first() ==
          QDate(2027, 1, 10));

    const CaseRecord rural = fx.accept(QStringLiteral("rural_dibao"), 2);
    for (int step = 1; step <= 6; ++step) {
        const StepDef& def = fx.engine.config().workflow(rural.type)->steps.at(step);
        if (def.kind == StepKind::Notice) {
            fx.clock.advanceSecs(8 * 86400);
        }
        REQUIRE_CASE_OK(fx.engine.advance(rural.number, step,
                                          def.duty == StepDuty::Approval ? QStringLiteral("director")
                                                                         : QStringLiteral("li"),
                                          {}, def.joint ? QStringLiteral("wang") : QString()));
    }
    REQUIRE(fx.engine.find(rural.number)->step == 7); // past 县局审批
    REQUIRE_CASE_REFUSED(fx, fx.engine.refuse(rural.number, 7, QStringLiteral("x"), QStringLiteral("li")),
                         CaseErrorCode::InvalidTransition);
    REQUIRE_CASE_REFUSED(fx, fx.engine.refuse(rural.number, 7, QString(), QStringLiteral("li")),
                         CaseErrorCode::InvalidArgument);
}

TEST_CASE("Withdrawal and notes are recorded with the staff member and the date", "[moves]")
{
    CasesFixture fx;
    const CaseRecord c = fx.accept(QStringLiteral("temporary_aid"), 1, QStringLiteral("sun"));
    fx.clock.advanceSecs(3600);
    REQUIRE_CASE_OK(fx.engine.addNote(c.number, QStringLiteral("zhou"), QStringLiteral("电话联系申请人")));
    REQUIRE_CASE_REFUSED(fx, fx.engine.addNote(c.number, QStringLiteral("zhou"), QStringLiteral(" ")),
                         CaseErrorCode::InvalidArgument);
    auto w = fx.engine.withdraw(c.number, QStringLiteral("wu"), QStringLiteral("申请人书面撤回"));
    REQUIRE_CASE_OK(w);
    CHECK(w->status == CaseStatus::Withdrawn);
    REQUIRE(w->entries.size() == 3);
    CHECK(w->entries.at(0).staff == QStringLiteral("sun"));
    CHECK(w->entries.at(0).at == at(QDate(2026, 11, 24), 9));
    CHECK(w->entries.at(1).action == CaseAction::Noted);
    CHECK(w->entries.at(1).staff == QStringLiteral("zhou"));
    CHECK(w->entries.at(1).at == at(QDate(2026, 11, 24), 10));
    CHECK(w->entries.at(1).note == QStringLiteral("电话联系申请人"));
    CHECK(w->entries.at(2).action == CaseAction::Withdrawn);
    CHECK(w->entries.at(2).staff == QStringLiteral("wu"));
    // A closed case still takes notes (回访).
    REQUIRE_CASE_OK(fx.engine.addNote(c.number, QStringLiteral("zhou"), QStringLiteral("回访")));
    const WorkflowDef& wf = *fx.engine.config().workflow(c.type);
    CHECK(caseProgress(*fx.engine.find(c.number), wf, fx.engine.calendar(), fx.engine.today()).nextZh ==
          QStringLiteral("申请已撤回"));
}
