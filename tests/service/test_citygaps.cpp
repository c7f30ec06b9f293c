// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A hall with its own SQLite store beside the city's PostgreSQL (--city-database), where the city
// misbehaves other than by going away (test_cityapart.cpp): it hangs (another session holds the pool),
// it is not there when the hall starts, or it holds a claim the hall's failed local commit left behind.
// Runs only as "service (postgres): …".
#include "citydatabase.h"
#include "hallstore.h"
#include "httpget.h"
#include "postgresserver.h"
#include "test_booking_support.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace hall::test;

namespace {

QString gapsText(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool gapsIssued(WsClient& kiosk, const QString& requestId)
{
    return ok(kiosk.call(QStringLiteral("ticket.issue"),
                         {{QStringLiteral("requestId"), requestId},
                          {QStringLiteral("services"), QJsonArray{QStringLiteral("marriage")}}}));
}

QString gapsWords(const QJsonObject& reply)
{
    return reply.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
}

int gapsCity(const QString& socketDir, const QString& database, const QString& sql)
{
    QString error;
    const QString v = PostgresServer::scalar(socketDir, database, sql, &error);
    INFO(sql.toStdString() << ": " << error.toStdString());
    REQUIRE(error.isEmpty());
    return v.toInt();
}

/// A kiosk holding the city pool's lock from a session of the test's own, so a hall's booking turn
/// waits on it until the hall's --commit-wait-ms cuts it.
struct GapsPoolHolder
{
    explicit GapsPoolHolder(const CityDatabase& city)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(city.cluster);
        db.setDatabaseName(city.name);
        db.setUserName(PostgresServer::user());
        REQUIRE(db.open());
        QSqlQuery q(db);
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec(
            QStringLiteral("SELECT pg_advisory_lock(hashtext('servicehall'), hashtext('city pool'))")));
    }
    ~GapsPoolHolder()
    {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    GapsPoolHolder(const GapsPoolHolder&) = delete;
    GapsPoolHolder& operator=(const GapsPoolHolder&) = delete;
    const QString name = QStringLiteral("gaps-holder-2");
};

/// Sends every request of `requests` (op, args) at once, as one burst of frames that the service
/// reads in one event-loop turn, and returns their replies in the same order.
QList<QJsonObject> gapsBurst(WsClient& client, const QList<QPair<QString, QJsonObject>>& requests)
{
    constexpr qint64 kFirstId = 9000;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        client.sendRaw(gapsText(QJsonObject{{QStringLiteral("id"), kFirstId + i},
                                            {QStringLiteral("op"), requests[i].first},
                                            {QStringLiteral("args"), requests[i].second}}));
    }
    QList<QJsonObject> replies(requests.size());
    for (qsizetype n = 0; n < requests.size(); ++n) {
        const QJsonObject reply = client.nextReply(30000);
        const qint64 i = reply.value(QLatin1String("id")).toInteger() - kFirstId;
        INFO(gapsText(reply).toStdString());
        REQUIRE((i >= 0 && i < requests.size()));
        replies[i] = reply;
    }
    return replies;
}

QJsonObject gapsIssueArgs(const QString& requestId)
{
    return {{QStringLiteral("requestId"), requestId},
            {QStringLiteral("services"), QJsonArray{QStringLiteral("marriage")}}};
}

QString gapsNumber(const QJsonObject& reply)
{
    return result(reply).value(QLatin1String("ticket")).toObject().value(QLatin1String("number")).toString();
}

