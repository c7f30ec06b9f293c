// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The booking ops of hall-service against a real process: reads, booking, "my booking",
// check-in with its ticket, the counter's ops, roles, rate limits and restarts.
#include "hallstore.h"
#include "test_booking_support.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace hall::test;

namespace {

QString message(const QJsonObject& reply)
{
    return reply.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
}

/// A hall with the general booking configuration (test_booking_support.h).
struct BookingHall
{
    explicit BookingHall(const QStringList& flags = {})
        : config(generalBookingJson()),
          // Budgets roomy enough for a test that reuses its couples; the limits test passes its own.
          f(config.flags() +
            QStringList{QStringLiteral("--booking-id-burst"), QStringLiteral("50"),
                        QStringLiteral("--booking-device-burst"), QStringLiteral("200")} +
            flags)
    {}
    BookingConfigFile config;
    HallFixture f;

    /// Books couple `n` at `slot` from `client`; fails the test when refused.
    static QJsonObject book(WsClient& client, const QString& requestId, int n, const QString& slot)
    {
        const QJsonObject reply =
            client.call(QStringLiteral("booking.create"), createArgs(requestId, n, slot));
        INFO(text(reply).toStdString());
        REQUIRE(ok(reply));
        return bookingOf(reply);
    }
    /// Starts the service again with the hall clock at `isoTime` (the same data).
    void restartAt(const QString& isoTime)
    {
        f.hall.kill();
        REQUIRE(f.hall.start(config.flags() + QStringList{QStringLiteral("--booking-id-burst"),
                                                          QStringLiteral("50"),
                                                          QStringLiteral("--start-time"), isoTime}));
    }
};

QJsonObject dayOf(const QJsonObject& calendar, const QString& date)
{
    for (const QJsonValue& d : calendar.value(QLatin1String("days")).toArray()) {
        if (d.toObject().value(QLatin1String("date")).toString() == date) {
            return d.toObject();
        }
    }
    return {};
}

const QString kDec1At930 = QStringLiteral("2026-12-01T09:30:00+08:00");

} // namespace

TEST_CASE("booking reads: info, month calendar and slots", "[booking]")
{
    BookingHall h;
    auto kiosk = h.f.connect(QStringLiteral("kiosk-1"));
    const QJsonObject info = result(kiosk->call(QStringLiteral("booking.info")));
    CHECK(info.value(QLatin1String("today")).toString() == QLatin1String("2026-11-24"));
    CHECK(info.value(QLatin1String("offices")).toArray().size() == 2);
    CHECK(info.value(QLatin1String("types")).toArray().size() == 5);
    CHECK(
        info.value(QLatin1String("rules")).toObject().value(QLatin1String("checkInMinutesBefore")).toInt() ==
        30);

    const QJsonObject december = result(kiosk->call(QStringLiteral("booking.calendar"),
                                                    {{QStringLiteral("month"), QStringLiteral("2026-12")},
                                                     {QStringLiteral("type"), QStringLiteral("marriage")}}));
    REQUIRE(december.value(QLatin1String("days")).toArray().size() == 31);
    const QJsonObject tuesday = dayOf(december, QStringLiteral("2026-12-01"));
    CHECK(tuesday.value(QLatin1String("open")).toBool());
    CHECK(tuesday.value(QLatin1String("release")).toString() == QLatin1String("open"));
    CHECK(tuesday.value(QLatin1String("capacity")).toInt() == 12);
    CHECK(tuesday.value(QLatin1String("remaining")).toInt() == 12);
    CHECK_FALSE(tuesday.value(QLatin1String("soldOut")).toBool());
    const QJsonObject saturday = dayOf(december, QStringLiteral("2026-12-05"));
    CHECK_FALSE(saturday.value(QLatin1String("open")).toBool());
    CHECK_FALSE(saturday.value(QLatin1String("closedReason")).toString().isEmpty());
    const QJsonObject special = dayOf(december, QStringLiteral("2026-12-12"));
    CHECK(special.value(QLatin1String("special")).toObject().value(QLatin1String("nameZh")).toString() ==
          QStringLiteral("双十二"));
    CHECK(special.value(QLatin1String("release")).toString() == QLatin1String("notYetOpen"));
    CHECK(special.value(QLatin1String("opensAt")).toString().startsWith(QLatin1String("2026-11-24T12:00")));
    CHECK(special.value(QLatin1String("capacity")).toInt() == 18);
    // Beyond the 30-day window: opens later.
    const QJsonObject late = dayOf(december, QStringLiteral("2026-12-29"));
    CHECK(late.value(QLatin1String("release")).toString() == QLatin1String("notYetOpen"));
    CHECK(late.value(QLatin1String("opensAt")).toString().startsWith(QLatin1String("2026-11-29T00:00")));

    const QJsonObject slotList = result(
        kiosk->call(QStringLiteral("booking.slots"), {{QStringLiteral("date"), QStringLiteral("2026-12-01")},
                                                      {QStringLiteral("type"), QStringLiteral("marriage")}}));
    const QJsonArray slotArray = slotList.value(QLatin1String("slots")).toArray();
    REQUIRE(slotArray.size() == 6);
    CHECK(slotArray.at(0).toObject().value(QLatin1String("remaining")).toInt() == 2);
    CHECK(slotArray.at(0)
              .toObject()
              .value(QLatin1String("start"))
              .toString()
              .startsWith(QLatin1String("2026-12-01T09:00")));

    SECTION("a booked-out day is marked sold out, for every reader")
    {
        QJsonObject args = createArgs(QStringLiteral("tiny-1"), 1, kDec1At9);
        args.insert(QStringLiteral("office"), QStringLiteral("tiny"));
        REQUIRE(ok(kiosk->call(QStringLiteral("booking.create"), args)));
        auto display = h.f.connect(QStringLiteral("display-1"));
        const QJsonObject tiny =
            dayOf(result(display->call(QStringLiteral("booking.calendar"),
                                       {{QStringLiteral("month"), QStringLiteral("2026-12")},
                                        {QStringLiteral("type"), QStringLiteral("marriage")},
                                        {QStringLiteral("office"), QStringLiteral("tiny")}})),
                  QStringLiteral("2026-12-01"));
        CHECK(tiny.value(QLatin1String("remaining")).toInt() == 0);
        CHECK(tiny.value(QLatin1String("soldOut")).toBool());
    }
    SECTION("bad reads are refused with the argument named")
    {
        const auto calendar = [&](const QString& month, const QString& type) {
            return kiosk->call(QStringLiteral("booking.calendar"),
                               {{QStringLiteral("month"), month}, {QStringLiteral("type"), type}});
        };
        CHECK(errorCode(calendar(QStringLiteral("2026-13"), QStringLiteral("marriage"))) ==
              QLatin1String("INVALID_ARGUMENT"));
        CHECK(errorCode(calendar(QStringLiteral("2025-01"), QStringLiteral("marriage"))) ==
              QLatin1String("INVALID_ARGUMENT"));
        CHECK(errorCode(calendar(QStringLiteral("2026-12"), QStringLiteral("wedding"))) ==
              QLatin1String("INVALID_ARGUMENT"));
        CHECK(errorCode(kiosk->call(QStringLiteral("booking.slots"),
                                    {{QStringLiteral("date"), QStringLiteral("2026-12-01")},
                                     {QStringLiteral("type"), QStringLiteral("marriage")},
                                     {QStringLiteral("office"), QStringLiteral("nowhere")}})) ==
              QLatin1String("UNKNOWN_OFFICE"));
        CHECK(errorCode(kiosk->call(QStringLiteral("booking.slots"),
                                    {{QStringLiteral("date"), QStringLiteral("2028-01-01")},
                                     {QStringLiteral("type"), QStringLiteral("marriage")}})) ==
              QLatin1String("INVALID_ARGUMENT"));
    }
}

