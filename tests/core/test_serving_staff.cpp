// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Who serves at a window: the staff member who works it is recorded on the counter (a colleague may
// take an open window over) and on every errand finished there, so the hall view and per-staff
// figures name the right person.
#include "fixtures.h"
#include "storedhall.h"

using namespace hall;
using test::EngineFixture;

namespace {

const Actor kLi{QStringLiteral("li"), QStringLiteral("counter-pc-1")};
const Actor kAdmin{QString(), QStringLiteral("admin-1")};

QString staffAt(const EngineFixture& f, int counter)
{
    return f.engine.counter(counter)->staff;
}

} // namespace

TEST_CASE("the staff member who works a window is the one it shows, and the one on the errand", "[staff]")
{
    EngineFixture f; // window 1 opened by wang
    f.open(1);
    f.issue({QStringLiteral("marriage")});
    f.issue({QStringLiteral("marriage"), QStringLiteral("assistance")});
    REQUIRE(staffAt(f, 1) == QStringLiteral("wang"));
    f.engine.takeChanges();

    // li sits down at window 1 without closing it and calls: the window is li's from that call on.
    REQUIRE_OK(f.engine.callNext(1, kLi));
    CHECK(staffAt(f, 1) == QStringLiteral("li"));
    const ChangeSet called = f.engine.takeChanges();
    REQUIRE(called.counters.size() == 1);
    CHECK(called.counters.at(0).staff == QStringLiteral("li"));
    CHECK(called.events.at(0)
              .data.value(QLatin1String("counterState"))
              .toObject()
              .value(QLatin1String("staff")) == QStringLiteral("li"));

    REQUIRE_OK(f.engine.start(1, kLi));
    const auto done = f.engine.finish(1, Rating::Satisfied, kLi);
    REQUIRE_OK(done);
    CHECK(done->errands.at(0).staff == QStringLiteral("li"));
    CHECK(done->errands.at(0).servedBy == 1);

    // The errand's staff survives the ticket's JSON (storage and protocol use it).
    const auto back = ticketFromJson(toJson(*done));
    REQUIRE(back.has_value());
    CHECK(back->errands.at(0).staff == QStringLiteral("li"));

    // An admin device acting at the window leaves the staff member as is; the errand names li.
    REQUIRE_OK(f.engine.callNext(1, kAdmin));
    REQUIRE_OK(f.engine.start(1, kAdmin));
    const auto byAdmin = f.engine.finish(1, Rating::None, kAdmin);
    REQUIRE_OK(byAdmin);
    CHECK(staffAt(f, 1) == QStringLiteral("li"));
    CHECK(byAdmin->errands.at(0).staff == QStringLiteral("li"));
    // The next errand of the one-stop ticket is open: nobody has served it yet.
    CHECK(byAdmin->errands.at(1).staff.isEmpty());

    // wang comes back and pauses the window: it is wang's again.
    REQUIRE_OK(f.engine.pauseCounter(1, f.staff));
    CHECK(staffAt(f, 1) == QStringLiteral("wang"));
}

TEST_CASE("a colleague takes over an open window as it is, the same person or an admin cannot", "[staff]")
{
    EngineFixture f;
    f.open(1);
    f.issue({QStringLiteral("marriage")});
    const Ticket inHand = f.callNext(1);
    f.engine.takeChanges();

    SECTION("another staff member takes over, ticket in hand and all")
    {
        const auto taken = f.engine.openCounter(1, kLi);
        REQUIRE_OK(taken);
        CHECK(taken->staff == QStringLiteral("li"));
        CHECK(taken->status == CounterStatus::Open);
        CHECK(taken->currentTicket == inHand.id);
        const ChangeSet changes = f.engine.takeChanges();
        REQUIRE(changes.events.size() == 1);
        CHECK(changes.events.at(0).kind == QStringLiteral("counter.changed"));
        CHECK(changes.events.at(0).data.value(QLatin1String("action")) == QStringLiteral("takeOver"));
        CHECK(changes.events.at(0).data.value(QLatin1String("from")) == QStringLiteral("wang"));
        CHECK(changes.events.at(0).actor.staff == QStringLiteral("li"));
    }
    SECTION("a paused window stays paused when taken over")
    {
        REQUIRE_OK(f.engine.start(1, f.staff));
        REQUIRE_OK(f.engine.pauseCounter(1, f.staff));
        const auto taken = f.engine.openCounter(1, kLi);
        REQUIRE_OK(taken);
        CHECK(taken->status == CounterStatus::Paused);
        CHECK(taken->staff == QStringLiteral("li"));
    }
    SECTION("the one already serving, or an admin device, is refused and nothing changes")
    {
        const QueueSnapshot before = f.engine.snapshot();
        REQUIRE_ERROR(f.engine.openCounter(1, f.staff), ErrorCode::InvalidTransition);
        REQUIRE_ERROR(f.engine.openCounter(1, kAdmin), ErrorCode::InvalidTransition);
        CHECK(f.engine.snapshot() == before);
        CHECK(f.engine.takeChanges().isEmpty());
    }
}

TEST_CASE("a refused action at a window does not change who serves there", "[staff]")
{
    EngineFixture f;
    f.open(1);
    f.engine.takeChanges();
    const QueueSnapshot before = f.engine.snapshot();
    REQUIRE_ERROR(f.engine.callNext(1, kLi), ErrorCode::QueueEmpty);
    REQUIRE_ERROR(f.engine.start(1, kLi), ErrorCode::CounterIdle);
    REQUIRE_ERROR(f.engine.resumeCounter(1, kLi), ErrorCode::InvalidTransition);
    CHECK(f.engine.snapshot() == before);
    CHECK(staffAt(f, 1) == QStringLiteral("wang"));
    CHECK(f.engine.takeChanges().isEmpty());
}

TEST_CASE("the serving staff member on the window and the errands survives a restart", "[staff][storage]")
{
    test::StoredHall h; // its staff is li
    h.ok<CounterState>([&](QueueEngine& e) { return e.openCounter(1, h.staff); });
    h.issue({QStringLiteral("marriage")});
    const Actor wang{QStringLiteral("wang"), QStringLiteral("counter-pc-1")};
    h.ok<CounterState>([&](QueueEngine& e) { return e.openCounter(1, wang); });
    h.ok<Ticket>([&](QueueEngine& e) { return e.callNext(1, wang); });
    h.ok<Ticket>([&](QueueEngine& e) { return e.start(1, wang); });
    const Ticket done = h.ok<Ticket>([&](QueueEngine& e) { return e.finish(1, Rating::Basic, wang); });
    const QueueSnapshot before = h.engine->snapshot();

    h.restart();
    CHECK(h.engine->snapshot() == before);
    CHECK(h.engine->counter(1)->staff == QStringLiteral("wang"));
    CHECK(h.engine->ticket(done.number)->errands.at(0).staff == QStringLiteral("wang"));
}
