// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include "domain/servicetimeestimator.h"
#include "domain/waitfigures.h"

using namespace hall;
using test::EngineFixture;

TEST_CASE("the estimator averages the last 20 service times, seeded from the catalogue", "[estimates]")
{
    ServiceTimeEstimator e;
    e.seed(QStringLiteral("s"), 600);
    CHECK(e.averageSeconds(QStringLiteral("s")) == 600);
    CHECK(e.averageSeconds(QStringLiteral("unknown")) == 600);
    e.addSample(QStringLiteral("s"), 120);
    e.addSample(QStringLiteral("s"), 240);
    CHECK(e.averageSeconds(QStringLiteral("s")) == 180);
    for (int i = 0; i < 20; ++i) {
        e.addSample(QStringLiteral("s"), 60);
    }
    CHECK(e.averageSeconds(QStringLiteral("s")) == 60); // the old samples left the window
    e.addSample(QStringLiteral("s"), -5);               // a clock step backwards is not a sample
    CHECK(e.averageSeconds(QStringLiteral("s")) == 60);
    // 5 ahead x 60 s over 2 counters = 150 s, shown as 3 minutes (rounded up).
    CHECK(e.estimateWaitMinutes(QStringLiteral("s"), 5, 2) == 3);
    CHECK(e.estimateWaitMinutes(QStringLiteral("s"), 5, 0) == 5);
    CHECK(e.estimateWaitMinutes(QStringLiteral("s"), 0, 2) == 0);
}

TEST_CASE("a ticket's position and wait follow the queue and the open counters", "[estimates]")
{
    EngineFixture f; // assistance is seeded at 15 minutes
    f.open(2);
    const Ticket d1 = f.issue({QStringLiteral("assistance")});
    const Ticket d2 = f.issue({QStringLiteral("assistance")});
    const Ticket d3 = f.issue({QStringLiteral("assistance")});
    const Ticket p = f.issue({QStringLiteral("assistance")}, PriorityClass::Disabled);

    // Interleave (2 normal, then 1 priority): D001 D002 P D003.
    CHECK(f.engine.estimate(d1.number)->ahead == 0);
    CHECK(f.engine.estimate(d2.number)->ahead == 1);
    CHECK(f.engine.estimate(p.number)->ahead == 2);
    CHECK(f.engine.estimate(d3.number)->ahead == 3);
    CHECK(f.engine.estimate(d3.number)->waitMinutes == 45);
    CHECK(f.engine.openCountersFor(QStringLiteral("assistance")) == 1);

    f.open(1); // serves assistance as secondary: one more server
    f.open(3); // integrated
    CHECK(f.engine.openCountersFor(QStringLiteral("assistance")) == 3);
    CHECK(f.engine.estimate(d3.number)->waitMinutes == 15);
    CHECK(f.engine.estimateNewTicketMinutes(QStringLiteral("assistance")) == 20); // 4 waiting x 15 / 3

    REQUIRE_OK(f.engine.pauseCounter(3, f.staff));
    CHECK(f.engine.openCountersFor(QStringLiteral("assistance")) == 2);

    // Real service times replace the seed.
    f.callNext(2);
    REQUIRE_OK(f.engine.start(2, f.staff));
    f.clock.advanceSecs(5 * 60);
    REQUIRE_OK(f.engine.finish(2, Rating::None, f.staff));
    // The estimate models a fresh counter (D002 then D003 before the next priority ticket); counter 2's
    // own streak is not modelled, since any open counter may call next.
    CHECK(f.engine.estimate(d3.number)->ahead == 1);
    CHECK(f.engine.estimate(d3.number)->waitMinutes == 3); // 1 x 5 min / 2 counters, rounded up
    CHECK_FALSE(f.engine.estimate(d1.number).has_value()); // no longer waiting
    CHECK(f.engine.estimate(d2.number).has_value());
}

TEST_CASE("under strict priority every priority ticket is counted ahead of normal ones", "[estimates]")
{
    QByteArray json = test::testConfigJson();
    json.replace(R"("priorityMode": "interleave")", R"("priorityMode": "strict")");
    auto config = parseHallConfig(json);
    REQUIRE_OK(config);
    EngineFixture f(config.value());
    const Ticket d1 = f.issue({QStringLiteral("assistance")});
    const Ticket p1 = f.issue({QStringLiteral("assistance")}, PriorityClass::Elder);
    const Ticket p2 = f.issue({QStringLiteral("assistance")}, PriorityClass::Military);
    const Ticket booked = f.issueAppointment(QStringLiteral("assistance"), test::hallTime(9, 10));
    CHECK(f.engine.estimate(booked.number)->ahead == 0);
    CHECK(f.engine.estimate(p1.number)->ahead == 1);
    CHECK(f.engine.estimate(p2.number)->ahead == 2);
    CHECK(f.engine.estimate(d1.number)->ahead == 3);
}

TEST_CASE("with no open window serving a service no wait is promised", "[estimates]")
{
    // The kiosk said "约 24 分钟" while the lobby said 暂无窗口. The rule is the core's.
    EngineFixture f;
    const Ticket d1 = f.issue({QStringLiteral("assistance")});
    const auto ticketFigures = [&] {
        QJsonObject o;
        waitfigures::insertForTicket(o, f.engine, d1.number);
        return o;
    };
    CHECK(ticketFigures().value(QLatin1String("noWindowOpen")).toBool());
    CHECK_FALSE(ticketFigures().contains(QLatin1String("waitMinutes")));
    CHECK(ticketFigures().value(QLatin1String("ahead")).toInt() == 0);
    QJsonObject figures = waitfigures::forService(f.engine, QStringLiteral("assistance"));
    CHECK(figures.value(QLatin1String("noWindowOpen")).toBool());
    CHECK_FALSE(figures.contains(QLatin1String("waitMinutes")));
    CHECK(figures.value(QLatin1String("waiting")).toInt() == 1);
    CHECK(figures.value(QLatin1String("openCounters")).toInt() == 0);

    f.open(2);
    CHECK_FALSE(ticketFigures().contains(QLatin1String("noWindowOpen")));
    CHECK(ticketFigures().value(QLatin1String("waitMinutes")).toInt() == 0); // first in line
    figures = waitfigures::forService(f.engine, QStringLiteral("assistance"));
    CHECK_FALSE(figures.contains(QLatin1String("noWindowOpen")));
    CHECK(figures.value(QLatin1String("waitMinutes")).toInt() == 15);

    // A paused window serves nobody new: the same as none.
    REQUIRE_OK(f.engine.pauseCounter(2, f.staff));
    CHECK(ticketFigures().value(QLatin1String("noWindowOpen")).toBool());
    CHECK(waitfigures::forService(f.engine, QStringLiteral("assistance"))
              .value(QLatin1String("noWindowOpen"))
              .toBool());
}
