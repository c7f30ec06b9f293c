// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Adversarial bounds 1 and 2 against a real hall-service: a subscriber that stops reading, TCP
// connections that never finish the WebSocket upgrade, sessions that never say hello, and running
// out of descriptors. Each test prints what it measured.
#include "adversary.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QJsonDocument>

#include <memory>
#include <vector>

using namespace hall;
using namespace hall::test;

TEST_CASE("adversarial 1: a subscriber that stops reading is closed at its unsent-bytes cap (4003)",
          "[adversarial]")
{
    HallFixture f({QStringLiteral("--rate-limit"), QStringLiteral("100000"), QStringLiteral("--rate-burst"),
                   QStringLiteral("100000"), QStringLiteral("--max-unsent-bytes"), QStringLiteral("262144")});
    const qint64 pid = f.hall.pid();
    // A display that subscribes and then never reads; its kernel receive buffer is as small as it goes.
    RawSocket slow;
    REQUIRE(slow.connectTo(f.hall.port(), 4096));
    REQUIRE(slow.upgrade());
    REQUIRE(rawHello(slow, f, QStringLiteral("display-1")));
    REQUIRE(slow.sendText(requestFrame(QStringLiteral("subscribe"), {})));
    REQUIRE(waitUntil([&] { return f.hall.log().contains(QLatin1String("op=subscribe")); }, 10000));
    auto admin = f.connect(QStringLiteral("admin-1"));
    REQUIRE(ok(admin->call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), 1}})));
    const qint64 rssBefore = ProcStat::rssBytes(pid);
    QElapsedTimer timer;
    timer.start();
    int changes = 0;
    bool closed = false;
    // Bounded: 20,000 changes (about 30 MB of events for the display) at most.
    for (int batch = 0; batch < 400 && !closed; ++batch) {
        changes += toggleBatch(*admin, 1, batch * 50, 50);
        closed = f.hall.log().contains(QLatin1String("closing slow consumer"));
    }
    const qint64 rssAfter = ProcStat::rssBytes(pid);
    figure("slow consumer: %d changes (~%d events) in %.1f s; service RSS %s -> %s; slow display %s", changes,
           changes * 2, static_cast<double>(timer.elapsed()) / 1000.0, qPrintable(megabytes(rssBefore)),
           qPrintable(megabytes(rssAfter)), closed ? "closed (4003)" : "NOT closed");
    INFO(f.hall.log().right(1500).toStdString());
    CHECK(closed);
    CHECK(f.hall.log().contains(QLatin1String("code=4003")));
    CHECK(slow.hungUp(10000));
    CHECK(rssAfter - rssBefore < 48LL * 1024 * 1024);
    // The service still answers everyone else.
    CHECK(ok(admin->call(QStringLiteral("hall.snapshot"))));
}

TEST_CASE("adversarial 1: liveness is a pong: a client that talks and reads but never answers a ping is "
          "closed (4000)",
          "[adversarial]")
{
    HallFixture f({QStringLiteral("--ping-interval-ms"), QStringLiteral("300"),
                   QStringLiteral("--stale-after-ms"), QStringLiteral("2000")});
    // It reads everything (replies and pings) and keeps sending requests; only the pong is missing,
    // which is all a client stuck behind a full receive path can still fake.
    RawSocket mute;
    REQUIRE(mute.connectTo(f.hall.port()));
    REQUIRE(mute.upgrade());
    REQUIRE(rawHello(mute, f, QStringLiteral("display-1")));
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    QElapsedTimer timer;
    timer.start();
    int sent = 0;
    bool closed = false;
    // Bounded: 20 s at most, one request every 200 ms.
    while (!closed && timer.elapsed() < 20000) {
        // The kiosk beside it answers its pings meanwhile (its event loop runs while we wait).
        closed = !mute.sendText(requestFrame(QStringLiteral("booking.info"), {})) ||
                 waitUntil([&] { return mute.waitClosed(5); }, 200);
        ++sent;
    }
    figure("liveness: a client sending a request every 200 ms but no pong was closed after %.1f s (%d "
           "requests); "
           "a client that answers pings stays",
           static_cast<double>(timer.elapsed()) / 1000.0, sent);
    CHECK(closed);
    waitUntil([&] { return f.hall.log().contains(QLatin1String("closing stale session")); }, 5000);
    CHECK(f.hall.log().contains(QLatin1String("code=4000")));
    CHECK(kiosk->isOpen());
    CHECK(ok(kiosk->call(QStringLiteral("hall.snapshot"))));
}