TEST_CASE("booking.create: confirmation with masked data, idempotency, every refusal", "[booking]")
{
    BookingHall h;
    auto kiosk = h.f.connect(QStringLiteral("kiosk-1"));
    const QJsonObject reply =
        kiosk->call(QStringLiteral("booking.create"), createArgs(QStringLiteral("c-1"), 1, kDec1At9));
    REQUIRE(ok(reply));
    const QJsonObject b = bookingOf(reply);
    const QString code = b.value(QLatin1String("code")).toString();
    CHECK(code.size() == 8);
    CHECK(b.value(QLatin1String("qrPayload")).toString() == QStringLiteral("HALLBK1|main|") + code);
    CHECK(b.value(QLatin1String("status")).toString() == QLatin1String("confirmed"));
    CHECK(b.value(QLatin1String("phone")).toString() == QLatin1String("138****8000"));
    CHECK(b.value(QLatin1String("parties"))
              .toArray()
              .at(0)
              .toObject()
              .value(QLatin1String("name"))
              .toString() == QStringLiteral("张*"));
    CHECK(b.value(QLatin1String("checkInFrom")).toString().startsWith(QLatin1String("2026-12-01T08:30")));
    CHECK_FALSE(text(reply).contains(groom(1)));
    CHECK_FALSE(text(reply).contains(bride(1)));

    // The same request again: the same booking; other arguments under the same id: refused.
    CHECK(bookingOf(
              kiosk->call(QStringLiteral("booking.create"), createArgs(QStringLiteral("c-1"), 1, kDec1At9)))
              .value(QLatin1String("code")) == code);
    CHECK(errorCode(kiosk->call(QStringLiteral("booking.create"),
                                createArgs(QStringLiteral("c-1"), 1, kDec1At930))) ==
          QLatin1String("REQUEST_ID_REUSED"));
    // One active booking per person.
    const QJsonObject twice =
        kiosk->call(QStringLiteral("booking.create"), createArgs(QStringLiteral("c-2"), 1, kDec1At930));
    CHECK(errorCode(twice) == QLatin1String("ALREADY_BOOKED"));
    CHECK(message(twice).contains(QLatin1String("09:00")));

    const auto refused = [&](QJsonObject args) {
        const QJsonObject r = kiosk->call(QStringLiteral("booking.create"), args);
        INFO(text(r).toStdString());
        CHECK_FALSE(message(r).isEmpty());
        return errorCode(r);
    };
    QJsonObject a = createArgs(QStringLiteral("x-1"), 2, kDec1At930);
    QJsonArray parties = couple(2);
    parties[1] = QJsonObject{{QStringLiteral("name"), QStringLiteral("李四")},
                             {QStringLiteral("idNumber"), QStringLiteral("110105199501010001")}};
    a.insert(QStringLiteral("parties"), parties);
    CHECK(refused(a) == QLatin1String("INVALID_ID_NUMBER"));
    parties[1] = couple(2).at(0);
    a.insert(QStringLiteral("parties"), parties);
    CHECK(refused(a) == QLatin1String("SAME_PERSON"));
    parties[1] = couple(3).at(0);
    a.insert(QStringLiteral("parties"), parties);
    CHECK(refused(a) == QLatin1String("NOT_ONE_MAN_ONE_WOMAN"));
    parties[1] = QJsonObject{{QStringLiteral("name"), QStringLiteral("李四")},
                             {QStringLiteral("idNumber"), bookingIdNumber(QDate(2008, 5, 1), 22)}};
    a.insert(QStringLiteral("parties"), parties);
    CHECK(refused(a) == QLatin1String("UNDER_AGE"));
    CHECK(refused(createArgs(QStringLiteral("x-2"), 2, QStringLiteral("2026-12-05T09:00:00+08:00"))) ==
          QLatin1String("OFFICE_CLOSED"));
    CHECK(refused(createArgs(QStringLiteral("x-3"), 2, QStringLiteral("2026-12-12T09:00:00+08:00"))) ==
          QLatin1String("NOT_YET_OPEN"));
    CHECK(refused(createArgs(QStringLiteral("x-4"), 2, QStringLiteral("2026-12-01T09:15:00+08:00"))) ==
          QLatin1String("UNKNOWN_SLOT"));
    CHECK(refused(createArgs(QStringLiteral("x-5"), 2, QStringLiteral("2026-11-24T09:30:00+08:00"))) ==
          QLatin1String("BOOKING_CLOSED"));
    QJsonObject badPhone = createArgs(QStringLiteral("x-6"), 2, kDec1At930);
    badPhone.insert(QStringLiteral("phone"), QStringLiteral("12345"));
    CHECK(refused(badPhone) == QLatin1String("INVALID_ARGUMENT"));
    QJsonObject noId = createArgs(QStringLiteral("x-7"), 2, kDec1At930);
    noId.remove(QStringLiteral("requestId"));
    CHECK(refused(noId) == QLatin1String("INVALID_ARGUMENT"));
    QJsonObject three = createArgs(QStringLiteral("x-8"), 2, kDec1At930);
    three.insert(QStringLiteral("parties"), couple(2) + couple(3).at(0));
    CHECK(refused(three) == QLatin1String("INVALID_ARGUMENT"));

    // Capacity: two places at 09:30, the third couple is told it is full.
    BookingHall::book(*kiosk, QStringLiteral("f-2"), 2, kDec1At930);
    BookingHall::book(*kiosk, QStringLiteral("f-3"), 3, kDec1At930);
    CHECK(refused(createArgs(QStringLiteral("f-4"), 4, kDec1At930)) == QLatin1String("SLOT_FULL"));

    // Idempotent across a kill: the same booking, nothing added.
    REQUIRE(h.f.hall.restart());
    auto again = h.f.connect(QStringLiteral("kiosk-1"));
    CHECK(bookingOf(
              again->call(QStringLiteral("booking.create"), createArgs(QStringLiteral("c-1"), 1, kDec1At9)))
              .value(QLatin1String("code")) == code);
    const QJsonObject slotList = result(
        again->call(QStringLiteral("booking.slots"), {{QStringLiteral("date"), QStringLiteral("2026-12-01")},
                                                      {QStringLiteral("type"), QStringLiteral("marriage")}}));
    CHECK(slotList.value(QLatin1String("remaining")).toInt() == 12 - 3);
    // Another device's request id is its own.
    auto other = h.f.connect(QStringLiteral("kiosk-2"));
    CHECK(errorCode(other->call(QStringLiteral("booking.create"),
                                createArgs(QStringLiteral("c-1"), 1, kDec1At9))) ==
          QLatin1String("ALREADY_BOOKED"));
    // No ID number ever reaches the log.
    CHECK_FALSE(h.f.hall.log().contains(groom(1)));
    CHECK_FALSE(h.f.hall.log().contains(bride(2)));
}

