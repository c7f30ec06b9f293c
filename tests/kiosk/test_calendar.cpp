// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk and the hall calendar, against a real hall-service with the pages offscreen: on a closed
// day the home page says why and when the hall opens and offers no ticket; on a holiday service day
// only the plan's services can be picked, and a refusal (HALL_CLOSED) is said in words. The booking
// calendar of a provisional month marks the days not yet released as 待公布.
#include "bookingcalendarmodel.h"
#include "hallprocess.h"
#include "kioskapp.h"
#include "kioskshell.h"
#include "touchscript.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QQuickItem>
#include <QTemporaryDir>

using namespace hall;
using namespace Qt::StringLiterals;
using hall::test::waitUntil;

namespace {

struct CalendarKiosk
{
    explicit CalendarKiosk(const QString& startTime)
    {
        token = hall.addDevice(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
        REQUIRE(hall.start({QStringLiteral("--start-time"), startTime}));
        KioskOptions options;
        options.url = hall.url();
        options.token = token;
        options.printer = {{u"backend"_s, u"simulated"_s}, {u"outputDir"_s, paper.path()}};
        app = std::make_unique<KioskApp>(options);
        REQUIRE(app->load());
        app->start();
        touch = std::make_unique<TouchScript>(app->window());
        REQUIRE(waitUntil([&] {
            return kiosk()->serviceAvailable() && kiosk()->ticketFlow()->services()->rowCount() == 11;
        }));
    }
    KioskShell* kiosk() { return app->controller(); }
    QString textOf(const QString& name)
    {
        QQuickItem* item = touch->find(name);
        return item ? item->property("text").toString() : QString();
    }
    bool enabled(const QString& name)
    {
        QQuickItem* item = touch->find(name);
        return item && item->isEnabled();
    }

    test::HallProcess hall;
    QString token;
    QTemporaryDir paper;
    std::unique_ptr<KioskApp> app;
    std::unique_ptr<TouchScript> touch;
};

} // namespace

TEST_CASE("on a closed day the kiosk says why and when the hall opens, and offers no ticket",
          "[calendar][frontend]")
{
    CalendarKiosk k(QStringLiteral("2026-10-04T10:00:00+08:00")); // 国庆 2026, a Sunday
    HallToday* today = k.kiosk()->today();
    REQUIRE(waitUntil([&] { return today->closed(); }));
    CHECK(today->reason() == QStringLiteral("国庆节假期"));
    CHECK(today->nextOpenText() == QStringLiteral("10月8日（星期四）起正常办理"));
    REQUIRE(waitUntil([&] { return k.textOf(u"homeTitle"_s).contains(u"今天休息（国庆节假期）"_s); }));
    CHECK_FALSE(k.enabled(u"startTicket"_s));
    CHECK_FALSE(k.enabled(u"homeTile_0"_s));
    CHECK(k.enabled(u"bookingEntry"_s)); // booking other days and status lookups stay open
    CHECK(k.enabled(u"statusEntry"_s));
    // In English, the service's reason and the date in English words.
    k.kiosk()->setEnglish(true);
    CHECK(today->reason() == QStringLiteral("National Day holiday"));
    REQUIRE(waitUntil([&] { return k.textOf(u"homeTitle"_s).contains(u"National Day holiday"_s); }));
    CHECK(k.textOf(u"homeTitle"_s) == u"Closed today (National Day holiday)"_s);
    CHECK(today->nextOpenText() == u"Open as usual from Thursday 8 October"_s);
}

TEST_CASE("on a holiday service day only the plan's services can be taken, others are refused in words",
          "[calendar][frontend]")
{
    CalendarKiosk k(QStringLiteral("2027-08-08T10:00:00+08:00")); // 七夕 2027, a Sunday: marriage only
    HallToday* today = k.kiosk()->today();
    REQUIRE(waitUntil([&] { return today->plan(); }));
    CHECK(today->openServices() == QStringList{QStringLiteral("marriage")});
    CHECK(today->planText() == QStringLiteral("结婚登记 08:30–17:00"));
    REQUIRE(waitUntil([&] { return k.enabled(u"homeTile_0"_s); })); // 结婚登记
    CHECK_FALSE(k.enabled(u"homeTile_3"_s));                        // 社会救助
    CHECK(k.textOf(u"homeTitle"_s) == QStringLiteral("欢迎！请点选要办理的业务取号"));

    // A stale screen (or a second errand) still gets the service's answer, said in words.
    KioskShell* kiosk = k.kiosk();
    kiosk->startTicket(u"assistance"_s);
    kiosk->ticketFlow()->next();
    bool finished = false;
    QObject::connect(kiosk->ticketFlow(), &hall::TicketFlow::journeyFinished, [&] { finished = true; });
    kiosk->ticketFlow()->submit();
    REQUIRE(waitUntil([&] { return finished; }));
    REQUIRE(kiosk->page() == KioskShell::Page::Refused);
    CHECK(kiosk->ticketFlow()->refusal()->kind() == Refusal::Kind::HallClosed);
    REQUIRE(waitUntil([&] { return k.textOf(u"refusalHeadline"_s) == u"今天不办理这项业务"_s; }));
    CHECK(k.textOf(u"refusalDetail"_s).contains(u"只办理：结婚登记 08:30–17:00"_s));
}
