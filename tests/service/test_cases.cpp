// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Case tracking against a real hall-service: a counter takes a rural 低保 case through its ten steps
// (restarting the service with a later clock to let each public notice run), a kiosk follows it.
#include "domain/idnumber.h"
#include "hallfixture.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace hall;
using namespace hall::test;

namespace {

const QString kPhone = QStringLiteral("13812345678");

QString idNumber(int n)
{
    const QString first17 =
        QStringLiteral("11010519560402") + QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

QJsonObject lookup(WsClient& kiosk, const QString& id, const QString& phone)
{
    return kiosk.call(QStringLiteral("case.lookup"),
                      {{QStringLiteral("idNumber"), id}, {QStringLiteral("phone"), phone}});
}

/// The kiosk's view of the only case of person 1.
QJsonObject residentCase(WsClient& kiosk)
{
    const QJsonObject reply = lookup(kiosk, idNumber(1), kPhone);
    INFO(dump(reply));
    REQUIRE(ok(reply));
    const QJsonArray cases = result(reply).value(QStringLiteral("cases")).toArray();
    REQUIRE(cases.size() == 1);
    return cases.first().toObject();
}

void grant(HallProcess& hall, const QString& user, const QString& types)
{
    const AdminRun r = hall.admin({QStringLiteral("case"), QStringLiteral("staff"), user, types});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

} // namespace

TEST_CASE("A counter takes a rural 低保 case through all ten steps and the kiosk sees each", "[cases]")
{
    HallFixture f;
    grant(f.hall, QStringLiteral("li"), QStringLiteral("rural_dibao,urban_dibao"));
    grant(f.hall, QStringLiteral("wang"), QStringLiteral("rural_dibao"));
    // The county's approver: neither of the two who surveyed the household (谁调查谁负责，谁审批谁负责).
    f.hall.addStaff(QStringLiteral("zhao"), QStringLiteral("1,2"));
    grant(f.hall, QStringLiteral("zhao"), QStringLiteral("rural_dibao"));
    f.hall.addStaff(QStringLiteral("sun"), QStringLiteral("1,2"));
    grant(f.hall, QStringLiteral("sun"), QStringLiteral("urban_dibao"));
    auto counter = f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));

    const QJsonObject accepted = counter->call(QStringLiteral("case.accept"),
                                               {{QStringLiteral("type"), QStringLiteral("rural_dibao")},
                                                {QStringLiteral("office"), QStringLiteral("township")},
                                                {QStringLiteral("name"), QStringLiteral("张三丰")},
                                                {QStringLiteral("idNumber"), idNumber(1)},
                                                {QStringLiteral("phone"), kPhone},
                                                {QStringLiteral("householdSize"), 3},
                                                {QStringLiteral("requestId"), QStringLiteral("accept-1")}});
    INFO(dump(accepted));
    REQUIRE(ok(accepted));
    const QJsonObject c = result(accepted).value(QStringLiteral("case")).toObject();
    const QString number = c.value(QStringLiteral("number")).toString();
    CHECK(number == QStringLiteral("202601000001"));
    CHECK(c.value(QStringLiteral("applicantMasked")).toString() == QStringLiteral("张*"));
    CHECK(c.value(QStringLiteral("history")).toArray().first().toObject().value(QStringLiteral("staff")) ==
          QStringLiteral("li"));
    // Personal data never travels back in full, not even to staff.
    CHECK_FALSE(QString::fromStdString(dump(accepted)).contains(idNumber(1)));
    CHECK_FALSE(QString::fromStdString(dump(accepted)).contains(kPhone));

