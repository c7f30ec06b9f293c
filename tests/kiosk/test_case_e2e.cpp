// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// End to end, 办理进度查询: a real hall-service holding the sample export (hall-admin case import),
// the kiosk's pages offscreen in this process, touches as a resident makes them. The resident finds
// their cases, a member of staff passes a step and the kiosk shows it, a slip is printed with the
// case number as its only QR content, a miss is neutral, and the idle timer forgets everything.
#include "caselookupflow.h"
#include "casescreenshots.h"
#include "client/serviceclient.h"
#include "hallprocess.h"
#include "idcard/simulatedidcardreader.h"
#include "kioskapp.h"
#include "kioskshell.h"
#include "printer/simulatedprinter.h"
#include "qr/codescanner.h"
#include "touchscript.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>

using namespace hall;
using namespace Qt::StringLiterals;
using hall::test::waitUntil;

namespace {

const QString kId = u"110105195604020017"_s; // 张秀英 in tests/cases/sample-cases.csv
const QString kPhone = u"13812345678"_s;

QString textOf(TouchScript& touch, const QString& name)
{
    QQuickItem* item = touch.find(name);
    return item != nullptr ? item->property("text").toString() : QString();
}

/// Runs one op as the admin device (which may act on every case type).
ServiceReply asAdmin(test::HallProcess& hall, const QString& token, const QString& op,
                     const QJsonObject& args)
{
    ServiceClient::Options o;
    o.url = hall.url();
    o.role = u"admin"_s;
    o.device = u"admin-1"_s;
    o.token = token;
    o.subscribe = false;
    ServiceClient admin(o);
    admin.start();
    std::optional<ServiceReply> reply;
    admin.request(op, args, [&](const ServiceReply& r) { reply = r; });
    REQUIRE(waitUntil([&] { return reply.has_value(); }));
    return *reply;
}

} // namespace

