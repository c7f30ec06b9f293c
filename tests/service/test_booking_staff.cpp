// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Bookings for every party through a real hall-service: the counter books, moves and cancels for a
// caller with the staff member and the channel audited; a passport party books at the office entitled
// to 涉外 registrations and is refused at another; the audit survives a restart.
#include "test_booking_support.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace hall::test;

namespace {

/// "main" as in the general tests; "east" also registers foreign-related (涉外) marriages.
QByteArray entitledBookingJson()
{
    return R"({
  "offices": [
    { "id": "main", "nameZh": "测试婚姻登记处",
      "sessions": [ { "days": [1, 2, 3, 4, 5], "from": "09:00", "until": "12:00", "slotMinutes": 30,
                      "capacity": { "marriage": 2 } } ] },
    { "id": "east", "nameZh": "东区婚姻登记处", "foreignRelated": ["foreign"],
      "sessions": [ { "days": [1, 2, 3, 4, 5], "from": "09:00", "until": "12:00", "slotMinutes": 30,
                      "capacity": { "marriage": 2 } } ] }
  ],
  "window": { "maxDaysAhead": 30, "opensAt": "00:00", "closeDaysBefore": 0, "closesAt": "18:00" },
  "specialDates": { "rules": [] },
  "rules": { "cancelMinutesBefore": 120, "checkInMinutesBefore": 30, "checkInMinutesAfter": 15 }
})";
}

QJsonArray auditOf(WsClient& counter, const QString& code)
{
    const QJsonObject reply = counter.call(QStringLiteral("booking.get"), {{QStringLiteral("code"), code}});
    REQUIRE(ok(reply));
    return result(reply).value(QLatin1String("audit")).toArray();
}

QJsonObject passportParty()
{
    return {{QStringLiteral("idNumber"), QStringLiteral("E12345678")},
            {QStringLiteral("name"), QStringLiteral("SMITH JANE")},
            {QStringLiteral("document"), QStringLiteral("passport")},
            {QStringLiteral("nationality"), QStringLiteral("USA")},
            {QStringLiteral("sex"), QStringLiteral("female")},
            {QStringLiteral("birthDate"), QStringLiteral("1994-05-06")}};
}

const QString kDec2At10 = QStringLiteral("2026-12-02T10:00:00+08:00");

} // namespace

TEST_CASE("The counter books, moves and cancels for a caller, and the audit names the staff member",
          "[booking][staff]")
{
    BookingConfigFile config(entitledBookingJson());
    const QStringList flags{QStringLiteral("--booking-config"), config.path};
    HallFixture f(flags);
    auto li = f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));

    // A counter always books for somebody: it must say how the caller asked.
    CHECK(errorCode(
              li->call(QStringLiteral("booking.create"), createArgs(QStringLiteral("s-1"), 1, kDec1At9))) ==
          QLatin1String("INVALID_ARGUMENT"));
    // A kiosk cannot claim to be staff.
    QJsonObject claimed = createArgs(QStringLiteral("k-1"), 1, kDec1At9);
    claimed.insert(QStringLiteral("channel"), QStringLiteral("phone"));
    CHECK(errorCode(kiosk->call(QStringLiteral("booking.create"), claimed)) ==
          QLatin1String("INVALID_ARGUMENT"));

    QJsonObject byPhone = createArgs(QStringLiteral("s-2"), 1, kDec1At9);
    byPhone.insert(QStringLiteral("channel"), QStringLiteral("phone"));
    const QJsonObject created = li->call(QStringLiteral("booking.create"), byPhone);
    INFO(text(created).toStdString());
    REQUIRE(ok(created));
    const QString code = bookingOf(created).value(QLatin1String("code")).toString();
    // The same rules as the couple's own booking: one booking per person.
    QJsonObject twice = createArgs(QStringLiteral("s-3"), 1, kDec2At10);
    twice.insert(QStringLiteral("channel"), QStringLiteral("walkIn"));
    CHECK(errorCode(li->call(QStringLiteral("booking.create"), twice)) == QLatin1String("ALREADY_BOOKED"));

    // Moved for the caller at the counter: the same code at the new time.
    const QJsonObject moved =
        li->call(QStringLiteral("booking.move"), {{QStringLiteral("requestId"), QStringLiteral("m-1")},
                                                  {QStringLiteral("code"), code},
                                                  {QStringLiteral("idNumber"), groom(1)},
                                                  {QStringLiteral("slotStart"), kDec2At10},
                                                  {QStringLiteral("channel"), QStringLiteral("walkIn")}});
    INFO(text(moved).toStdString());
    REQUIRE(ok(moved));
    CHECK(bookingOf(moved).value(QLatin1String("code")).toString() == code);
    CHECK(bookingOf(moved)
              .value(QLatin1String("slotStart"))
              .toString()
              .startsWith(QLatin1String("2026-12-02T10:00")));
    // Somebody who is not of the couple cannot move it.
    CHECK(errorCode(li->call(QStringLiteral("booking.move"),
                             {{QStringLiteral("requestId"), QStringLiteral("m-2")},
                              {QStringLiteral("code"), code},
                              {QStringLiteral("idNumber"), groom(7)},
                              {QStringLiteral("slotStart"), kDec1At9},
                              {QStringLiteral("channel"), QStringLiteral("phone")}})) ==
          QLatin1String("UNKNOWN_BOOKING"));

    const QJsonObject cancelled =
        li->call(QStringLiteral("booking.cancel"), {{QStringLiteral("requestId"), QStringLiteral("x-1")},
                                                    {QStringLiteral("code"), code},
                                                    {QStringLiteral("idNumber"), bride(1)},
                                                    {QStringLiteral("channel"), QStringLiteral("phone")}});
    REQUIRE(ok(cancelled));
    CHECK(bookingOf(cancelled).value(QLatin1String("status")).toString() == QLatin1String("cancelled"));

    const auto check = [&](WsClient& counter) {
        const QJsonArray audit = auditOf(counter, code);
        INFO(text(QJsonObject{{QStringLiteral("audit"), audit}}).toStdString());
        REQUIRE(audit.size() == 3);
        const QStringList actions{QStringLiteral("created"), QStringLiteral("moved"),
                                  QStringLiteral("cancelled")};
        const QStringList channels{QStringLiteral("phone"), QStringLiteral("walkIn"),
                                   QStringLiteral("phone")};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject e = audit.at(i).toObject();
            CHECK(e.value(QLatin1String("action")).toString() == actions[i]);
            CHECK(e.value(QLatin1String("staff")).toString() == QLatin1String("li"));
            CHECK(e.value(QLatin1String("channel")).toString() == channels[i]);
        }
        CHECK(audit.at(1).toObject().value(QLatin1String("detail")).toString().contains(QStringLiteral("→")));
    };
    check(*li);

    SECTION("the audit survives a restart")
    {
        li.reset();
        kiosk.reset();
        f.hall.kill();
        REQUIRE(f.hall.start(flags));
        auto wang = f.counter(QStringLiteral("counter-2"), QStringLiteral("wang"));
        check(*wang);
    }
}

