// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The lobby display against a real hall-service on loopback: what it shows and says, with the
// service restarted mid-stream; several displays; privacy; the self-test.
#include "../kiosk/idnumbers.h"
#include "client/serviceclient.h"
#include "displayrig.h"
#include "hallprocess.h"
#include "hallscript.h"
#include "lobbyapp.h"
#include "lobbycontroller.h"
#include "screenquery.h"
#include "voice/announcer.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QQuickItem>
#include <QQuickWindow>

using namespace hall;
using namespace Qt::StringLiterals;
using hall::test::waitUntil;

namespace {

using LobbyRig = test::DisplayRig;

/// The service's own view of the windows, as the lobby would show them.
QList<WindowListModel::Window> serviceWindows(HallScript& admin)
{
    const ServiceReply r = admin.run(u"hall.snapshot"_s);
    REQUIRE(r.ok);
    QList<WindowListModel::Window> out;
    for (const QJsonValue& c : r.result.value(u"counters"_s).toArray()) {
        out << WindowListModel::Window::fromJson(c.toObject());
    }
    return out;
}

} // namespace

TEST_CASE("lobby display: calls, windows and waits from the service, two displays agreeing, no personal data",
          "[frontend]")
{
    test::HallProcess hall;
    const QString lobby1 = hall.addDevice(u"display"_s, u"lobby-1"_s);
    const QString lobby2 = hall.addDevice(u"display"_s, u"lobby-2"_s);
    const QString adminToken = hall.addDevice(u"admin"_s, u"admin-1"_s);
    REQUIRE(hall.start());
    HallScript admin(hall.url(), u"admin-1"_s, adminToken);
    REQUIRE(admin.waitReady());

    LobbyRig d1(hall.url(), u"lobby-1"_s, lobby1);
    REQUIRE(waitUntil([&] { return d1.lobby()->windows()->rowCount() == 8; }));
    CHECK(d1.lobby()->connection() == u"connected"_s);

    const QString id = test::validIdNumber(u"110105"_s, u"19510308"_s, u"123"_s);
    const ServiceReply issued =
        admin.run(u"ticket.issue"_s, {{u"services"_s, QJsonArray{u"marriage"_s}}, {u"idNumber"_s, id}});
    REQUIRE(issued.ok);
    const QString first = issued.result.value(u"ticket"_s).toObject().value(u"number"_s).toString();
    REQUIRE_FALSE(admin.issue(u"divorce"_s).isEmpty());
    admin.counterOp(u"counter.open"_s, 1);
    admin.counterOp(u"counter.open"_s, 3);
    CHECK(admin.counterOp(u"counter.callNext"_s, 1) == first);
    admin.counterOp(u"counter.open"_s, 2);
    admin.counterOp(u"counter.pause"_s, 2);

    REQUIRE(waitUntil([&] { return d1.lobby()->latestTicket() == first; }));
    CHECK(d1.lobby()->latestCounterName() == u"1号窗口"_s);
    REQUIRE(waitUntil([&] { return d1.windowText(2).contains(u"暂停服务"_s); }));
    CHECK(d1.windowText(1).contains(u"请 "_s + first + u" 号"_s));
    CHECK(d1.windowText(3).contains(u"等候叫号"_s));
    CHECK(d1.windowText(4).contains(u"已关闭"_s));
    CHECK(screenquery::find(d1.app->window(), u"latestTicket"_s)->property("text").toString() == first);
    // Divorce: one waiting (window 3 serves it).
    REQUIRE(waitUntil([&] { return d1.lobby()->services()->totalWaiting() == 1; }));
    REQUIRE(waitUntil([&] { return d1.spoken() == QStringList{first + u"@1"_s}; }));

    SECTION("a second display shows the same hall")
    {
        LobbyRig d2(hall.url(), u"lobby-2"_s, lobby2);
        REQUIRE(waitUntil(
            [&] { return d2.lobby()->latestTicket() == first && d2.windowText(2).contains(u"暂停服务"_s); }));
        CHECK(d2.lobby()->windows()->windows() == d1.lobby()->windows()->windows());
        CHECK(d2.spoken().isEmpty()); // the call was history when it started
        const QString next = admin.counterOp(u"counter.callNext"_s, 3);
        REQUIRE(waitUntil(
            [&] { return d1.lobby()->latestTicket() == next && d2.lobby()->latestTicket() == next; }));
        CHECK(d2.spoken() == QStringList{next + u"@3"_s});
    }
    SECTION("nothing on screen or in the display's data identifies the resident")
    {
        const QString wire = QString::fromUtf8(QJsonDocument(d1.app->client()->snapshot()).toJson());
        CHECK_FALSE(wire.contains(u"idRef"_s));
        CHECK_FALSE(wire.contains(id.right(4)));
        CHECK_FALSE(wire.contains(u"测试员"_s));
        const QString screen = screenquery::visibleTexts(d1.app->window()).join(u'|');
        CHECK(screen.contains(first));
        CHECK_FALSE(screen.contains(id.right(4)));
        CHECK_FALSE(screen.contains(u"***"_s));
        CHECK_FALSE(screen.contains(id.left(6)));
    }
}