    QDateTime clock = QDateTime::fromString(QStringLiteral("2026-11-24T10:00:00+08:00"), Qt::ISODate);
    for (int step = 1; step < 10; ++step) {
        INFO("step " << step);
        QJsonObject seen = residentCase(*kiosk);
        CHECK(seen.value(QStringLiteral("step")).toInt() == step);
        const QJsonArray steps = seen.value(QStringLiteral("steps")).toArray();
        REQUIRE(steps.size() == 10);
        CHECK(steps.at(step).toObject().value(QStringLiteral("state")) == QStringLiteral("current"));
        CHECK(steps.at(step - 1).toObject().value(QStringLiteral("state")) == QStringLiteral("done"));
        CHECK_FALSE(seen.contains(QStringLiteral("history"))); // residents do not see staff names
        QJsonObject args{{QStringLiteral("number"), number},
                         {QStringLiteral("step"), step},
                         {QStringLiteral("note"), QStringLiteral("第%1步完成").arg(step + 1)}};
        if (step == 1) {
            // 村委会入户调查 is joint: two staff members, both real accounts granted the type.
            CHECK(errorCode(counter->call(QStringLiteral("case.advance"), args)) ==
                  QStringLiteral("JOINT_STEP_INCOMPLETE"));
            for (const QString& who :
                 {QStringLiteral("ghost"), QStringLiteral("sun"), QStringLiteral("li")}) {
                args.insert(QStringLiteral("secondStaff"), who);
                const QJsonObject refused = counter->call(QStringLiteral("case.advance"), args);
                INFO(dump(refused));
                CHECK(errorCode(refused) == (who == QStringLiteral("li")
                                                 ? QStringLiteral("JOINT_STEP_INCOMPLETE")
                                                 : QStringLiteral("NOT_PERMITTED")));
            }
            args.insert(QStringLiteral("secondStaff"), QStringLiteral("wang"));
        }
        if (steps.at(step).toObject().value(QStringLiteral("kind")) == QStringLiteral("approval")) {
            // li surveyed the household and may not approve the same case.
            const QJsonObject conflict = counter->call(QStringLiteral("case.advance"), args);
            INFO(dump(conflict));
            CHECK(errorCode(conflict) == QStringLiteral("DUTY_CONFLICT"));
            auto approver = f.counter(QStringLiteral("counter-2"), QStringLiteral("zhao"));
            const QJsonObject approved = approver->call(QStringLiteral("case.advance"), args);
            INFO(dump(approved));
            REQUIRE(ok(approved));
            continue;
        }
        if (steps.at(step).toObject().value(QStringLiteral("kind")) == QStringLiteral("notice")) {
            CHECK(seen.value(QStringLiteral("nextZh")).toString().startsWith(QStringLiteral("公示期至")));
            const QJsonObject early = counter->call(QStringLiteral("case.advance"), args);
            CHECK(errorCode(early) == QStringLiteral("NOTICE_RUNNING"));
            // Let the notice run: the service restarts eight days later, the case is still there.
            clock = clock.addDays(8);
            kiosk.reset();
            counter.reset();
            f.hall.kill();
            REQUIRE(f.hall.start({QStringLiteral("--start-time"), clock.toString(Qt::ISODate)}));
            counter = f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
            kiosk = f.connect(QStringLiteral("kiosk-1"));
        }
        const QJsonObject advanced = counter->call(QStringLiteral("case.advance"), args);
        INFO(dump(advanced));
        REQUIRE(ok(advanced));
    }
    const QJsonObject done = residentCase(*kiosk);
    CHECK(done.value(QStringLiteral("status")) == QStringLiteral("completed"));
    CHECK(done.value(QStringLiteral("payments")).toArray().size() == 3);
    CHECK(done.value(QStringLiteral("idMasked")).toString() ==
          QStringLiteral("110***********") + idNumber(1).right(4));

