// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The counter's 预约 page view-model (BookingDesk) against a real hall-service: the day's bookings
// masked, no-show refused before the slot, a divorce application recorded once, a whole date
// cancelled by a supervisor with the couples to notify, masked; the day's certificate ceremonies.
#include "../kiosk/idnumbers.h"
#include "adminonscreen.h"
#include "bookingdesk.h"
#include "counterapp.h"
#include "counterfixture.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>

using namespace hall;
using namespace hall::test;
using namespace Qt::StringLiterals;

namespace {

/// A bride of the groom's district (idnumbers.h's kBride lives elsewhere).
const QString kNeighbourBride = validIdNumber(u"110105"_s, u"19970412"_s, u"126"_s);

/// Books tomorrow (2026-11-25) 09:00 for the couple through the kiosk connection; returns the code.
QString book(CounterFixture& f)
{
    const QJsonObject reply = f.kiosk->call(
        u"booking.create"_s,
        {{u"requestId"_s, u"desk-test-1"_s},
         {u"type"_s, u"marriage"_s},
         {u"slotStart"_s, u"2026-11-25T09:00:00+08:00"_s},
         {u"parties"_s, QJsonArray{QJsonObject{{u"name"_s, u"张伟"_s}, {u"idNumber"_s, kGroom}},
                                   QJsonObject{{u"name"_s, u"李娜"_s}, {u"idNumber"_s, kNeighbourBride}}}},
         {u"phone"_s, u"13800138000"_s}});
    INFO(QJsonDocument(reply).toJson().toStdString());
    REQUIRE(ok(reply));
    return result(reply).value(u"booking"_s).toObject().value(u"code"_s).toString();
}

bool settle(BookingDesk& desk)
{
    return waitUntil([&] { return !desk.actions()->busy() && !desk.reading(); }, 15000);
}

} // namespace

TEST_CASE("booking desk: a day's bookings masked, no-show before the slot is refused in words", "[frontend]")
{
    CounterFixture f;
    const QString code = book(f);
    auto counter = f.atWindow(u"counter-1"_s, u"li"_s, 1);
    BookingDesk desk;
    desk.setController(counter.get());
    desk.show(u"2026-11-25"_s);
    REQUIRE(settle(desk));
    REQUIRE(desk.bookings()->rowCount() == 1);
    const QVariantMap row = desk.bookings()->get(0);
    CHECK(row.value(u"code"_s).toString() == code);
    CHECK(row.value(u"slot"_s).toString() == u"09:00–09:30"_s);
    CHECK(row.value(u"statusText"_s).toString() == u"已预约"_s);
    const QString persons = row.value(u"persons"_s).toString();
    CHECK(persons.contains(u"张*"_s));
    CHECK(persons.contains(u"110***********"_s + kGroom.right(4)));
    CHECK_FALSE(persons.contains(u"张伟"_s));
    CHECK_FALSE(persons.contains(u"19950308"_s));
    CHECK(row.value(u"phone"_s).toString() == u"138****8000"_s);
    CHECK(desk.counts().value(u"confirmed"_s).toInt() == 1);

    // The status is a counter word like any other: in English after the switch, read again.
    counter->setEnglish(true);
    REQUIRE(waitUntil(
        [&] { return desk.bookings()->get(0).value(u"statusText"_s).toString() == u"Booked"_s; }, 15000));
    counter->setEnglish(false);
    REQUIRE(waitUntil(
        [&] { return desk.bookings()->get(0).value(u"statusText"_s).toString() == u"已预约"_s; }, 15000));

    REQUIRE(desk.markNoShow(code));
    REQUIRE(settle(desk));
    CHECK(desk.actions()->errorCode() == u"INVALID_TRANSITION"_s);
    CHECK_FALSE(desk.actions()->error().isEmpty());
}

TEST_CASE("booking desk: a booking made with typed ID numbers says the name is not registered", "[frontend]")
{
    CounterFixture f;
    const QJsonObject reply = f.kiosk->call(
        u"booking.create"_s,
        {{u"requestId"_s, u"desk-test-typed"_s},
         {u"type"_s, u"marriage"_s},
         {u"slotStart"_s, u"2026-11-25T09:00:00+08:00"_s},
         {u"parties"_s, QJsonArray{QJsonObject{{u"idNumber"_s, kGroom}},
                                   QJsonObject{{u"name"_s, u"李娜"_s}, {u"idNumber"_s, kNeighbourBride}}}},
         {u"phone"_s, u"13800138000"_s}});
    INFO(QJsonDocument(reply).toJson().toStdString());
    REQUIRE(ok(reply));
    auto counter = f.atWindow(u"counter-1"_s, u"li"_s, 1);
    BookingDesk desk;
    desk.setController(counter.get());
    desk.show(u"2026-11-25"_s);
    REQUIRE(settle(desk));
    REQUIRE(desk.bookings()->rowCount() == 1);
    const QStringList persons = desk.bookings()->get(0).value(u"persons"_s).toString().split(u"；"_s);
    REQUIRE(persons.size() == 2);
    CHECK(persons.at(0) == u"姓名未登记（到场核验身份证） 110***********"_s + kGroom.right(4));
    CHECK(persons.at(1) == u"李* 110***********"_s + kNeighbourBride.right(4));
}