TEST_CASE("lobby display: across a lost connection and a killed service no call is lost or said twice")
{
    test::HallProcess hall;
    const QString lobbyToken = hall.addDevice(u"display"_s, u"lobby-1"_s);
    const QString adminToken = hall.addDevice(u"admin"_s, u"admin-1"_s);
    REQUIRE(hall.start());
    const quint16 port = hall.port();
    HallScript admin(hall.url(), u"admin-1"_s, adminToken);
    REQUIRE(admin.waitReady());
    for (int i = 0; i < 12; ++i) {
        REQUIRE_FALSE(admin.issue(i % 2 == 0 ? u"marriage"_s : u"divorce"_s).isEmpty());
    }
    for (int counter : {1, 2, 3}) {
        admin.counterOp(u"counter.open"_s, counter);
    }
    QStringList expected;
    const auto callAt = [&](int counter) {
        // Whatever is in hand is served first (COUNTER_IDLE the first time: fine).
        admin.counterOp(u"counter.start"_s, counter);
        admin.counterOp(u"counter.finish"_s, counter);
        const QString t = admin.counterOp(u"counter.callNext"_s, counter);
        REQUIRE_FALSE(t.isEmpty());
        expected << t + u"@"_s + QString::number(counter);
        return t;
    };
    const auto recallAt = [&](int counter) {
        const QString t = admin.counterOp(u"counter.recall"_s, counter);
        REQUIRE_FALSE(t.isEmpty());
        expected << t + u"@"_s + QString::number(counter) + u"R"_s;
    };
    LobbyRig d(hall.url(), u"lobby-1"_s, lobbyToken);
    REQUIRE(waitUntil([&] { return d.lobby()->windows()->rowCount() == 8; }));

    callAt(1);
    callAt(2);
    recallAt(1);
    REQUIRE(waitUntil([&] { return d.spoken() == expected; }));

    // The display loses its connection while the hall goes on: the missed calls come with the resync.
    d.app->client()->stop();
    callAt(3);
    recallAt(3);
    const QString lastBeforeKill = callAt(1);
    d.app->client()->start();
    REQUIRE(waitUntil([&] { return d.spoken() == expected; }));
    CHECK(d.lobby()->latestTicket() == lastBeforeKill);

    // The service dies mid-stream and comes back; calls are made as soon as it is back, while the
    // display may still be waiting to reconnect.
    hall.kill();
    REQUIRE(waitUntil([&] { return d.lobby()->connection() == u"reconnecting"_s; }));
    REQUIRE(hall.start({u"--port"_s, QString::number(port)}));
    REQUIRE(admin.waitReady());
    callAt(2);
    recallAt(2);
    const QString last = callAt(3);
    REQUIRE(waitUntil(
        [&] { return d.lobby()->latestTicket() == last && d.lobby()->connection() == u"connected"_s; },
        20000));
    REQUIRE(waitUntil([&] { return d.spoken() == expected; }));
    CHECK(d.spoken() == expected); // each once, in order
    CHECK(d.lobby()->windows()->windows() == serviceWindows(admin));
    // Every announcement was spoken by the announcer, none dropped in the queue.
    REQUIRE(waitUntil(
        [&] { return d.player->played.size() == expected.size() && !d.app->announcer()->isSpeaking(); }));
}

