// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The BookingView's bytes (service/ops/bookingviews.cpp): written straight to JSON, they must stay
// what the view built as a QJsonObject gave, key order and escaping included, since clients and the
// request ledger's stored answers compare them.
#include "domain/clock.h"
#include "ops/bookingviews.h"
#include "test_booking_support.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QTimeZone>

using namespace hall;
using namespace hall::test;

namespace {

QByteArray bookingViewBytes(const Booking& b, const BookingEngine& engine, const QString& pageUrl = {})
{
    JsonWriter w;
    bookingview::writeBooking(w, b, engine, pageUrl);
    return w.take();
}

PartyInput viewPerson(const QString& name, const QString& idNumber)
{
    PartyInput p;
    p.name = name;
    p.idNumber = idNumber;
    return p;
}

} // namespace

TEST_CASE("a booking's view is written as the QJsonObject view serialised", "[booking][bookingview]")
{
    // Office "main" entitled to foreign-related registrations, for a passport holder's booking.
    QJsonObject root = QJsonDocument::fromJson(generalBookingJson()).object();
    QJsonArray offices = root.value(QLatin1String("offices")).toArray();
    QJsonObject main = offices.at(0).toObject();
    main.insert(QStringLiteral("foreignRelated"), QJsonArray{QStringLiteral("foreign")});
    offices.replace(0, main);
    root.insert(QStringLiteral("offices"), offices);
    auto config = parseBookingConfig(QJsonDocument(root).toJson());
    REQUIRE(config);
    ManualClock clock(QDateTime(QDate(2026, 11, 24), QTime(10, 0), QTimeZone(8 * 3600)));
    BookingEngine engine(std::move(config).value(), clock, QByteArrayLiteral("test-secret"), 42);

    BookingRequest r;
    r.requestId = QStringLiteral("kiosk-1|r1");
    r.office = QStringLiteral("main");
    r.type = BookingType::Marriage;
    r.slotStart = QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone(8 * 3600));
    r.first = viewPerson(QStringLiteral("张三"), groom(1));
    r.second = viewPerson(QStringLiteral("李\"四\\"), bride(1));
    r.phone = QStringLiteral("13800138000");
    const auto marriage = engine.create(r);
    REQUIRE(marriage);

    // A replacement certificate of one person holding a passport: the document in the parties.
    BookingRequest foreign = r;
    foreign.requestId = QStringLiteral("kiosk-1|r2");
    foreign.type = BookingType::Replacement;
    foreign.first = viewPerson(QStringLiteral("SMITH JANE"), QStringLiteral("X1234567"));
    foreign.first.document = DocumentType::Passport;
    foreign.first.nationality = QStringLiteral("USA");
    foreign.second = PartyInput{};
    const auto withPassport = engine.create(foreign);
    INFO((withPassport ? QString() : withPassport.error().message).toStdString());
    REQUIRE(withPassport);
    const auto cancelled = engine.cancel(marriage->code, groom(1));
    REQUIRE(cancelled);

    const QByteArray a = bookingViewBytes(*marriage, engine, QStringLiteral("https://hall.example/b/X?t=1"));
    const QByteArray b = bookingViewBytes(*withPassport, engine);
    const QByteArray c = bookingViewBytes(*cancelled, engine);
    // The bytes the QJsonObject view gave (main at 840025e), serialised compact.
    const QByteArray expectedA =
        R"json({"bring":["双方的居民身份证原件"],"bringEn":["Both parties' resident ID cards (originals)"],"cancelUntil":"2026-12-01T07:00:00.000+08:00","checkInFrom":"2026-12-01T08:30:00.000+08:00","checkInUntil":"2026-12-01T09:15:00.000+08:00","code":"MLRMMN3S","createdAt":"2026-11-24T10:00:00.000+08:00","date":"2026-12-01","office":"main","officeName":"测试婚姻登记处","pageUrl":"https://hall.example/b/X?t=1","parties":[{"idMasked":"110***********0112","name":"张*"},{"idMasked":"110***********0223","name":"李*"}],"phone":"138****8000","qrPayload":"HALLBK1|main|MLRMMN3S","slotEnd":"2026-12-01T09:30:00.000+08:00","slotStart":"2026-12-01T09:00:00.000+08:00","status":"confirmed","type":"marriage","typeName":"结婚登记"})json";
    const QByteArray expectedB =
        R"json({"bring":["本人预约所用证件的原件"],"bringEn":["The document you booked with (original)"],"cancelUntil":"2026-12-01T07:00:00.000+08:00","checkInFrom":"2026-12-01T08:30:00.000+08:00","checkInUntil":"2026-12-01T09:15:00.000+08:00","code":"5MFSYAB8","createdAt":"2026-11-24T10:00:00.000+08:00","date":"2026-12-01","office":"main","officeName":"测试婚姻登记处","parties":[{"document":"passport","documentName":"护照","idMasked":"X*****67","name":"S*"}],"phone":"138****8000","qrPayload":"HALLBK1|main|5MFSYAB8","slotEnd":"2026-12-01T09:30:00.000+08:00","slotStart":"2026-12-01T09:00:00.000+08:00","status":"confirmed","type":"replacement","typeName":"补领结婚证/离婚证"})json";
    const QByteArray expectedC =
        R"json({"bring":["双方的居民身份证原件"],"bringEn":["Both parties' resident ID cards (originals)"],"cancelUntil":"2026-12-01T07:00:00.000+08:00","checkInFrom":"2026-12-01T08:30:00.000+08:00","checkInUntil":"2026-12-01T09:15:00.000+08:00","code":"MLRMMN3S","createdAt":"2026-11-24T10:00:00.000+08:00","date":"2026-12-01","office":"main","officeName":"测试婚姻登记处","parties":[{"idMasked":"110***********0112","name":"张*"},{"idMasked":"110***********0223","name":"李*"}],"phone":"138****8000","qrPayload":"HALLBK1|main|MLRMMN3S","slotEnd":"2026-12-01T09:30:00.000+08:00","slotStart":"2026-12-01T09:00:00.000+08:00","status":"cancelled","type":"marriage","typeName":"结婚登记"})json";
    CHECK(a == expectedA);
    CHECK(b == expectedB);
    CHECK(c == expectedC);
    // Written in QJsonObject's key order: read back and written by Qt, the same bytes.
    for (const QByteArray& bytes : {a, b, c}) {
        CHECK(QJsonDocument::fromJson(bytes).toJson(QJsonDocument::Compact) == bytes);
    }
}
