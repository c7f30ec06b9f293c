// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The city booking pool: three hall-service processes (three halls) on one PostgreSQL take places in
// the same slot; the database decides the last place and the one-booking-per-person rule. These run
// only as "service (postgres): …" (hidden from the SQLite run), on the run's cluster.
#include "citydatabase.h"
#include "postgresserver.h"
#include "test_booking_support.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace hall::test;

namespace {

// One office with one 100-place slot on the special date 2026-12-05 (a Saturday), already released
// when the halls start; 2026-11-26 is an ordinary Thursday with 2 places per slot.
const QByteArray kCityJson = R"({
  "offices": [ { "id": "main", "nameZh": "测试婚姻登记处",
                 "sessions": [ { "days": [1, 2, 3, 4, 5], "from": "09:00", "until": "09:30", "slotMinutes": 30,
                                 "capacity": { "marriage": 2 } } ] } ],
  "specialDates": {
                    "dates": [ { "date": "2026-12-05", "nameZh": "测试吉日",
                                 "releaseAt": "2026-11-24T09:00:00+08:00", "capacity": { "marriage": 100 } } ] }
})";
const QString kSpecialSlot = QStringLiteral("2026-12-05T09:00:00+08:00");
constexpr int kCityAttempts = 3000;
constexpr int kCityDevicesPerHall = 2;
constexpr int kCityConnectionsPerHall = 30;

/// The city's database with a connection of the test's own to look at what it holds.
struct CityPoolDatabase : CityDatabase
{
    CityPoolDatabase()
    {
        connection = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(cluster);
        db.setDatabaseName(name);
        db.setUserName(PostgresServer::user());
        REQUIRE(db.open());
    }
    ~CityPoolDatabase()
    {
        QSqlDatabase::database(connection, false).close();
        QSqlDatabase::removeDatabase(connection);
    }
    /// The first column of every row of `sql`.
    QStringList column(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(connection, false));
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        QStringList out;
        while (q.next()) {
            out << q.value(0).toString();
        }
        return out;
    }
    /// The codes of the confirmed bookings of the special slot in every hall.
    QStringList confirmedCodes() const
    {
        QStringList sql;
        for (const char* hall : {"hall_a", "hall_b", "hall_c"}) {
            sql << QStringLiteral("SELECT code FROM %1.bookings WHERE status = 'confirmed'"
                                  " AND slot_start LIKE '2026-12-05T09:00%'")
                       .arg(QLatin1String(hall));
        }
        return column(sql.join(QStringLiteral(" UNION ALL ")));
    }
    int takenInCity() const
    {
        return column(QStringLiteral(
                          "SELECT taken FROM city.slot_places WHERE slot_start LIKE '2026-12-05T09:00%'"))
            .value(0)
            .toInt();
    }
    QString connection;
};

/// Three halls of one city: the same person key (the city's one person-key.secret, copied from the
/// first hall as an operator would), kiosks to burst with.
struct ThreeHalls
{
    explicit ThreeHalls(const CityPoolDatabase& city)
    {
        for (const char* id : {"a", "b", "c"}) {
            halls.push_back(std::make_unique<HallProcess>(city.url, QLatin1String(id)));
        }
        const QString secret = halls[0]->dataDir() + QStringLiteral("/person-key.secret");
        for (std::size_t h = 1; h < halls.size(); ++h) {
            const QString mine = halls[h]->dataDir() + QStringLiteral("/person-key.secret");
            REQUIRE(QFile::remove(mine));
            REQUIRE(QFile::copy(secret, mine));
        }
        for (std::size_t h = 0; h < halls.size(); ++h) {
            QList<QPair<QString, QString>> mine;
            for (int i = 1; i <= kCityDevicesPerHall; ++i) {
                const QString name = QStringLiteral("kiosk-city%1").arg(i);
                mine.append({name, halls[h]->addDevice(QStringLiteral("kiosk"), name)});
            }
            devices.push_back(mine);
            tokens << halls[h]->addDevice(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
        }
        for (auto& hall : halls) {
            INFO(hall->log().right(2000).toStdString());
            REQUIRE(hall->start(flags()));
        }
    }
    QStringList flags() const
    {
        return config.flags() + QStringList{QStringLiteral("--quiet"),
                                            QStringLiteral("--max-connections-per-address"),
                                            QStringLiteral("200"), QStringLiteral("--booking-device-burst"),
                                            QStringLiteral("2000")};
    }
    std::unique_ptr<WsClient> kiosk(std::size_t hall) const
    {
        auto c = std::make_unique<WsClient>();
        REQUIRE(c->open(halls[hall]->url()));
        REQUIRE(ok(c->hello(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"),
                            tokens[static_cast<qsizetype>(hall)])));
        return c;
    }
    BookingConfigFile config{kCityJson};
    std::vector<std::unique_ptr<HallProcess>> halls;
    std::vector<QList<QPair<QString, QString>>> devices;
    QStringList tokens;
};

/// Places left of `slotStart`'s date as `kiosk`'s hall shows them (its cache).
int remainingOn(WsClient& kiosk, const QString& date)
{
    const QJsonObject reply =
        kiosk.call(QStringLiteral("booking.slots"),
                   {{QStringLiteral("date"), date}, {QStringLiteral("type"), QStringLiteral("marriage")}});
    INFO(QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact)).toStdString());
    REQUIRE(ok(reply));
    return result(reply).value(QLatin1String("remaining")).toInt();
}

