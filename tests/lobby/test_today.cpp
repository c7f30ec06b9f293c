// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The lobby display shows today in the hall calendar: the holiday service plan's services and hours
// on a plan day, why the hall is closed and when it opens on a closed day, nothing on an open day.
#include "displayrig.h"
#include "hallprocess.h"
#include "screenquery.h"

#include <catch2/catch.hpp>

#include <QQuickItem>

using namespace hall;
using namespace Qt::StringLiterals;
using hall::test::waitUntil;

namespace {

/// A service whose hall clock starts at `startTime`, and a display on it.
struct TodayDisplay
{
    explicit TodayDisplay(const QString& startTime)
    {
        const QString token = hall.addDevice(u"display"_s, u"lobby-1"_s);
        REQUIRE(hall.start({u"--start-time"_s, startTime}));
        display = std::make_unique<test::DisplayRig>(hall.url(), u"lobby-1"_s, token);
        REQUIRE(waitUntil([&] { return !display->app->controller()->centreName().isEmpty(); }, 15000));
    }
    QString bannerText() const
    {
        QQuickItem* text = screenquery::find(display->app->window(), u"todayText"_s);
        return text && text->isVisible() ? text->property("text").toString() : QString();
    }
    test::HallProcess hall;
    std::unique_ptr<test::DisplayRig> display;
};

} // namespace

TEST_CASE("lobby display: today's holiday service plan, or why the hall is closed", "[calendar][frontend]")
{
    SECTION("七夕 on a Sunday: marriage registration only, with its hours")
    {
        TodayDisplay d(u"2027-08-08T10:00:00+08:00"_s);
        REQUIRE(waitUntil([&] { return !d.bannerText().isEmpty(); }, 15000));
        CHECK(d.bannerText() == u"今日节假日服务（七夕婚姻登记）：只办理 结婚登记 08:30–17:00"_s);
    }
    SECTION("a closed day says why and when the hall opens")
    {
        TodayDisplay d(u"2026-10-04T10:00:00+08:00"_s);
        REQUIRE(waitUntil([&] { return !d.bannerText().isEmpty(); }, 15000));
        CHECK(d.bannerText() == u"今天休息（国庆节假期） · 10月8日（星期四）起正常办理"_s);
    }
    SECTION("an ordinary working day shows no banner")
    {
        TodayDisplay d(u"2026-11-24T10:00:00+08:00"_s);
        CHECK(d.bannerText().isEmpty());
        CHECK_FALSE(d.display->app->controller()->today()->plan());
        CHECK_FALSE(d.display->app->controller()->today()->closed());
    }
}
