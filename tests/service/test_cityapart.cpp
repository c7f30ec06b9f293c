// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A hall with its own SQLite store beside the city's PostgreSQL (--city-database): the city server
// is stopped; tickets and calls go on, booking is refused in words; the server comes back; booking
// works again by itself and the hall's report facts reach the city, each once.
// Runs only as "service (postgres): …", on a PostgreSQL server of its own (it is stopped).
#include "hallfixture.h"
#include "httpget.h"
#include "postgresserver.h"
#include "test_booking_support.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace hall::test;

namespace {

/// One figure of the local SQLite store, read beside the running service.
int localCount(const QString& path, const QString& sql)
{
    const QString name = QStringLiteral("apart-local-%1").arg(sql.size());
    int out = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next()) {
                out = q.value(0).toInt();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace

TEST_CASE("a hall with its own store beside the city database: while the city server is stopped tickets "
          "and calls go on and booking is refused in words, and once it is back booking works again and "
          "every fact reaches the city once",
          "[.][city][apart]")
{
    PostgresServer cluster;
    INFO(cluster.error().toStdString());
    REQUIRE(cluster.error().isEmpty());
    QString error;
    const QString database = PostgresServer::createDatabase(cluster.socketDir(), &error);
    REQUIRE(error.isEmpty());
    const QString url = PostgresServer::databaseUrl(cluster.socketDir(), database);

    BookingConfigFile config(generalBookingJson());
    HallProcess hall{QString(), QString()}; // SQLite in its data directory, whatever the run's store
    const QString kioskToken = hall.addDevice(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
    const QString counterToken = hall.addDevice(QStringLiteral("counter"), QStringLiteral("counter-1"));
    const QString adminToken = hall.addDevice(QStringLiteral("admin"), QStringLiteral("admin-1"));
    hall.addStaff(QStringLiteral("li"), QStringLiteral("1,2"));
    REQUIRE(hall.start(config.flags() + QStringList{QStringLiteral("--city-database"), url,
                                                    QStringLiteral("--hall"), QStringLiteral("a"),
                                                    QStringLiteral("--operator-port"), QStringLiteral("0")}));
    const quint16 operatorPort = hall.operatorPort();
    const auto health = [&] {
        return QJsonDocument::fromJson(httpGet(operatorPort, QStringLiteral("/healthz")).body).object();
    };
    const auto cityLink = [&] {
        return health().value(QLatin1String("city")).toObject().value(QLatin1String("link")).toString();
    };
    REQUIRE(cityLink() == QLatin1String("up"));

    WsClient kiosk;
    REQUIRE(kiosk.open(hall.url()));
    REQUIRE(ok(kiosk.hello(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"), kioskToken)));
    WsClient counter;
    REQUIRE(counter.open(hall.url()));
    REQUIRE(ok(counter.hello(QStringLiteral("counter"), QStringLiteral("counter-1"), counterToken)));
    REQUIRE(ok(counter.login(QStringLiteral("li"))));
    WsClient admin;
    REQUIRE(admin.open(hall.url()));
    REQUIRE(ok(admin.hello(QStringLiteral("admin"), QStringLiteral("admin-1"), adminToken)));
    const QJsonObject one{{QStringLiteral("counter"), 1}};

    QStringList tickets{
        HallFixture::issuedNumber(kiosk, {QStringLiteral("marriage")}, QStringLiteral("t-1")),
        HallFixture::issuedNumber(kiosk, {QStringLiteral("marriage")}, QStringLiteral("t-2"))};
    const QJsonObject booked =
        kiosk.call(QStringLiteral("booking.create"), createArgs(QStringLiteral("b-1"), 1, kDec1At9));
    INFO(text(booked).toStdString());
    REQUIRE(ok(booked));
    REQUIRE(ok(counter.call(QStringLiteral("counter.open"), one)));
    REQUIRE(ok(counter.call(QStringLiteral("counter.callNext"), one)));
    REQUIRE(ok(counter.call(QStringLiteral("counter.start"), one)));
    REQUIRE(ok(counter.call(QStringLiteral("counter.finish"), one)));

    REQUIRE(cluster.stopNow().isEmpty());

    // Booking is refused in words once the hall knows the city is gone (the first attempt may be
    // the one that finds out); nothing it refused is acknowledged.
    QJsonObject refused;
    int attempt = 0;
    const bool down = askUntil(
        [&] {
            refused = kiosk.call(QStringLiteral("booking.create"),
                                 createArgs(QStringLiteral("b-down-%1").arg(++attempt), 2, kDec1At9));
            return errorCode(refused) == QLatin1String("STORAGE_FAILED") &&
                   cityLink() == QLatin1String("reconnecting");
        },
        30000);
    INFO("last answer: " << text(refused).toStdString() << "\nservice log:\n"
                         << hall.log().right(4000).toStdString());
    REQUIRE(down);
    const QString words =
        refused.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    CHECK(words.contains(QStringLiteral("市级预约库暂不可用")));
    CHECK(words.contains(QStringLiteral("city booking database is unavailable")));
    CHECK(errorCode(kiosk.call(QStringLiteral("booking.cancel"),
                               {{QStringLiteral("code"), bookingOf(booked).value(QLatin1String("code"))},
                                {QStringLiteral("idNumber"), groom(1)}})) == QLatin1String("STORAGE_FAILED"));
    // The city's figures wait too, saying why; the hall's own are there.
    const QJsonObject cityWhileDown =
        admin.call(QStringLiteral("report.queue"), {{QStringLiteral("period"), QStringLiteral("day")},
                                                    {QStringLiteral("scope"), QStringLiteral("city")}});
    CHECK(errorCode(cityWhileDown) == QLatin1String("STORAGE_FAILED"));

    // The queue goes on: tickets, calls, the lobby's snapshot; the hall says it is healthy.
    for (int i = 3; i <= 5; ++i) {
        tickets << HallFixture::issuedNumber(kiosk, {QStringLiteral("marriage")},
                                             QStringLiteral("t-%1").arg(i));
    }
    CHECK(tickets == QStringList{QStringLiteral("A001"), QStringLiteral("A002"), QStringLiteral("A003"),
                                 QStringLiteral("A004"), QStringLiteral("A005")});
    const QJsonObject called = counter.call(QStringLiteral("counter.callNext"), one);
    INFO(text(called).toStdString());
    CHECK(ok(called));
    CHECK(ok(counter.call(QStringLiteral("counter.start"), one)));
    CHECK(ok(counter.call(QStringLiteral("counter.finish"), one)));
    CHECK(ok(kiosk.call(QStringLiteral("hall.snapshot"))));
    const HttpResult healthz = httpGet(operatorPort, QStringLiteral("/healthz"));
    CHECK(healthz.status == 200);
    CHECK(cityLink() == QLatin1String("reconnecting"));
    CHECK(health().value(QLatin1String("city")).toObject().value(QLatin1String("outboxPending")).toInt() > 0);

    REQUIRE(cluster.startAgain().isEmpty());

    // Back by itself: booking works again, and the outbox drains.
    const qint64 pid = hall.pid();
    QJsonObject after;
    REQUIRE(askUntil(
        [&] {
            after = kiosk.call(QStringLiteral("booking.create"),
                               createArgs(QStringLiteral("b-after"), 3, kDec1At9));
            return ok(after);
        },
        60000));
    CHECK(hall.pid() == pid);
    CHECK(cityLink() == QLatin1String("up"));
    REQUIRE(askUntil(
        [&] {
            return health()
                       .value(QLatin1String("city"))
                       .toObject()
                       .value(QLatin1String("outboxPending"))
                       .toInt() == 0;
        },
        30000));

    // The city's figures count every ticket, those issued while it was away too, once.
    const QJsonObject cityReport =
        admin.call(QStringLiteral("report.queue"), {{QStringLiteral("period"), QStringLiteral("day")},
                                                    {QStringLiteral("scope"), QStringLiteral("city")}});
    INFO(text(cityReport).toStdString());
    REQUIRE(ok(cityReport));
    const QJsonObject total =
        result(cityReport).value(QLatin1String("report")).toObject().value(QLatin1String("total")).toObject();
    CHECK(total.value(QLatin1String("issued")).toInt() == 5);
    CHECK(total.value(QLatin1String("served")).toInt() == 2);

    // Row for row, the city holds what the hall holds: nothing twice, nothing missing.
    const auto city = [&](const QString& sql) {
        QString e;
        const QString v = PostgresServer::scalar(cluster.socketDir(), database, sql, &e);
        INFO(e.toStdString());
        return v.toInt();
    };
    const QString local = hall.databasePath();
    for (const char* table : {"tickets", "visits", "counter_spans", "journal"}) {
        const QString count = QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table));
        INFO(table);
        CHECK(city(QStringLiteral("SELECT COUNT(*) FROM hall_a.%1").arg(QLatin1String(table))) ==
              localCount(local, count));
    }
    CHECK(city(QStringLiteral("SELECT COUNT(DISTINCT number) FROM hall_a.tickets")) == 5);
    CHECK(city(QStringLiteral("SELECT MAX(seq) FROM hall_a.journal")) ==
          localCount(local, QStringLiteral("SELECT MAX(seq) FROM journal")));
    // The bookings are the hall's; their places are the city's: b-1 and b-after hold two.
    CHECK(localCount(local, QStringLiteral("SELECT COUNT(*) FROM bookings")) == 2);
    CHECK(city(QStringLiteral("SELECT COUNT(*) FROM city.booking_claims")) == 2);
    CHECK(city(QStringLiteral("SELECT SUM(taken) FROM city.slot_places")) == 2);
}