    const QJsonObject found =
        counter->call(QStringLiteral("case.find"), {{QStringLiteral("number"), number}});
    REQUIRE(ok(found));
    const QJsonArray history = result(found)
                                   .value(QStringLiteral("cases"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("history"))
                                   .toArray();
    REQUIRE(history.size() == 10);
    for (const QJsonValue& e : history) {
        const int step = e.toObject().value(QStringLiteral("step")).toInt();
        CHECK(e.toObject().value(QStringLiteral("staff")) ==
              (step == 6 ? QStringLiteral("zhao") : QStringLiteral("li")));
        CHECK(e.toObject().value(QStringLiteral("secondStaff")) ==
              (step == 1 ? QStringLiteral("wang") : QString()));
    }
    CHECK(errorCode(counter->call(QStringLiteral("case.advance"),
                                  {{QStringLiteral("number"), number}, {QStringLiteral("step"), 9}})) ==
          QStringLiteral("CASE_CLOSED"));
}

TEST_CASE("Case ops check roles, permissions and matching, with one neutral miss", "[cases]")
{
    HallFixture f;
    grant(f.hall, QStringLiteral("li"), QStringLiteral("urban_dibao"));
    auto li = f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
    auto wang = f.counter(QStringLiteral("counter-2"), QStringLiteral("wang"));
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    const QJsonObject accept{{QStringLiteral("type"), QStringLiteral("urban_dibao")},
                             {QStringLiteral("office"), QStringLiteral("center")},
                             {QStringLiteral("name"), QStringLiteral("李四")},
                             {QStringLiteral("idNumber"), idNumber(2)},
                             {QStringLiteral("phone"), kPhone}};
    CHECK(errorCode(wang->call(QStringLiteral("case.accept"), accept)) == QStringLiteral("NOT_PERMITTED"));
    CHECK(errorCode(kiosk->call(QStringLiteral("case.accept"), accept)) == QStringLiteral("FORBIDDEN"));
    QJsonObject rural = accept;
    rural.insert(QStringLiteral("type"), QStringLiteral("rural_dibao"));
    CHECK(errorCode(li->call(QStringLiteral("case.accept"), rural)) == QStringLiteral("NOT_PERMITTED"));
    const QJsonObject reply = li->call(QStringLiteral("case.accept"), accept);
    REQUIRE(ok(reply));
    const QString number =
        result(reply).value(QStringLiteral("case")).toObject().value(QStringLiteral("number")).toString();
    CHECK(errorCode(wang->call(QStringLiteral("case.advance"),
                               {{QStringLiteral("number"), number}, {QStringLiteral("step"), 1}})) ==
          QStringLiteral("NOT_PERMITTED"));
    CHECK(errorCode(li->call(QStringLiteral("case.advance"),
                             {{QStringLiteral("number"), number}, {QStringLiteral("step"), 3}})) ==
          QStringLiteral("STEP_MISMATCH"));
    CHECK(errorCode(li->call(QStringLiteral("case.lookup"), {{QStringLiteral("idNumber"), idNumber(2)},
                                                             {QStringLiteral("phone"), kPhone}})) ==
          QStringLiteral("FORBIDDEN"));

    const QJsonObject byNumber =
        kiosk->call(QStringLiteral("case.lookup"),
                    {{QStringLiteral("idNumber"), idNumber(2)}, {QStringLiteral("caseNumber"), number}});
    CHECK(ok(byNumber));
    const QJsonObject wrongPhone = lookup(*kiosk, idNumber(2), QStringLiteral("13900000000"));
    const QJsonObject unknown = lookup(*kiosk, idNumber(3), kPhone);
    for (const QJsonObject& miss : {wrongPhone, unknown}) {
        CHECK(errorCode(miss) == QStringLiteral("NO_MATCH"));
        CHECK(miss.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")) ==
              QStringLiteral("未查到匹配的办理记录"));
    }
    for (int i = 0; i < 3; ++i) {
        CHECK(errorCode(lookup(*kiosk, idNumber(10 + i), kPhone)) == QStringLiteral("NO_MATCH"));
    }
    // The fifth failure from this kiosk was the last: now even the right answer waits.
    CHECK(errorCode(lookup(*kiosk, idNumber(2), kPhone)) == QStringLiteral("RATE_LIMITED"));
    auto other = f.connect(QStringLiteral("kiosk-2"));
    CHECK(ok(lookup(*other, idNumber(2), kPhone)));
}

TEST_CASE("hall-admin imports a CSV export whole or not at all", "[cases]")
{
    HallFixture f;
    f.hall.kill();
    const QString good = f.hall.dataDir() + QStringLiteral("/good.csv");
    const QString bad = f.hall.dataDir() + QStringLiteral("/bad.csv");
    const QByteArray header = "number,type,office,name,id_number,phone,household_size,accepted_on,step,step_"
                              "started_on,status,staff,note\n";
    const QByteArray row1 =
        QStringLiteral("2025010001,rural_dibao,township,王五,%1,13812345678,2,2026-10-09,4,"
                       "2026-11-20,open,zhao,\n")
            .arg(idNumber(5))
            .toUtf8();
    const QByteArray row2 =
        QStringLiteral("2025010002,rural_dibao,township,王六,%1,13812345678,2,2026-10-09,99,"
                       "2026-11-20,open,zhao,\n")
            .arg(idNumber(6))
            .toUtf8();
    for (const auto& [path, data] : {std::pair{bad, header + row1 + row2}, std::pair{good, header + row1}}) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(data);
    }
    const AdminRun refused = f.hall.admin({QStringLiteral("case"), QStringLiteral("import"), bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("第3行")));
    CHECK(refused.err.contains(QStringLiteral("未导入任何办件")));
    const AdminRun imported = f.hall.admin({QStringLiteral("case"), QStringLiteral("import"), good});
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("已导入 1 件")));
    REQUIRE(f.hall.start());
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    const QJsonObject found = lookup(*kiosk, idNumber(5), kPhone);
    INFO(dump(found));
    REQUIRE(ok(found));
    const QJsonObject c = result(found).value(QStringLiteral("cases")).toArray().first().toObject();
    CHECK(c.value(QStringLiteral("number")) == QStringLiteral("2025010001"));
    CHECK(c.value(QStringLiteral("step")).toInt() == 3);
    CHECK(errorCode(lookup(*kiosk, idNumber(6), kPhone)) == QStringLiteral("NO_MATCH"));
}