TEST_CASE("A passport party books 涉外 at the entitled office only, and finds it with the passport",
          "[booking][documents]")
{
    BookingConfigFile config(entitledBookingJson());
    HallFixture f({QStringLiteral("--booking-config"), config.path});
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    QJsonObject args = createArgs(QStringLiteral("p-1"), 2, kDec1At9);
    args.insert(QStringLiteral("parties"),
                QJsonArray{QJsonObject{{QStringLiteral("idNumber"), groom(2)}}, passportParty()});

    const QJsonObject refused = kiosk->call(QStringLiteral("booking.create"), args);
    CHECK(errorCode(refused) == QLatin1String("OFFICE_NOT_ENTITLED"));
    CHECK(refused.value(QLatin1String("error"))
              .toObject()
              .value(QLatin1String("message"))
              .toString()
              .contains(QStringLiteral("东区婚姻登记处")));

    args.insert(QStringLiteral("office"), QStringLiteral("east"));
    args.insert(QStringLiteral("requestId"), QStringLiteral("p-2"));
    const QJsonObject booked = kiosk->call(QStringLiteral("booking.create"), args);
    INFO(text(booked).toStdString());
    REQUIRE(ok(booked));
    const QJsonObject b = bookingOf(booked);
    CHECK(b.value(QLatin1String("office")).toString() == QLatin1String("east"));
    const QJsonObject holder = b.value(QLatin1String("parties")).toArray().at(1).toObject();
    CHECK(holder.value(QLatin1String("document")).toString() == QLatin1String("passport"));
    CHECK(holder.value(QLatin1String("idMasked")).toString() == QLatin1String("E******78"));
    CHECK_FALSE(text(booked).contains(QLatin1String("E12345678")));

    // "My booking" with the passport, not with the bare number.
    const QString code = b.value(QLatin1String("code")).toString();
    const QJsonObject found = kiosk->call(QStringLiteral("booking.find"),
                                          {{QStringLiteral("code"), code},
                                           {QStringLiteral("idNumber"), QStringLiteral("E12345678")},
                                           {QStringLiteral("document"), QStringLiteral("passport")},
                                           {QStringLiteral("nationality"), QStringLiteral("USA")}});
    CHECK(ok(found));
    // The same number on another state's passport is somebody else.
    CHECK(errorCode(kiosk->call(QStringLiteral("booking.find"),
                                {{QStringLiteral("code"), code},
                                 {QStringLiteral("idNumber"), QStringLiteral("E12345678")},
                                 {QStringLiteral("document"), QStringLiteral("passport")},
                                 {QStringLiteral("nationality"), QStringLiteral("GBR")}})) ==
          QLatin1String("UNKNOWN_BOOKING"));
    // A party object with an unknown document is refused with the form spelt out.
    QJsonObject bad = args;
    bad.insert(QStringLiteral("requestId"), QStringLiteral("p-3"));
    QJsonObject strange = passportParty();
    strange.insert(QStringLiteral("document"), QStringLiteral("libraryCard"));
    bad.insert(QStringLiteral("parties"),
               QJsonArray{QJsonObject{{QStringLiteral("idNumber"), groom(3)}}, strange});
    const QJsonObject badReply = kiosk->call(QStringLiteral("booking.create"), bad);
    CHECK(errorCode(badReply) == QLatin1String("INVALID_ARGUMENT"));
}
