// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The counter's 办件 page view-model (CaseWorkbench) against a real hall-service: accept, pass steps,
// the notice and permission refusals in words, find by number and by ID number.
#include "adminonscreen.h"
#include "caseworkbench.h"
#include "counterapp.h"
#include "counterfixture.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QQuickItem>
#include <QQuickWindow>

using namespace hall;
using namespace hall::test;
using namespace Qt::StringLiterals;

namespace {

const QString kId = u"110105195604020017"_s;

bool done(CaseWorkbench& b)
{
    return waitUntil([&] { return !b.actions()->busy(); });
}

} // namespace

TEST_CASE("办件 page: accept, pass steps, refusals in words, find", "[cases]")
{
    CounterFixture fx;
    const AdminRun granted = fx.hall.admin({u"case"_s, u"staff"_s, u"li"_s, u"rural_dibao"_s});
    REQUIRE(granted.exitCode == 0);
    REQUIRE(fx.hall.admin({u"case"_s, u"staff"_s, u"wang"_s, u"rural_dibao"_s}).exitCode == 0);
    auto c = fx.atWindow(u"counter-1"_s, u"li"_s, 1);
    CaseWorkbench bench;
    bench.setController(c.get());
    REQUIRE(waitUntil([&] { return bench.types().size() == 10; }));
    REQUIRE(bench.permittedTypes().size() == 1);
    CHECK(bench.permittedTypes().first().toMap().value(u"type"_s) == u"rural_dibao"_s);
    CHECK_FALSE(bench.offices().isEmpty());

    REQUIRE(bench.accept(u"rural_dibao"_s, u"township"_s, u"张秀英"_s, kId, u"13812345678"_s, 3, {}));
    REQUIRE(done(bench));
    INFO(bench.actions()->error().toStdString() << " " << bench.actions()->errorDetail().toStdString());
    REQUIRE(bench.actions()->errorCode().isEmpty());
    const QString number = bench.selected().value(u"number"_s).toString();
    CHECK(number == u"202601000001"_s);
    CHECK(bench.message() == u"已受理"_s);
    CHECK(bench.selected().value(u"applicantMasked"_s) == u"张*"_s);

    // 村委会入户调查 is joint: refused in words without the second staff member, passed with wang.
    REQUIRE(bench.advance(u"入户调查"_s));
    REQUIRE(done(bench));
    CHECK(bench.actions()->errorCode() == u"JOINT_STEP_INCOMPLETE"_s);
    CHECK(bench.actions()->error() == u"这一步须两名工作人员共同办理、共同签字"_s);
    for (int step = 1; step <= 2; ++step) {
        REQUIRE(bench.advance(u"第%1步完成"_s.arg(step + 1), step == 1 ? u"wang"_s : QString()));
        REQUIRE(done(bench));
        REQUIRE(bench.actions()->errorCode().isEmpty());
        CHECK(bench.selected().value(u"step"_s).toInt() == step + 1);
    }
    // 张榜公示 has to run seven days first.
    REQUIRE(bench.advance({}));
    REQUIRE(done(bench));
    CHECK(bench.actions()->errorCode() == u"NOTICE_RUNNING"_s);
    CHECK(bench.actions()->error() == u"公示期未满，不能进入下一步"_s);
    CHECK(bench.actions()->errorDetail().startsWith(u"公示期至"_s));
    CHECK(bench.selected().value(u"step"_s).toInt() == 3);

    const QVariantList history = bench.selected().value(u"history"_s).toList();
    REQUIRE(history.size() == 3);
    CHECK(history.last().toMap().value(u"staff"_s) == u"li"_s);
    CHECK(history.last().toMap().value(u"note"_s) == u"第3步完成"_s);

    // An objection during the notice: recorded, the case waits, refusals in words, then dismissed.
    REQUIRE(bench.recordObjection(u"村民反映家中有营运车辆"_s));
    REQUIRE(done(bench));
    INFO(bench.actions()->errorDetail().toStdString());
    REQUIRE(bench.actions()->errorCode().isEmpty());
    CHECK(bench.selected().value(u"status"_s) == u"objected"_s);
    CHECK(bench.selected().value(u"objection"_s) == u"村民反映家中有营运车辆"_s);
    CHECK(bench.message() == u"异议已登记，本件暂停"_s);
    REQUIRE(bench.advance({}));
    REQUIRE(done(bench));
    CHECK(bench.actions()->errorCode() == u"OBJECTION_PENDING"_s);
    CHECK(bench.actions()->error() == u"公示期间收到异议，须先核实处理"_s);
    REQUIRE(bench.resolveObjection(false, u"经核实车辆已转让"_s));
    REQUIRE(done(bench));
    REQUIRE(bench.actions()->errorCode().isEmpty());
    CHECK(bench.selected().value(u"status"_s) == u"open"_s);
    CHECK(bench.message() == u"异议不成立，继续办理"_s);

    // Not permitted: urban 低保 was not granted to li.
    REQUIRE(bench.accept(u"urban_dibao"_s, u"center"_s, u"李四"_s, kId, u"13812345678"_s, 1, {}));
    REQUIRE(done(bench));
    CHECK(bench.actions()->errorCode() == u"NOT_PERMITTED"_s);

    REQUIRE(bench.find(kId));
    REQUIRE(waitUntil([&] { return bench.found().size() == 1; }));
    CHECK(bench.found().first().toMap().value(u"number"_s) == number);
    REQUIRE(bench.find(u"209901000001"_s));
    REQUIRE(waitUntil([&] { return bench.actions()->errorCode() == u"UNKNOWN_CASE"_s; }));
    CHECK(bench.found().isEmpty());
}