TEST_CASE("my booking: find and cancel with the code and an ID number", "[booking]")
{
    BookingHall h;
    auto kiosk = h.f.connect(QStringLiteral("kiosk-1"));
    const QString code =
        BookingHall::book(*kiosk, QStringLiteral("m-1"), 1, kDec1At9).value(QLatin1String("code")).toString();
    const auto find = [&](const QString& c, const QString& id) {
        return kiosk->call(QStringLiteral("booking.find"),
                           {{QStringLiteral("code"), c}, {QStringLiteral("idNumber"), id}});
    };
    CHECK(bookingOf(find(code, bride(1))).value(QLatin1String("code")).toString() == code);
    const QString typed = code.toLower().insert(4, QLatin1Char('-'));
    CHECK(bookingOf(find(typed, groom(1))).value(QLatin1String("code")).toString() == code);
    CHECK(errorCode(find(code, groom(7))) == QLatin1String("UNKNOWN_BOOKING"));
    CHECK(errorCode(find(QStringLiteral("ABCDEFGH"), groom(1))) == QLatin1String("UNKNOWN_BOOKING"));
    CHECK(errorCode(find(code, QStringLiteral("123"))) == QLatin1String("INVALID_ID_NUMBER"));

    const QJsonObject cancelled =
        kiosk->call(QStringLiteral("booking.cancel"),
                    {{QStringLiteral("code"), code}, {QStringLiteral("idNumber"), bride(1)}});
    CHECK(bookingOf(cancelled).value(QLatin1String("status")).toString() == QLatin1String("cancelled"));
    CHECK(errorCode(kiosk->call(QStringLiteral("booking.cancel"),
                                {{QStringLiteral("code"), code}, {QStringLiteral("idNumber"), bride(1)}})) ==
          QLatin1String("INVALID_TRANSITION"));
    // The place is free again and the couple may book anew.
    BookingHall::book(*kiosk, QStringLiteral("m-2"), 1, kDec1At9);

    // Too late to cancel: today's 11:30 slot, 120 minutes before is 09:30.
    const QString today =
        BookingHall::book(*kiosk, QStringLiteral("m-3"), 2, QStringLiteral("2026-11-24T11:30:00+08:00"))
            .value(QLatin1String("code"))
            .toString();
    const QJsonObject late =
        kiosk->call(QStringLiteral("booking.cancel"),
                    {{QStringLiteral("code"), today}, {QStringLiteral("idNumber"), groom(2)}});
    CHECK(errorCode(late) == QLatin1String("CANCEL_TOO_LATE"));
}

