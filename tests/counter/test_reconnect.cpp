// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// After the service goes away and comes back, the desk shows the service's truth — including what
// changed while it was away — and an action pressed during the outage runs exactly once.
#include "counterfixture.h"

#include <catch2/catch.hpp>

using namespace hall;
using namespace hall::test;

TEST_CASE("after a restart of the service the desk is the service's truth, not its memory", "[reconnect]")
{
    CounterFixture f;
    const QString a1 = f.issue({QStringLiteral("marriage")});
    const QString a2 = f.issue({QStringLiteral("marriage")});
    auto c = f.atWindow(QStringLiteral("counter-1"), QStringLiteral("li"), 1);
    REQUIRE(act(*c, QStringLiteral("callNext")));
    REQUIRE(waitUntil([&] { return c->ticket()->number() == a1; }, 10000));
    const quint16 port = f.hall.port();

    f.hall.kill();
    REQUIRE(waitUntil([&] { return c->connection() != QStringLiteral("connected"); }, 20000));
    CHECK(
        (c->connection() == QStringLiteral("reconnecting") || c->connection() == QStringLiteral("offline")));
    REQUIRE(f.hall.start({QStringLiteral("--port"), QString::number(port)}));
    // Behind the desk's back: a colleague sets its ticket aside and a resident takes a new one.
    auto wang = f.wang();
    REQUIRE(ok(wang->call(QStringLiteral("counter.setAside"), {{QStringLiteral("counter"), 1}})));
    f.kiosk = std::make_unique<WsClient>();
    REQUIRE(f.kiosk->open(f.hall.url()));
    REQUIRE(ok(f.kiosk->hello(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"),
                              f.tokens.value(QStringLiteral("kiosk-1")))));
    const QString a3 = f.issue({QStringLiteral("marriage")});

    REQUIRE(waitUntil(
        [&] {
            return c->connection() == QStringLiteral("connected") && !c->ticket()->present() &&
                   numbers(*c->waiting()) == QStringList{a2, a3} &&
                   numbers(*c->setAside()) == QStringList{a1};
        },
        30000));
    CHECK(c->stage() == CounterController::Stage::Desk);
    CHECK(c->windowStatus() == QStringLiteral("open"));
    CHECK(c->staffName() == QStringLiteral("测试员")); // logged in again by itself

    SECTION(
        "a call pressed while the service is away is dropped with a message, never made behind staff's back")
    {
        // It used to wait in the client and run seconds later, when the connection came
        // back, with nobody looking. Now the press is refused at once, on screen.
        f.hall.kill();
        REQUIRE(waitUntil([&] { return c->connection() != QStringLiteral("connected"); }, 20000));
        c->handleKey(Qt::Key_F1, Qt::NoModifier);
        CHECK_FALSE(c->actions()->busy());
        CHECK(c->actions()->errorCode() == QStringLiteral("OFFLINE"));
        REQUIRE(f.hall.start({QStringLiteral("--port"), QString::number(port)}));
        REQUIRE(waitUntil([&] { return c->connection() == QStringLiteral("connected"); }, 30000));
        // A pause sent now goes after anything the client had kept: once it is done, nothing was.
        REQUIRE(act(*c, QStringLiteral("pause")));
        CHECK_FALSE(c->ticket()->present());
        auto again = f.wang();
        const QJsonObject t =
            result(again->call(QStringLiteral("ticket.get"), {{QStringLiteral("ticket"), a2}}));
        CHECK(t.value(QLatin1String("ticket")).toObject().value(QLatin1String("state")) ==
              QStringLiteral("waiting"));
    }
}
