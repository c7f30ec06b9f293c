// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseprogress.h"
#include "casesfixture.h"

using namespace hall;
using namespace hall::test;

namespace {

CaseProgress progressOf(const CasesFixture& fx, const CaseRecord& c)
{
    return caseProgress(c, *fx.engine.config().workflow(c.type), fx.engine.calendar(), fx.engine.today());
}

} // namespace

TEST_CASE("Rural 低保 through all ten steps, across the National Day holidays", "[workflow]")
{
    CasesFixture fx(at(QDate(2026, 9, 14), 9)); // a Monday
    const CaseRecord accepted = fx.accept(QStringLiteral("rural_dibao"), 1, QStringLiteral("clerk"));
    CHECK(accepted.number == QStringLiteral("202601000001"));
    CHECK(accepted.step == 1);

    // The plan as the kiosk shows it on the day of acceptance: working-day steps skip 25–27 September
    // and the National Day week, count the worked Sunday 20 September and Saturday 10 October; the
    // first notice would end on 5 October (holiday) and so runs until 8 October.
    const CaseProgress plan = progressOf(fx, accepted);
    REQUIRE(plan.steps.size() == 10);
    CHECK(plan.steps.at(0).state == StepState::Done);
    CHECK(plan.steps.at(0).doneOn == QDate(2026, 9, 14));
    CHECK(plan.steps.at(1).state == StepState::Current);
    CHECK(plan.steps.at(1).deadline == QDate(2026, 9, 28)); // 10 working days
    const QList<QDate> ends{QDate(2026, 9, 20),  QDate(2026, 9, 28),  QDate(2026, 10, 8),
                            QDate(2026, 10, 22), QDate(2026, 10, 29), QDate(2026, 11, 13),
                            QDate(2026, 11, 20), QDate(2026, 11, 30), QDate(2026, 12, 10)};
    for (int i = 1; i < 10; ++i) {
        INFO("step " << i);
        CHECK(plan.steps.at(i).expectedEnd == ends.at(i - 1));
    }
    CHECK(plan.steps.at(4).expectedStart == QDate(2026, 10, 9)); // the day after the notice
    CHECK(plan.expectedCompletion == QDate(2026, 12, 10));       // the first payment
    CHECK(plan.nextZh == QStringLiteral("工作人员将入户调查，请保持电话畅通"));

    // Nine more steps, each done by a different member of staff on its planned day.
    QString number = accepted.number;
    for (int step = 1; step < 10; ++step) {
        INFO("step " << step);
        const CaseRecord& now = *fx.engine.find(number);
        const StepDef& def = fx.engine.config().workflow(now.type)->steps.at(step);
        const QDate end = progressOf(fx, now).steps.at(step).expectedEnd;
        if (def.kind == StepKind::Notice) {
            fx.goTo(end);
            CHECK(progressOf(fx, now).nextZh ==
                  QStringLiteral("公示期至%1月%2日").arg(end.month()).arg(end.day()));
            REQUIRE_CASE_REFUSED(fx, fx.engine.advance(number, step, QStringLiteral("s%1").arg(step), {}),
                                 CaseErrorCode::NoticeRunning);
            fx.goTo(fx.engine.calendar().workingDayOnOrAfter(end.addDays(1)));
        } else {
            fx.goTo(end);
        }
        auto r = fx.engine.advance(number, step, QStringLiteral("s%1").arg(step),
                                   QStringLiteral("第%1步").arg(step),
                                   def.joint ? QStringLiteral("partner") : QString());
        REQUIRE_CASE_OK(r);
        CHECK(r->step == (step < 9 ? step + 1 : 9));
    }
    const CaseRecord& done = *fx.engine.find(number);
    CHECK(done.status == CaseStatus::Completed);
    CHECK(done.approvedOn == QDate(2026, 11, 13));
    CHECK(done.closedOn == QDate(2026, 12, 10));
    REQUIRE(done.entries.size() == 10);
    CHECK(done.entries.at(0).action == CaseAction::Accepted);
    CHECK(done.entries.at(0).staff == QStringLiteral("clerk"));
    for (int i = 1; i < 10; ++i) {
        CHECK(done.entries.at(i).step == i);
        CHECK(done.entries.at(i).action == CaseAction::Approved);
        CHECK(done.entries.at(i).staff == QStringLiteral("s%1").arg(i));
        CHECK(done.entries.at(i).note == QStringLiteral("第%1步").arg(i));
    }
    const CaseProgress final = progressOf(fx, done);
    CHECK(final.payments == QList<QDate>{QDate(2026, 12, 10), QDate(2027, 1, 10), QDate(2027, 2, 10)});
    CHECK(final.nextZh == QStringLiteral("已批准，下次发放：12月10日"));
    for (const StepProgress& s : final.steps) {
        CHECK(s.state == StepState::Done);
    }
    CHECK_FALSE(final.expectedCompletion.isValid());
}

