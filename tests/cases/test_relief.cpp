// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Disaster relief (救灾: 申请 → 核查 → 张榜公示 → 审批 → 签名发放) and the yearly review of 低保 households
// (年审, decided 新增 / 调整 / 停保) as configured workflows: their notices, accountable staff, the
// recipient's signature, the named decisions, storage and CSV import.
#include "casecsv.h"
#include "caseprogress.h"
#include "casesfixture.h"
#include "casestore.h"
#include "storage/sqlstore.h"

#include <QFile>
#include <QTemporaryDir>

using namespace hall;
using namespace hall::test;

namespace {

const QString kRelief = QStringLiteral("disaster_relief");
const QString kReview = QStringLiteral("dibao_review");

CaseProgress progressOf(const CasesFixture& fx, const CaseRecord& c)
{
    return caseProgress(c, *fx.engine.config().workflow(c.type), fx.engine.calendar(), fx.engine.today());
}

/// Passes every step of `number` before `until`: li investigates (with wang on joint steps), zhao
/// approves, each notice after its period. Approval and receipt steps are left to the test.
void passReliefUntil(CasesFixture& fx, const QString& number, int until)
{
    for (int step = fx.engine.find(number)->step; step < until; ++step) {
        const CaseRecord& now = *fx.engine.find(number);
        const StepDef& def = fx.engine.config().workflow(now.type)->steps.at(step);
        if (def.kind == StepKind::Notice) {
            fx.goTo(fx.engine.calendar().periodEnd(now.stepStartedOn, def.days, def.dayKind).addDays(1));
        }
        const QString who = def.duty == StepDuty::Approval ? QStringLiteral("zhao") : QStringLiteral("li");
        REQUIRE_CASE_OK(fx.engine.advance(number, step, who, {},
                                          def.joint ? QStringLiteral("wang") : QString(), passFor(def)));
    }
}

} // namespace

TEST_CASE("Disaster relief and the 低保 review are built-in workflows with their notices", "[relief][config]")
{
    const CasesConfig c = defaultCasesConfig();
    const WorkflowDef* relief = c.workflow(kRelief);
    REQUIRE(relief != nullptr);
    QStringList names;
    for (const StepDef& s : relief->steps) {
        names << s.nameZh;
    }
    CHECK(names == QStringList{QStringLiteral("申请"), QStringLiteral("核查"), QStringLiteral("张榜公示"),
                               QStringLiteral("审批"), QStringLiteral("签名发放")});
    CHECK(relief->steps.at(1).joint);
    CHECK(relief->steps.at(1).duty == StepDuty::Investigation);
    CHECK(relief->steps.at(2).kind == StepKind::Notice);
    CHECK(relief->steps.at(2).objectionUpheldStep == 1);
    CHECK(relief->steps.at(3).duty == StepDuty::Approval);
    CHECK(relief->steps.at(4).receipt);

    const WorkflowDef* review = c.workflow(kReview);
    REQUIRE(review != nullptr);
    CHECK(review->nameZh == QStringLiteral("低保年审"));
    const StepDef& approval = review->steps.at(review->approvalStep());
    QStringList decisions;
    for (const OutcomeDef& o : approval.outcomes) {
        decisions << o.nameZh + (o.payments ? QString() : QStringLiteral("(停发)"));
    }
    CHECK(decisions ==
          QStringList{QStringLiteral("新增"), QStringLiteral("调整"), QStringLiteral("停保(停发)")});
    bool notice = false;
    for (const StepDef& s : review->steps) {
        notice = notice || s.kind == StepKind::Notice;
    }
    CHECK(notice);
}