TEST_CASE("hall-lobby --self-test: 0 against the service, 1 with a wrong token", "[frontend]")
{
    test::HallProcess hall;
    const QString token = hall.addDevice(u"display"_s, u"lobby-1"_s);
    REQUIRE(hall.start());
    const auto run = [&](const QString& t) {
        QProcess p;
        p.start(QStringLiteral(HALL_LOBBY_PATH), {u"--self-test"_s, u"--url"_s, hall.url().toString(),
                                                  u"--token"_s, t, u"--audio"_s, u"silent"_s});
        REQUIRE(p.waitForFinished(60000));
        INFO(p.readAllStandardError().toStdString());
        return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()));
    };
    const auto [ok, out] = run(token);
    INFO(out.toStdString());
    CHECK(ok == 0);
    CHECK(out.contains(u"self-test ok: 8 windows"_s));
    const auto [refused, out2] = run(u"wrong"_s);
    CHECK(refused == 1);
    CHECK(out2.contains(u"FAILED"_s));
}

TEST_CASE("lobby display: last month's 政务公开 figures lead the notices once the centre publishes them",
          "[frontend]")
{
    test::HallProcess hall;
    const QString lobbyToken = hall.addDevice(u"display"_s, u"lobby-1"_s);
    const QString adminToken = hall.addDevice(u"admin"_s, u"admin-1"_s);
    QFile config(hall.dataDir() + u"/hall.json"_s);
    REQUIRE(config.open(QIODevice::WriteOnly));
    config.write(R"({"reports": {"publicMonthly": true}})");
    config.close();
    REQUIRE(hall.start({u"--hall-config"_s, config.fileName()})); // 2026-11-24
    {
        HallScript admin(hall.url(), u"admin-1"_s, adminToken);
        REQUIRE(admin.waitReady());
        admin.counterOp(u"counter.open"_s, 1);
        for (int i = 0; i < 2; ++i) {
            REQUIRE_FALSE(admin.issue(u"marriage"_s).isEmpty());
            REQUIRE_FALSE(admin.counterOp(u"counter.callNext"_s, 1).isEmpty());
            REQUIRE(admin.run(u"counter.start"_s, {{u"counter"_s, 1}}).ok);
            REQUIRE(admin.run(u"counter.finish"_s, {{u"counter"_s, 1}, {u"rating"_s, u"satisfied"_s}}).ok);
        }
    }
    // November is over: the display of December shows its figures first, in both languages.
    hall.kill();
    REQUIRE(hall.start(
        {u"--hall-config"_s, config.fileName(), u"--start-time"_s, u"2026-12-01T09:00:00+08:00"_s}));
    LobbyRig d(hall.url(), u"lobby-1"_s, lobbyToken);
    REQUIRE(waitUntil(
        [&] {
            return !d.lobby()->notices()->notices().isEmpty() &&
                   d.lobby()->notices()->notices().first().startsWith(u"政务公开"_s);
        },
        20000));
    const QString zh = d.lobby()->notices()->notices().first();
    CHECK(zh.startsWith(
        u"政务公开　2026年11月：办件 2 件，平均等候 "_s)); // the wait is the service's own clock's
    CHECK(zh.endsWith(u" 分钟，满意率 100.0%"_s));
    CHECK(d.lobby()->notices()->notices().size() > 1); // the centre's own notices follow
    QQuickItem* band = screenquery::find(d.app->window(), u"noticeText"_s);
    REQUIRE(band != nullptr);
    CHECK(band->property("text").toString() == zh); // the first notice the band shows
    if (const QString dir = qEnvironmentVariable("HALL_REPORT_SCREENSHOTS"); !dir.isEmpty()) {
        waitUntil([] { return false; }, 500); // let the scene graph settle
        CHECK(d.app->window()->grabWindow().save(dir + u"/lobby-monthly-figures.png"_s));
    }
    d.lobby()->setEnglish(true);
    const QString en = d.lobby()->notices()->notices().first();
    CHECK(en.startsWith(u"Our figures for November 2026: 2 errands handled, average wait "_s));
    CHECK(en.endsWith(u" min, 100.0% satisfied"_s));
}
