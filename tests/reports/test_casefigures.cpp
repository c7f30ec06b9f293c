// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Cases in a report: accepted and closed in the period, open and overdue on the day, and per step
// the days taken (counted as the step counts them) and the steps finished after their deadline.
// rural_dibao's step 1 (村委会入户调查) has a deadline of 10 working days; November and December
// 2026 have no public holidays. The survey is a joint step: two staff sign it (li and wang).
#include "casefigures.h"
#include "casesfixture.h"

using namespace hall;
using namespace hall::reports;
using namespace hall::test;

TEST_CASE("case figures: accepted, closed, open, overdue, and days per step", "[reports][cases]")
{
    CasesFixture f; // Tuesday 24 November 2026
    const QString rural = QStringLiteral("rural_dibao");
    const CaseRecord quick = f.accept(rural, 1);
    const CaseRecord slow = f.accept(rural, 2);
    const CaseRecord withdrawn = f.accept(rural, 3);
    const CaseRecord stuck = f.accept(rural, 4);
    REQUIRE(quick.step == 1);
    f.goTo(QDate(2026, 11, 27)); // 3 working days after the 24th
    REQUIRE_CASE_OK(f.engine.advance(quick.number, 1, QStringLiteral("li"), {}, QStringLiteral("wang")));
    f.goTo(QDate(2026, 11, 30));
    REQUIRE_CASE_OK(f.engine.withdraw(withdrawn.number, QStringLiteral("li"), {}));
    f.goTo(QDate(2026, 12, 11)); // 13 working days: past the deadline of 8 December
    REQUIRE_CASE_OK(f.engine.advance(slow.number, 1, QStringLiteral("li"), {}, QStringLiteral("wang")));

    const QDate today(2026, 12, 15);
    const CaseReport r = caseReport(f.engine.cases(), f.engine.config(), f.engine.calendar(),
                                    QDate(2026, 11, 1), QDate(2026, 12, 31), today);
    const CaseTypeCounts& counts = r.byType.at(rural);
    CHECK(counts.accepted == 4);
    CHECK(counts.withdrawn == 1);
    CHECK(counts.completed == 0);
    CHECK(counts.open == 3);
    // stuck is still at step 1 (deadline 8 December); quick has been at step 2 since 27 November
    // (deadline 11 December); slow reached step 2 on 11 December.
    CHECK(counts.overdue == 2);
    // Other workflows are listed, empty.
    CHECK(r.byType.at(QStringLiteral("urban_dibao")) == CaseTypeCounts{});

    const auto step = [&](int index) {
        for (const StepFigures& s : r.steps) {
            if (s.type == rural && s.step == index) {
                return s;
            }
        }
        FAIL("no step");
        return StepFigures{};
    };
    const StepFigures survey = step(1);
    CHECK(survey.nameZh == f.engine.config().workflow(rural)->steps.at(1).nameZh);
    CHECK(survey.done == 2);
    CHECK(survey.meanDays == Approx((3 + 13) / 2.0));
    CHECK(survey.late == 1);
    CHECK(survey.current == 1);
    CHECK(survey.overdue == 1);
    const StepFigures review = step(2);
    CHECK(review.done == 0);
    CHECK(review.current == 2);
    CHECK(review.overdue == 1);
    CHECK(stuck.number != quick.number);

    // Only what happened in the period counts as accepted, done or closed.
    const CaseReport december = caseReport(f.engine.cases(), f.engine.config(), f.engine.calendar(),
                                           QDate(2026, 12, 1), QDate(2026, 12, 31), today);
    CHECK(december.byType.at(rural).accepted == 0);
    CHECK(december.byType.at(rural).withdrawn == 0);
    CHECK(december.byType.at(rural).open == 3);
    for (const StepFigures& s : december.steps) {
        if (s.type == rural && s.step == 1) {
            CHECK(s.done == 1);
            CHECK(s.meanDays == Approx(13));
        }
    }
}