/// Starts `hall` with `flags` (on its own SQLite beside the city: `--city-database` among them) and
/// says hello from its kiosk on `kiosk`.
void gapsStartBeside(HallProcess& hall, const QStringList& flags, WsClient& kiosk)
{
    const QString token = hall.addDevice(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
    REQUIRE(hall.start(flags));
    REQUIRE(kiosk.open(hall.url()));
    REQUIRE(ok(kiosk.hello(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"), token)));
}

/// gapsStartBeside() for a hall `name` whose city part of a turn is bounded at 500 ms, and the kiosk's
/// first booking made (the hall has joined the city then).
void gapsStartBounded(HallProcess& hall, const CityDatabase& city, const BookingConfigFile& config,
                      const QString& name, WsClient& kiosk)
{
    gapsStartBeside(hall,
                    config.flags() + QStringList{QStringLiteral("--city-database"), city.url,
                                                 QStringLiteral("--hall"), name,
                                                 QStringLiteral("--commit-wait-ms"), QStringLiteral("500")},
                    kiosk);
    REQUIRE(ok(kiosk.call(QStringLiteral("booking.create"), createArgs(QStringLiteral("b-1"), 1, kDec1At9))));
}

} // namespace

TEST_CASE(
    "a hall beside the city database whose city hangs: tickets issued in the same moment as the hanging "
    "booking are acknowledged and kept, and only the booking is refused, in both languages",
    "[.][city][apart]")
{
    CityDatabase city;
    BookingConfigFile config(generalBookingJson());
    HallProcess hall{QString(), QString()};
    WsClient kiosk;
    gapsStartBounded(hall, city, config, QStringLiteral("q"), kiosk);

    QList<QJsonObject> replies;
    {
        const GapsPoolHolder holder(city);
        // A ticket before the booking, the booking whose city part hangs, a ticket after it: all in
        // one turn of the hall's event loop.
        replies = gapsBurst(
            kiosk, {{QStringLiteral("ticket.issue"), gapsIssueArgs(QStringLiteral("t-1"))},
                    {QStringLiteral("booking.create"), createArgs(QStringLiteral("b-2"), 2, kDec1At9)},
                    {QStringLiteral("ticket.issue"), gapsIssueArgs(QStringLiteral("t-2"))}});
    }
    INFO(gapsText(replies[0]).toStdString() << '\n'
                                            << gapsText(replies[1]).toStdString() << '\n'
                                            << gapsText(replies[2]).toStdString() << "\nservice log:\n"
                                            << hall.log().right(3000).toStdString());
    CHECK(ok(replies[0]));
    CHECK(ok(replies[2]));
    REQUIRE(errorCode(replies[1]) == QLatin1String("STORAGE_FAILED"));
    CHECK(gapsWords(replies[1]).contains(QStringLiteral("市级预约库")));
    CHECK(gapsWords(replies[1]).contains(QStringLiteral("city booking database")));
    CHECK(hall.log().contains(QLatin1String("did not answer within 500 ms")));
    const QString first = gapsNumber(replies[0]);
    const QString second = gapsNumber(replies[2]);
    CHECK(!first.isEmpty());
    CHECK(!second.isEmpty());
    CHECK(first != second);

    // Kept: both are in the hall's store, a retry of either gets its first answer, the next ticket
    // numbers on after them, and the city, once it moves, takes bookings again.
    const HallStore store(hall);
    CHECK(store.value(QStringLiteral("SELECT COUNT(*) FROM tickets")).toInt() == 2);
    CHECK(gapsNumber(kiosk.call(QStringLiteral("ticket.issue"), gapsIssueArgs(QStringLiteral("t-1")))) ==
          first);
    const QString third =
        gapsNumber(kiosk.call(QStringLiteral("ticket.issue"), gapsIssueArgs(QStringLiteral("t-3"))));
    CHECK(!third.isEmpty());
    CHECK(third != first);
    CHECK(third != second);
    CHECK(store.value(QStringLiteral("SELECT COUNT(*) FROM tickets")).toInt() == 3);
    REQUIRE(askUntil(
        [&] {
            return ok(
                kiosk.call(QStringLiteral("booking.create"), createArgs(QStringLiteral("b-3"), 3, kDec1At9)));
        },
        60000));
    // The refused booking holds nothing in the city: the two acknowledged ones do.
    CHECK(gapsCity(city.cluster, city.name, QStringLiteral("SELECT SUM(taken) FROM city.slot_places")) == 2);
}

TEST_CASE("a hall beside the city database answers a booking the city refused as refused, also when the "
          "next turns wrote before its commit was on disk",
          "[.][city][apart]")
{
    CityDatabase city;
    BookingConfigFile config(generalBookingJson());
    HallProcess hall{QString(), QString()};
    WsClient kiosk;
    gapsStartBeside(hall,
                    config.flags() + QStringList{QStringLiteral("--city-database"), city.url,
                                                 QStringLiteral("--hall"), QStringLiteral("v")},
                    kiosk);

    // Couple 1 books here, and cancels; meanwhile (as the city sees it) another hall booked them: the
    // city holds their persons for a booking of that hall, which this hall's memory cannot know.
    const QJsonObject booked =
        kiosk.call(QStringLiteral("booking.create"), createArgs(QStringLiteral("b-1"), 1, kDec1At9));
    REQUIRE(ok(booked));
    const QString code = bookingOf(booked).value(QLatin1String("code")).toString();
    QString error;
    const QString keys = PostgresServer::scalar(
        city.cluster, city.name,
        QStringLiteral("SELECT string_agg(person_key, ',') FROM city.person_claims WHERE code = '%1'")
            .arg(code),
        &error);
    REQUIRE(error.isEmpty());
    REQUIRE(keys.count(QLatin1Char(',')) == 1);
    REQUIRE(ok(kiosk.call(QStringLiteral("booking.cancel"),
                          {{QStringLiteral("code"), code}, {QStringLiteral("idNumber"), groom(1)}})));
    for (const QString& key : keys.split(QLatin1Char(','))) {
        gapsCity(city.cluster, city.name,
                 QStringLiteral("INSERT INTO city.person_claims (person_key, kind, hall, code, until)"
                                " VALUES ('%1', 'registration', 'hall_elsewhere', 'ELSEWHR1',"
                                " '2099-01-01T00:00:00+08:00') RETURNING 1")
                     .arg(key));
    }

    // Couple 1 again (the city refuses), a ticket, couple 2 (the city takes it), in one turn of the
    // hall's loop: the ticket commits apart from the first booking, the second booking's turn commits
    // before the first one's commit is on disk.
    const QList<QJsonObject> replies = gapsBurst(
        kiosk, {{QStringLiteral("booking.create"), createArgs(QStringLiteral("b-2"), 1, kDec1At9)},
                {QStringLiteral("ticket.issue"), gapsIssueArgs(QStringLiteral("t-1"))},
                {QStringLiteral("booking.create"), createArgs(QStringLiteral("b-3"), 2, kDec1At9)}});
    INFO(gapsText(replies[0]).toStdString() << '\n'
                                            << gapsText(replies[1]).toStdString() << '\n'
                                            << gapsText(replies[2]).toStdString() << "\nservice log:\n"
                                            << hall.log().right(3000).toStdString());
    CHECK(errorCode(replies[0]) == QLatin1String("ALREADY_BOOKED"));
    CHECK(ok(replies[1]));
    CHECK(ok(replies[2]));
    // A retry of the refused request is not answered from a success either.
    CHECK(errorCode(
              kiosk.call(QStringLiteral("booking.create"), createArgs(QStringLiteral("b-2"), 1, kDec1At9))) ==
          QLatin1String("ALREADY_BOOKED"));
    const HallStore store(hall);
    CHECK(store.value(QStringLiteral("SELECT COUNT(*) FROM bookings WHERE status = 'confirmed'")).toInt() ==
          1);
    CHECK(gapsCity(city.cluster, city.name,
                   QStringLiteral("SELECT COUNT(*) FROM city.booking_claims WHERE hall = 'hall_v'")) == 1);
}

TEST_CASE("a hall beside the city database whose city hangs: the booking turn ends at --commit-wait-ms, "
          "the queue goes on, and booking works again once the city moves",
          "[.][city][apart]")
{
    CityDatabase city;
    BookingConfigFile config(generalBookingJson());
    HallProcess hall{QString(), QString()};
    WsClient kiosk;
    gapsStartBounded(hall, city, config, QStringLiteral("h"), kiosk);

    // Another session takes the city pool and keeps it: a hall's turn that claims waits on it.
    const QString name = QStringLiteral("gaps-holder");
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        holder.setHostName(city.cluster);
        holder.setDatabaseName(city.name);
        holder.setUserName(PostgresServer::user());
        REQUIRE(holder.open());
        QSqlQuery q(holder);
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec(
            QStringLiteral("SELECT pg_advisory_lock(hashtext('servicehall'), hashtext('city pool'))")));

        // Answered (not left hanging past the client's patience), and not acknowledged.
        const QJsonObject hung =
            kiosk.call(QStringLiteral("booking.create"), createArgs(QStringLiteral("b-2"), 2, kDec1At9));
        INFO(gapsText(hung).toStdString() << "\nservice log:\n" << hall.log().right(3000).toStdString());
        REQUIRE(errorCode(hung) == QLatin1String("STORAGE_FAILED"));
        // The queue goes on while the city is still held.
        CHECK(gapsIssued(kiosk, QStringLiteral("t-1")));
        CHECK(gapsIssued(kiosk, QStringLiteral("t-2")));
        CHECK(hall.log().contains(QLatin1String("did not answer within 500 ms")));
        REQUIRE(q.exec(QStringLiteral("SELECT pg_advisory_unlock_all()")));
        holder.close();
    }
    QSqlDatabase::removeDatabase(name);

    QJsonObject after;
    REQUIRE(askUntil(
        [&] {
            after =
                kiosk.call(QStringLiteral("booking.create"), createArgs(QStringLiteral("b-3"), 3, kDec1At9));
            return ok(after);
        },
        60000));
    // The city holds exactly the places of the acknowledged bookings.
    CHECK(gapsCity(city.cluster, city.name, QStringLiteral("SELECT COUNT(*) FROM city.booking_claims")) == 2);
    CHECK(gapsCity(city.cluster, city.name, QStringLiteral("SELECT SUM(taken) FROM city.slot_places")) == 2);
}

TEST_CASE("a hall beside the city database starts while the city does not answer: it serves its queue, "
          "refuses bookings in both languages, and joins the city when it answers",
          "[.][city][apart]")
{
    PostgresServer cluster;
    INFO(cluster.error().toStdString());
    REQUIRE(cluster.error().isEmpty());
    QString error;
    const QString database = PostgresServer::createDatabase(cluster.socketDir(), &error);
    REQUIRE(error.isEmpty());
    const QString url = PostgresServer::databaseUrl(cluster.socketDir(), database);
    REQUIRE(cluster.stopNow().isEmpty());

    BookingConfigFile config(generalBookingJson());
    HallProcess hall{QString(), QString()};
    const QString kioskToken = hall.addDevice(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
    const bool started =
        hall.start(config.flags() + QStringList{QStringLiteral("--city-database"), url,
                                                QStringLiteral("--hall"), QStringLiteral("s"),
                                                QStringLiteral("--operator-port"), QStringLiteral("0")});
    INFO(hall.log().right(3000).toStdString());
    REQUIRE(started);
    const auto cityLink = [&] {
        const QJsonObject health =
            QJsonDocument::fromJson(httpGet(hall.operatorPort(), QStringLiteral("/healthz")).body).object();
        return health.value(QLatin1String("city")).toObject().value(QLatin1String("link")).toString();
    };
    CHECK(cityLink() == QLatin1String("reconnecting"));
    CHECK(httpGet(hall.operatorPort(), QStringLiteral("/healthz")).status == 200);

    WsClient kiosk;
    REQUIRE(kiosk.open(hall.url()));
    REQUIRE(ok(kiosk.hello(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"), kioskToken)));
    CHECK(gapsIssued(kiosk, QStringLiteral("t-1")));
    const QJsonObject refused =
        kiosk.call(QStringLiteral("booking.create"), createArgs(QStringLiteral("b-down"), 1, kDec1At9));
    INFO(gapsText(refused).toStdString());
    CHECK(errorCode(refused) == QLatin1String("STORAGE_FAILED"));
    CHECK(gapsWords(refused).contains(QStringLiteral("市级预约库暂不可用")));
    CHECK(gapsWords(refused).contains(QStringLiteral("city booking database is unavailable")));
    CHECK(gapsIssued(kiosk, QStringLiteral("t-2")));

    REQUIRE(cluster.startAgain().isEmpty());
    QJsonObject booked;
    REQUIRE(askUntil(
        [&] {
            booked =
                kiosk.call(QStringLiteral("booking.create"), createArgs(QStringLiteral("b-up"), 2, kDec1At9));
            return ok(booked);
        },
        60000));
    CHECK(cityLink() == QLatin1String("up"));
    CHECK(gapsCity(cluster.socketDir(), database,
                   QStringLiteral("SELECT SUM(taken) FROM city.slot_places")) == 1);
    // The tickets issued before the city was ever reached reach it too, once.
    REQUIRE(askUntil(
        [&] {
            QString e;
            return PostgresServer::scalar(cluster.socketDir(), database,
                                          QStringLiteral("SELECT COUNT(*) FROM hall_s.tickets"),
                                          &e) == QLatin1String("2");
        },
        30000));
}

TEST_CASE("a hall beside the city database gives back, at its start, the city claims no booking of it "
          "holds (a city commit whose local commit failed)",
          "[.][city][apart]")
{
    CityDatabase city;
    BookingConfigFile config(generalBookingJson());
    HallProcess hall{QString(), QString()};
    const QString kioskToken = hall.addDevice(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
    const QStringList flags = config.flags() + QStringList{QStringLiteral("--city-database"), city.url,
                                                           QStringLiteral("--hall"), QStringLiteral("r")};
    REQUIRE(hall.start(flags));
    {
        WsClient kiosk;
        REQUIRE(kiosk.open(hall.url()));
        REQUIRE(ok(kiosk.hello(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"), kioskToken)));
        REQUIRE(
            ok(kiosk.call(QStringLiteral("booking.create"), createArgs(QStringLiteral("b-1"), 1, kDec1At9))));
    }
    REQUIRE(hall.terminate() == 0);

    // What the gap leaves: the city took a place and a person for a booking the hall never stored.
    const auto exec = [&](const QString& sql) { gapsCity(city.cluster, city.name, sql); };
    exec(QStringLiteral(
        "INSERT INTO city.booking_claims (hall, code, office, slot_start, type)"
        " SELECT hall, 'ORPHAN1', office, slot_start, type FROM city.booking_claims RETURNING 1"));
    exec(QStringLiteral("UPDATE city.slot_places SET taken = taken + 1 RETURNING 1"));
    exec(QStringLiteral("INSERT INTO city.person_claims (person_key, kind, hall, code, until)"
                        " VALUES ('feed', 'registration', 'hall_r', 'ORPHAN1', '2099-01-01T00:00:00+08:00')"
                        " RETURNING 1"));
    REQUIRE(gapsCity(city.cluster, city.name, QStringLiteral("SELECT SUM(taken) FROM city.slot_places")) ==
            2);

    REQUIRE(hall.start(flags));
    INFO(hall.log().right(3000).toStdString());
    CHECK(hall.log().contains(QLatin1String("were put right")));
    CHECK(gapsCity(city.cluster, city.name, QStringLiteral("SELECT SUM(taken) FROM city.slot_places")) == 1);
    CHECK(gapsCity(city.cluster, city.name,
                   QStringLiteral("SELECT COUNT(*) FROM city.booking_claims WHERE code = 'ORPHAN1'")) == 0);
    CHECK(gapsCity(city.cluster, city.name,
                   QStringLiteral("SELECT COUNT(*) FROM city.person_claims WHERE code = 'ORPHAN1'")) == 0);
    // The booking the hall holds keeps its place and persons.
    CHECK(gapsCity(city.cluster, city.name, QStringLiteral("SELECT COUNT(*) FROM city.booking_claims")) == 1);
    CHECK(gapsCity(city.cluster, city.name, QStringLiteral("SELECT COUNT(*) FROM city.person_claims")) == 2);
}
