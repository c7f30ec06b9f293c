// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

using namespace hall;
using test::EngineFixture;

TEST_CASE("a counter opens, pauses, resumes and closes", "[counters]")
{
    EngineFixture f;
    f.issue({QStringLiteral("assistance")});
    REQUIRE_ERROR(f.engine.callNext(2, f.staff), ErrorCode::CounterClosed);
    auto opened = f.engine.openCounter(2, f.staff);
    REQUIRE_OK(opened);
    CHECK(opened->status == CounterStatus::Open);
    CHECK(opened->staff == QStringLiteral("wang"));
    REQUIRE_ERROR(f.engine.openCounter(2, f.staff), ErrorCode::InvalidTransition);

    REQUIRE_OK(f.engine.pauseCounter(2, f.staff));
    const auto paused = f.engine.callNext(2, f.staff);
    REQUIRE_ERROR(paused, ErrorCode::CounterPaused);
    CHECK(paused.error().message == QStringLiteral("2号窗口已暂停"));
    REQUIRE_ERROR(f.engine.pauseCounter(2, f.staff), ErrorCode::InvalidTransition);
    REQUIRE_OK(f.engine.resumeCounter(2, f.staff));
    REQUIRE_ERROR(f.engine.resumeCounter(2, f.staff), ErrorCode::InvalidTransition);

    f.callNext(2);
    REQUIRE_ERROR(f.engine.closeCounter(2, f.staff), ErrorCode::CounterBusy);
    // Pausing with a ticket in hand is allowed: it stops new calls, the resident is still served.
    REQUIRE_OK(f.engine.pauseCounter(2, f.staff));
    REQUIRE_OK(f.engine.start(2, f.staff));
    REQUIRE_OK(f.engine.finish(2, Rating::None, f.staff));
    auto closed = f.engine.closeCounter(2, f.staff);
    REQUIRE_OK(closed);
    CHECK(closed->status == CounterStatus::Closed);
    CHECK(closed->staff.isEmpty());
    REQUIRE_ERROR(f.engine.closeCounter(2, f.staff), ErrorCode::InvalidTransition);
}

TEST_CASE("wrong transitions are refused with a typed error and leave state and journal untouched",
          "[counters]")
{
    EngineFixture f;
    f.open(1);
    f.open(2);
    f.issue({QStringLiteral("marriage")});
    f.issue({QStringLiteral("assistance")});
    f.engine.takeChanges();
    const QueueSnapshot before = f.engine.snapshot();

    const auto unchanged = [&] {
        CHECK(f.engine.snapshot() == before);
        CHECK(f.engine.takeChanges().isEmpty());
    };
    SECTION("finishing or starting a ticket that was never called")
    {
        REQUIRE_ERROR(f.engine.finish(1, Rating::None, f.staff), ErrorCode::CounterIdle);
        REQUIRE_ERROR(f.engine.start(1, f.staff), ErrorCode::CounterIdle);
        REQUIRE_ERROR(f.engine.setAside(1, f.staff), ErrorCode::CounterIdle);
        REQUIRE_ERROR(f.engine.transferToService(1, QStringLiteral("elderly"), f.staff),
                      ErrorCode::CounterIdle);
        unchanged();
    }
    SECTION("unknown counters and tickets")
    {
        REQUIRE_ERROR(f.engine.callNext(99, f.staff), ErrorCode::UnknownCounter);
        REQUIRE_ERROR(f.engine.openCounter(0, f.staff), ErrorCode::UnknownCounter);
        REQUIRE_ERROR(f.engine.requeue(QStringLiteral("Q123"), f.staff), ErrorCode::UnknownTicket);
        unchanged();
    }
    SECTION("finishing a called ticket that was not started, calling while busy")
    {
        f.callNext(1);
        f.engine.takeChanges();
        const QueueSnapshot called = f.engine.snapshot();
        REQUIRE_ERROR(f.engine.finish(1, Rating::None, f.staff), ErrorCode::InvalidTransition);
        const auto busy = f.engine.callNext(1, f.staff);
        REQUIRE_ERROR(busy, ErrorCode::CounterBusy);
        CHECK(busy.error().message.contains(QStringLiteral("A001")));
        REQUIRE_OK(f.engine.start(1, f.staff));
        f.engine.takeChanges();
        const QueueSnapshot serving = f.engine.snapshot();
        REQUIRE_ERROR(f.engine.recall(1, f.staff), ErrorCode::InvalidTransition);
        REQUIRE_ERROR(f.engine.setAside(1, f.staff), ErrorCode::InvalidTransition);
        REQUIRE_ERROR(f.engine.start(1, f.staff), ErrorCode::InvalidTransition);
        CHECK(f.engine.snapshot() == serving);
        CHECK(f.engine.takeChanges().isEmpty());
        CHECK(called != serving);
    }
}

TEST_CASE("every change is journalled with what, when and who", "[counters][journal]")
{
    EngineFixture f;
    f.open(1);
    const Ticket t = f.issue({QStringLiteral("marriage")});
    f.callNext(1);
    const ChangeSet c = f.engine.takeChanges();
    REQUIRE(c.events.size() == 3);
    QList<qint64> seqs;
    for (const JournalEvent& e : c.events) {
        seqs << e.seq;
    }
    CHECK(seqs == QList<qint64>{1, 2, 3});
    CHECK(c.events[0].kind == QStringLiteral("counter.changed"));
    CHECK(c.events[0].actor.staff == QStringLiteral("wang"));
    CHECK(c.events[1].kind == QStringLiteral("ticket.issued"));
    CHECK(c.events[1].actor.device == QStringLiteral("kiosk-1"));
    CHECK(c.events[1].ticket == t.number);
    CHECK(c.events[1].at == t.issuedAt);
    CHECK(c.events[2].kind == QStringLiteral("ticket.called"));
    CHECK(c.events[2].counter == 1);
    CHECK(c.events[2]
              .data.value(QStringLiteral("ticket"))
              .toObject()
              .value(QStringLiteral("state"))
              .toString() == QStringLiteral("called"));
}