TEST_CASE("check-in: in the window it issues an appointment ticket served first, outside it says why",
          "[booking][checkin]")
{
    BookingHall h;
    auto kiosk = h.f.connect(QStringLiteral("kiosk-1"));
    // At 10:00: the 10:30 slot's window (10:00–10:45) is open, the 11:30 slot's is not.
    const QJsonObject now =
        BookingHall::book(*kiosk, QStringLiteral("k-1"), 1, QStringLiteral("2026-11-24T10:30:00+08:00"));
    const QString code = now.value(QLatin1String("code")).toString();
    const QString later =
        BookingHall::book(*kiosk, QStringLiteral("k-2"), 2, QStringLiteral("2026-11-24T11:30:00+08:00"))
            .value(QLatin1String("code"))
            .toString();
    const auto checkIn = [&](QJsonObject args) {
        return kiosk->call(QStringLiteral("booking.checkIn"), args);
    };

    const QJsonObject early = checkIn({{QStringLiteral("requestId"), QStringLiteral("ci-0")},
                                       {QStringLiteral("code"), later},
                                       {QStringLiteral("idNumber"), groom(2)}});
    CHECK(errorCode(early) == QLatin1String("CHECK_IN_TOO_EARLY"));
    CHECK(message(early).contains(QLatin1String("11:00")));
    CHECK(errorCode(checkIn({{QStringLiteral("requestId"), QStringLiteral("ci-1")},
                             {QStringLiteral("code"), code},
                             {QStringLiteral("idNumber"), groom(2)}})) == QLatin1String("WRONG_COUPLE"));
    CHECK(errorCode(checkIn({{QStringLiteral("requestId"), QStringLiteral("ci-2")},
                             {QStringLiteral("qrPayload"), now.value(QLatin1String("qrPayload"))},
                             {QStringLiteral("type"), QStringLiteral("divorceApplication")}})) ==
          QLatin1String("WRONG_TYPE"));
    CHECK(errorCode(checkIn({{QStringLiteral("requestId"), QStringLiteral("ci-3")},
                             {QStringLiteral("qrPayload"), QStringLiteral("HALLBK1|tiny|") + code}})) ==
          QLatin1String("WRONG_OFFICE"));
    CHECK(errorCode(checkIn({{QStringLiteral("requestId"), QStringLiteral("ci-4")},
                             {QStringLiteral("qrPayload"), QStringLiteral("not a booking")}})) ==
          QLatin1String("UNKNOWN_BOOKING"));
    CHECK(errorCode(checkIn({{QStringLiteral("requestId"), QStringLiteral("ci-5")},
                             {QStringLiteral("code"), code}})) == QLatin1String("INVALID_ARGUMENT"));

    // A resident without a booking takes a normal ticket first.
    const QJsonObject normal =
        HallFixture::issue(*kiosk, {QStringLiteral("marriage")}, QStringLiteral("walk-in"));
    const QJsonObject done = checkIn({{QStringLiteral("requestId"), QStringLiteral("ci-ok")},
                                      {QStringLiteral("qrPayload"), now.value(QLatin1String("qrPayload"))},
                                      {QStringLiteral("type"), QStringLiteral("marriage")}});
    INFO(text(done).toStdString());
    REQUIRE(ok(done));
    const QJsonObject ticket = result(done).value(QLatin1String("ticket")).toObject();
    CHECK(bookingOf(done).value(QLatin1String("status")).toString() == QLatin1String("checkedIn"));
    CHECK(
        ticket.value(QLatin1String("appointment")).toObject().value(QLatin1String("reference")).toString() ==
        code);
    CHECK(ticket.value(QLatin1String("number")).toString().startsWith(QLatin1Char('A')));
    // Repeating the request returns the same ticket; a new request is told it is done.
    CHECK(result(checkIn({{QStringLiteral("requestId"), QStringLiteral("ci-ok")},
                          {QStringLiteral("qrPayload"), now.value(QLatin1String("qrPayload"))},
                          {QStringLiteral("type"), QStringLiteral("marriage")}}))
              .value(QLatin1String("ticket"))
              .toObject()
              .value(QLatin1String("number")) == ticket.value(QLatin1String("number")));
    const QJsonObject again = checkIn({{QStringLiteral("requestId"), QStringLiteral("ci-again")},
                                       {QStringLiteral("code"), code},
                                       {QStringLiteral("idNumber"), bride(1)}});
    CHECK(errorCode(again) == QLatin1String("INVALID_TRANSITION"));
    CHECK(message(again).contains(QStringLiteral("已签到")));
    // The kiosk owns the ticket like any other it issued.
    CHECK(ok(kiosk->call(QStringLiteral("ticket.get"),
                         {{QStringLiteral("ticket"), ticket.value(QLatin1String("number"))}})));

    // At 10:20 the appointment is due: the counter calls it before the earlier walk-in ticket.
    h.restartAt(QStringLiteral("2026-11-24T10:20:00+08:00"));
    auto counter = h.f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
    REQUIRE(ok(counter->call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), 1}})));
    const QJsonObject called =
        counter->call(QStringLiteral("counter.callNext"), {{QStringLiteral("counter"), 1}});
    INFO(text(called).toStdString());
    CHECK(result(called).value(QLatin1String("ticket")).toObject().value(QLatin1String("number")) ==
          ticket.value(QLatin1String("number")));
    CHECK(result(called).value(QLatin1String("ticket")).toObject().value(QLatin1String("number")) !=
          normal.value(QLatin1String("ticket")).toObject().value(QLatin1String("number")));

    // At 11:50 the 11:30 window (until 11:45) has passed.
    h.restartAt(QStringLiteral("2026-11-24T11:50:00+08:00"));
    auto kiosk2 = h.f.connect(QStringLiteral("kiosk-2"));
    CHECK(errorCode(kiosk2->call(QStringLiteral("booking.checkIn"),
                                 {{QStringLiteral("requestId"), QStringLiteral("late")},
                                  {QStringLiteral("code"), later},
                                  {QStringLiteral("idNumber"), bride(2)}})) ==
          QLatin1String("CHECK_IN_TOO_LATE"));
}

