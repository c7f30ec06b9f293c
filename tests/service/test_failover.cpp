// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A city database that fails over: hall-service on a primary with a synchronous hot standby, both
// hosts in its URL. The primary is killed; writes are refused in words while no primary answers;
// the standby is promoted; the service reconnects by itself and everything it acknowledged is there.
// Runs only as "service (postgres): …", on a primary and standby of its own (not the run's cluster).
#include "httpget.h"
#include "postgresserver.h"
#include "test_booking_support.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QJsonDocument>

#include <cstdio>

using namespace hall::test;

namespace {

/// A database on `cluster` once its synchronous standby is streaming (both failover tests start so).
QString databaseWithStandby(PostgresServer& cluster)
{
    INFO(cluster.error().toStdString());
    REQUIRE(cluster.error().isEmpty());
    const QString standbyError = cluster.startStandby();
    INFO(standbyError.toStdString());
    REQUIRE(standbyError.isEmpty());
    QString error;
    const QString database = PostgresServer::createDatabase(cluster.socketDir(), &error);
    REQUIRE(error.isEmpty());
    return database;
}

QString failoverText(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject failoverIssueArgs(const QString& requestId)
{
    return {{QStringLiteral("requestId"), requestId},
            {QStringLiteral("services"), QJsonArray{QStringLiteral("marriage")}}};
}

QJsonObject failoverHealth(quint16 port)
{
    return QJsonDocument::fromJson(httpGet(port, QStringLiteral("/healthz")).body).object();
}

QString failoverLinkState(quint16 port)
{
    return failoverHealth(port)
        .value(QLatin1String("storage"))
        .toObject()
        .value(QLatin1String("link"))
        .toString();
}

} // namespace

TEST_CASE("failover: the primary is killed, writes are refused in words, the standby is promoted and "
          "the service reconnects by itself with every acknowledged ticket and booking",
          "[.][city][failover]")
{
    PostgresServer cluster;
    const QString database = databaseWithStandby(cluster);
    const QString url =
        QStringLiteral("postgresql:///%1?host=%2,%3&user=%4&target_session_attrs=read-write")
            .arg(database, cluster.socketDir(), cluster.standbySocketDir(), PostgresServer::user());

    BookingConfigFile config(generalBookingJson());
    HallProcess hall(url, QStringLiteral("a"));
    const QString kioskToken = hall.addDevice(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
    REQUIRE(hall.start(config.flags() + QStringList{QStringLiteral("--operator-port"), QStringLiteral("0")}));
    const quint16 operatorPort = hall.operatorPort();
    REQUIRE(failoverLinkState(operatorPort) == QLatin1String("up"));

    WsClient kiosk;
    REQUIRE(kiosk.open(hall.url()));
    REQUIRE(ok(kiosk.hello(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"), kioskToken)));

    // Acknowledged before the kill: tickets and bookings (the standby has each before its reply).
    QStringList tickets;
    for (int i = 1; i <= 4; ++i) {
        tickets << HallFixture::issue(kiosk, {QStringLiteral("marriage")}, QStringLiteral("t-%1").arg(i))
                       .value(QLatin1String("ticket"))
                       .toObject()
                       .value(QLatin1String("number"))
                       .toString();
    }
    QStringList bookings;
    const QStringList slotStarts{QStringLiteral("2026-12-01T09:00:00+08:00"),
                                 QStringLiteral("2026-12-01T09:00:00+08:00"),
                                 QStringLiteral("2026-12-01T09:30:00+08:00")};
    for (int n = 1; n <= 3; ++n) {
        const QJsonObject reply = kiosk.call(QStringLiteral("booking.create"),
                                             createArgs(QStringLiteral("b-%1").arg(n), n, slotStarts[n - 1]));
        INFO(failoverText(reply).toStdString());
        REQUIRE(ok(reply));
        bookings << result(reply)
                        .value(QLatin1String("booking"))
                        .toObject()
                        .value(QLatin1String("code"))
                        .toString();
    }
    REQUIRE(tickets.size() == 4);

    REQUIRE(cluster.killPrimary().isEmpty());

    // No primary: every change is refused at once, in words that say why, and nothing is acknowledged.
    QJsonObject refused;
    QString linkState;
    // An issue sent just after the kill may still be committed by the dying primary and its synchronous
    // standby, and acknowledged: it counts as acknowledged before the kill, and the next one is tried.
    int lateAcks = 0;
    QString during = QStringLiteral("during-0");
    const bool down = askUntil(
        [&] {
            refused = kiosk.call(QStringLiteral("ticket.issue"), failoverIssueArgs(during));
            if (ok(refused)) {
                tickets << result(refused)
                               .value(QLatin1String("ticket"))
                               .toObject()
                               .value(QLatin1String("number"))
                               .toString();
                during = QStringLiteral("during-%1").arg(++lateAcks);
                return false;
            }
            linkState = failoverLinkState(operatorPort);
            return errorCode(refused) == QLatin1String("STORAGE_FAILED") &&
                   linkState == QLatin1String("reconnecting");
        },
        30000);
    INFO("last answer: " << failoverText(refused).toStdString() << "\nlink: " << linkState.toStdString()
                         << "\nservice log:\n"
                         << hall.log().right(4000).toStdString());
    REQUIRE(down);
    const QString words =
        refused.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    CHECK(words.contains(QStringLiteral("市级数据库暂不可用")));
    CHECK(words.contains(QStringLiteral("city database is unavailable")));
    // The same sentence in each language, for the devices to show in theirs.
    const QJsonObject said = refused.value(QLatin1String("error")).toObject();
    CHECK(said.value(QLatin1String("messageZh")).toString().startsWith(QStringLiteral("市级数据库暂不可用")));
    CHECK(said.value(QLatin1String("messageEn"))
              .toString()
              .startsWith(QStringLiteral("The city database is unavailable")));
    CHECK(errorCode(kiosk.call(QStringLiteral("booking.create"),
                               createArgs(QStringLiteral("b-during"), 9, slotStarts[2]))) ==
          QLatin1String("STORAGE_FAILED"));
    // Reads from memory go on, and the operator sees the state.
    const QJsonObject snapshot = kiosk.call(QStringLiteral("hall.snapshot"));
    CHECK(ok(snapshot));
    const HttpResult health = httpGet(operatorPort, QStringLiteral("/healthz"));
    CHECK(health.status == 503);
    CHECK(httpGet(operatorPort, QStringLiteral("/metrics"))
              .body.contains("hall_storage_link_up{state=\"reconnecting\"} 0"));

    REQUIRE(cluster.promoteStandby().isEmpty());

    // Back by itself, no restart. The refused request, retried: the next number either way — issued now, or,
    // if the old primary committed it and the standby had it when its answer was lost, that first
    // answer (the ledger is read again at the reconnect), never a second ticket. Numbering goes on from
    // what the promoted standby holds, and a retry of an acknowledged request gets its first answer.
    const qint64 pid = hall.pid();
    QJsonObject after;
    REQUIRE(askUntil(
        [&] {
            after = kiosk.call(QStringLiteral("ticket.issue"), failoverIssueArgs(during));
            return ok(after);
        },
        60000));
    CHECK(hall.pid() == pid);
    INFO(failoverText(after).toStdString() << "\nservice log: " << hall.log().right(6000).toStdString());
    const auto numberAfter = [&](qsizetype n) {
        return QStringLiteral("A%1").arg(n, 3, 10, QLatin1Char('0'));
    };
    CHECK(result(after).value(QLatin1String("ticket")).toObject().value(QLatin1String("number")).toString() ==
          numberAfter(tickets.size() + 1));
    CHECK(failoverLinkState(operatorPort) == QLatin1String("up"));
    const QJsonObject fifth =
        kiosk.call(QStringLiteral("ticket.issue"), failoverIssueArgs(QStringLiteral("t-5")));
    INFO(failoverText(fifth).toStdString());
    CHECK(result(fifth).value(QLatin1String("ticket")).toObject().value(QLatin1String("number")).toString() ==
          numberAfter(tickets.size() + 2));
    CHECK(HallFixture::issue(kiosk, {QStringLiteral("marriage")}, QStringLiteral("t-2"))
              .value(QLatin1String("ticket"))
              .toObject()
              .value(QLatin1String("number"))
              .toString() == tickets[1]);
    const QJsonObject booked =
        kiosk.call(QStringLiteral("booking.create"), createArgs(QStringLiteral("b-4"), 4, slotStarts[2]));
    INFO(failoverText(booked).toStdString());
    CHECK(ok(booked));
    CHECK(httpGet(operatorPort, QStringLiteral("/metrics")).body.contains("hall_storage_reconnects_total 1"));

    // Everything acknowledged before the kill is on the promoted standby.
    const auto count = [&](const QString& sql) {
        QString e;
        const QString v = PostgresServer::scalar(cluster.standbySocketDir(), database, sql, &e);
        INFO(e.toStdString());
        return v.toInt();
    };
    const QString quoted = QStringLiteral("'%1'").arg(tickets.join(QStringLiteral("','")));
    const int ticketsFound =
        count(QStringLiteral("SELECT COUNT(*) FROM hall_a.tickets WHERE number IN (%1)").arg(quoted));
    // Each number once: those acknowledged before the kill, the refused one retried, and one more.
    CHECK(count(QStringLiteral("SELECT COUNT(DISTINCT number) FROM hall_a.tickets")) == tickets.size() + 2);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM hall_a.tickets")) == tickets.size() + 2);
    const int bookingsFound =
        count(QStringLiteral("SELECT COUNT(*) FROM hall_a.bookings WHERE code IN ('%1')")
                  .arg(bookings.join(QStringLiteral("','"))));
    std::printf("failover: acknowledged before the kill: %lld tickets, %lld bookings; found on the promoted "
                "standby: %d tickets, %d bookings\n",
                static_cast<long long>(tickets.size()), static_cast<long long>(bookings.size()), ticketsFound,
                bookingsFound);
    std::fflush(stdout);
    CHECK(ticketsFound == tickets.size());
    CHECK(bookingsFound == bookings.size());
    INFO(hall.log().right(3000).toStdString());
    CHECK(hall.log().contains(QStringLiteral("database connection is back")));
}

TEST_CASE("a lost synchronous standby: the commit that meets it is refused in words after the commit wait, "
          "the hall goes on answering, and writes resume by themselves when the standby is back",
          "[.][city][failover]")
{
    PostgresServer cluster;
    const QString database = databaseWithStandby(cluster);
    const QString url = PostgresServer::databaseUrl(cluster.socketDir(), database);

    constexpr int kWaitMs = 1500;
    HallProcess hall(url, QStringLiteral("a"));
    const QString kioskToken = hall.addDevice(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
    REQUIRE(hall.start({QStringLiteral("--operator-port"), QStringLiteral("0"),
                        QStringLiteral("--commit-wait-ms"), QString::number(kWaitMs)}));
    const quint16 operatorPort = hall.operatorPort();
    WsClient kiosk;
    REQUIRE(kiosk.open(hall.url()));
    REQUIRE(ok(kiosk.hello(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"), kioskToken)));
    const auto number = [](const QJsonObject& reply) {
        return result(reply)
            .value(QLatin1String("ticket"))
            .toObject()
            .value(QLatin1String("number"))
            .toString();
    };
    QStringList acknowledged;
    for (int i = 1; i <= 2; ++i) {
        const QJsonObject reply =
            kiosk.call(QStringLiteral("ticket.issue"), failoverIssueArgs(QStringLiteral("t-%1").arg(i)));
        REQUIRE(ok(reply));
        acknowledged << number(reply);
    }

    REQUIRE(cluster.stopStandby().isEmpty());

    // The commit that meets the lost standby: refused after the wait, in words, never acknowledged.
    QElapsedTimer took;
    took.start();
    const QJsonObject refused =
        kiosk.call(QStringLiteral("ticket.issue"), failoverIssueArgs(QStringLiteral("t-3")));
    const qint64 refusedAfterMs = took.elapsed();
    INFO(failoverText(refused).toStdString() << "\nservice log:\n" << hall.log().right(3000).toStdString());
    REQUIRE(errorCode(refused) == QLatin1String("STORAGE_FAILED"));
    CHECK(refusedAfterMs >= kWaitMs);
    const QJsonObject said = refused.value(QLatin1String("error")).toObject();
    CHECK(said.value(QLatin1String("messageZh")).toString().contains(QStringLiteral("备用库")));
    CHECK(said.value(QLatin1String("messageEn")).toString().contains(QStringLiteral("standby")));
    CHECK(failoverLinkState(operatorPort) == QLatin1String("standbyLost"));
    CHECK(httpGet(operatorPort, QStringLiteral("/healthz")).status == 503);

    // Not frozen: reads answer, and a change is refused at once, without waiting for the standby again.
    took.restart();
    CHECK(ok(kiosk.call(QStringLiteral("hall.snapshot"))));
    const QJsonObject atOnce =
        kiosk.call(QStringLiteral("ticket.issue"), failoverIssueArgs(QStringLiteral("t-4")));
    const qint64 atOnceMs = took.elapsed();
    CHECK(errorCode(atOnce) == QLatin1String("STORAGE_FAILED"));
    CHECK(atOnceMs < kWaitMs);
    std::printf("lost standby: refused after %lld ms (commit wait %d ms); a read and the next change took "
                "%lld ms\n",
                static_cast<long long>(refusedAfterMs), kWaitMs, static_cast<long long>(atOnceMs));
    std::fflush(stdout);

    REQUIRE(cluster.restartStandby().isEmpty());

    // Back by itself. The refused request, retried: the primary committed it alone at the bound, and
    // the standby has it now, so the retry gets that first answer (the ledger is read again), never a
    // second ticket.
    QJsonObject retried;
    REQUIRE(askUntil(
        [&] {
            retried = kiosk.call(QStringLiteral("ticket.issue"), failoverIssueArgs(QStringLiteral("t-3")));
            return ok(retried);
        },
        60000));
    CHECK(number(retried) == QStringLiteral("A003"));
    CHECK(failoverLinkState(operatorPort) == QLatin1String("up"));
    const QJsonObject next =
        kiosk.call(QStringLiteral("ticket.issue"), failoverIssueArgs(QStringLiteral("t-5")));
    INFO(failoverText(next).toStdString());
    CHECK(number(next) == QStringLiteral("A004"));

    // What was acknowledged is on the standby, and every number once.
    const auto count = [&](const QString& sql) {
        QString e;
        const QString v = PostgresServer::scalar(cluster.standbySocketDir(), database, sql, &e);
        INFO(e.toStdString());
        return v.toInt();
    };
    // A synchronous commit is flushed on the standby; replaying it there for readers may lag a little.
    CHECK(askUntil([&] { return count(QStringLiteral("SELECT COUNT(*) FROM hall_a.tickets")) == 4; }, 10000));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM hall_a.tickets WHERE number IN ('%1')")
                    .arg(acknowledged.join(QStringLiteral("','")))) == acknowledged.size());
    CHECK(count(QStringLiteral("SELECT COUNT(DISTINCT number) FROM hall_a.tickets")) == 4);
    CHECK(hall.log().contains(QStringLiteral("synchronous standby did not confirm")));
}