TEST_CASE("Every built-in workflow runs in its configured order to completion", "[workflow]")
{
    CasesFixture fx;
    int person = 10;
    for (const WorkflowDef& w : fx.engine.config().workflows) {
        INFO(w.type.toStdString());
        fx.goTo(QDate(2026, 11, 24));
        const CaseRecord c = fx.accept(w.type, ++person);
        CHECK(c.number.startsWith(QStringLiteral("2026") + w.code));
        const QDate expected = progressOf(fx, c).expectedCompletion;
        CHECK(expected > c.acceptedOn);
        for (int step = 1; step < w.steps.size(); ++step) {
            const CaseRecord& now = *fx.engine.find(c.number);
            const QDate end = progressOf(fx, now).steps.at(step).expectedEnd;
            const bool notice = w.steps.at(step).kind == StepKind::Notice;
            fx.goTo(notice ? fx.engine.calendar().workingDayOnOrAfter(end.addDays(1)) : end);
            // One account per step (谁调查谁负责，谁审批谁负责), two on joint steps.
            REQUIRE_CASE_OK(fx.engine.advance(c.number, step, QStringLiteral("s%1").arg(step), {},
                                              w.steps.at(step).joint ? QStringLiteral("partner") : QString(),
                                              passFor(w.steps.at(step))));
        }
        const CaseRecord& done = *fx.engine.find(c.number);
        CHECK(done.status == CaseStatus::Completed);
        // Done on the planned days, the case ends on the date promised at acceptance.
        CHECK(done.closedOn == expected);
        CHECK(done.approvedOn.isValid());
        QList<int> steps;
        for (const CaseEntry& e : done.entries) {
            steps << e.step;
        }
        QList<int> inOrder;
        for (int i = 0; i < w.steps.size(); ++i) {
            inOrder << i;
        }
        CHECK(steps == inOrder);
        CHECK(progressOf(fx, done).payments.isEmpty() ==
              (w.payment.frequency != PaymentFrequency::Monthly &&
               w.payment.frequency != PaymentFrequency::Quarterly));
    }
}

TEST_CASE("Case numbers are digits only and count per type and year", "[workflow]")
{
    CasesFixture fx;
    CHECK(fx.accept(QStringLiteral("urban_dibao"), 1).number == QStringLiteral("202602000001"));
    CHECK(fx.accept(QStringLiteral("urban_dibao"), 2).number == QStringLiteral("202602000002"));
    CHECK(fx.accept(QStringLiteral("elderly_card"), 3).number == QStringLiteral("202606000001"));
}

TEST_CASE("A refusal is explained in writing within 3 working days", "[workflow]")
{
    CasesFixture fx(at(QDate(2026, 9, 29), 9));
    const CaseRecord c = fx.accept(QStringLiteral("urban_dibao"));
    fx.goTo(QDate(2026, 9, 30));
    auto r =
        fx.engine.refuse(c.number, 1, QStringLiteral("家庭人均收入高于当地低保标准"), QStringLiteral("wang"));
    REQUIRE_CASE_OK(r);
    CHECK(r->status == CaseStatus::Refused);
    const CaseProgress p = progressOf(fx, r.value());
    CHECK(p.refusalNoticeBy == QDate(2026, 10, 10)); // 8, 9 and the worked Saturday 10 October
    CHECK(p.nextZh == QStringLiteral("申请未获批准，书面说明将于10月10日前送达"));
    CHECK(p.steps.at(1).state == StepState::NotReached);
    CHECK_FALSE(p.expectedCompletion.isValid());
    CHECK(r->entries.last().staff == QStringLiteral("wang"));
    CHECK(r->entries.last().note == QStringLiteral("家庭人均收入高于当地低保标准"));
}