TEST_CASE("check-in is one transaction: when storing the ticket fails, the booking is not checked in either",
          "[booking][checkin]")
{
    BookingHall h;
    auto kiosk = h.f.connect(QStringLiteral("kiosk-1"));
    const QJsonObject b =
        BookingHall::book(*kiosk, QStringLiteral("t-1"), 1, QStringLiteral("2026-11-24T10:30:00+08:00"));
    const QString code = b.value(QLatin1String("code")).toString();
    const HallStore store(h.f.hall);
    store.injectFault(QStringLiteral("tickets"), QStringLiteral("injected fault"));
    const QJsonObject args{{QStringLiteral("requestId"), QStringLiteral("t-ci")},
                           {QStringLiteral("qrPayload"), b.value(QLatin1String("qrPayload"))}};
    CHECK(errorCode(kiosk->call(QStringLiteral("booking.checkIn"), args)) == QLatin1String("STORAGE_FAILED"));
    CHECK(bookingOf(kiosk->call(QStringLiteral("booking.find"),
                                {{QStringLiteral("code"), code}, {QStringLiteral("idNumber"), groom(1)}}))
              .value(QLatin1String("status"))
              .toString() == QLatin1String("confirmed"));
    auto admin = h.f.connect(QStringLiteral("admin-1"));
    CHECK(result(admin->call(QStringLiteral("hall.snapshot")))
              .value(QLatin1String("tickets"))
              .toArray()
              .isEmpty());
    // After a kill, storage holds neither.
    REQUIRE(h.f.hall.restart());
    CHECK(store.value(QStringLiteral("SELECT status FROM bookings WHERE code = '%1'").arg(code)).toString() ==
          QLatin1String("confirmed"));
    CHECK(store.value(QStringLiteral("SELECT COUNT(*) FROM tickets")).toInt() == 0);
    store.clearFault(QStringLiteral("tickets"));
    // The same request now succeeds: both happen.
    auto kiosk2 = h.f.connect(QStringLiteral("kiosk-1"));
    const QJsonObject done = kiosk2->call(QStringLiteral("booking.checkIn"), args);
    INFO(text(done).toStdString());
    REQUIRE(ok(done));
    CHECK(bookingOf(done).value(QLatin1String("status")).toString() == QLatin1String("checkedIn"));
}

TEST_CASE("booking roles: who may call what", "[booking][roles]")
{
    BookingHall h;
    auto display = h.f.connect(QStringLiteral("display-1"));
    CHECK(ok(display->call(QStringLiteral("booking.info"))));
    CHECK(errorCode(display->call(QStringLiteral("booking.create"),
                                  createArgs(QStringLiteral("r"), 1, kDec1At9))) ==
          QLatin1String("FORBIDDEN"));
    auto kiosk = h.f.connect(QStringLiteral("kiosk-1"));
    CHECK(errorCode(kiosk->call(QStringLiteral("booking.today"))) == QLatin1String("FORBIDDEN"));
    CHECK(errorCode(kiosk->call(QStringLiteral("booking.noShow"),
                                {{QStringLiteral("code"), QStringLiteral("ABCDEFGH")}})) ==
          QLatin1String("FORBIDDEN"));
    auto anonymous = h.f.connect(QStringLiteral("counter-2"));
    CHECK(errorCode(anonymous->call(QStringLiteral("booking.today"))) == QLatin1String("UNAUTHENTICATED"));
    auto li = h.f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
    CHECK(ok(li->call(QStringLiteral("booking.today"))));
    CHECK(errorCode(li->call(QStringLiteral("booking.checkIn"),
                             {{QStringLiteral("requestId"), QStringLiteral("x")},
                              {QStringLiteral("qrPayload"), QStringLiteral("x")}})) ==
          QLatin1String("FORBIDDEN"));
    const QJsonObject bulk{{QStringLiteral("date"), QStringLiteral("2026-12-02")},
                           {QStringLiteral("reason"), QStringLiteral("停电")}};
    CHECK(errorCode(li->call(QStringLiteral("booking.bulkCancel"), bulk)) == QLatin1String("FORBIDDEN"));
    CHECK(errorCode(li->call(QStringLiteral("booking.notices"),
                             {{QStringLiteral("date"), QStringLiteral("2026-12-02")}})) ==
          QLatin1String("FORBIDDEN"));
    auto wang = h.f.counter(QStringLiteral("counter-2"), QStringLiteral("wang"));
    CHECK(errorCode(wang->call(QStringLiteral("booking.notices"),
                               {{QStringLiteral("date"), QStringLiteral("2026-12-02")},
                                {QStringLiteral("full"), true}})) == QLatin1String("FORBIDDEN"));
}