TEST_CASE(
    "adversarial 2: unfinished handshakes count per address from accept and are closed after a few seconds",
    "[adversarial]")
{
    HallFixture f({QStringLiteral("--handshake-timeout-ms"), QStringLiteral("3000")});
    const qint64 pid = f.hall.pid();
    const quint16 port = f.hall.port();
    const int before = ProcStat::descriptors(pid);
    const int connectionsBefore = ProcStat::connections(pid, port);
    std::vector<std::unique_ptr<RawSocket>> idle;
    for (int i = 0; i < 200; ++i) {
        auto s = std::make_unique<RawSocket>();
        REQUIRE(s->connectTo(port));
        idle.push_back(std::move(s));
    }
    // Another address in the hall is not locked out meanwhile: a kiosk from 127.0.0.2 finishes its
    // upgrade and says hello while 127.0.0.1 is at its limit.
    RawSocket neighbour;
    const bool neighbourUpgraded = neighbour.connectTo(port, 0, "127.0.0.2") && neighbour.upgrade();
    const bool neighbourHello =
        neighbourUpgraded && rawHello(neighbour, f, QStringLiteral("kiosk-1")) &&
        QJsonDocument::fromJson(neighbour.readFrame(10000)).object().value(QLatin1String("ok")).toBool();
    const int held = ProcStat::connections(pid, port);
    waitUntil([] { return false; }, 500);
    const int peak = ProcStat::descriptors(pid);
    // All of them are closed: the ones over the limit at once, the rest after the handshake timeout.
    int closed = 0;
    for (auto& s : idle) {
        closed += s->waitClosed(10000) ? 1 : 0;
    }
    const bool neighbourStays = !neighbour.hungUp(500);
    neighbour.close();
    // What the flood cost is counted in the service's TCP connections on its port: other descriptors
    // (the database's files, a thread's) may come and go on their own under load.
    waitUntil([&] { return ProcStat::connections(pid, port) <= connectionsBefore; }, 10000);
    const int connectionsAfter = ProcStat::connections(pid, port);
    const int after = ProcStat::descriptors(pid);
    figure("unfinished handshakes: 200 idle TCP connections from one address; service descriptors %d -> peak "
           "%d -> %d; its connections on the port %d -> %d while flooded -> %d; %d closed by the service; "
           "from 127.0.0.2 meanwhile: upgrade %s, hello %s",
           before, peak, after, connectionsBefore, held, connectionsAfter, closed,
           neighbourUpgraded ? "ok" : "refused", neighbourHello && neighbourStays ? "ok" : "failed");
    CHECK(peak - before <= 64 + 4);
    CHECK(held <= 64 + 1); // 64 from 127.0.0.1, one from 127.0.0.2
    CHECK(closed == 200);
    CHECK(connectionsAfter <= connectionsBefore);
    CHECK(neighbourUpgraded);
    CHECK(neighbourHello);
    CHECK(neighbourStays);
    // The log arrives through the event loop, which the raw sockets above do not run.
    waitUntil([&] { return f.hall.log().contains(QLatin1String("closing unfinished handshake")); }, 5000);
    CHECK(f.hall.log().contains(QLatin1String("closing unfinished handshake")));
    CHECK(f.hall.log().contains(QLatin1String("refused too-many-connections")));
    // The address is not locked out afterwards.
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    CHECK(ok(kiosk->call(QStringLiteral("hall.snapshot"))));
}

TEST_CASE("adversarial 2: a connection that never says hello is closed after the grace period (4004)",
          "[adversarial]")
{
    HallFixture f({QStringLiteral("--hello-timeout-ms"), QStringLiteral("1000")});
    WsClient silent;
    REQUIRE(silent.open(f.hall.url()));
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    QElapsedTimer timer;
    timer.start();
    const int code = silent.waitClosed(15000);
    figure("hello grace: a connection without hello closed after %.1f s with %d; one with hello stays",
           static_cast<double>(timer.elapsed()) / 1000.0, code);
    CHECK(code == 4004);
    CHECK(kiosk->isOpen());
    CHECK(ok(kiosk->call(QStringLiteral("hall.snapshot"))));
}

TEST_CASE("adversarial 2: out of descriptors, the accept loop neither spins nor stops for good",
          "[adversarial]")
{
    HallProcess hall;
    const QString token = hall.addDevice(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
    hall.setDescriptorLimit(96);
    REQUIRE(hall.start({QStringLiteral("--max-connections-per-address"), QStringLiteral("1000"),
                        QStringLiteral("--handshake-timeout-ms"), QStringLiteral("60000")}));
    const qint64 pid = hall.pid();
    std::vector<std::unique_ptr<RawSocket>> flood;
    for (int i = 0; i < 150; ++i) {
        auto s = std::make_unique<RawSocket>();
        if (s->connectTo(hall.port())) {
            flood.push_back(std::move(s));
        }
    }
    waitUntil([] { return false; }, 500);
    const double cpu0 = ProcStat::cpuSeconds(pid);
    waitUntil([] { return false; }, 2000);
    const double cpu = ProcStat::cpuSeconds(pid) - cpu0;
    const int held = ProcStat::descriptors(pid);
    flood.clear();
    WsClient kiosk;
    QElapsedTimer timer;
    timer.start();
    const bool reopened = waitUntil([&] { return kiosk.open(hall.url()); }, 15000);
    figure("descriptor limit 96: %d connections attempted, service holds %d descriptors, %.2f s CPU in 2 s "
           "while saturated; a kiosk connected %.1f s after the flood left",
           150, held, cpu, static_cast<double>(timer.elapsed()) / 1000.0);
    CHECK(cpu < 0.5);
    waitUntil([&] { return hall.log().contains(QLatin1String("refused descriptor-limit")); }, 5000);
    CHECK(hall.log().contains(QLatin1String("refused descriptor-limit")));
    REQUIRE(reopened);
    CHECK(ok(kiosk.hello(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"), token)));
}

TEST_CASE("adversarial 2: the service raises its soft descriptor limit to the hard one at start",
          "[adversarial]")
{
    HallProcess hall;
    hall.setDescriptorLimit(64, 512);
    REQUIRE(hall.start());
    const int soft = ProcStat::softDescriptorLimit(hall.pid());
    figure("descriptor limit: started with soft 64, hard 512; the running service's soft limit is %d", soft);
    CHECK(soft == 512);
}
