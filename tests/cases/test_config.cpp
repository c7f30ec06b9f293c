// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casesfixture.h"

using namespace hall;
using namespace hall::test;

namespace {

QStringList stepNames(const WorkflowDef& w)
{
    QStringList out;
    for (const StepDef& s : w.steps) {
        out << s.nameZh;
    }
    return out;
}

} // namespace

TEST_CASE("The built-in set holds the ten workflows of the hall", "[config]")
{
    const CasesConfig c = defaultCasesConfig();
    QStringList types;
    for (const WorkflowDef& w : c.workflows) {
        types << w.nameZh;
    }
    CHECK(types == QStringList{QStringLiteral("农村低保"), QStringLiteral("城市低保"),
                               QStringLiteral("特困人员供养"), QStringLiteral("临时救助"),
                               QStringLiteral("医疗救助"), QStringLiteral("老年人优待证"),
                               QStringLiteral("高龄津贴"), QStringLiteral("残疾人两项补贴"),
                               QStringLiteral("受灾人员救助"), QStringLiteral("低保年审")});
    CHECK_FALSE(c.offices.isEmpty());
    CHECK(c.limits.maxFailures == 5);
    CHECK(c.limits.windowMinutes == 10);
    CHECK(c.calendar == HallCalendar::builtIn()); // the hall calendar; the service puts in its own
    CHECK_FALSE(parseCasesConfig(R"({"holidays": {"closed": ["2027-01-01"]}})").ok());
}

TEST_CASE("Rural 低保 has the ten steps of the county's procedure, in order", "[config]")
{
    const CasesConfig c = defaultCasesConfig(); // kept: the workflow refers into it
    const WorkflowDef& w = *c.workflow(QStringLiteral("rural_dibao"));
    CHECK(stepNames(w) == QStringList{QStringLiteral("户主申请"), QStringLiteral("村委会入户调查"),
                                      QStringLiteral("村民代表民主评议"), QStringLiteral("张榜公示"),
                                      QStringLiteral("乡镇审核"), QStringLiteral("张榜公示"),
                                      QStringLiteral("县城乡社会救助管理局审批"), QStringLiteral("张榜公示"),
                                      QStringLiteral("发放《农村居民最低生活保障领取证》"),
                                      QStringLiteral("发放低保金")});
    CHECK(w.approvalStep() == 6);
    for (int i : {3, 5, 7}) {
        CHECK(w.steps.at(i).kind == StepKind::Notice);
        CHECK(w.steps.at(i).days == 7);
        CHECK(w.steps.at(i).dayKind == DayKind::Calendar);
    }
    CHECK(w.payment.frequency == PaymentFrequency::Monthly);
    CHECK(w.payment.dayOfMonth == 10);
}

TEST_CASE("Urban 低保, temporary aid and the elderly workflows follow the digest", "[config]")
{
    const CasesConfig c = defaultCasesConfig();
    CHECK(stepNames(*c.workflow(QStringLiteral("urban_dibao"))) ==
          QStringList{QStringLiteral("申请"), QStringLiteral("入户调查"), QStringLiteral("民主评议"),
                      QStringLiteral("审核"), QStringLiteral("公示"), QStringLiteral("审批")});
    CHECK(c.workflow(QStringLiteral("urban_dibao"))->refusalNoticeDays == 3);
    CHECK(stepNames(*c.workflow(QStringLiteral("temporary_aid"))) ==
          QStringList{QStringLiteral("申请"), QStringLiteral("乡镇核实"), QStringLiteral("审批"),
                      QStringLiteral("发放")});
    CHECK(stepNames(*c.workflow(QStringLiteral("elderly_card"))) ==
          QStringList{QStringLiteral("申请"), QStringLiteral("审核"), QStringLiteral("审批"),
                      QStringLiteral("制证")});
    for (const QString& t : {QStringLiteral("high_age_allowance"), QStringLiteral("disability_subsidies")}) {
        CHECK(stepNames(*c.workflow(t)) == QStringList{QStringLiteral("申请"), QStringLiteral("审核"),
                                                       QStringLiteral("审批"), QStringLiteral("发放")});
        CHECK(c.workflow(t)->payment.frequency == PaymentFrequency::Monthly);
    }
    CHECK(c.workflow(QStringLiteral("elderly_card"))->payment.frequency == PaymentFrequency::None);
}

TEST_CASE("A broken configuration names every problem with its path", "[config]")
{
    const auto r = parseCasesConfig(R"({
      "offices": [ { "id": "a", "nameZh": "甲" } ],
      "workflows": [
        { "type": "x", "code": "1", "nameZh": "某",
          "steps": [ { "id": "s", "nameZh": "审核", "kind": "task" },
                     { "id": "s", "nameZh": "公示", "kind": "notice", "dayKind": "weeks" } ] } ] })");
    REQUIRE_FALSE(r.ok());
    const QString m = r.error().message;
    CHECK(r.error().code == CaseErrorCode::InvalidArgument);
    CHECK(m.contains(QStringLiteral("workflows[0].code must be two digits")));
    CHECK(
        m.contains(QStringLiteral("workflows[0].steps[0]: the first step, and only it, is the application")));
    CHECK(m.contains(QStringLiteral("workflows[0].steps[1].id \"s\" is used twice")));
    CHECK(m.contains(QStringLiteral("workflows[0].steps[1].dayKind must be working or calendar")));
    CHECK(m.contains(QStringLiteral("workflows[0].steps[1]: a notice needs days >= 1")));
    CHECK(m.contains(QStringLiteral("workflows[0] needs exactly one approval step")));
    CHECK_FALSE(parseCasesConfig("[1,2]").ok());
}