TEST_CASE("办件 page on screen: the tab, a case accepted and passed, its steps and history",
          "[cases][frontend]")
{
    CounterFixture fx;
    REQUIRE(fx.hall.admin({u"case"_s, u"staff"_s, u"wang"_s, u"*"_s}).exitCode ==
            0); // the joint step's partner
    const auto shown = adminOnScreen(fx, 0, u"cases"_s);
    CounterApp& app = *shown;
    const auto benches = app.window()->findChildren<CaseWorkbench*>();
    REQUIRE(benches.size() == 1);
    CaseWorkbench* bench = benches.first();
    REQUIRE(
        waitUntil([&] { return bench->permittedTypes().size() == 10; })); // an admin may handle every type
    REQUIRE(bench->accept(u"urban_dibao"_s, u"center"_s, u"李建国"_s, kId, u"13812345678"_s, 2, {}));
    REQUIRE(done(*bench));
    // The joint step's second staff member is typed in the page's field; Enter passes the step.
    QQuickItem* second = nullptr;
    REQUIRE(waitUntil([&] { return (second = onScreen(app, u"caseSecondStaff"_s)) != nullptr; }));
    second->setProperty("text", u"wang"_s);
    REQUIRE(QMetaObject::invokeMethod(second, "accepted"));
    REQUIRE(done(*bench));
    INFO(bench->actions()->errorDetail().toStdString());
    REQUIRE(bench->actions()->errorCode().isEmpty());
    CHECK(bench->selected().value(u"history"_s).toList().last().toMap().value(u"secondStaff"_s) == u"wang"_s);
    QQuickItem* state = nullptr;
    REQUIRE(waitUntil([&] { return (state = onScreen(app, u"caseState"_s)) != nullptr; }));
    CHECK(state->property("text").toString().startsWith(u"当前：第3步 民主评议"_s));
    if (const QString dir = qEnvironmentVariable("HALL_CASE_SCREENSHOTS"); !dir.isEmpty()) {
        waitUntil([] { return false; }, 300); // let the scene graph settle
        CHECK(app.window()->grabWindow().save(dir + u"/counter-cases-desk.png"_s));
    }
}