TEST_CASE("booking desk: a divorce application starts the cooling-off period, once per couple")
{
    CounterFixture f;
    auto counter = f.atWindow(u"counter-1"_s, u"li"_s, 1);
    BookingDesk desk;
    desk.setController(counter.get());
    REQUIRE(desk.recordDivorce(u"张伟"_s, kGroom, u"李娜"_s, kNeighbourBride.toLower()));
    REQUIRE(settle(desk));
    INFO(desk.actions()->errorCode().toStdString());
    REQUIRE(desk.actions()->errorCode().isEmpty());
    CHECK(desk.application().value(u"status"_s).toString() == u"pending"_s);
    CHECK(desk.application().value(u"appliedOn"_s).toString() == u"2026-11-24"_s);
    CHECK(desk.application().value(u"coolingOffEnds"_s).toString() == u"2026-12-24"_s);
    CHECK_FALSE(desk.application().value(u"certificateFrom"_s).toString().isEmpty());

    REQUIRE(desk.recordDivorce(u"张伟"_s, kGroom, u"李娜"_s, kNeighbourBride));
    REQUIRE(settle(desk));
    CHECK(desk.actions()->errorCode() == u"DIVORCE_PENDING"_s);
}

TEST_CASE("booking desk: a supervisor cancels a date, the couples to notify are listed masked", "[frontend]")
{
    CounterFixture f;
    const QString code = book(f);
    auto li = f.atWindow(u"counter-1"_s, u"li"_s, 1);
    BookingDesk limited;
    limited.setController(li.get());
    REQUIRE(limited.cancelDate(u"2026-11-25"_s, u"暴雨停办"_s));
    REQUIRE(settle(limited));
    CHECK(limited.actions()->errorCode() == u"FORBIDDEN"_s); // li may not work every window

    auto wang = f.atWindow(u"counter-2"_s, u"wang"_s, 2);
    BookingDesk desk;
    desk.setController(wang.get());
    REQUIRE(desk.cancelDate(u"2026-11-25"_s, u"暴雨停办"_s));
    REQUIRE(settle(desk));
    INFO(desk.actions()->errorCode().toStdString());
    REQUIRE(desk.notices()->rowCount() == 1);
    const QVariantMap notice = desk.notices()->get(0);
    CHECK(notice.value(u"code"_s).toString() == code);
    CHECK(notice.value(u"names"_s).toString() == u"张*、李*"_s);
    CHECK(notice.value(u"phone"_s).toString() == u"138****8000"_s);
    CHECK(desk.closure().contains(u"暴雨停办"_s));
}

TEST_CASE("booking desk: the ticket in hand's appointment reference is read from the snapshot", "[nostore]")
{
    const QJsonObject snapshot{
        {u"counters"_s,
         QJsonArray{
             QJsonObject{{u"number"_s, 1}, {u"ticket"_s, QJsonValue()}},
             QJsonObject{{u"number"_s, 2},
                         {u"ticket"_s,
                          QJsonObject{{u"number"_s, u"A003"_s},
                                      {u"appointment"_s, QJsonObject{{u"reference"_s, u"7KQ2M9XA"_s}}}}}}}}};
    CHECK(BookingDesk::appointmentOf(snapshot, 2) == u"7KQ2M9XA"_s);
    CHECK(BookingDesk::appointmentOf(snapshot, 1).isEmpty());
    CHECK(BookingDesk::appointmentOf(snapshot, 9).isEmpty());
}

TEST_CASE("booking page on screen: the 预约 tab lists a day's bookings with their no-show buttons",
          "[frontend]")
{
    CounterFixture f;
    const QString code = book(f);
    const auto shown = adminOnScreen(f, 1, u"booking"_s);
    CounterApp& app = *shown;
    const auto desks = app.window()->findChildren<BookingDesk*>();
    REQUIRE(desks.size() == 1);
    BookingDesk* desk = desks.first();
    desk->show(u"2026-11-25"_s);
    REQUIRE(waitUntil([&] { return desk->bookings()->rowCount() == 1; }, 15000));
    QQuickItem* noShow = nullptr;
    REQUIRE(waitUntil([&] { return (noShow = onScreen(app, u"noShow_"_s + code)) != nullptr; }));
    QQuickItem* counts = onScreen(app, u"bookingCounts"_s);
    REQUIRE(counts != nullptr);
    CHECK(counts->property("text").toString().startsWith(u"2026-11-25 预约 1"_s));
    if (const QString dir = qEnvironmentVariable("HALL_BOOKING_SCREENSHOTS"); !dir.isEmpty()) {
        waitUntil([] { return false; }, 300); // let the scene graph settle
        CHECK(app.window()->grabWindow().save(dir + u"/counter-booking.png"_s));
    }
}