TEST_CASE("booking rate limits per device and per ID number, replays spend nothing", "[booking][limits]")
{
    BookingHall h({QStringLiteral("--booking-device-burst"), QStringLiteral("3"),
                   QStringLiteral("--booking-device-rate"), QStringLiteral("0.01"),
                   QStringLiteral("--booking-id-burst"), QStringLiteral("2"),
                   QStringLiteral("--booking-id-rate"), QStringLiteral("0.01")});
    auto kiosk = h.f.connect(QStringLiteral("kiosk-1"));
    const auto find = [](WsClient& c, const QString& id) {
        return c.call(QStringLiteral("booking.find"), {{QStringLiteral("code"), QStringLiteral("ABCDEFGH")},
                                                       {QStringLiteral("idNumber"), id}});
    };
    for (int i = 0; i < 3; ++i) {
        CHECK(errorCode(find(*kiosk, groom(10 + i))) == QLatin1String("UNKNOWN_BOOKING"));
    }
    const QJsonObject device = find(*kiosk, groom(20));
    CHECK(errorCode(device) == QLatin1String("RATE_LIMITED"));
    CHECK(message(device).contains(QStringLiteral("本机")));
    CHECK(message(device).contains(QStringLiteral("秒后再试")));

    // The person's budget is per device: kiosk-1's look-ups of groom(10) cost kiosk-2 nothing, so
    // nobody can use up someone else's budget from another device.
    auto kiosk2 = h.f.connect(QStringLiteral("kiosk-2"));
    CHECK(errorCode(find(*kiosk2, groom(10))) == QLatin1String("UNKNOWN_BOOKING"));
    CHECK(errorCode(find(*kiosk2, groom(10))) == QLatin1String("UNKNOWN_BOOKING"));
    const QJsonObject person = find(*kiosk2, groom(10));
    CHECK(errorCode(person) == QLatin1String("RATE_LIMITED"));
    CHECK(message(person).contains(QLatin1String("***")));
    CHECK(message(person).contains(QStringLiteral("本机对")));
    CHECK_FALSE(message(person).contains(groom(10)));

    // A retry of an answered request is replayed from the ledger and spends nothing.
    auto admin = h.f.connect(QStringLiteral("admin-1"));
    const QString code = BookingHall::book(*admin, QStringLiteral("l-1"), 30, kDec1At9)
                             .value(QLatin1String("code"))
                             .toString();
    for (int i = 0; i < 5; ++i) {
        CHECK(bookingOf(admin->call(QStringLiteral("booking.create"),
                                    createArgs(QStringLiteral("l-1"), 30, kDec1At9)))
                  .value(QLatin1String("code"))
                  .toString() == code);
    }
}

