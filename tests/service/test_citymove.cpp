// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A hall that ran on the city's PostgreSQL moved into its own SQLite file beside the city
// (hall-admin move-to-local), then started with --city-database: everything acknowledged before is
// there. Runs only as "service (postgres): …", on the run's cluster.
#include "citydatabase.h"
#include "hallfixture.h"
#include "httpget.h"
#include "test_booking_support.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

using namespace hall::test;

TEST_CASE("a hall on the city's PostgreSQL moved into its own SQLite (hall-admin move-to-local) starts "
          "beside the city database with its tickets, bookings and their city places, staff and devices",
          "[.][city][move]")
{
    CityDatabase city;
    const auto cityValue = [&](const QString& sql) {
        QString e;
        const QString v = PostgresServer::scalar(city.cluster, city.name, sql, &e);
        INFO(e.toStdString());
        return v;
    };
    BookingConfigFile config(generalBookingJson());
    HallProcess hall(city.url, QStringLiteral("a"));
    const QString kioskToken = hall.addDevice(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
    const QString counterToken = hall.addDevice(QStringLiteral("counter"), QStringLiteral("counter-1"));
    const QString adminToken = hall.addDevice(QStringLiteral("admin"), QStringLiteral("admin-1"));
    hall.addStaff(QStringLiteral("li"), QStringLiteral("1,2"));
    REQUIRE(hall.start(config.flags()));

    QString code;
    {
        WsClient kiosk;
        REQUIRE(kiosk.open(hall.url()));
        REQUIRE(ok(kiosk.hello(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"), kioskToken)));
        WsClient counter;
        REQUIRE(counter.open(hall.url()));
        REQUIRE(ok(counter.hello(QStringLiteral("counter"), QStringLiteral("counter-1"), counterToken)));
        REQUIRE(ok(counter.login(QStringLiteral("li"))));
        CHECK(HallFixture::issuedNumber(kiosk, {QStringLiteral("marriage")}, QStringLiteral("t-1")) ==
              QLatin1String("A001"));
        CHECK(HallFixture::issuedNumber(kiosk, {QStringLiteral("marriage")}, QStringLiteral("t-2")) ==
              QLatin1String("A002"));
        const QJsonObject booked =
            kiosk.call(QStringLiteral("booking.create"), createArgs(QStringLiteral("b-1"), 1, kDec1At9));
        INFO(text(booked).toStdString());
        REQUIRE(ok(booked));
        code = bookingOf(booked).value(QLatin1String("code")).toString();
        const QJsonObject one{{QStringLiteral("counter"), 1}};
        REQUIRE(ok(counter.call(QStringLiteral("counter.open"), one)));
        REQUIRE(ok(counter.call(QStringLiteral("counter.callNext"), one)));
        REQUIRE(ok(counter.call(QStringLiteral("counter.start"), one)));
        REQUIRE(ok(counter.call(QStringLiteral("counter.finish"), one)));

        // Not while the service runs: it holds the hall; refused in both languages, nothing made.
        const AdminRun running = hall.admin({QStringLiteral("move-to-local")});
        CHECK(running.exitCode == 1);
        CHECK(running.err.contains(QStringLiteral("正在运行")));
        CHECK(running.err.contains(QStringLiteral("stop it before the move")));
        CHECK_FALSE(QFileInfo::exists(hall.databasePath()));
        // Nor from another server's data directory: the hall's lock on PostgreSQL refuses it.
        HallProcess elsewhere(city.url, QStringLiteral("a"), false);
        REQUIRE(QFile::copy(hall.dataDir() + QStringLiteral("/person-key.secret"),
                            elsewhere.dataDir() + QStringLiteral("/person-key.secret")));
        const AdminRun taken = elsewhere.admin({QStringLiteral("move-to-local")});
        CHECK(taken.exitCode == 1);
        CHECK(taken.err.contains(QStringLiteral("正由另一个进程使用")));
        CHECK(taken.err.contains(QStringLiteral("Nothing was moved")));
        CHECK_FALSE(QFileInfo::exists(elsewhere.databasePath()));
    }
    REQUIRE(hall.terminate() == 0);
    const QString claimed =
        QStringLiteral("SELECT COUNT(*) FROM city.booking_claims WHERE code = '%1'").arg(code);
    REQUIRE(cityValue(claimed) == QLatin1String("1"));

    // A target that exists is never overwritten: refused in both languages, the file as it was, the
    // hall not marked as moved.
    {
        QFile taken(hall.dataDir() + QStringLiteral("/taken.sqlite"));
        REQUIRE(taken.open(QIODevice::WriteOnly));
        REQUIRE(taken.write("not a hall") == 10);
    }
    const AdminRun onto = hall.admin({QStringLiteral("move-to-local"), QStringLiteral("taken.sqlite")});
    CHECK(onto.exitCode == 1);
    CHECK(onto.err.contains(QStringLiteral("已存在")));
    CHECK(onto.err.contains(QStringLiteral("is never overwritten")));
    CHECK(QFileInfo(hall.dataDir() + QStringLiteral("/taken.sqlite")).size() == 10);
    CHECK(cityValue(QStringLiteral("SELECT COUNT(*) FROM hall_a.hall_meta WHERE key = 'moved_to'")) ==
          QLatin1String("0"));

    // Stopped: the move copies every table, checks the counts and says what it moved.
    const AdminRun moved = hall.admin({QStringLiteral("move-to-local")});
    INFO(moved.err.toStdString());
    REQUIRE(moved.exitCode == 0);
    CHECK(moved.out.contains(QStringLiteral("tickets 2\n")));
    CHECK(moved.out.contains(QStringLiteral("bookings 1\n")));
    CHECK(moved.out.contains(QStringLiteral("staff 1\n")));
    CHECK(moved.out.contains(QStringLiteral("devices 3\n")));
    CHECK(moved.err.contains(QStringLiteral("each table's count checked")));
    CHECK(QFileInfo(hall.databasePath()).size() > 0);
    // The old schema says where the hall went (the move's last step, before the file got its name).
    CHECK(cityValue(QStringLiteral("SELECT value FROM hall_a.hall_meta WHERE key = 'moved_to'"))
              .contains(hall.databasePath()));
    // Its stale copy never serves again: hall-service started on it is refused in both languages,
    // saying where the hall went, and so is hall-admin (a change there, a second move); nothing changes.
    const qint64 size = QFileInfo(hall.databasePath()).size();
    const QString devicesThere = cityValue(QStringLiteral("SELECT COUNT(*) FROM hall_a.devices"));
    const QString ticketsThere = cityValue(QStringLiteral("SELECT COUNT(*) FROM hall_a.tickets"));
    CHECK_FALSE(hall.start(config.flags()));
    CHECK_FALSE(hall.running());
    CHECK(hall.log().contains(QStringLiteral("已于")));
    CHECK(hall.log().contains(QStringLiteral("hall hall_a was moved to %1").arg(hall.databasePath())));
    const AdminRun staleDevice =
        hall.admin({QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("--role"),
                    QStringLiteral("kiosk"), QStringLiteral("--name"), QStringLiteral("kiosk-stale")});
    CHECK(staleDevice.exitCode == 1);
    CHECK(staleDevice.err.contains(QStringLiteral("搬到")));
    CHECK(staleDevice.err.contains(QStringLiteral("was moved to %1").arg(hall.databasePath())));
    const AdminRun again = hall.admin({QStringLiteral("move-to-local"), QStringLiteral("again.sqlite")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("was moved to %1").arg(hall.databasePath())));
    CHECK_FALSE(QFileInfo::exists(hall.dataDir() + QStringLiteral("/again.sqlite")));
    CHECK(QFileInfo(hall.databasePath()).size() == size);
    CHECK(cityValue(QStringLiteral("SELECT COUNT(*) FROM hall_a.devices")) == devicesThere);
    CHECK(cityValue(QStringLiteral("SELECT COUNT(*) FROM hall_a.tickets")) == ticketsThere);
    // The city's tables stayed where they were.
    CHECK(cityValue(claimed) == QLatin1String("1"));

    // The hall on its own SQLite beside the city database.
    hall.setDatabaseUrl(QString());
    REQUIRE(hall.start(config.flags() + QStringList{QStringLiteral("--city-database"), city.url}));
    INFO("service log:\n" << hall.log().right(4000).toStdString());
    WsClient kiosk;
    REQUIRE(kiosk.open(hall.url()));
    REQUIRE(ok(kiosk.hello(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"), kioskToken)));
    WsClient counter;
    REQUIRE(counter.open(hall.url()));
    REQUIRE(ok(counter.hello(QStringLiteral("counter"), QStringLiteral("counter-1"), counterToken)));
    REQUIRE(ok(counter.login(QStringLiteral("li"))));
    // The day numbers on; a retried request gets its first answer (the request ledger moved too).
    CHECK(HallFixture::issuedNumber(kiosk, {QStringLiteral("marriage")}, QStringLiteral("t-2")) ==
          QLatin1String("A002"));
    CHECK(HallFixture::issuedNumber(kiosk, {QStringLiteral("marriage")}, QStringLiteral("t-3")) ==
          QLatin1String("A003"));
    const QJsonObject one{{QStringLiteral("counter"), 1}};
    // A002 waited through the move. (Which of the two comes first is the test clock's: every start
    // begins at 10:00, so A003 queued "before" A002.)
    QStringList served;
    for (int i = 0; i < 2; ++i) {
        const QJsonObject called = counter.call(QStringLiteral("counter.callNext"), one);
        INFO(text(called).toStdString());
        served << result(called)
                      .value(QLatin1String("ticket"))
                      .toObject()
                      .value(QLatin1String("number"))
                      .toString();
        CHECK(ok(counter.call(QStringLiteral("counter.start"), one)));
        CHECK(ok(counter.call(QStringLiteral("counter.finish"), one)));
    }
    served.sort();
    CHECK(served == QStringList{QStringLiteral("A002"), QStringLiteral("A003")});
    // The booking is here and still holds its city place: the start's reconcile gave nothing back.
    const QJsonObject found =
        kiosk.call(QStringLiteral("booking.find"),
                   {{QStringLiteral("code"), code}, {QStringLiteral("idNumber"), groom(1)}});
    INFO(text(found).toStdString());
    CHECK(bookingOf(found).value(QLatin1String("status")).toString() == QLatin1String("confirmed"));
    CHECK(cityValue(claimed) == QLatin1String("1"));
    CHECK(cityValue(QStringLiteral("SELECT SUM(taken) FROM city.slot_places")) == QLatin1String("1"));
    // The couple holds its one booking city-wide: a second one is refused.
    CHECK(errorCode(kiosk.call(
              QStringLiteral("booking.create"),
              createArgs(QStringLiteral("b-again"), 1, QStringLiteral("2026-12-02T09:00:00+08:00")))) ==
          QLatin1String("ALREADY_BOOKED"));
    // And booking goes on through the city.
    const QJsonObject next =
        kiosk.call(QStringLiteral("booking.create"), createArgs(QStringLiteral("b-2"), 2, kDec1At9));
    INFO(text(next).toStdString());
    CHECK(ok(next));
    CHECK(cityValue(QStringLiteral("SELECT SUM(taken) FROM city.slot_places")) == QLatin1String("2"));

    // The moved hall's reports: its own figures are the whole day's, before and after the move, and
    // the city's count each fact once when the outbox has rewritten the hall's copies.
    WsClient admin;
    REQUIRE(admin.open(hall.url()));
    REQUIRE(ok(admin.hello(QStringLiteral("admin"), QStringLiteral("admin-1"), adminToken)));
    const auto totals = [&](const QString& scope) {
        QJsonObject args{{QStringLiteral("period"), QStringLiteral("day")}};
        if (!scope.isEmpty()) {
            args.insert(QStringLiteral("scope"), scope);
        }
        const QJsonObject reply = admin.call(QStringLiteral("report.queue"), args);
        INFO(text(reply).toStdString());
        CHECK(ok(reply));
        return result(reply)
            .value(QLatin1String("report"))
            .toObject()
            .value(QLatin1String("total"))
            .toObject();
    };
    const QJsonObject own = totals(QString());
    CHECK(own.value(QLatin1String("issued")).toInt() == 3);
    CHECK(own.value(QLatin1String("served")).toInt() == 3);
    QJsonObject cityTotal;
    CHECK(askUntil(
        [&] {
            cityTotal = totals(QStringLiteral("city"));
            return cityTotal.value(QLatin1String("served")).toInt() == 3;
        },
        30000));
    CHECK(cityTotal.value(QLatin1String("issued")).toInt() == 3);
    CHECK(cityValue(QStringLiteral("SELECT COUNT(*) FROM hall_a.tickets")) == QLatin1String("3"));
    CHECK(cityValue(QStringLiteral("SELECT COUNT(*) FROM hall_a.visits")) ==
          cityValue(QStringLiteral("SELECT COUNT(*) FROM hall_a.visits WHERE ended_at IS NOT NULL")));
}

TEST_CASE(
    "a hall on the city's PostgreSQL that was cut off while it was moved away refuses, at its reconnect, to "
    "serve the stale copy, saying where the hall went",
    "[.][city][move]")
{
    CityDatabase city;
    const auto cityValue = [&](const QString& sql) {
        QString e;
        const QString v = PostgresServer::scalar(city.cluster, city.name, sql, &e);
        INFO(sql.toStdString() << ": " << e.toStdString());
        REQUIRE(e.isEmpty());
        return v;
    };
    HallProcess hall(city.url, QStringLiteral("m"));
    const QString kioskToken = hall.addDevice(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
    REQUIRE(hall.start({QStringLiteral("--operator-port"), QStringLiteral("0")}));
    WsClient kiosk;
    REQUIRE(kiosk.open(hall.url()));
    REQUIRE(ok(kiosk.hello(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"), kioskToken)));
    CHECK(HallFixture::issuedNumber(kiosk, {QStringLiteral("marriage")}, QStringLiteral("t-1")) ==
          QLatin1String("A001"));

    // What a move made while this process was cut off leaves (the hall's lock was free then): the
    // marker in the old schema. Then the server ends the process's sessions.
    cityValue(QStringLiteral("INSERT INTO hall_m.hall_meta (key, value) VALUES ('moved_to', '{\"file\":"
                             "\"/srv/hall-m/hall.sqlite\",\"host\":\"hall-m-server\",\"at\":"
                             "\"2026-12-07T10:00:00Z\"}') RETURNING 1"));
    cityValue(QStringLiteral("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity"
                             " WHERE datname = current_database() AND pid <> pg_backend_pid()"));
    const QJsonObject issue{{QStringLiteral("requestId"), QStringLiteral("t-2")},
                            {QStringLiteral("services"), QJsonArray{QStringLiteral("marriage")}}};
    CHECK(errorCode(kiosk.call(QStringLiteral("ticket.issue"), issue)) == QLatin1String("STORAGE_FAILED"));

    // It reconnects, finds the marker and stays down, saying where the hall went; nothing is served.
    QJsonObject storage;
    REQUIRE(askUntil(
        [&] {
            storage = QJsonDocument::fromJson(httpGet(hall.operatorPort(), QStringLiteral("/healthz")).body)
                          .object()
                          .value(QLatin1String("storage"))
                          .toObject();
            return storage.value(QLatin1String("error"))
                .toString()
                .contains(QStringLiteral("was moved to /srv/hall-m/hall.sqlite on hall-m-server"));
        },
        30000));
    INFO(text(storage).toStdString() << "\nservice log:\n" << hall.log().right(3000).toStdString());
    CHECK(storage.value(QLatin1String("link")).toString() == QLatin1String("reconnecting"));
    CHECK(storage.value(QLatin1String("error")).toString().contains(QStringLiteral("搬到")));
    CHECK(httpGet(hall.operatorPort(), QStringLiteral("/healthz")).status == 503);
    CHECK(errorCode(kiosk.call(QStringLiteral("ticket.issue"), issue)) == QLatin1String("STORAGE_FAILED"));
    CHECK_FALSE(hall.log().contains(QStringLiteral("database connection is back")));
    CHECK(cityValue(QStringLiteral("SELECT COUNT(*) FROM hall_m.tickets")) == QLatin1String("1"));
}