TEST_CASE("booking page on screen: the day's ceremonies with hall, officiant, theme and couples",
          "[frontend]")
{
    // 李老师 every day; a collective 冬日集体颁证 on 2026-12-03 at 10:00 for an hour in 幸福厅, 3 couples.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"booking.json"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({
  "offices": [
    { "id": "main", "nameZh": "测试婚姻登记处",
      "sessions": [ { "days": [1, 2, 3, 4, 5], "from": "09:00", "until": "12:00", "slotMinutes": 30,
                      "capacity": { "marriage": 2, "ceremony": 1 } } ],
      "ceremony": { "halls": ["幸福厅", "同心厅"], "officiants": ["李老师"],
                    "collective": [ { "on": { "date": "2026-12-03" }, "at": "10:00", "minutes": 60,
                                      "hall": "幸福厅", "couples": 3, "themeZh": "冬日集体颁证",
                                      "themeEn": "Winter collective ceremony" } ] } }
  ],
  "specialDates": { "rules": [] }
})");
    file.close();
    CounterFixture f({u"--booking-config"_s, path});
    const auto ceremony = [&](const QString& requestId, const QString& slot, const QString& groom,
                              const QString& bride) {
        const QJsonObject reply = f.kiosk->call(
            u"booking.create"_s,
            {{u"requestId"_s, requestId},
             {u"type"_s, u"ceremony"_s},
             {u"slotStart"_s, slot},
             {u"parties"_s, QJsonArray{QJsonObject{{u"name"_s, u"张伟"_s}, {u"idNumber"_s, groom}},
                                       QJsonObject{{u"name"_s, u"李娜"_s}, {u"idNumber"_s, bride}}}},
             {u"phone"_s, u"13800138000"_s}});
        INFO(QJsonDocument(reply).toJson().toStdString());
        REQUIRE(ok(reply));
    };
    ceremony(u"c-1"_s, u"2026-12-03T10:00:00+08:00"_s, kGroom, kNeighbourBride);
    ceremony(u"c-2"_s, u"2026-12-03T10:00:00+08:00"_s, validIdNumber(u"110105"_s, u"19900101"_s, u"157"_s),
             validIdNumber(u"110105"_s, u"19920202"_s, u"148"_s));
    ceremony(u"c-3"_s, u"2026-12-03T09:00:00+08:00"_s, validIdNumber(u"110105"_s, u"19910303"_s, u"171"_s),
             validIdNumber(u"110105"_s, u"19930404"_s, u"162"_s));

    const auto shown = adminOnScreen(f, 1, u"booking"_s);
    CounterApp& app = *shown;
    const auto desks = app.window()->findChildren<BookingDesk*>();
    REQUIRE(desks.size() == 1);
    BookingDesk* desk = desks.first();
    desk->show(u"2026-12-03"_s);
    QQuickItem* list = nullptr;
    REQUIRE(waitUntil(
        [&] {
            return (list = onScreen(app, u"bookingCeremonies"_s)) != nullptr &&
                   list->property("text").toString().contains(u"冬日集体颁证"_s);
        },
        15000));
    const QString text = list->property("text").toString();
    INFO(text.toStdString());
    CHECK(text.startsWith(u"颁证仪式\n09:00–09:30  幸福厅  李老师\n"_s));
    CHECK(text.contains(u"10:00–11:00  幸福厅  李老师  冬日集体颁证  2/3 对"_s));
    // Never a name or an ID number: the list is about the halls.
    CHECK_FALSE(text.contains(u"张"_s));
    if (const QString shots = qEnvironmentVariable("HALL_BOOKING_SCREENSHOTS"); !shots.isEmpty()) {
        waitUntil([] { return false; }, 300); // let the scene graph settle
        CHECK(app.window()->grabWindow().save(shots + u"/counter-ceremonies.png"_s));
    }
    // A day without ceremonies shows no list.
    desk->show(u"2026-12-04"_s);
    REQUIRE(waitUntil([&] { return desk->date() == u"2026-12-04"_s && !desk->reading(); }, 15000));
    CHECK(desk->ceremoniesText().isEmpty());
}