TEST_CASE("counter: today's bookings, no-show after the slot, divorce applications, bulk cancellation",
          "[booking][counter]")
{
    BookingHall h;
    auto kiosk = h.f.connect(QStringLiteral("kiosk-1"));
    const QString c1030 =
        BookingHall::book(*kiosk, QStringLiteral("d-1"), 1, QStringLiteral("2026-11-24T10:30:00+08:00"))
            .value(QLatin1String("code"))
            .toString();
    BookingHall::book(*kiosk, QStringLiteral("d-2"), 2, QStringLiteral("2026-11-24T11:00:00+08:00"));
    BookingHall::book(*kiosk, QStringLiteral("d-3"), 3, QStringLiteral("2026-12-02T09:00:00+08:00"));
    BookingHall::book(*kiosk, QStringLiteral("d-4"), 4, QStringLiteral("2026-12-02T10:00:00+08:00"));

    auto li = h.f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
    const QJsonObject today = result(li->call(QStringLiteral("booking.today")));
    CHECK(today.value(QLatin1String("date")).toString() == QLatin1String("2026-11-24"));
    CHECK(today.value(QLatin1String("slots")).toArray().size() == 2);
    CHECK(today.value(QLatin1String("counts")).toObject().value(QLatin1String("confirmed")).toInt() == 2);
    CHECK_FALSE(text(today).contains(groom(1)));
    CHECK(bookingOf(li->call(QStringLiteral("booking.get"), {{QStringLiteral("code"), c1030}}))
              .value(QLatin1String("code"))
              .toString() == c1030);
    CHECK(errorCode(li->call(QStringLiteral("booking.get"),
                             {{QStringLiteral("code"), QStringLiteral("ABCDEFGH")}})) ==
          QLatin1String("UNKNOWN_BOOKING"));
    CHECK(errorCode(li->call(QStringLiteral("booking.noShow"), {{QStringLiteral("code"), c1030}})) ==
          QLatin1String("INVALID_TRANSITION"));

    const QJsonObject application = li->call(
        QStringLiteral("divorce.recordApplication"),
        {{QStringLiteral("parties"), couple(40)}, {QStringLiteral("requestId"), QStringLiteral("dv-1")}});
    INFO(text(application).toStdString());
    const QJsonObject app = result(application).value(QLatin1String("application")).toObject();
    CHECK(app.value(QLatin1String("status")).toString() == QLatin1String("pending"));
    CHECK(app.value(QLatin1String("appliedOn")).toString() == QLatin1String("2026-11-24"));
    CHECK(app.value(QLatin1String("coolingOffEnds")).toString() == QLatin1String("2026-12-24"));
    CHECK(app.value(QLatin1String("recordedBy")).toString() == QLatin1String("li"));
    CHECK(errorCode(li->call(QStringLiteral("divorce.recordApplication"),
                             {{QStringLiteral("parties"), couple(40)}})) == QLatin1String("DIVORCE_PENDING"));
    const QJsonObject withdrawn = li->call(QStringLiteral("divorce.withdraw"),
                                           {{QStringLiteral("application"), app.value(QLatin1String("id"))},
                                            {QStringLiteral("idNumber"), bride(40)}});
    CHECK(result(withdrawn)
              .value(QLatin1String("application"))
              .toObject()
              .value(QLatin1String("status"))
              .toString() == QLatin1String("withdrawn"));
    const QJsonValue appId = app.value(QLatin1String("id"));
    CHECK(errorCode(li->call(QStringLiteral("divorce.complete"), {{QStringLiteral("application"), appId}})) ==
          QLatin1String("INVALID_TRANSITION"));
    CHECK(
        errorCode(li->call(QStringLiteral("divorce.withdraw"), {{QStringLiteral("application"), appId},
                                                                {QStringLiteral("idNumber"), groom(41)}})) ==
        QLatin1String("NO_DIVORCE_APPLICATION"));
    CHECK(errorCode(li->call(QStringLiteral("divorce.recordApplication"),
                             {{QStringLiteral("parties"), couple(40).at(0)}})) ==
          QLatin1String("INVALID_ARGUMENT"));

    // A supervisor closes 2 December: both couples are listed, masked; the date takes no bookings.
    auto wang = h.f.counter(QStringLiteral("counter-2"), QStringLiteral("wang"));
    const QJsonObject bulk = wang->call(QStringLiteral("booking.bulkCancel"),
                                        {{QStringLiteral("date"), QStringLiteral("2026-12-02")},
                                         {QStringLiteral("reason"), QStringLiteral("停电检修")}});
    INFO(text(bulk).toStdString());
    REQUIRE(ok(bulk));
    CHECK(result(bulk).value(QLatin1String("cancelled")).toInt() == 2);
    const QJsonArray notices = result(bulk).value(QLatin1String("notices")).toArray();
    REQUIRE(notices.size() == 2);
    CHECK(notices.at(0).toObject().value(QLatin1String("phone")).toString() == QLatin1String("138****8000"));
    CHECK(errorCode(kiosk->call(
              QStringLiteral("booking.create"),
              createArgs(QStringLiteral("d-5"), 5, QStringLiteral("2026-12-02T11:00:00+08:00")))) ==
          QLatin1String("OFFICE_CLOSED"));
    CHECK(errorCode(wang->call(QStringLiteral("booking.bulkCancel"),
                               {{QStringLiteral("date"), QStringLiteral("2026-12-02")},
                                {QStringLiteral("reason"), QStringLiteral("again")}})) ==
          QLatin1String("INVALID_TRANSITION"));
    // The admin's full export names and phones the couples; the log does not.
    auto admin = h.f.connect(QStringLiteral("admin-1"));
    const QJsonObject full = result(admin->call(
        QStringLiteral("booking.notices"),
        {{QStringLiteral("date"), QStringLiteral("2026-12-02")}, {QStringLiteral("full"), true}}));
    CHECK(full.value(QLatin1String("notices"))
              .toArray()
              .at(0)
              .toObject()
              .value(QLatin1String("phone"))
              .toString() == QLatin1String("13800138000"));
    CHECK(full.value(QLatin1String("csv"))
              .toString()
              .startsWith(QStringLiteral("预约码,业务,时段,姓名,手机号码")));
    CHECK(full.value(QLatin1String("csv")).toString().contains(QStringLiteral("张三/李四")));
    CHECK_FALSE(h.f.hall.log().contains(QLatin1String("13800138000")));
    CHECK(errorCode(admin->call(QStringLiteral("booking.notices"),
                                {{QStringLiteral("date"), QStringLiteral("2026-12-03")}})) ==
          QLatin1String("INVALID_ARGUMENT"));

    // After the 10:30 slot (and its check-in window) the couple that did not come is marked.
    h.restartAt(QStringLiteral("2026-11-24T11:05:00+08:00"));
    auto li2 = h.f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
    const QJsonObject noShow = li2->call(QStringLiteral("booking.noShow"), {{QStringLiteral("code"), c1030}});
    INFO(text(noShow).toStdString());
    CHECK(bookingOf(noShow).value(QLatin1String("status")).toString() == QLatin1String("noShow"));
}

TEST_CASE("divorce applications past their certificate period are marked deemed withdrawn in storage",
          "[booking][counter]")
{
    BookingHall h;
    {
        auto li = h.f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
        REQUIRE(ok(li->call(QStringLiteral("divorce.recordApplication"),
                            {{QStringLiteral("parties"), couple(50)}})));
    }
    const auto status = [&] {
        return HallStore(h.f.hall)
            .value(QStringLiteral("SELECT status FROM divorce_applications"))
            .toString();
    };
    CHECK(status() == QLatin1String("pending"));
    // Applied 2026-11-24: the certificate period ends 2027-01-25; by February nobody came.
    h.restartAt(QStringLiteral("2027-02-15T10:00:00+08:00"));
    auto admin = h.f.connect(QStringLiteral("admin-1"));
    REQUIRE(ok(admin->call(QStringLiteral("hall.snapshot")))); // answered after the start's commit
    CHECK(status() == QLatin1String("deemedWithdrawn"));
}