/// 3,000 attempts on the special slot, spread over the halls: couple i/2 tries at two halls.
struct CityBurst
{
    explicit CityBurst(ThreeHalls& city)
    {
        for (std::size_t h = 0; h < city.halls.size(); ++h) {
            clients.push_back(std::make_unique<BurstClients>(city.halls[h]->url(), city.devices[h],
                                                             kCityConnectionsPerHall));
        }
        for (int i = 0; i < kCityAttempts; ++i) {
            const std::size_t hall = static_cast<std::size_t>(i % 3);
            const qint64 id =
                clients[hall]->send((i / 3) % kCityConnectionsPerHall, QStringLiteral("booking.create"),
                                    createArgs(QStringLiteral("city-%1").arg(i), i / 2, kSpecialSlot));
            sent.append({hall, id, i / 2});
        }
    }
    struct Sent
    {
        std::size_t hall;
        qint64 id;
        int couple;
    };
    int replies() const
    {
        int n = 0;
        for (const auto& c : clients) {
            n += static_cast<int>(c->replies().size());
        }
        return n;
    }
    /// Acknowledged codes (with their couple), and the refusals by code.
    void tally()
    {
        for (const Sent& s : sent) {
            const auto it = clients[s.hall]->replies().constFind(s.id);
            if (it == clients[s.hall]->replies().constEnd()) {
                ++unanswered;
            } else if (ok(*it)) {
                acknowledged.insert(result(*it)
                                        .value(QLatin1String("booking"))
                                        .toObject()
                                        .value(QLatin1String("code"))
                                        .toString(),
                                    s.couple);
            } else {
                refusals[errorCode(*it)] += 1;
            }
        }
    }
    std::vector<std::unique_ptr<BurstClients>> clients;
    QList<Sent> sent;
    QHash<QString, int> acknowledged;
    QHash<QString, int> refusals;
    int unanswered = 0;
};

