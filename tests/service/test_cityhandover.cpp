// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A booking made at one hall of a city for an office another hall serves (--serves-offices) is handed
// over to that hall through city.booking_handover: its kiosks check the couple in, the making hall
// says where it went, and a hall that was down takes what waited for it at its start. Two hall-service
// processes on one PostgreSQL; runs only as "service (postgres): …".
#include "citydatabase.h"
#include "postgresserver.h"
#include "test_booking_support.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace hall::test;

namespace {

QString handoverSql(const CityDatabase& city, const QString& sql)
{
    QString error;
    const QString v = PostgresServer::scalar(city.cluster, city.name, sql, &error);
    INFO(sql.toStdString() << ": " << error.toStdString());
    REQUIRE(error.isEmpty());
    return v;
}

QString handoverWords(const QJsonObject& reply)
{
    return QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact));
}

std::unique_ptr<WsClient> handoverKiosk(HallProcess& hall, const QString& token)
{
    auto c = std::make_unique<WsClient>();
    REQUIRE(c->open(hall.url()));
    REQUIRE(ok(c->hello(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"), token)));
    return c;
}

} // namespace

TEST_CASE(
    "city handover: a booking made at hall a for an office of hall b is checked in at hall b, hall a "
    "says where it went, one made while hall b was down is taken at its start: nothing lost, nobody twice",
    "[.][city][handover]")
{
    CityDatabase city;
    BookingConfigFile config(generalBookingJson());
    HallProcess a(city.url, QStringLiteral("a"));
    HallProcess b(city.url, QStringLiteral("b"));
    // One city, one person key (as an operator copies it): b opens what a sealed.
    b.sharePersonKey(a);
    const QString tokenA = a.addDevice(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
    const QString tokenB = b.addDevice(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
    const QStringList flagsA =
        config.flags() + QStringList{QStringLiteral("--serves-offices"), QStringLiteral("tiny")};
    const QStringList flagsB =
        config.flags() + QStringList{QStringLiteral("--serves-offices"), QStringLiteral("main")};
    REQUIRE(a.start(flagsA));
    REQUIRE(b.start(flagsB));
    // A city database made before the handover (without its tables) gets them at the next start.
    handoverSql(city, QStringLiteral("DROP TABLE city.booking_handover, city.office_halls"));
    REQUIRE(a.restart());
    REQUIRE(b.restart());
    CHECK(handoverSql(city, QStringLiteral("SELECT string_agg(office || '=' || hall, ',' ORDER BY office)"
                                           " FROM city.office_halls")) ==
          QLatin1String("main=hall_b,tiny=hall_a"));
    auto kioskA = handoverKiosk(a, tokenA);
    auto kioskB = handoverKiosk(b, tokenB);

    // At a's kiosk, for office "main" (b's): today 10:30, whose check-in window is open at 10:00.
    const QJsonObject made =
        kioskA->call(QStringLiteral("booking.create"),
                     createArgs(QStringLiteral("h-1"), 1, QStringLiteral("2026-11-24T10:30:00+08:00")));
    INFO(handoverWords(made).toStdString());
    REQUIRE(ok(made));
    const QString code = bookingOf(made).value(QLatin1String("code")).toString();
    REQUIRE(!code.isEmpty());
    const QString inB = QStringLiteral("SELECT count(*) FROM hall_b.bookings WHERE code = '%1'").arg(code);
    const QString waiting = QStringLiteral("SELECT count(*) FROM city.booking_handover");
    REQUIRE(waitUntil(
        [&] {
            return handoverSql(city, inB) == QLatin1String("1") &&
                   handoverSql(city, waiting) == QLatin1String("0");
        },
        20000));
    CHECK(handoverSql(city,
                      QStringLiteral("SELECT count(*) FROM hall_a.bookings WHERE code = '%1'").arg(code)) ==
          QLatin1String("0"));
    CHECK(handoverSql(
              city, QStringLiteral("SELECT string_agg(hall, ',') FROM city.booking_claims WHERE code = '%1'")
                        .arg(code)) == QLatin1String("hall_b"));
    CHECK(handoverSql(city, QStringLiteral("SELECT count(*) FROM city.person_claims WHERE code = '%1'"
                                           " AND hall = 'hall_b'")
                                .arg(code)) == QLatin1String("2"));
    // The record in the shared database is gone; the contacts b stored open there (the name comes back).
    const QJsonObject found =
        kioskB->call(QStringLiteral("booking.find"),
                     {{QStringLiteral("code"), code}, {QStringLiteral("idNumber"), bride(1)}});
    INFO(handoverWords(found).toStdString());
    REQUIRE(ok(found));

    // a's find says where it went, in both languages, not UNKNOWN_BOOKING.
    const QJsonObject there =
        kioskA->call(QStringLiteral("booking.find"),
                     {{QStringLiteral("code"), code}, {QStringLiteral("idNumber"), groom(1)}});
    INFO(handoverWords(there).toStdString());
    CHECK(errorCode(there) == QLatin1String("WRONG_OFFICE"));
    const QString words = handoverWords(there);
    CHECK(words.contains(QStringLiteral("大厅 b")));
    CHECK(words.contains(QLatin1String("kept by hall b (office main)")));
    // a's kiosk checking in by code says the same.
    const QJsonObject notHere = kioskA->call(QStringLiteral("booking.checkIn"),
                                             {{QStringLiteral("requestId"), QStringLiteral("ci-a")},
                                              {QStringLiteral("code"), code},
                                              {QStringLiteral("idNumber"), groom(1)}});
    CHECK(errorCode(notHere) == QLatin1String("WRONG_OFFICE"));
    CHECK(handoverWords(notHere).contains(QLatin1String("kept by hall b")));

    // b's kiosk checks the couple in by code and ID number.
    const QJsonObject checkedIn = kioskB->call(QStringLiteral("booking.checkIn"),
                                               {{QStringLiteral("requestId"), QStringLiteral("ci-b")},
                                                {QStringLiteral("code"), code},
                                                {QStringLiteral("idNumber"), groom(1)}});
    INFO(handoverWords(checkedIn).toStdString());
    REQUIRE(ok(checkedIn));
    CHECK(bookingOf(checkedIn).value(QLatin1String("status")).toString() == QLatin1String("checkedIn"));
    CHECK(!result(checkedIn)
               .value(QLatin1String("ticket"))
               .toObject()
               .value(QLatin1String("number"))
               .toString()
               .isEmpty());
    // One place in the city for it, held in b's name.
    CHECK(handoverSql(city, QStringLiteral("SELECT taken FROM city.slot_places WHERE office = 'main'"
                                           " AND slot_start LIKE '2026-11-24T10:30%'")) ==
          QLatin1String("1"));

    // b is down while a books couple 2 for main: the record waits in the city for b.
    b.kill();
    const QJsonObject whileDown =
        kioskA->call(QStringLiteral("booking.create"),
                     createArgs(QStringLiteral("h-2"), 2, QStringLiteral("2026-11-24T11:00:00+08:00")));
    INFO(handoverWords(whileDown).toStdString());
    REQUIRE(ok(whileDown));
    const QString code2 = bookingOf(whileDown).value(QLatin1String("code")).toString();
    CHECK(
        handoverSql(city, QStringLiteral("SELECT count(*) FROM city.booking_handover WHERE to_hall = 'hall_b'"
                                         " AND code = '%1'")
                              .arg(code2)) == QLatin1String("1"));
    // a already says where it goes.
    CHECK(
        handoverWords(kioskA->call(QStringLiteral("booking.find"),
                                   {{QStringLiteral("code"), code2}, {QStringLiteral("idNumber"), groom(2)}}))
            .contains(QLatin1String("kept by hall b (office main)")));
    // The couple cannot book a second time anywhere while it waits (its persons are claimed).
    CHECK(errorCode(kioskA->call(
              QStringLiteral("booking.create"),
              createArgs(QStringLiteral("h-2b"), 2, QStringLiteral("2026-11-25T09:00:00+08:00")))) ==
          QLatin1String("ALREADY_BOOKED"));
    // a restarted meanwhile keeps the claims of what it handed over (nothing given back).
    REQUIRE(a.restart());
    CHECK(handoverSql(city, QStringLiteral("SELECT count(*) FROM city.booking_claims WHERE code = '%1'")
                                .arg(code2)) == QLatin1String("1"));

    // b starts and takes it.
    REQUIRE(waitUntil([&] { return b.start(flagsB); }, 30000));
    const QString inB2 = QStringLiteral("SELECT count(*) FROM hall_b.bookings WHERE code = '%1'").arg(code2);
    REQUIRE(waitUntil(
        [&] {
            return handoverSql(city, inB2) == QLatin1String("1") &&
                   handoverSql(city, waiting) == QLatin1String("0");
        },
        20000));
    kioskB = handoverKiosk(b, tokenB);
    const QJsonObject found2 =
        kioskB->call(QStringLiteral("booking.find"),
                     {{QStringLiteral("code"), code2}, {QStringLiteral("idNumber"), groom(2)}});
    INFO(handoverWords(found2).toStdString());
    REQUIRE(ok(found2));
    CHECK(bookingOf(found2).value(QLatin1String("status")).toString() == QLatin1String("confirmed"));
    // Nobody twice: each booking once in the city, in b's name, one place each; none at a.
    CHECK(handoverSql(city, QStringLiteral("SELECT count(*) || ':' || string_agg(DISTINCT hall, ',')"
                                           " FROM city.booking_claims")) == QLatin1String("2:hall_b"));
    CHECK(handoverSql(city, QStringLiteral("SELECT sum(taken) FROM city.slot_places")) == QLatin1String("2"));
    CHECK(handoverSql(city, QStringLiteral("SELECT count(*) FROM hall_a.bookings")) == QLatin1String("0"));
    CHECK(handoverSql(city, QStringLiteral("SELECT count(*) FROM hall_b.bookings")) == QLatin1String("2"));
    // A restart of b takes nothing twice.
    REQUIRE(b.restart());
    CHECK(handoverSql(city, QStringLiteral("SELECT sum(taken) FROM city.slot_places")) == QLatin1String("2"));
    CHECK(handoverSql(city, QStringLiteral("SELECT count(*) FROM hall_b.bookings")) == QLatin1String("2"));
}

TEST_CASE(
    "city handover: halls with their own SQLite beside the city database hand a booking over to the hall "
    "of its office, which checks the couple in",
    "[.][city][apart][handover]")
{
    CityDatabase city;
    BookingConfigFile config(generalBookingJson());
    HallProcess a{QString(), QString()};
    HallProcess b{QString(), QString()};
    b.sharePersonKey(a);
    const QString tokenA = a.addDevice(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
    const QString tokenB = b.addDevice(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
    const auto flags = [&](const char* hall, const char* office) {
        return config.flags() + QStringList{QStringLiteral("--city-database"),  city.url,
                                            QStringLiteral("--hall"),           QLatin1String(hall),
                                            QStringLiteral("--serves-offices"), QLatin1String(office)};
    };
    REQUIRE(a.start(flags("qa", "tiny")));
    REQUIRE(b.start(flags("qb", "main")));
    auto kioskA = handoverKiosk(a, tokenA);
    auto kioskB = handoverKiosk(b, tokenB);

    const QJsonObject made =
        kioskA->call(QStringLiteral("booking.create"),
                     createArgs(QStringLiteral("h-1"), 1, QStringLiteral("2026-11-24T10:30:00+08:00")));
    INFO(handoverWords(made).toStdString());
    REQUIRE(ok(made));
    const QString code = bookingOf(made).value(QLatin1String("code")).toString();
    const QJsonObject findArgs{{QStringLiteral("code"), code}, {QStringLiteral("idNumber"), groom(1)}};
    REQUIRE(waitUntil([&] { return ok(kioskB->call(QStringLiteral("booking.find"), findArgs)); }, 20000));
    REQUIRE(waitUntil(
        [&] {
            return handoverSql(city, QStringLiteral("SELECT count(*) FROM city.booking_handover")) ==
                   QLatin1String("0");
        },
        20000));
    CHECK(handoverSql(
              city, QStringLiteral("SELECT string_agg(hall, ',') FROM city.booking_claims WHERE code = '%1'")
                        .arg(code)) == QLatin1String("hall_qb"));
    CHECK(handoverWords(kioskA->call(QStringLiteral("booking.find"), findArgs))
              .contains(QLatin1String("kept by hall qb (office main)")));
    const QJsonObject checkedIn = kioskB->call(QStringLiteral("booking.checkIn"),
                                               {{QStringLiteral("requestId"), QStringLiteral("ci-b")},
                                                {QStringLiteral("code"), code},
                                                {QStringLiteral("idNumber"), bride(1)}});
    INFO(handoverWords(checkedIn).toStdString());
    REQUIRE(ok(checkedIn));
    CHECK(bookingOf(checkedIn).value(QLatin1String("status")).toString() == QLatin1String("checkedIn"));
    // a's restart reconciles its claims: the booking it handed over is b's, nothing given back.
    REQUIRE(a.restart());
    CHECK(handoverSql(city, QStringLiteral("SELECT sum(taken) FROM city.slot_places")) == QLatin1String("1"));
    REQUIRE(b.restart());
    CHECK(handoverSql(city, QStringLiteral("SELECT sum(taken) FROM city.slot_places")) == QLatin1String("1"));
    CHECK(handoverSql(city, QStringLiteral("SELECT count(*) FROM city.booking_claims")) ==
          QLatin1String("1"));
}