TEST_CASE("An objection during the notice stops the case, the kiosk says so neutrally, staff resolve it",
          "[cases]")
{
    HallFixture f;
    grant(f.hall, QStringLiteral("li"), QStringLiteral("urban_dibao"));
    grant(f.hall, QStringLiteral("wang"), QStringLiteral("urban_dibao"));
    auto counter = f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    const QJsonObject accepted =
        counter->call(QStringLiteral("case.accept"), {{QStringLiteral("type"), QStringLiteral("urban_dibao")},
                                                      {QStringLiteral("office"), QStringLiteral("township")},
                                                      {QStringLiteral("name"), QStringLiteral("李四")},
                                                      {QStringLiteral("idNumber"), idNumber(1)},
                                                      {QStringLiteral("phone"), kPhone}});
    REQUIRE(ok(accepted));
    const QString number =
        result(accepted).value(QStringLiteral("case")).toObject().value(QStringLiteral("number")).toString();
    const auto call = [&](const QString& op, QJsonObject args) {
        args.insert(QStringLiteral("number"), number);
        const QJsonObject r = counter->call(op, args);
        INFO(op.toStdString() << " " << dump(r));
        return r;
    };
    // 入户调查 (joint), 民主评议, 审核: then the 7-day notice (step 4).
    REQUIRE(ok(call(QStringLiteral("case.advance"),
                    {{QStringLiteral("step"), 1}, {QStringLiteral("secondStaff"), QStringLiteral("wang")}})));
    REQUIRE(ok(call(QStringLiteral("case.advance"), {{QStringLiteral("step"), 2}})));
    REQUIRE(ok(call(QStringLiteral("case.advance"), {{QStringLiteral("step"), 3}})));
    CHECK(errorCode(call(QStringLiteral("case.objection"),
                         {{QStringLiteral("step"), 3}, {QStringLiteral("note"), QStringLiteral("x")}})) ==
          QStringLiteral("STEP_MISMATCH"));
    const QString raised = QStringLiteral("村民反映申请人家中有营运车辆");
    const QJsonObject objected = call(QStringLiteral("case.objection"),
                                      {{QStringLiteral("step"), 4}, {QStringLiteral("note"), raised}});
    REQUIRE(ok(objected));
    const QJsonObject staffView = result(objected).value(QStringLiteral("case")).toObject();
    CHECK(staffView.value(QStringLiteral("status")) == QStringLiteral("objected"));
    CHECK(staffView.value(QStringLiteral("objection")) == raised);
    CHECK(errorCode(call(QStringLiteral("case.advance"), {{QStringLiteral("step"), 4}})) ==
          QStringLiteral("OBJECTION_PENDING"));
    CHECK(errorCode(call(QStringLiteral("case.resolveObjection"),
                         {{QStringLiteral("step"), 4},
                          {QStringLiteral("outcome"), QStringLiteral("maybe")},
                          {QStringLiteral("note"), QStringLiteral("x")}})) ==
          QStringLiteral("INVALID_ARGUMENT"));

    // The resident sees that something is being checked, never what or by whom.
    const QJsonObject seen = residentCase(*kiosk);
    CHECK(seen.value(QStringLiteral("status")) == QStringLiteral("objected"));
    CHECK(seen.value(QStringLiteral("nextZh")).toString().contains(QStringLiteral("核实")));
    CHECK_FALSE(QString::fromStdString(dump(seen)).contains(raised));
    CHECK_FALSE(seen.contains(QStringLiteral("objection")));

    // Upheld: back to the home survey, to be done again by two staff members.
    const QJsonObject upheld = call(QStringLiteral("case.resolveObjection"),
                                    {{QStringLiteral("step"), 4},
                                     {QStringLiteral("outcome"), QStringLiteral("upheld")},
                                     {QStringLiteral("note"), QStringLiteral("车辆属实，重新入户调查")}});
    REQUIRE(ok(upheld));
    const QJsonObject back = result(upheld).value(QStringLiteral("case")).toObject();
    CHECK(back.value(QStringLiteral("status")) == QStringLiteral("open"));
    CHECK(back.value(QStringLiteral("step")).toInt() == 1);
    CHECK(residentCase(*kiosk).value(QStringLiteral("step")).toInt() == 1);
}

