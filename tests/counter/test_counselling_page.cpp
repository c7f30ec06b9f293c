// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The counter's 辅导 page (CounsellingDesk) on screen against a real hall-service: a divorce application
// recorded at the 预约 page is offered counselling; the room's slots within the cooling-off period with
// the counsellor on duty; a slot booked with where and when confirmed; an outcome refused before the
// session in words, and declined (which frees the room).
#include "../kiosk/idnumbers.h"
#include "adminonscreen.h"
#include "bookingdesk.h"
#include "counsellingdesk.h"
#include "counterapp.h"
#include "counterfixture.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QQuickItem>
#include <QQuickWindow>

using namespace hall;
using namespace hall::test;
using namespace Qt::StringLiterals;

namespace {

bool settled(CounsellingDesk& d)
{
    return waitUntil([&] { return !d.actions()->busy() && !d.reading(); }, 15000);
}

} // namespace

TEST_CASE("辅导 page on screen: offered with the application, a slot booked, an outcome recorded",
          "[counselling][frontend]")
{
    CounterFixture fx;
    // The application is recorded at the 预约 page, which offers counselling and names the number.
    auto li = fx.atWindow(u"counter-1"_s, u"li"_s, 1);
    BookingDesk booking;
    booking.setController(li.get());
    REQUIRE(booking.recordDivorce(u"张伟"_s, validIdNumber(u"110105"_s, u"19950308"_s, u"135"_s), u"李娜"_s,
                                  validIdNumber(u"110105"_s, u"19970412"_s, u"126"_s)));
    REQUIRE(waitUntil([&] { return !booking.actions()->busy(); }, 15000));
    INFO(booking.actions()->errorDetail().toStdString());
    REQUIRE(booking.actions()->errorCode().isEmpty());
    const int application = booking.application().value(u"id"_s).toInt();
    CHECK(booking.applicationText().contains(u"申请号 %1"_s.arg(application)));
    CHECK(booking.applicationText().contains(u"婚姻家庭辅导"_s));

    const auto shown = adminOnScreen(fx, 0, u"counselling"_s);
    CounterApp& app = *shown;
    const auto desks = app.window()->findChildren<CounsellingDesk*>();
    REQUIRE(desks.size() == 1);
    CounsellingDesk& desk = *desks.first();

    // The number as staff type it in the page's field; Enter reads the offer.
    QQuickItem* number = nullptr;
    REQUIRE(waitUntil([&] { return (number = onScreen(app, u"counsellingApplication"_s)) != nullptr; }));
    number->setProperty("text", QString::number(application));
    REQUIRE(QMetaObject::invokeMethod(number, "accepted"));
    REQUIRE(waitUntil([&] { return desk.slotRows()->rowCount() > 0; }, 15000));
    INFO(desk.actions()->errorDetail().toStdString());
    // Tuesday 2026-11-24, 10:00 at the hall: today's afternoon first, 周老师 on Tuesdays.
    const QVariantMap first = desk.slotRows()->get(0);
    CHECK(first.value(u"start"_s).toString().startsWith(u"2026-11-24T14:00"_s));
    CHECK(first.value(u"counsellor"_s).toString() == u"周老师"_s);
    CHECK(first.value(u"day"_s).toString() == u"11-24 周二"_s);
    // Nothing after the cooling-off period (it ends 2026-12-24).
    const QVariantMap last = desk.slotRows()->get(desk.slotRows()->rowCount() - 1);
    CHECK(last.value(u"start"_s).toString().startsWith(u"2026-12-24"_s));
    CHECK(desk.summary().contains(u"2026-12-24"_s));
    CHECK(desk.summary().contains(u"张*"_s));
    CHECK_FALSE(desk.summary().contains(u"张伟"_s));

    // The second slot, tapped on screen.
    const QString chosen = desk.slotRows()->get(1).value(u"start"_s).toString();
    QQuickItem* slot = nullptr;
    REQUIRE(waitUntil([&] { return (slot = onScreen(app, u"counsellingSlot_"_s + chosen)) != nullptr; }));
    QMetaObject::invokeMethod(slot, "clicked");
    REQUIRE(waitUntil([&] { return desk.sessions()->rowCount() == 1; }, 15000));
    REQUIRE(settled(desk));
    CHECK(desk.confirmation().contains(u"2026-11-24 周二 15:00"_s));
    CHECK(desk.confirmation().contains(u"婚姻家庭辅导室"_s));
    CHECK(desk.confirmation().contains(u"周老师"_s));
    CHECK(desk.sessions()->get(0).value(u"open"_s).toBool());
    // The booked slot is no longer offered.
    CHECK(desk.slotRows()->find(u"start"_s, chosen) < 0);

    // Before the session: "continuing" is refused in words; "declined" frees the room.
    const int session = desk.sessions()->get(0).value(u"sessionId"_s).toInt();
    REQUIRE(desk.record(session, u"continuing"_s));
    REQUIRE(settled(desk));
    CHECK(desk.actions()->errorCode() == u"INVALID_TRANSITION"_s);
    CHECK(desk.actions()->errorDetail().contains(u"之后才能记录结果"_s));
    QQuickItem* declined = nullptr;
    REQUIRE(waitUntil([&] { return (declined = onScreen(app, u"declined_%1"_s.arg(session))) != nullptr; }));
    QMetaObject::invokeMethod(declined, "clicked");
    REQUIRE(waitUntil([&] { return desk.sessions()->get(0).value(u"outcome"_s) == u"declined"_s; }, 15000));
    REQUIRE(settled(desk));
    CHECK(desk.slotRows()->find(u"start"_s, chosen) >= 0);
}