TEST_CASE("status lookup: cases and timeline, a step passed at the counter, slip, neutral miss, idle")
{
    test::HallProcess hall;
    const QString token = hall.addDevice(u"kiosk"_s, u"kiosk-1"_s);
    const QString adminToken = hall.addDevice(u"admin"_s, u"admin-1"_s);
    const test::AdminRun imported = hall.admin({u"case"_s, u"import"_s, QStringLiteral(HALL_CASES_SAMPLE)});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    REQUIRE(hall.start());

    QTemporaryDir paper;
    KioskOptions options;
    options.url = hall.url();
    options.token = token;
    options.printer = {{u"backend"_s, u"simulated"_s}, {u"outputDir"_s, paper.path()}};
    options.journey.idleTimeoutMs = 10000; // long enough for a loaded machine between touches
    if (const QStringList size = qEnvironmentVariable("HALL_CASE_SCREENSHOTS_SIZE").split(u'x');
        size.size() == 2) {
        options.windowSize = QSize(size.at(0).toInt(), size.at(1).toInt()); // landscape screenshots
    }
    KioskApp app(options);
    REQUIRE(app.load());
    app.start();
    KioskShell* kiosk = app.controller();
    CaseLookupFlow* flow = app.cases();
    REQUIRE(waitUntil([&] { return kiosk->serviceAvailable(); }));
    REQUIRE(waitUntil([&] { return app.printer()->isReady(); }));
    TouchScript touch(app.window());
    const auto tap = [&](const QString& name) {
        INFO("tapping " << name.toStdString());
        REQUIRE(touch.tapWhenReady(name));
    };
    const auto type = [&](const QString& digits) {
        for (const QChar c : digits) {
            tap(u"key_"_s + c);
        }
    };
    const auto lookUp = [&](const QString& phone) {
        type(kId);
        tap(u"key_accept"_s);
        type(phone);
        tap(u"caseSubmit"_s);
        REQUIRE(waitUntil([&] { return flow->step() != CaseLookupFlow::Step::Enter && !flow->isBusy(); }));
    };

    tap(u"statusEntry"_s);
    REQUIRE(kiosk->page() == KioskShell::Page::Cases);
    type(kId.left(14));
    // The birth date never shows while typing.
    QString shown = touch.find(u"caseIdField"_s)->property("value").toString();
    CHECK(shown.remove(u' ').startsWith(u"110105********"_s));
    CHECK_FALSE(shown.contains(u"19560402"_s));
    type(kId.mid(14));
    tap(u"key_accept"_s);
    type(kPhone);
    tap(u"caseSubmit"_s);
    REQUIRE(waitUntil([&] { return flow->step() == CaseLookupFlow::Step::Results; }));

    CaseModel* cases = flow->cases();
    REQUIRE(cases->rowCount() == 2);
    const QModelIndex rural = cases->index(0);
    CHECK(cases->data(rural, CaseModel::TypeNameRole).toString() == u"农村低保"_s);
    CHECK(cases->data(rural, CaseModel::CurrentStepRole).toString() == u"乡镇审核"_s);
    CHECK(cases->data(rural, CaseModel::ApplicantRole).toString() == u"张* 110***********0017"_s);
    CHECK(textOf(touch, u"caseNext_0"_s) == u"暂无需您办理，正在乡镇审核"_s);
    CHECK(cases->data(cases->index(1), CaseModel::StatusRole).toString() == u"completed"_s);
    CHECK(cases->data(cases->index(1), CaseModel::PaymentsTextRole)
              .toString()
              .startsWith(u"发放日期：12月10日"_s));
    const QVariantList steps = cases->data(rural, CaseModel::StepsRole).toList();
    REQUIRE(steps.size() == 10);
    CHECK(steps.at(4).toMap().value(u"state"_s) == u"current"_s);
    CHECK(steps.at(5).toMap().value(u"date"_s).toString().startsWith(u"预计"_s));

    // The slip: printed, and its QR code holds the case number and nothing else.
    tap(u"casePrint_0"_s);
    REQUIRE(waitUntil([&] { return flow->printNote() == u"已打印，请取走凭条"_s; }));
    SimulatedPrinter* device = app.simulatedPrinter();
    REQUIRE(device != nullptr);
    CHECK(CodeScanner::decode(QImage(device->lastSavedFile())) == u"2026010001"_s);

    // Staff pass 乡镇审核; the resident asks again and sees the notice with its end.
    const ServiceReply advanced =
        asAdmin(hall, adminToken, u"case.advance"_s, {{u"number"_s, u"2026010001"_s}, {u"step"_s, 4}});
    INFO(advanced.errorMessage.toStdString());
    REQUIRE(advanced.ok);
    tap(u"caseAgain"_s);
    REQUIRE(flow->step() == CaseLookupFlow::Step::Enter);
    // 查询其他 is for the next person at the kiosk: the ID goes too (it once stayed).
    CHECK(flow->idInput()->isEmpty());
    CHECK(flow->second().isEmpty());
    CHECK_FALSE(flow->canSubmit());
    lookUp(kPhone);
    REQUIRE(flow->step() == CaseLookupFlow::Step::Results);
    CHECK(cases->data(cases->index(0), CaseModel::CurrentStepRole).toString() == u"张榜公示"_s);
    CHECK(textOf(touch, u"caseNext_0"_s) == u"公示期至12月1日"_s);

    // An objection received during that notice stops the case: the resident is told neutrally.
    const ServiceReply objected =
        asAdmin(hall, adminToken, u"case.objection"_s,
                {{u"number"_s, u"2026010001"_s}, {u"step"_s, 5}, {u"note"_s, u"邻居反映家中有营运车辆"_s}});
    INFO(objected.errorMessage.toStdString());
    REQUIRE(objected.ok);
    tap(u"caseAgain"_s); // the ID is asked again (查询其他 forgets it)
    lookUp(kPhone);
    REQUIRE(flow->step() == CaseLookupFlow::Step::Results);
    CHECK(cases->data(cases->index(0), CaseModel::StatusTextRole).toString() == u"核实中"_s);
    CHECK(textOf(touch, u"caseNext_0"_s).contains(u"核实"_s));
    CHECK_FALSE(textOf(touch, u"caseNext_0"_s).contains(u"车辆"_s));

    // A wrong phone: the one neutral message.
    tap(u"caseAgain"_s);
    lookUp(u"13900000000"_s);
    REQUIRE(flow->step() == CaseLookupFlow::Step::Refused);
    CHECK(flow->errorCode() == u"NO_MATCH"_s);
    CHECK(textOf(touch, u"caseRefusalMessage"_s) == u"未查到匹配的办理记录"_s);

    // The resident walks away: home, nothing entered is kept.
    REQUIRE(waitUntil([&] { return kiosk->page() == KioskShell::Page::Home; }, 25000));
    CHECK(flow->idInput()->isEmpty());
    CHECK(flow->second().isEmpty());
    CHECK(flow->cases()->rowCount() == 0);
    CHECK(flow->step() == CaseLookupFlow::Step::Enter);

    // Screenshots of the same pages, when asked for (docs/screenshots/kiosk-cases-*.png).
    if (const QString dir = qEnvironmentVariable("HALL_CASE_SCREENSHOTS"); !dir.isEmpty()) {
        CHECK(shootCaseScenes(app, dir, qEnvironmentVariable("HALL_CASE_SCREENSHOTS_RUN", u"portrait"_s)) ==
              0);
    }
}

