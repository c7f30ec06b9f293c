// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// hall-service on the city's PostgreSQL: making and refusing halls, and many halls in one database.
// These run only as "service (postgres): …" (hidden from the SQLite run), on the run's cluster.
#include "citydatabase.h"
#include "hallfixture.h"
#include "postgresserver.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace hall::test;

namespace {

std::unique_ptr<WsClient> kioskOf(HallProcess& hall, const QString& token)
{
    auto c = std::make_unique<WsClient>();
    REQUIRE(c->open(hall.url()));
    const QJsonObject reply = c->hello(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"), token);
    INFO("service log: " << hall.log().right(2000).toStdString());
    REQUIRE(ok(reply));
    return c;
}

} // namespace

TEST_CASE("PostgreSQL: a database without a hall is refused at start, init never overwrites one, and "
          "backups are PostgreSQL's",
          "[.][city]")
{
    CityDatabase city;
    HallProcess hall(city.url, {}, false);
    CHECK_FALSE(hall.start());
    CHECK(hall.log().contains(QStringLiteral("中没有大厅")));

    const AdminRun made = hall.admin({QStringLiteral("init")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const AdminRun again = hall.admin({QStringLiteral("init")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("已有大厅")));
    const AdminRun backup = hall.admin({QStringLiteral("backup")});
    CHECK(backup.exitCode == 1);
    CHECK(backup.err.contains(QStringLiteral("pg_basebackup")));

    const QString token = hall.addDevice(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
    REQUIRE(hall.start());
    auto kiosk = kioskOf(hall, token);
    CHECK(HallFixture::issuedNumber(*kiosk, {QStringLiteral("marriage")}, QStringLiteral("pg-1")) ==
          QLatin1String("A001"));
    // What was acknowledged is in the database: a restart (SIGKILL) numbers on from it.
    REQUIRE(hall.restart());
    kiosk = kioskOf(hall, token);
    CHECK(HallFixture::issuedNumber(*kiosk, {QStringLiteral("marriage")}, QStringLiteral("pg-2")) ==
          QLatin1String("A002"));
}

TEST_CASE("many halls on one PostgreSQL: each hall has one owner process, and tickets and devices are the "
          "hall's own",
          "[.][city]")
{
    CityDatabase city;
    HallProcess a(city.url, QStringLiteral("a"));
    HallProcess b(city.url, QStringLiteral("b"));
    // The same device name in two halls: two devices, two tokens.
    const QString tokenA = a.addDevice(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
    const QString tokenB = b.addDevice(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
    REQUIRE(a.start());
    REQUIRE(b.start());

    auto kioskA = kioskOf(a, tokenA);
    auto kioskB = kioskOf(b, tokenB);
    // Each hall numbers its own day.
    CHECK(HallFixture::issuedNumber(*kioskA, {QStringLiteral("marriage")}, QStringLiteral("a-1")) ==
          QLatin1String("A001"));
    CHECK(HallFixture::issuedNumber(*kioskA, {QStringLiteral("marriage")}, QStringLiteral("a-2")) ==
          QLatin1String("A002"));
    CHECK(HallFixture::issuedNumber(*kioskB, {QStringLiteral("marriage")}, QStringLiteral("b-1")) ==
          QLatin1String("A001"));
    // Hall a's kiosk is nobody at hall b.
    {
        WsClient stranger;
        REQUIRE(stranger.open(b.url()));
        CHECK_FALSE(ok(stranger.hello(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"), tokenA)));
    }

    // A second process for hall a (another data directory, another server) is refused, naming the hall.
    HallProcess intruder(city.url, QStringLiteral("a"), false);
    intruder.sharePersonKey(a);
    CHECK_FALSE(intruder.start());
    INFO(intruder.log().toStdString());
    CHECK(intruder.log().contains(QStringLiteral("大厅 hall_a 正由另一个进程使用")));
    // Hall b goes on meanwhile.
    CHECK(HallFixture::issuedNumber(*kioskB, {QStringLiteral("marriage")}, QStringLiteral("b-2")) ==
          QLatin1String("A002"));

    // Once the owner is gone (killed: the server frees its lock with its connection), it can take over
    // the hall as it was.
    kioskA.reset();
    a.kill();
    REQUIRE(waitUntil([&] { return intruder.start(); }, 30000));
    auto kioskA2 = kioskOf(intruder, tokenA);
    // Hall a's requests and numbering are there: a retry is answered as before, the next is A003.
    CHECK(HallFixture::issuedNumber(*kioskA2, {QStringLiteral("marriage")}, QStringLiteral("a-2")) ==
          QLatin1String("A002"));
    CHECK(HallFixture::issuedNumber(*kioskA2, {QStringLiteral("marriage")}, QStringLiteral("a-3")) ==
          QLatin1String("A003"));
    CHECK(HallFixture::issuedNumber(*kioskB, {QStringLiteral("marriage")}, QStringLiteral("b-3")) ==
          QLatin1String("A003"));
}

TEST_CASE("city figures: report.queue with scope city adds up every hall's figures, per hall and in total",
          "[.][city]")
{
    CityDatabase city;
    HallProcess a(city.url, QStringLiteral("a"));
    HallProcess b(city.url, QStringLiteral("b"));
    const QString kioskA = a.addDevice(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
    const QString kioskB = b.addDevice(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
    const QString adminA = a.addDevice(QStringLiteral("admin"), QStringLiteral("admin-1"));
    const QString counterA = a.addDevice(QStringLiteral("counter"), QStringLiteral("counter-1"));
    a.addStaff(QStringLiteral("li"), QStringLiteral("1,2"));
    REQUIRE(a.start());
    REQUIRE(b.start());

    auto atA = kioskOf(a, kioskA);
    auto atB = kioskOf(b, kioskB);
    for (int i = 1; i <= 3; ++i) {
        HallFixture::issuedNumber(*atA, {QStringLiteral("marriage")}, QStringLiteral("fa-%1").arg(i));
    }
    for (int i = 1; i <= 2; ++i) {
        HallFixture::issuedNumber(*atB, {QStringLiteral("marriage")}, QStringLiteral("fb-%1").arg(i));
    }
    // One served at hall a, so a wait and a service time are in its figures too.
    WsClient counter;
    REQUIRE(counter.open(a.url()));
    REQUIRE(ok(counter.hello(QStringLiteral("counter"), QStringLiteral("counter-1"), counterA)));
    REQUIRE(ok(counter.login(QStringLiteral("li"))));
    const QJsonObject one{{QStringLiteral("counter"), 1}};
    REQUIRE(ok(counter.call(QStringLiteral("counter.open"), one)));
    REQUIRE(ok(counter.call(QStringLiteral("counter.callNext"), one)));
    REQUIRE(ok(counter.call(QStringLiteral("counter.start"), one)));
    REQUIRE(ok(counter.call(QStringLiteral("counter.finish"), one)));

    WsClient admin;
    REQUIRE(admin.open(a.url()));
    REQUIRE(ok(admin.hello(QStringLiteral("admin"), QStringLiteral("admin-1"), adminA)));
    const auto report = [&](const QJsonObject& args) {
        const QJsonObject reply = admin.call(QStringLiteral("report.queue"), args);
        INFO(QJsonDocument(reply).toJson().toStdString());
        REQUIRE(ok(reply));
        return result(reply).value(QLatin1String("report")).toObject();
    };
    const auto total = [](const QJsonObject& r, const char* figure) {
        return r.value(QLatin1String("total")).toObject().value(QLatin1String(figure)).toInt();
    };
    const QJsonObject own = report({{QStringLiteral("period"), QStringLiteral("day")}});
    const QJsonObject wholeCity = report({{QStringLiteral("period"), QStringLiteral("day")},
                                          {QStringLiteral("scope"), QStringLiteral("city")}});
    const QJsonObject perHall = report({{QStringLiteral("period"), QStringLiteral("day")},
                                        {QStringLiteral("scope"), QStringLiteral("city")},
                                        {QStringLiteral("by"), QStringLiteral("hall")}});
    const QJsonObject onlyB = report({{QStringLiteral("period"), QStringLiteral("day")},
                                      {QStringLiteral("scope"), QStringLiteral("city")},
                                      {QStringLiteral("halls"), QJsonArray{QStringLiteral("b")}}});
    CHECK(total(own, "issued") == 3);
    CHECK(total(onlyB, "issued") == 2);
    CHECK(total(wholeCity, "issued") == 5);
    CHECK(total(wholeCity, "served") == 1);
    CHECK(wholeCity.value(QLatin1String("scope")).toString() == QLatin1String("city"));
    const QJsonArray rows = perHall.value(QLatin1String("rows")).toArray();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].toObject().value(QLatin1String("key")).toString() == QLatin1String("a"));
    CHECK(rows[0].toObject().value(QLatin1String("issued")).toInt() == 3);
    CHECK(rows[1].toObject().value(QLatin1String("issued")).toInt() == 2);
    CHECK(rows[0].toObject().value(QLatin1String("issued")).toInt() +
              rows[1].toObject().value(QLatin1String("issued")).toInt() ==
          total(wholeCity, "issued"));

    // Windows and staff are each hall's own; halls must exist; by hall is the city's.
    const auto refusedWith = [&](const QJsonObject& args) {
        return errorCode(admin.call(QStringLiteral("report.queue"), args));
    };
    CHECK(refusedWith({{QStringLiteral("period"), QStringLiteral("day")},
                       {QStringLiteral("scope"), QStringLiteral("city")},
                       {QStringLiteral("by"), QStringLiteral("counter")}}) ==
          QLatin1String("INVALID_ARGUMENT"));
    CHECK(refusedWith({{QStringLiteral("period"), QStringLiteral("day")},
                       {QStringLiteral("scope"), QStringLiteral("city")},
                       {QStringLiteral("halls"), QJsonArray{QStringLiteral("zz")}}}) ==
          QLatin1String("INVALID_ARGUMENT"));
    CHECK(refusedWith({{QStringLiteral("period"), QStringLiteral("day")},
                       {QStringLiteral("by"), QStringLiteral("hall")}}) == QLatin1String("INVALID_ARGUMENT"));

    // hall-admin reads the same city figures beside the running services.
    const AdminRun cli =
        a.admin({QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("day"),
                 QStringLiteral("--scope"), QStringLiteral("city"), QStringLiteral("--by"),
                 QStringLiteral("hall"), QStringLiteral("--format"), QStringLiteral("json")});
    INFO(cli.err.toStdString());
    REQUIRE(cli.exitCode == 0);
    const QJsonObject fromCli = QJsonDocument::fromJson(cli.out.toUtf8()).object();
    CHECK(total(fromCli, "issued") == 5);
    CHECK(fromCli.value(QLatin1String("rows")).toArray().size() == 2);
}

TEST_CASE("a hall whose connection was cut reconnects by itself, and refuses every change, saying so, when "
          "another process took the hall meanwhile",
          "[.][city]")
{
    CityDatabase city;
    HallProcess a(city.url, QStringLiteral("a"));
    const QString token = a.addDevice(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
    REQUIRE(a.start({QStringLiteral("--operator-port"), QStringLiteral("0")}));
    auto kiosk = kioskOf(a, token);
    CHECK(HallFixture::issuedNumber(*kiosk, {QStringLiteral("marriage")}, QStringLiteral("cut-1")) ==
          QLatin1String("A001"));

    // The server ends the hall's sessions (as a restarted server or a broken link would): the next
    // change fails, and the service reconnects by itself, its lock and its numbering intact.
    const auto cutSessions = [&] {
        QString error;
        PostgresServer::scalar(
            city.cluster, city.name,
            QStringLiteral("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity"
                           " WHERE datname = current_database() AND pid <> pg_backend_pid()"),
            &error);
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
    };
    cutSessions();
    const QJsonObject lost =
        kiosk->call(QStringLiteral("ticket.issue"),
                    {{QStringLiteral("requestId"), QStringLiteral("cut-2")},
                     {QStringLiteral("services"), QJsonArray{QStringLiteral("marriage")}}});
    CHECK(errorCode(lost) == QLatin1String("STORAGE_FAILED"));
    REQUIRE(
        waitUntil([&] { return a.log().contains(QStringLiteral("database connection is back")); }, 30000));
    CHECK(HallFixture::issuedNumber(*kiosk, {QStringLiteral("marriage")}, QStringLiteral("cut-2")) ==
          QLatin1String("A002"));

    // Cut again, and another process takes the hall before this one is back: this one refuses, in words.
    cutSessions();
    HallProcess other(city.url, QStringLiteral("a"), false);
    other.sharePersonKey(a);
    REQUIRE(other.start());
    QJsonObject refused;
    REQUIRE(askUntil(
        [&] {
            refused = kiosk->call(QStringLiteral("ticket.issue"),
                                  {{QStringLiteral("requestId"), QStringLiteral("cut-3")},
                                   {QStringLiteral("services"), QJsonArray{QStringLiteral("marriage")}}});
            return refused.value(QLatin1String("error"))
                .toObject()
                .value(QLatin1String("message"))
                .toString()
                .contains(QStringLiteral("另一个 hall-service 进程接管"));
        },
        30000));
    CHECK(errorCode(refused) == QLatin1String("STORAGE_FAILED"));
    CHECK(a.log().contains(QStringLiteral("this process refuses every change")));
    // The process that holds the hall goes on from what was committed.
    auto kioskOther = kioskOf(other, token);
    CHECK(HallFixture::issuedNumber(*kioskOther, {QStringLiteral("marriage")}, QStringLiteral("cut-4")) ==
          QLatin1String("A003"));
}