TEST_CASE("办件 page on screen: a relief case handed over against signature, a review decided 停保",
          "[cases][frontend]")
{
    CounterFixture fx;
    // The year's list from the old system: a relief case at 签名发放, a review waiting for its approval.
    WsClient admin;
    REQUIRE(admin.open(fx.hall.url()));
    REQUIRE(ok(admin.hello(u"admin"_s, u"admin-1"_s, fx.tokens.value(u"admin-1"_s))));
    const QString csv =
        u"number,type,office,name,id_number,phone,household_size,accepted_on,step,step_started_on,status,"
        "staff,note,outcome\n"
        "2026090001,disaster_relief,township,陈玉兰,110105196203180022,13600002222,4,2026-11-09,handover,"
        "2026-11-20,open,zhao,,\n"
        "2026100002,dibao_review,township,刘德福,110105195809110016,13500003333,2,2026-09-01,approval,"
        "2026-11-20,open,zhao,,\n"_s;
    const QJsonObject imported = admin.call(u"case.import"_s, {{u"csv"_s, csv}});
    INFO(QJsonDocument(imported).toJson().toStdString());
    REQUIRE(ok(imported));

    const auto shown = adminOnScreen(fx, 0, u"cases"_s);
    CounterApp& app = *shown;
    CaseWorkbench* bench = app.window()->findChildren<CaseWorkbench*>().first();
    REQUIRE(waitUntil([&] { return bench->permittedTypes().size() == 10; }));

    REQUIRE(bench->find(u"2026090001"_s));
    REQUIRE(waitUntil([&] { return bench->selected().value(u"number"_s) == u"2026090001"_s; }));
    QQuickItem* signedBox = nullptr;
    REQUIRE(waitUntil([&] { return (signedBox = onScreen(app, u"caseRecipientSigned"_s)) != nullptr; }));
    QQuickItem* pass = onScreen(app, u"caseAdvance"_s);
    REQUIRE(pass != nullptr);
    CHECK_FALSE(pass->property("enabled").toBool()); // not before the recipient has signed
    signedBox->setProperty("checked", true);
    REQUIRE(waitUntil([&] { return pass->property("enabled").toBool(); }));
    if (const QString dir = qEnvironmentVariable("HALL_CASE_SCREENSHOTS"); !dir.isEmpty()) {
        waitUntil([] { return false; }, 300);
        CHECK(app.window()->grabWindow().save(dir + u"/counter-cases-relief.png"_s));
    }
    // The view-model without the signature: refused in words, nothing handed over.
    REQUIRE(bench->advance({}, {}, {}, false));
    REQUIRE(done(*bench));
    CHECK(bench->actions()->errorCode() == u"INVALID_ARGUMENT"_s);
    CHECK(bench->actions()->errorDetail().contains(u"领取人当面签名"_s));
    QMetaObject::invokeMethod(pass, "clicked");
    REQUIRE(waitUntil([&] { return bench->selected().value(u"status"_s) == u"completed"_s; }));
    const QVariantMap handover = bench->selected().value(u"history"_s).toList().last().toMap();
    CHECK(handover.value(u"recipientSigned"_s).toBool());
    CHECK(handover.value(u"staff"_s).toString() == u"admin:admin-1"_s);

    // The review: one button per decision; 停保 ends it.
    REQUIRE(bench->find(u"2026100002"_s));
    REQUIRE(waitUntil([&] { return bench->selected().value(u"number"_s) == u"2026100002"_s; }));
    QQuickItem* stop = nullptr;
    REQUIRE(waitUntil([&] { return (stop = onScreen(app, u"caseOutcome_stop"_s)) != nullptr; }));
    CHECK(onScreen(app, u"caseOutcome_add"_s) != nullptr);
    CHECK(onScreen(app, u"caseOutcome_adjust"_s) != nullptr);
    CHECK(onScreen(app, u"caseAdvance"_s) == nullptr);
    QMetaObject::invokeMethod(stop, "clicked");
    REQUIRE(waitUntil([&] { return bench->selected().value(u"status"_s) == u"completed"_s; }));
    CHECK(bench->selected().value(u"outcome"_s).toMap().value(u"nameZh"_s) == u"停保"_s);
    CHECK(bench->selected().value(u"payments"_s).toList().isEmpty());
}
