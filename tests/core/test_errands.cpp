// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

using namespace hall;
using test::EngineFixture;

TEST_CASE("a one-stop ticket moves to its next service at its original time", "[errands]")
{
    EngineFixture f;
    f.open(1);
    f.open(2);
    const Ticket multi = f.issue({QStringLiteral("marriage"), QStringLiteral("assistance")});
    const Ticket d1 = f.issue({QStringLiteral("assistance")});
    CHECK(multi.number == QStringLiteral("A001"));
    CHECK(f.engine.waitingCount(QStringLiteral("assistance")) == 1);

    f.callNext(1);
    REQUIRE_OK(f.engine.start(1, f.staff));
    f.clock.advanceSecs(8 * 60);
    auto done = f.engine.finish(1, Rating::Satisfied, f.staff);
    REQUIRE_OK(done);
    CHECK(done->state == TicketState::Waiting);
    CHECK(done->currentErrand == 1);
    CHECK(done->currentService() == QStringLiteral("assistance"));
    CHECK(done->number == multi.number);
    CHECK(done->errands[0].done());
    CHECK(done->errands[0].servedBy == 1);
    CHECK(done->errands[0].rating == Rating::Satisfied);
    CHECK(done->errands[0].startedAt.secsTo(done->errands[0].finishedAt) == 8 * 60);
    CHECK(f.engine.counter(1)->currentTicket == 0);
    CHECK(f.engine.waitingCount(QStringLiteral("assistance")) == 2);

    const ChangeSet changes = f.engine.takeChanges();
    CHECK(changes.events.last().kind == QStringLiteral("ticket.finished"));
    CHECK(changes.events.last().data.value(QStringLiteral("next")).toString() ==
          QStringLiteral("assistance"));

    // Issued before D001, so it does not wait again from the back.
    CHECK(f.callNext(2).number == multi.number);
    REQUIRE_OK(f.engine.start(2, f.staff));
    auto last = f.engine.finish(2, Rating::Basic, f.staff);
    REQUIRE_OK(last);
    CHECK(last->state == TicketState::Finished);
    CHECK(last->errands[1].rating == Rating::Basic);
    CHECK(last->errands[1].servedBy == 2);
    CHECK(f.callNext(2).number == d1.number);
}
