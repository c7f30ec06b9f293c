// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The resident's rating after the finish (评价器), moving the tickets waiting for a window, and the
// day's counts a supervisor reads.
#include "fixtures.h"
#include "storedhall.h"

using namespace hall;
using test::EngineFixture;

namespace {

/// Calls, starts and finishes the next ticket at `counter`; returns it.
Ticket serve(EngineFixture& f, int counter)
{
    const Ticket t = f.callNext(counter);
    REQUIRE_OK(f.engine.start(counter, f.staff));
    f.clock.advanceSecs(120);
    REQUIRE_OK(f.engine.finish(counter, Rating::None, f.staff));
    return t;
}

} // namespace

TEST_CASE("a rating is stored with the errand this window finished last and journalled", "[ratings]")
{
    EngineFixture f;
    f.open(1);
    f.issue({QStringLiteral("marriage")});
    const Ticket served = serve(f, 1);
    f.engine.takeChanges();
    f.clock.advanceSecs(30);

    const auto rated = f.engine.rate(1, served.number, Rating::Satisfied, f.staff);
    REQUIRE_OK(rated);
    CHECK(rated->errands.at(0).rating == Rating::Satisfied);
    CHECK(f.engine.ticket(served.number)->errands.at(0).rating == Rating::Satisfied);
    const ChangeSet changes = f.engine.takeChanges();
    REQUIRE(changes.events.size() == 1);
    CHECK(changes.events.at(0).kind == QStringLiteral("ticket.rated"));
    CHECK(changes.events.at(0).ticket == served.number);
    CHECK(changes.events.at(0).data.value(QLatin1String("rating")).toString() == QStringLiteral("satisfied"));
    CHECK(changes.events.at(0).data.value(QLatin1String("service")).toString() == QStringLiteral("marriage"));
    REQUIRE(changes.tickets.size() == 1);
    CHECK(changes.tickets.at(0).errands.at(0).rating == Rating::Satisfied);
}

TEST_CASE("a rating is refused, changing nothing, when it is not this window's last finish", "[ratings]")
{
    EngineFixture f;
    f.open(1);
    f.open(2);
    f.issue({QStringLiteral("marriage")});
    f.issue({QStringLiteral("marriage")});
    f.issue({QStringLiteral("assistance")});
    const Ticket first = serve(f, 1);
    const Ticket second = serve(f, 1);
    const Ticket elsewhere = serve(f, 2);
    const Ticket waiting = f.issue({QStringLiteral("marriage")});
    f.engine.takeChanges();
    const QueueSnapshot before = f.engine.snapshot();
    const auto unchanged = [&] {
        CHECK(f.engine.snapshot() == before);
        CHECK(f.engine.takeChanges().isEmpty());
    };

    SECTION("an earlier errand of the same window")
    {
        REQUIRE_ERROR(f.engine.rate(1, first.number, Rating::Basic, f.staff), ErrorCode::InvalidTransition);
        unchanged();
    }
    SECTION("an errand another window finished")
    {
        REQUIRE_ERROR(f.engine.rate(1, elsewhere.number, Rating::Basic, f.staff),
                      ErrorCode::InvalidTransition);
        unchanged();
    }
    SECTION("a ticket still waiting")
    {
        REQUIRE_ERROR(f.engine.rate(1, waiting.number, Rating::Basic, f.staff), ErrorCode::InvalidTransition);
        unchanged();
    }
    SECTION("no rating, an unknown ticket or an unknown window")
    {
        REQUIRE_ERROR(f.engine.rate(1, second.number, Rating::None, f.staff), ErrorCode::InvalidArgument);
        REQUIRE_ERROR(f.engine.rate(1, QStringLiteral("A999"), Rating::Basic, f.staff),
                      ErrorCode::UnknownTicket);
        REQUIRE_ERROR(f.engine.rate(99, second.number, Rating::Basic, f.staff), ErrorCode::UnknownCounter);
        unchanged();
    }
    SECTION("after the rating window")
    {
        f.clock.set(f.engine.ticket(second.number)
                        ->errands.at(0)
                        .finishedAt.addSecs(QueueEngine::kRatingWindowSecs + 1));
        const auto late = f.engine.rate(1, second.number, Rating::Unsatisfied, f.staff);
        REQUIRE_ERROR(late, ErrorCode::InvalidTransition);
        CHECK(late.error().message.contains(QStringLiteral("评价时间已过")));
        CHECK(f.engine.ticket(second.number)->errands.at(0).rating == Rating::None);
    }
    SECTION("a second rating of the same errand")
    {
        REQUIRE_OK(f.engine.rate(1, second.number, Rating::Unsatisfied, f.staff));
        f.engine.takeChanges();
        const QueueSnapshot rated = f.engine.snapshot();
        REQUIRE_ERROR(f.engine.rate(1, second.number, Rating::Satisfied, f.staff),
                      ErrorCode::InvalidTransition);
        CHECK(f.engine.snapshot() == rated);
        CHECK(f.engine.ticket(second.number)->errands.at(0).rating == Rating::Unsatisfied);
    }
    SECTION("just inside the rating window")
    {
        f.clock.set(
            f.engine.ticket(second.number)->errands.at(0).finishedAt.addSecs(QueueEngine::kRatingWindowSecs));
        REQUIRE_OK(f.engine.rate(1, second.number, Rating::Basic, f.staff));
    }
}

TEST_CASE("a one-stop ticket rates the errand finished here while it waits for the next", "[ratings]")
{
    EngineFixture f;
    f.open(1);
    const Ticket issued = f.issue({QStringLiteral("marriage"), QStringLiteral("elderly")});
    serve(f, 1);
    REQUIRE(f.engine.ticket(issued.number)->state == TicketState::Waiting);
    REQUIRE_OK(f.engine.rate(1, issued.number, Rating::Basic, f.staff));
    const Ticket* t = f.engine.ticket(issued.number);
    CHECK(t->errands.at(0).rating == Rating::Basic);
    CHECK(t->errands.at(1).rating == Rating::None);
}