TEST_CASE("Outcomes and receipts are refused where they cannot apply, named by path", "[relief][config]")
{
    QFile f(QStringLiteral(":/hall/cases/default-cases.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArray json = f.readAll();
    // 签名发放 moved onto a task step, and the review's decisions onto a task step too.
    json.replace("\"Handed over against signature\",\n          \"kind\": \"payment\"",
                 "\"Handed over against signature\",\n          \"kind\": \"task\"");
    json.replace("\"id\": \"assessment\",",
                 "\"id\": \"assessment\", \"outcomes\": [{\"id\": \"a\", \"nameZh\": \"甲\"}],");
    json.replace("{ \"id\": \"adjust\", \"nameZh\": \"调整\"", "{ \"id\": \"add\", \"nameZh\": \"调整\"");
    const auto r = parseCasesConfig(json);
    REQUIRE_FALSE(r.ok());
    INFO(r.error().message.toStdString());
    CHECK(r.error().message.contains(
        QStringLiteral("workflows[8].steps[4].receipt is only for issue and payment")));
    CHECK(r.error().message.contains(
        QStringLiteral("workflows[9].steps[2].outcomes is only for the approval step")));
    CHECK(r.error().message.contains(
        QStringLiteral("workflows[9].steps[4].outcomes[1].id \"add\" is used twice")));
}

TEST_CASE("Disaster relief: joint verification, notice, approval, handed over against signature", "[relief]")
{
    CasesFixture fx; // Tuesday 2026-11-24
    const CaseRecord c = fx.accept(kRelief, 1, QStringLiteral("clerk"));
    fx.engine.takeChanges();
    REQUIRE_CASE_REFUSED(fx, fx.engine.advance(c.number, 1, QStringLiteral("li"), {}),
                         CaseErrorCode::JointStepIncomplete);
    REQUIRE_CASE_OK(fx.engine.advance(c.number, 1, QStringLiteral("li"), QStringLiteral("房屋受损"),
                                      QStringLiteral("wang")));
    // The 5-day notice posted on 24 November runs until the 29th (a Sunday: then to Monday 30th).
    const CaseProgress during = progressOf(fx, *fx.engine.find(c.number));
    CHECK(during.steps.at(2).expectedEnd == QDate(2026, 11, 30));
    CHECK(during.nextZh == QStringLiteral("公示期至11月30日"));
    fx.goTo(QDate(2026, 11, 30));
    REQUIRE_CASE_REFUSED(fx, fx.engine.advance(c.number, 2, QStringLiteral("li"), {}),
                         CaseErrorCode::NoticeRunning);
    fx.goTo(QDate(2026, 12, 1));
    REQUIRE_CASE_OK(fx.engine.advance(c.number, 2, QStringLiteral("li"), {}));
    // 谁调查谁负责，谁审批谁负责: a verifier may not approve.
    REQUIRE_CASE_REFUSED(fx, fx.engine.advance(c.number, 3, QStringLiteral("wang"), {}),
                         CaseErrorCode::DutyConflict);
    REQUIRE_CASE_OK(
        fx.engine.advance(c.number, 3, QStringLiteral("zhao"), QStringLiteral("同意救助 2000 元")));
    CHECK(progressOf(fx, *fx.engine.find(c.number)).nextZh ==
          QStringLiteral("请本人携带身份证到民政办签名领取救助款物"));
    // Handed over only against the recipient's signature; no decision to name on this step.
    fx.engine.takeChanges();
    REQUIRE_CASE_REFUSED(fx, fx.engine.advance(c.number, 4, QStringLiteral("clerk"), {}),
                         CaseErrorCode::InvalidArgument);
    REQUIRE_CASE_REFUSED(fx,
                         fx.engine.advance(c.number, 4, QStringLiteral("clerk"), {}, {},
                                           StepPass{QStringLiteral("add"), true}),
                         CaseErrorCode::InvalidArgument);
    const auto done = fx.engine.advance(c.number, 4, QStringLiteral("clerk"), QStringLiteral("现金 2000 元"),
                                        {}, StepPass{{}, true});
    REQUIRE_CASE_OK(done);
    CHECK(done->status == CaseStatus::Completed);
    const CaseEntry& handover = done->entries.last();
    CHECK(handover.step == 4);
    CHECK(handover.staff == QStringLiteral("clerk"));
    CHECK(handover.recipientSigned);
    // Every step names who did it.
    QStringList who;
    for (const CaseEntry& e : done->entries) {
        who << e.staff + (e.secondStaff.isEmpty() ? QString() : QLatin1Char('+') + e.secondStaff);
    }
    CHECK(who == QStringList{QStringLiteral("clerk"), QStringLiteral("li+wang"), QStringLiteral("li"),
                             QStringLiteral("zhao"), QStringLiteral("clerk")});
    // The resident's look-up shows the whole timeline with dates.
    const auto found = fx.engine.lookup(LookupRequest{QStringLiteral("k1"), caseIdNumber(1), kPhone, {}});
    REQUIRE_CASE_OK(found);
    const CaseProgress p = progressOf(fx, found->first());
    for (const StepProgress& s : p.steps) {
        CHECK(s.state == StepState::Done);
    }
    CHECK(p.steps.at(4).doneOn == QDate(2026, 12, 1));
}

TEST_CASE("The 低保 review needs a decision: 调整 keeps paying, 停保 ends the case", "[relief][review]")
{
    CasesFixture fx;
    const CaseRecord adjust = fx.accept(kReview, 1);
    const CaseRecord stop = fx.accept(kReview, 2);
    const int approval = fx.engine.config().workflow(kReview)->approvalStep();
    for (const CaseRecord& c : {adjust, stop}) {
        // Each passes home check, assessment and notice, but not the approval.
        for (int step = 1; step < approval; ++step) {
            const CaseRecord& now = *fx.engine.find(c.number);
            const StepDef& def = fx.engine.config().workflow(kReview)->steps.at(step);
            if (def.kind == StepKind::Notice) {
                fx.goTo(fx.engine.calendar().periodEnd(now.stepStartedOn, def.days, def.dayKind).addDays(1));
            }
            REQUIRE_CASE_OK(fx.engine.advance(c.number, step, QStringLiteral("li"), {},
                                              def.joint ? QStringLiteral("wang") : QString()));
        }
    }
    fx.engine.takeChanges();
    REQUIRE_CASE_REFUSED(fx, fx.engine.advance(adjust.number, approval, QStringLiteral("zhao"), {}),
                         CaseErrorCode::InvalidArgument);
    REQUIRE_CASE_REFUSED(fx,
                         fx.engine.advance(adjust.number, approval, QStringLiteral("zhao"), {}, {},
                                           StepPass{QStringLiteral("keep")}),
                         CaseErrorCode::InvalidArgument);
    const auto refused = fx.engine.advance(adjust.number, approval, QStringLiteral("zhao"), {});
    CHECK(refused.error().message == QStringLiteral("「审批」须选择结果：新增、调整、停保"));

    const QDate decidedOn = fx.engine.today();
    const auto adjusted =
        fx.engine.advance(adjust.number, approval, QStringLiteral("zhao"), QStringLiteral("人均收入提高"), {},
                          StepPass{QStringLiteral("adjust")});
    REQUIRE_CASE_OK(adjusted);
    CHECK(adjusted->outcome == QStringLiteral("adjust"));
    CHECK(adjusted->entries.last().outcome == QStringLiteral("adjust"));
    CHECK(adjusted->status == CaseStatus::Open); // on to the monthly payment
    const CaseProgress paying = progressOf(fx, *adjusted);
    REQUIRE_FALSE(paying.payments.isEmpty());
    CHECK(paying.payments.first() == QDate(decidedOn.year(), decidedOn.month(), 10).addMonths(1));

    const auto stopped =
        fx.engine.advance(stop.number, approval, QStringLiteral("zhao"), QStringLiteral("家庭收入超过标准"),
                          {}, StepPass{QStringLiteral("stop")});
    REQUIRE_CASE_OK(stopped);
    CHECK(stopped->status == CaseStatus::Completed);
    CHECK(stopped->closedOn == decidedOn);
    CHECK(stopped->step == approval);
    const CaseProgress ended = progressOf(fx, *stopped);
    CHECK(ended.payments.isEmpty());
    CHECK(ended.nextZh == QStringLiteral("审批结果：停保"));
    CHECK(ended.steps.at(approval).state == StepState::Done);
    CHECK(ended.steps.last().state == StepState::NotReached);
    // Nothing moves a closed case on.
    REQUIRE_CASE_REFUSED(fx, fx.engine.advance(stop.number, approval + 1, QStringLiteral("zhao"), {}),
                         CaseErrorCode::CaseClosed);
}

TEST_CASE("An objection to the review's notice sends it back to the home check and clears nothing early",
          "[relief][review]")
{
    CasesFixture fx;
    const CaseRecord c = fx.accept(kReview, 3);
    const WorkflowDef& w = *fx.engine.config().workflow(kReview);
    int notice = 0;
    while (w.steps.at(notice).kind != StepKind::Notice) {
        ++notice;
    }
    passReliefUntil(fx, c.number, notice);
    REQUIRE_CASE_OK(
        fx.engine.recordObjection(c.number, notice, QStringLiteral("li"), QStringLiteral("有车辆未申报")));
    const auto back = fx.engine.resolveObjection(c.number, notice, true, QStringLiteral("zhao"),
                                                 QStringLiteral("属实，重新核查"));
    REQUIRE_CASE_OK(back);
    CHECK(back->step == 1);
    CHECK(back->outcome.isEmpty());
}

TEST_CASE("Decisions and signatures survive a restart", "[relief][store]")
{
    QTemporaryDir dir;
    CasesFixture fx;
    const CaseRecord relief = fx.accept(kRelief, 4);
    const CaseRecord review = fx.accept(kReview, 5);
    passReliefUntil(fx, relief.number, 5);
    passReliefUntil(fx, review.number, 6);
    SqlStore::Options o;
    o.database = dir.filePath(QStringLiteral("hall.db"));
    {
        auto sql = SqlStore::open(o);
        REQUIRE(sql.ok());
        auto store = CaseStore::open(sql.value()->database(), kCaseSecret);
        REQUIRE(store.ok());
        REQUIRE_FALSE(store.value()->commit(fx.engine.takeChanges()));
    }
    auto sql = SqlStore::open(o);
    REQUIRE(sql.ok());
    auto store = CaseStore::open(sql.value()->database(), kCaseSecret);
    REQUIRE(store.ok());
    const auto loaded = store.value()->load();
    REQUIRE(loaded.ok());
    CHECK(loaded.value() == fx.engine.cases());
    bool signedEntry = false;
    bool decided = false;
    for (const CaseRecord& c : loaded.value()) {
        for (const CaseEntry& e : c.entries) {
            signedEntry = signedEntry || e.recipientSigned;
            decided = decided || e.outcome == QStringLiteral("add");
        }
    }
    CHECK(signedEntry);
    CHECK(decided);
    CHECK(fx.engine.find(review.number)->outcome == QStringLiteral("add"));
}

namespace {

const QByteArray kReviewHeader =
    "number,type,office,name,id_number,phone,household_size,accepted_on,step,step_"
    "started_on,status,staff,note,outcome\n";

QByteArray reviewRow(const QString& number, int person, const QString& rest)
{
    return QStringLiteral("%1,dibao_review,township,王五,%2,13812345678,2,%3\n")
        .arg(number, caseIdNumber(person), rest)
        .toUtf8();
}

} // namespace

TEST_CASE("A year's review is imported from CSV with its decisions", "[relief][import]")
{
    CasesFixture fx;
    const QByteArray csv = kReviewHeader +
                           reviewRow(QStringLiteral("2026100001"), 11,
                                     QStringLiteral("2026-10-09,home_check,2026-10-12,open,wang,,")) +
                           reviewRow(QStringLiteral("2026100002"), 12,
                                     QStringLiteral("2026-09-01,6,2026-10-20,open,wang,,调整")) +
                           reviewRow(QStringLiteral("2026100003"), 13,
                                     QStringLiteral("2026-09-01,5,2026-10-20,completed,wang,,停保")) +
                           reviewRow(QStringLiteral("2026100004"), 14,
                                     QStringLiteral("2026-09-01,6,2026-10-20,completed,wang,,add"));
    const auto r = importCsv(fx, csv);
    REQUIRE_CASE_OK(r);
    CHECK(r.value() == 4);
    CHECK(fx.engine.find(QStringLiteral("2026100001"))->outcome.isEmpty());
    CHECK(fx.engine.find(QStringLiteral("2026100002"))->outcome == QStringLiteral("adjust"));
    const CaseRecord& stopped = *fx.engine.find(QStringLiteral("2026100003"));
    CHECK(stopped.outcome == QStringLiteral("stop"));
    CHECK(stopped.step == 4); // ended at the approval
    CHECK(progressOf(fx, stopped).payments.isEmpty());
    CHECK(progressOf(fx, *fx.engine.find(QStringLiteral("2026100004")))
              .nextZh.startsWith(QStringLiteral("审批结果：新增")));
    // The kiosk finds an imported review like any case.
    const auto found = fx.engine.lookup(LookupRequest{QStringLiteral("k"), caseIdNumber(13), kPhone, {}});
    REQUIRE_CASE_OK(found);
    CHECK(found->first().outcome == QStringLiteral("stop"));
}

TEST_CASE("A review row without its decision, or with one too early, refuses the whole file",
          "[relief][import]")
{
    const auto refusedAt = [](const QByteArray& bad, const QString& expected) {
        CasesFixture fx;
        const QByteArray csv =
            kReviewHeader +
            reviewRow(QStringLiteral("2026100001"), 11, QStringLiteral("2026-10-09,2,2026-10-12,open,,,")) +
            bad;
        const auto r = importCsv(fx, csv);
        REQUIRE_FALSE(r.ok());
        INFO(r.error().message.toStdString());
        CHECK(r.error().code == CaseErrorCode::ImportFailed);
        CHECK(r.error().message.startsWith(QStringLiteral("第3行：")));
        CHECK(r.error().message.contains(expected));
        CHECK(fx.engine.cases().isEmpty());
    };
    refusedAt(
        reviewRow(QStringLiteral("2026100002"), 12, QStringLiteral("2026-09-01,6,2026-10-20,open,wang,,")),
        QStringLiteral("须填写结果"));
    refusedAt(reviewRow(QStringLiteral("2026100002"), 12,
                        QStringLiteral("2026-09-01,6,2026-10-20,open,wang,,续保")),
              QStringLiteral("须填写结果"));
    refusedAt(reviewRow(QStringLiteral("2026100002"), 12,
                        QStringLiteral("2026-09-01,3,2026-10-20,open,wang,,停保")),
              QStringLiteral("尚未审批"));
    refusedAt(reviewRow(QStringLiteral("2026100002"), 12,
                        QStringLiteral("2026-09-01,6,2026-10-20,open,wang,,停保")),
              QStringLiteral("状态应为 completed"));
}