QString described(const QHash<QString, int>& counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        parts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

TEST_CASE("city booking pool: 3,000 attempts at three halls for one 100-place slot give exactly 100 "
          "bookings, nobody twice across halls, and a booking at one hall shows at the others",
          "[.][city]")
{
    CityPoolDatabase db;
    ThreeHalls city(db);

    // A booking at hall a: hall b's availability read shows the place taken once the database tells it.
    auto kioskA = city.kiosk(0);
    auto kioskB = city.kiosk(1);
    REQUIRE(remainingOn(*kioskB, QStringLiteral("2026-11-26")) == 2);
    const QJsonObject booked =
        kioskA->call(QStringLiteral("booking.create"),
                     createArgs(QStringLiteral("seen"), 2000, QStringLiteral("2026-11-26T09:00:00+08:00")));
    INFO(QString::fromUtf8(QJsonDocument(booked).toJson(QJsonDocument::Compact)).toStdString());
    REQUIRE(ok(booked));
    CHECK(waitUntil([&] { return remainingOn(*kioskB, QStringLiteral("2026-11-26")) == 1; }, 30000));
    // The same couple at hall b: the city already holds them.
    const QJsonObject twice =
        kioskB->call(QStringLiteral("booking.create"),
                     createArgs(QStringLiteral("seen-b"), 2000, QStringLiteral("2026-11-26T09:00:00+08:00")));
    CHECK(errorCode(twice) == QLatin1String("ALREADY_BOOKED"));

    CityBurst burst(city);
    for (const auto& c : burst.clients) {
        REQUIRE(c->waitAll(120000));
    }
    burst.tally();
    // Printed (ctest -V): how many the database itself refused after a hall's memory let them through
    // shows in the halls' logs; here the answers the couples got.
    WARN("city burst: acknowledged " << burst.acknowledged.size() << ", refused "
                                     << described(burst.refusals).toStdString());
    CHECK(burst.acknowledged.size() == 100);
    CHECK(burst.refusals.value(QStringLiteral("SLOT_FULL")) +
              burst.refusals.value(QStringLiteral("ALREADY_BOOKED")) ==
          kCityAttempts - 100);
    // Nobody twice: 100 bookings are 100 couples.
    CHECK(QSet<int>(burst.acknowledged.cbegin(), burst.acknowledged.cend()).size() == 100);

    // What the database holds is exactly what was acknowledged, and its count agrees.
    const QStringList stored = db.confirmedCodes();
    CHECK(stored.size() == 100);
    CHECK(QSet<QString>(stored.cbegin(), stored.cend()) ==
          QSet<QString>(burst.acknowledged.keyBegin(), burst.acknowledged.keyEnd()));
    CHECK(db.takenInCity() == 100);
    CHECK(db.column(QStringLiteral("SELECT count(DISTINCT person_key) FROM city.person_claims"
                                   " WHERE code IN (SELECT code FROM city.booking_claims"
                                   " WHERE slot_start LIKE '2026-12-05T09:00%')"))
              .value(0)
              .toInt() == 200);
    // Every hall shows the slot full.
    for (std::size_t h = 0; h < city.halls.size(); ++h) {
        auto kiosk = city.kiosk(h);
        CHECK(waitUntil([&] { return remainingOn(*kiosk, QStringLiteral("2026-12-05")) == 0; }, 30000));
    }
}

TEST_CASE("city booking pool: a hall killed mid-burst loses nothing it acknowledged, and the city never "
          "holds more than the slot's places",
          "[.][city]")
{
    CityPoolDatabase db;
    ThreeHalls city(db);
    CityBurst burst(city);
    // Mid-burst: hall b has answered some of its share, not all.
    REQUIRE(waitUntil([&] { return burst.clients[1]->replies().size() >= 60; }, 60000));
    const qsizetype answeredByB = burst.clients[1]->replies().size();
    city.halls[1]->kill();
    REQUIRE(burst.clients[0]->waitAll(120000));
    REQUIRE(burst.clients[2]->waitAll(120000));
    burst.tally();
    WARN("hall b had answered " << answeredByB << " (hello included) when killed; refusals: "
                                << described(burst.refusals).toStdString()
                                << "; unanswered: " << burst.unanswered);

    // Hall b starts again on the same database (the server freed its lock with its connection).
    REQUIRE(waitUntil([&] { return city.halls[1]->start(city.flags()); }, 30000));
    const QStringList stored = db.confirmedCodes();
    const QSet<QString> inDatabase(stored.cbegin(), stored.cend());
    CHECK(stored.size() <= 100);
    CHECK(inDatabase.size() == stored.size());
    for (auto it = burst.acknowledged.cbegin(); it != burst.acknowledged.cend(); ++it) {
        INFO("acknowledged " << it.key().toStdString());
        CHECK(inDatabase.contains(it.key()));
    }
    // The city's count is the bookings it holds, and hall b's cache starts from it.
    CHECK(db.takenInCity() == stored.size());
    auto kioskB = city.kiosk(1);
    CHECK(remainingOn(*kioskB, QStringLiteral("2026-12-05")) == 100 - stored.size());
}

TEST_CASE("city booking pool: bookings made before a hall joined the city are counted when it joins, and one "
          "the city cannot take refuses the join, naming it, and changes nothing",
          "[.][city]")
{
    CityPoolDatabase db;
    BookingConfigFile config{kCityJson};
    HallProcess a(db.url, QStringLiteral("a"));
    HallProcess b(db.url, QStringLiteral("b"));
    // One city, one person key (as an operator copies it).
    REQUIRE(QFile::remove(b.dataDir() + QStringLiteral("/person-key.secret")));
    REQUIRE(QFile::copy(a.dataDir() + QStringLiteral("/person-key.secret"),
                        b.dataDir() + QStringLiteral("/person-key.secret")));
    const QString tokenA = a.addDevice(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
    const QString tokenB = b.addDevice(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
    const QStringList flags = config.flags();
    const QString ordinarySlot = QStringLiteral("2026-11-26T09:00:00+08:00");
    const auto kioskOf = [](HallProcess& hall, const QString& token) {
        auto c = std::make_unique<WsClient>();
        REQUIRE(c->open(hall.url()));
        REQUIRE(ok(c->hello(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"), token)));
        return c;
    };
    const auto codeOf = [](const QJsonObject& reply) {
        return result(reply)
            .value(QLatin1String("booking"))
            .toObject()
            .value(QLatin1String("code"))
            .toString();
    };
    const auto count = [&](const QString& sql) { return db.column(sql).value(0).toInt(); };
    // What a hall's bookings look like to a city that never had them: the hall's own rows, no claims.
    // Once the killed halls' sessions are gone (their locks with them).
    const auto forgetTheCity = [&] {
        REQUIRE(waitUntil(
            [&] {
                return count(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                            "current_database() AND pid <> pg_backend_pid()")) == 0;
            },
            30000));
        db.column(QStringLiteral("DROP SCHEMA city CASCADE; SELECT 1"));
    };

    // Hall a books both places of an ordinary slot, then the city forgets them.
    REQUIRE(a.start(flags));
    QStringList codes;
    {
        auto kiosk = kioskOf(a, tokenA);
        for (int n = 1; n <= 2; ++n) {
            const QJsonObject reply =
                kiosk->call(QStringLiteral("booking.create"),
                            createArgs(QStringLiteral("early-%1").arg(n), n, ordinarySlot));
            INFO(QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact)).toStdString());
            REQUIRE(ok(reply));
            codes << codeOf(reply);
        }
    }
    a.kill();
    forgetTheCity();

    // Joining again: both are counted, places and persons, and the other hall sees them.
    REQUIRE(a.start(flags));
    CHECK(count(QStringLiteral(
              "SELECT taken FROM city.slot_places WHERE slot_start LIKE '2026-11-26T09:00%'")) == 2);
    CHECK(db.column(
              QStringLiteral("SELECT code FROM city.booking_claims WHERE hall = 'hall_a' ORDER BY code")) ==
          QStringList{std::min(codes[0], codes[1]), std::max(codes[0], codes[1])});
    CHECK(count(QStringLiteral("SELECT count(*) FROM city.person_claims WHERE hall = 'hall_a'")) == 4);
    REQUIRE(b.start(flags));
    {
        auto kiosk = kioskOf(b, tokenB);
        CHECK(remainingOn(*kiosk, QStringLiteral("2026-11-26")) == 0);
        CHECK(errorCode(kiosk->call(QStringLiteral("booking.create"),
                                    createArgs(QStringLiteral("twice"), 1, kSpecialSlot))) ==
              QLatin1String("ALREADY_BOOKED"));
    }
    // A restart adopts nothing twice.
    a.kill();
    REQUIRE(waitUntil([&] { return a.start(flags); }, 30000));
    CHECK(count(QStringLiteral(
              "SELECT taken FROM city.slot_places WHERE slot_start LIKE '2026-11-26T09:00%'")) == 2);

    // The city forgets again, and meanwhile hall b books couple 1 elsewhere: hall a cannot join.
    a.kill();
    b.kill();
    forgetTheCity();
    REQUIRE(b.start(flags));
    {
        auto kiosk = kioskOf(b, tokenB);
        REQUIRE(ok(kiosk->call(QStringLiteral("booking.create"),
                               createArgs(QStringLiteral("elsewhere"), 1, kSpecialSlot))));
    }
    CHECK_FALSE(a.start(flags));
    const QString log = a.log();
    INFO(log.right(3000).toStdString());
    const QString first = codes[0];
    CHECK(log.contains(QStringLiteral("无法计入全市名额")));
    CHECK(log.contains(QStringLiteral("cannot be counted")));
    CHECK(log.contains(first + QStringLiteral(" (2026-11-26 ALREADY_BOOKED)")));
    CHECK_FALSE(log.contains(codes[1] + QStringLiteral(" (")));
    // Nothing of hall a's reached the city: only hall b's booking is there.
    CHECK(count(QStringLiteral("SELECT count(*) FROM city.booking_claims WHERE hall = 'hall_a'")) == 0);
    CHECK(count(QStringLiteral("SELECT count(*) FROM city.person_claims")) == 2);
    CHECK(count(QStringLiteral(
              "SELECT count(*) FROM city.slot_places WHERE slot_start LIKE '2026-11-26T09:00%'")) == 0);
}