TEST_CASE("a booking nobody came for is a no-show once its day is over, counted once across restarts",
          "[booking][noshow]")
{
    BookingHall h;
    auto kiosk = h.f.connect(QStringLiteral("kiosk-1"));
    const QJsonObject booked =
        BookingHall::book(*kiosk, QStringLiteral("ns-1"), 60, QStringLiteral("2026-11-24T11:00:00+08:00"));
    const QString code = booked.value(QLatin1String("code")).toString();
    // What to bring comes with the booking, from the core's list for the type.
    CHECK(booked.value(QLatin1String("bring")).toArray().first().toString() ==
          QStringLiteral("双方的居民身份证原件"));
    const QString events =
        QStringLiteral("SELECT COUNT(*) FROM booking_events WHERE kind = 'noShow' AND booking_code = '%1'")
            .arg(code);
    CHECK(HallStore(h.f.hall).value(events).toInt() == 0);

    for (const QString& when :
         {QStringLiteral("2026-11-25T00:10:00+08:00"), QStringLiteral("2026-11-25T09:00:00+08:00")}) {
        INFO(when.toStdString());
        h.restartAt(when);
        auto admin = h.f.connect(QStringLiteral("admin-1"));
        REQUIRE(ok(admin->call(QStringLiteral("hall.snapshot")))); // answered after the start's commit
        auto li = h.f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
        const QJsonObject got = li->call(QStringLiteral("booking.get"), {{QStringLiteral("code"), code}});
        CHECK(bookingOf(got).value(QLatin1String("status")).toString() == QLatin1String("noShow"));
        CHECK(HallStore(h.f.hall).value(events).toInt() == 2); // one per person, never more
        // Staff can no longer count it a second time.
        CHECK(errorCode(li->call(QStringLiteral("booking.noShow"), {{QStringLiteral("code"), code}})) ==
              QLatin1String("INVALID_TRANSITION"));
    }
    CHECK(h.f.hall.log().contains(QStringLiteral("1 no-show(s) %1").arg(code)));
}

TEST_CASE("an office cancelling the last day of a certificate period extends it and tells the couple",
          "[booking][divorce]")
{
    BookingHall h;
    {
        auto li = h.f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
        REQUIRE(ok(li->call(QStringLiteral("divorce.recordApplication"),
                            {{QStringLiteral("parties"), couple(70)}})));
    }
    // Applied 2026-11-24: the certificate period is 2026-12-25 … 2027-01-25 (Monday).
    h.restartAt(QStringLiteral("2027-01-11T10:00:00+08:00"));
    auto kiosk = h.f.connect(QStringLiteral("kiosk-1"));
    // Before the cancellation the Tuesday is outside the period.
    CHECK(errorCode(kiosk->call(
              QStringLiteral("booking.create"),
              createArgs(QStringLiteral("dc-2"), 70, QStringLiteral("2027-01-26T09:00:00+08:00"),
                         QStringLiteral("divorceCertificate")))) == QLatin1String("OUTSIDE_DIVORCE_PERIOD"));
    const QJsonObject visit = bookingOf(
        kiosk->call(QStringLiteral("booking.create"),
                    createArgs(QStringLiteral("dc-1"), 70, QStringLiteral("2027-01-25T09:00:00+08:00"),
                               QStringLiteral("divorceCertificate"))));
    const QStringList bring = visit.value(QLatin1String("bring")).toVariant().toStringList();
    CHECK(bring.join(u'|').contains(QStringLiteral("结婚证")));
    CHECK(bring.join(u'|').contains(QStringLiteral("离婚协议书")));

    auto wang = h.f.counter(QStringLiteral("counter-2"), QStringLiteral("wang"));
    const QJsonObject bulk = wang->call(QStringLiteral("booking.bulkCancel"),
                                        {{QStringLiteral("date"), QStringLiteral("2027-01-25")},
                                         {QStringLiteral("reason"), QStringLiteral("停电检修")}});
    INFO(text(bulk).toStdString());
    REQUIRE(ok(bulk));
    const QJsonObject notice = result(bulk).value(QLatin1String("notices")).toArray().first().toObject();
    CHECK(notice.value(QLatin1String("certificateUntil")).toString() == QLatin1String("2027-01-26"));
    CHECK(notice.value(QLatin1String("certificateExtended")).toBool());
    CHECK(notice.value(QLatin1String("message")).toString().contains(QStringLiteral("顺延至 2027-01-26")));
    const QJsonArray extended = result(bulk).value(QLatin1String("extendedDivorces")).toArray();
    REQUIRE(extended.size() == 1);
    CHECK(extended.first().toObject().value(QLatin1String("certificateUntil")).toString() ==
          QLatin1String("2027-01-26"));
    // The couple can now come on the Tuesday.
    const QJsonObject again =
        kiosk->call(QStringLiteral("booking.create"),
                    createArgs(QStringLiteral("dc-3"), 70, QStringLiteral("2027-01-26T09:00:00+08:00"),
                               QStringLiteral("divorceCertificate")));
    INFO(text(again).toStdString());
    CHECK(ok(again));
}