TEST_CASE("A case change retried with its requestId gets the first answer and acts once",
          "[cases][idempotency]")
{
    HallFixture f;
    grant(f.hall, QStringLiteral("li"), QStringLiteral("urban_dibao"));
    grant(f.hall, QStringLiteral("wang"), QStringLiteral("urban_dibao"));
    auto li = f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
    const QJsonObject accepted =
        li->call(QStringLiteral("case.accept"), {{QStringLiteral("type"), QStringLiteral("urban_dibao")},
                                                 {QStringLiteral("office"), QStringLiteral("center")},
                                                 {QStringLiteral("name"), QStringLiteral("李四")},
                                                 {QStringLiteral("idNumber"), idNumber(4)},
                                                 {QStringLiteral("phone"), kPhone}});
    REQUIRE(ok(accepted));
    const QString number =
        result(accepted).value(QStringLiteral("case")).toObject().value(QStringLiteral("number")).toString();
    const QJsonObject advance{{QStringLiteral("number"), number},
                              {QStringLiteral("step"), 1},
                              {QStringLiteral("note"), QStringLiteral("入户调查完成")},
                              {QStringLiteral("secondStaff"), QStringLiteral("wang")}, // a joint step
                              {QStringLiteral("requestId"), QStringLiteral("advance-1")}};
    const QJsonObject first = li->call(QStringLiteral("case.advance"), advance);
    INFO(dump(first));
    REQUIRE(ok(first));
    const auto stepOf = [](const QJsonObject& reply) {
        return result(reply).value(QStringLiteral("case")).toObject().value(QStringLiteral("step")).toInt();
    };
    CHECK(stepOf(first) == 2);

    // The reply was lost; the counter sends the same request again, on a new connection too.
    const QJsonObject again = li->call(QStringLiteral("case.advance"), advance);
    INFO(dump(again));
    REQUIRE(ok(again));
    CHECK(result(again) == result(first));
    auto reconnected = f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
    CHECK(result(reconnected->call(QStringLiteral("case.advance"), advance)) == result(first));
    const QJsonObject found = li->call(QStringLiteral("case.find"), {{QStringLiteral("number"), number}});
    REQUIRE(ok(found));
    const QJsonObject now = result(found).value(QStringLiteral("cases")).toArray().first().toObject();
    CHECK(now.value(QStringLiteral("step")).toInt() == 2);
    CHECK(now.value(QStringLiteral("history")).toArray().size() == 2); // accepted, approved once

    // The same id for another request is refused; without an id the repeat names a past step.
    QJsonObject other = advance;
    other.insert(QStringLiteral("step"), 2);
    CHECK(errorCode(li->call(QStringLiteral("case.advance"), other)) == QStringLiteral("REQUEST_ID_REUSED"));
    QJsonObject plain = advance;
    plain.remove(QStringLiteral("requestId"));
    CHECK(errorCode(li->call(QStringLiteral("case.advance"), plain)) == QStringLiteral("STEP_MISMATCH"));
}