TEST_CASE("status lookup of a relief case: handed over against signature at the counter, then seen done",
          "[frontend]")
{
    test::HallProcess hall;
    const QString token = hall.addDevice(u"kiosk"_s, u"kiosk-1"_s);
    const QString adminToken = hall.addDevice(u"admin"_s, u"admin-1"_s);
    REQUIRE(hall.admin({u"case"_s, u"import"_s, QStringLiteral(HALL_CASES_SAMPLE)}).exitCode == 0);
    REQUIRE(hall.start());
    KioskOptions options;
    options.url = hall.url();
    options.token = token;
    options.journey.idleTimeoutMs = 10000;
    KioskApp app(options);
    REQUIRE(app.load());
    app.start();
    REQUIRE(waitUntil([&] { return app.controller()->serviceAvailable(); }));
    CaseLookupFlow* flow = app.cases();
    TouchScript touch(app.window());
    const auto tap = [&](const QString& name) {
        INFO("tapping " << name.toStdString());
        REQUIRE(touch.tapWhenReady(name));
    };
    const auto lookUp = [&] {
        for (const QChar c : u"110105196203180022"_s + u"!"_s + u"2026090001"_s) {
            tap(c == u'!' ? u"key_accept"_s : u"key_"_s + c);
            if (c == u'!') {
                tap(u"caseByNumber"_s);
            }
        }
        tap(u"caseSubmit"_s);
        REQUIRE(waitUntil([&] { return flow->step() == CaseLookupFlow::Step::Results && !flow->isBusy(); }));
    };
    tap(u"statusEntry"_s);
    lookUp();
    CaseModel* cases = flow->cases();
    REQUIRE(cases->rowCount() == 1);
    CHECK(cases->data(cases->index(0), CaseModel::TypeNameRole).toString() == u"受灾人员救助"_s);
    CHECK(cases->data(cases->index(0), CaseModel::CurrentStepRole).toString() == u"签名发放"_s);
    CHECK(textOf(touch, u"caseNext_0"_s) == u"请本人携带身份证到民政办签名领取救助款物"_s);
    QStringList names;
    for (const QVariant& step : cases->data(cases->index(0), CaseModel::StepsRole).toList()) {
        names << step.toMap().value(u"name"_s).toString();
    }
    CHECK(names == QStringList{u"申请"_s, u"核查"_s, u"张榜公示"_s, u"审批"_s, u"签名发放"_s});

    // At the counter: without the recipient's signature nothing is handed over.
    const QJsonObject handOver{{u"number"_s, u"2026090001"_s}, {u"step"_s, 4}};
    const ServiceReply unsigned_ = asAdmin(hall, adminToken, u"case.advance"_s, handOver);
    CHECK_FALSE(unsigned_.ok);
    CHECK(unsigned_.errorCode == u"INVALID_ARGUMENT"_s);
    CHECK(unsigned_.errorMessage.contains(u"领取人当面签名"_s));
    QJsonObject signed_ = handOver;
    signed_.insert(u"recipientSigned"_s, true);
    const ServiceReply done = asAdmin(hall, adminToken, u"case.advance"_s, signed_);
    INFO(done.errorMessage.toStdString());
    REQUIRE(done.ok);
    const QJsonObject view = done.result.value(u"case"_s).toObject();
    CHECK(view.value(u"status"_s).toString() == u"completed"_s);
    CHECK(view.value(u"history"_s).toArray().last().toObject().value(u"recipientSigned"_s).toBool());

    tap(u"caseAgain"_s);
    tap(u"caseIdField"_s);
    tap(u"key_clear"_s);
    lookUp();
    CHECK(cases->data(cases->index(0), CaseModel::StatusRole).toString() == u"completed"_s);
}