TEST_CASE("a rating survives a restart and the window's last finish is known again", "[ratings]")
{
    test::StoredHall h;
    h.ok<CounterState>([&](QueueEngine& e) { return e.openCounter(1, h.staff); });
    const Ticket issued = h.issue({QStringLiteral("marriage")});
    h.ok<Ticket>([&](QueueEngine& e) { return e.callNext(1, h.staff); });
    h.ok<Ticket>([&](QueueEngine& e) { return e.start(1, h.staff); });
    h.ok<Ticket>([&](QueueEngine& e) { return e.finish(1, Rating::None, h.staff); });
    h.restart();
    h.ok<Ticket>([&](QueueEngine& e) { return e.rate(1, issued.number, Rating::Satisfied, h.staff); });
    h.restart();
    CHECK(h.engine->ticket(issued.number)->errands.at(0).rating == Rating::Satisfied);
    CHECK(h.engine->dayCounts().satisfied == 1);
}

TEST_CASE("the tickets waiting for a window move to another window or back to their queues", "[supervision]")
{
    EngineFixture f;
    f.open(1);
    f.open(3);
    f.issue({QStringLiteral("marriage")});
    f.issue({QStringLiteral("marriage")});
    for (int i = 0; i < 2; ++i) {
        f.callNext(1);
        REQUIRE_OK(f.engine.transferToCounter(1, 3, f.staff));
    }
    f.engine.takeChanges();

    SECTION("to another open window, which alone may call them")
    {
        f.open(4);
        REQUIRE_ERROR(f.engine.reassignWaiting(3, 2, f.staff), ErrorCode::CounterClosed);
        f.engine.takeChanges();
        const auto moved = f.engine.reassignWaiting(3, 1, f.staff);
        REQUIRE_OK(moved);
        REQUIRE(moved->size() == 2);
        CHECK(moved->at(0).assignedCounter == 1);
        const ChangeSet changes = f.engine.takeChanges();
        REQUIRE(changes.events.size() == 2);
        CHECK(changes.events.at(0).kind == QStringLiteral("ticket.transferred"));
        CHECK(changes.events.at(0).data.value(QLatin1String("toCounter")).toInt() == 1);
        CHECK(changes.events.at(0).data.value(QLatin1String("reason")).toString() ==
              QStringLiteral("supervisor"));
        REQUIRE_ERROR(f.engine.callNext(3, f.staff), ErrorCode::QueueEmpty);
        CHECK(f.callNext(1).number == moved->at(0).number);
    }
    SECTION("back to their queues, where any window serving the service calls them")
    {
        const auto moved = f.engine.reassignWaiting(3, 0, f.staff);
        REQUIRE_OK(moved);
        CHECK(moved->at(0).assignedCounter == 0);
        CHECK(f.engine.takeChanges().events.at(0).data.value(QLatin1String("toService")).toString() ==
              QStringLiteral("marriage"));
        CHECK(f.callNext(1).number == QStringLiteral("A001"));
    }
    SECTION("nothing to move, itself or an unknown window: refused, nothing changes")
    {
        const QueueSnapshot before = f.engine.snapshot();
        REQUIRE_ERROR(f.engine.reassignWaiting(1, 0, f.staff), ErrorCode::QueueEmpty);
        REQUIRE_ERROR(f.engine.reassignWaiting(3, 3, f.staff), ErrorCode::InvalidArgument);
        REQUIRE_ERROR(f.engine.reassignWaiting(3, 42, f.staff), ErrorCode::UnknownCounter);
        REQUIRE_ERROR(f.engine.reassignWaiting(42, 0, f.staff), ErrorCode::UnknownCounter);
        CHECK(f.engine.snapshot() == before);
        CHECK(f.engine.takeChanges().isEmpty());
    }
}

TEST_CASE("today's counts: errands taken and finished per service, finishes per window, ratings",
          "[supervision]")
{
    EngineFixture f;
    f.open(1);
    f.open(2);
    f.issue({QStringLiteral("marriage"), QStringLiteral("assistance")});
    f.issue({QStringLiteral("marriage")});
    const Ticket cancelled = f.issue({QStringLiteral("assistance")});
    REQUIRE_OK(f.engine.cancel(cancelled.number, f.kiosk));
    const Ticket first = serve(f, 1);
    REQUIRE_OK(f.engine.rate(1, first.number, Rating::Unsatisfied, f.staff));
    f.callNext(1);
    REQUIRE_OK(f.engine.setAside(1, f.staff));
    serve(f, 2); // the one-stop ticket's second errand

    const DayCounts counts = f.engine.dayCounts();
    CHECK(counts.now == f.clock.now());
    CHECK(counts.services.value(QStringLiteral("marriage")).issued == 2);
    CHECK(counts.services.value(QStringLiteral("marriage")).finished == 1);
    CHECK(counts.services.value(QStringLiteral("marriage")).setAside == 1);
    CHECK(counts.services.value(QStringLiteral("assistance")).issued == 2);
    CHECK(counts.services.value(QStringLiteral("assistance")).finished == 1);
    CHECK(counts.services.value(QStringLiteral("assistance")).cancelled == 1);
    CHECK(counts.finishedByCounter.value(1) == 1);
    CHECK(counts.finishedByCounter.value(2) == 1);
    CHECK(counts.unsatisfied == 1);
    CHECK(counts.unrated == 1);
    CHECK(counts.satisfied + counts.basic == 0);
}