TEST_CASE("status lookup with the ID card on the reader and the case number", "[frontend]")
{
    test::HallProcess hall;
    const QString token = hall.addDevice(u"kiosk"_s, u"kiosk-1"_s);
    REQUIRE(hall.admin({u"case"_s, u"import"_s, QStringLiteral(HALL_CASES_SAMPLE)}).exitCode == 0);
    REQUIRE(hall.start());
    QTemporaryDir dir;
    QFile cards(dir.filePath(u"cards.json"_s));
    REQUIRE(cards.open(QIODevice::WriteOnly));
    cards.write(QJsonDocument(
                    QJsonObject{{u"cards"_s, QJsonArray{QJsonObject{{u"name"_s, u"李建国"_s},
                                                                    {u"sex"_s, u"女"_s},
                                                                    {u"nation"_s, u"汉"_s},
                                                                    {u"birthDate"_s, u"1970-08-15"_s},
                                                                    {u"address"_s, u"北京市东城区"_s},
                                                                    {u"idNumber"_s, u"110105197008150025"_s},
                                                                    {u"issuer"_s, u"北京市公安局东城分局"_s},
                                                                    {u"validFrom"_s, u"2020-01-01"_s},
                                                                    {u"validUntil"_s, u"2040-01-01"_s}}}}})
                    .toJson());
    cards.close();
    KioskOptions options;
    options.url = hall.url();
    options.token = token;
    options.printer = {{u"backend"_s, u"simulated"_s}, {u"outputDir"_s, dir.path()}};
    options.idCard = {{u"backend"_s, u"simulated"_s}, {u"file"_s, cards.fileName()}};
    KioskApp app(options);
    REQUIRE(app.load());
    app.start();
    auto* reader = qobject_cast<SimulatedIdCardReader*>(app.idCardReader());
    REQUIRE(reader != nullptr);
    REQUIRE(waitUntil([&] { return app.controller()->serviceAvailable(); }));
    TouchScript touch(app.window());
    CaseLookupFlow* flow = app.cases();
    REQUIRE(touch.tapWhenReady(u"statusEntry"_s));
    REQUIRE(reader->present(0));
    REQUIRE(waitUntil([&] { return flow->idInput()->fromCard(); }));
    CHECK(touch.find(u"caseIdField"_s)->property("value").toString() == u"110***********0025"_s);
    REQUIRE(touch.tapWhenReady(u"caseByNumber"_s));
    for (const QChar c : u"2026020001"_s) {
        REQUIRE(touch.tapWhenReady(u"key_"_s + c));
    }
    REQUIRE(touch.tapWhenReady(u"caseSubmit"_s));
    REQUIRE(waitUntil([&] { return flow->step() == CaseLookupFlow::Step::Results; }));
    REQUIRE(flow->cases()->rowCount() == 1);
    CHECK(flow->cases()->data(flow->cases()->index(0), CaseModel::StatusRole) == u"returned"_s);
    CHECK(touch.find(u"caseNext_0"_s)
              ->property("text")
              .toString()
              .startsWith(u"请补充材料：近三个月收入证明、户口簿复印件"_s));
}
