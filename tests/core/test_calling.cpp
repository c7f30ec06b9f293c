// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include "domain/jsonwriter.h"

using namespace hall;
using test::EngineFixture;
using test::hallTime;

TEST_CASE("call-next at a counter follows the interleave policy end to end", "[calling]")
{
    EngineFixture f;
    f.open(2);
    const Ticket n1 = f.issue({QStringLiteral("assistance")});
    const Ticket p1 = f.issue({QStringLiteral("assistance")}, PriorityClass::Elder);
    const Ticket n2 = f.issue({QStringLiteral("assistance")});
    const Ticket n3 = f.issue({QStringLiteral("assistance")});
    const Ticket p2 = f.issue({QStringLiteral("assistance")}, PriorityClass::Pregnant);

    QStringList order;
    for (int i = 0; i < 5; ++i) {
        order << f.callNext(2).number;
        REQUIRE_OK(f.engine.start(2, f.staff));
        REQUIRE_OK(f.engine.finish(2, Rating::None, f.staff));
    }
    // Two normal, one priority, two normal would be next but only one is left, then the last priority.
    CHECK(order == QStringList{n1.number, n2.number, p1.number, n3.number, p2.number});
    REQUIRE_ERROR(f.engine.callNext(2, f.staff), ErrorCode::QueueEmpty);
}

TEST_CASE("a counter calls its primary service before its secondary one", "[calling]")
{
    EngineFixture f;
    f.open(1); // marriage primary, assistance secondary
    const Ticket d = f.issue({QStringLiteral("assistance")});
    const Ticket a = f.issue({QStringLiteral("marriage")});
    CHECK(f.callNext(1).number == a.number);
    REQUIRE_OK(f.engine.setAside(1, f.staff));
    CHECK(f.callNext(1).number == d.number);
}

TEST_CASE("a checked-in appointment in its slot is called before everyone", "[calling]")
{
    EngineFixture f;
    f.open(1);
    const Ticket elder = f.issue({QStringLiteral("marriage")}, PriorityClass::Elder);
    const Ticket booked = f.issueAppointment(QStringLiteral("marriage"), hallTime(9, 10));
    CHECK(f.callNext(1).number == booked.number);
    CHECK(f.engine.ticket(booked.number)->appointment->reference == QStringLiteral("BK-7Q2M"));
    REQUIRE_OK(f.engine.setAside(1, f.staff));
    CHECK(f.callNext(1).number == elder.number);
}

TEST_CASE("calling a specific ticket", "[calling]")
{
    EngineFixture f;
    f.open(1);
    f.open(4);
    f.issue({QStringLiteral("marriage")});
    const Ticket second = f.issue({QStringLiteral("marriage")});
    const Ticket elderly = f.issue({QStringLiteral("elderly")});

    auto called = f.engine.call(1, QStringLiteral(" a002 "), f.staff);
    REQUIRE_OK(called);
    CHECK(called->number == second.number);
    CHECK(called->state == TicketState::Called);
    CHECK(called->counter == 1);
    CHECK(f.engine.counter(1)->currentTicket == second.id);

    REQUIRE_OK(f.engine.setAside(1, f.staff));
    REQUIRE_ERROR(f.engine.call(1, elderly.number, f.staff), ErrorCode::NotServedHere);
    REQUIRE_ERROR(f.engine.call(1, QStringLiteral("A099"), f.staff), ErrorCode::UnknownTicket);
    REQUIRE_ERROR(f.engine.call(1, second.number, f.staff), ErrorCode::InvalidTransition); // set aside
    REQUIRE_OK(f.engine.call(4, elderly.number, f.staff));
}

TEST_CASE("recalls are counted and past the limit the ticket is set aside", "[calling][recall]")
{
    EngineFixture f;
    f.open(1);
    const Ticket t = f.issue({QStringLiteral("marriage")});
    f.callNext(1);
    for (int i = 1; i <= 2; ++i) {
        auto r = f.engine.recall(1, f.staff);
        REQUIRE_OK(r);
        CHECK(r->recalls == i);
        CHECK(r->state == TicketState::Called);
    }
    const ChangeSet changes = f.engine.takeChanges();
    CHECK(changes.events.last().kind == QStringLiteral("ticket.called"));
    CHECK(changes.events.last().data.value(QStringLiteral("recall")).toBool());
    CHECK(changes.events.last().data.value(QStringLiteral("counterName")).toString() ==
          QStringLiteral("1号窗口"));

    auto third = f.engine.recall(1, f.staff);
    REQUIRE_OK(third);
    CHECK(third->state == TicketState::SetAside);
    CHECK(f.engine.counter(1)->currentTicket == 0);
    const ChangeSet after = f.engine.takeChanges();
    REQUIRE(after.events.size() == 1);
    CHECK(after.events[0].kind == QStringLiteral("ticket.setAside"));
    CHECK(after.events[0].data.value(QStringLiteral("reason")).toString() == QStringLiteral("recallLimit"));
    REQUIRE_ERROR(f.engine.recall(1, f.staff), ErrorCode::CounterIdle);
    CHECK(f.engine.ticket(t.number)->state == TicketState::SetAside);
}

TEST_CASE("a set-aside ticket may be re-queued once and keeps its original time", "[calling][requeue]")
{
    EngineFixture f;
    f.open(2);
    const Ticket first = f.issue({QStringLiteral("assistance")});
    f.callNext(2);
    REQUIRE_OK(f.engine.setAside(2, f.staff));
    const Ticket later = f.issue({QStringLiteral("assistance")});

    REQUIRE_ERROR(f.engine.requeue(later.number, f.staff), ErrorCode::InvalidTransition);
    auto r = f.engine.requeue(first.number, f.staff);
    REQUIRE_OK(r);
    CHECK(r->state == TicketState::Waiting);
    CHECK(r->requeues == 1);
    CHECK(r->issuedAt == first.issuedAt);
    // Original time: called before the ticket issued after it.
    CHECK(f.callNext(2).number == first.number);
    REQUIRE_OK(f.engine.setAside(2, f.staff));
    const QueueSnapshot before = f.engine.snapshot();
    REQUIRE_ERROR(f.engine.requeue(first.number, f.staff), ErrorCode::RequeueLimit);
    CHECK(f.engine.snapshot() == before);
}

TEST_CASE("a transfer to another service keeps the original issue time", "[calling][transfer]")
{
    EngineFixture f;
    f.open(1);
    f.open(2);
    const Ticket a = f.issue({QStringLiteral("marriage")});
    const Ticket d = f.issue({QStringLiteral("assistance")});
    f.callNext(1);
    REQUIRE_OK(f.engine.start(1, f.staff));
    auto moved = f.engine.transferToService(1, QStringLiteral("assistance"), f.staff);
    REQUIRE_OK(moved);
    CHECK(moved->state == TicketState::Waiting);
    CHECK(moved->currentService() == QStringLiteral("assistance"));
    CHECK(moved->issuedAt == a.issuedAt);
    CHECK(f.engine.counter(1)->currentTicket == 0);
    // A was issued before D001, so counter 2 calls it first.
    CHECK(f.callNext(2).number == a.number);
    REQUIRE_OK(f.engine.setAside(2, f.staff));
    CHECK(f.callNext(2).number == d.number);
    REQUIRE_ERROR(f.engine.transferToService(2, QStringLiteral("passports"), f.staff),
                  ErrorCode::UnknownService);
    REQUIRE_ERROR(f.engine.transferToService(2, QStringLiteral("assistance"), f.staff),
                  ErrorCode::InvalidArgument);
}

TEST_CASE("a transfer to a counter can be called only there", "[calling][transfer]")
{
    EngineFixture f;
    f.open(1);
    f.open(2);
    const Ticket d = f.issue({QStringLiteral("assistance")});
    f.callNext(2);
    REQUIRE_ERROR(f.engine.transferToCounter(2, 4, f.staff), ErrorCode::CounterClosed);
    REQUIRE_ERROR(f.engine.transferToCounter(2, 2, f.staff), ErrorCode::InvalidArgument);
    REQUIRE_ERROR(f.engine.transferToCounter(2, 77, f.staff), ErrorCode::UnknownCounter);
    auto moved = f.engine.transferToCounter(2, 1, f.staff);
    REQUIRE_OK(moved);
    CHECK(moved->assignedCounter == 1);
    REQUIRE_ERROR(f.engine.callNext(2, f.staff), ErrorCode::QueueEmpty);
    REQUIRE_ERROR(f.engine.call(2, d.number, f.staff), ErrorCode::NotServedHere);
    CHECK(f.engine.estimate(d.number)->ahead == 0);
    const Ticket called = f.callNext(1);
    CHECK(called.number == d.number);
    CHECK(called.assignedCounter == 0);
}

TEST_CASE("closing a counter sends the tickets transferred to it back to their queue", "[calling][transfer]")
{
    EngineFixture f;
    f.open(2);
    f.open(4);
    const Ticket d = f.issue({QStringLiteral("assistance")});
    f.callNext(2);
    REQUIRE_OK(f.engine.transferToCounter(2, 4, f.staff));
    REQUIRE_OK(f.engine.closeCounter(4, f.staff));
    CHECK(f.engine.ticket(d.number)->assignedCounter == 0);
    CHECK(f.callNext(2).number == d.number);
}

TEST_CASE("a resident may cancel a waiting or set-aside ticket, not one being served", "[calling]")
{
    EngineFixture f;
    f.open(1);
    const Ticket a1 = f.issue({QStringLiteral("marriage")});
    const Ticket a2 = f.issue({QStringLiteral("marriage")});
    f.callNext(1);
    REQUIRE_ERROR(f.engine.cancel(a1.number, f.kiosk), ErrorCode::InvalidTransition);
    auto r = f.engine.cancel(a2.number, f.kiosk);
    REQUIRE_OK(r);
    CHECK(r->state == TicketState::Cancelled);
    REQUIRE_ERROR(f.engine.cancel(a2.number, f.kiosk), ErrorCode::InvalidTransition);
    REQUIRE_OK(f.engine.setAside(1, f.staff));
    REQUIRE_ERROR(f.engine.callNext(1, f.staff), ErrorCode::QueueEmpty);
    REQUIRE_OK(f.engine.cancel(a1.number, f.kiosk));
    REQUIRE_ERROR(f.engine.cancel(QStringLiteral("Z001"), f.kiosk), ErrorCode::UnknownTicket);
}

TEST_CASE("an event's bytes are its data written out, with the ticket and the counter in it",
          "[calling][json]")
{
    // The fan-out sends an event's bytes in place of its data: they must say the same.
    EngineFixture f;
    f.open(1);
    const Ticket t = f.issue({QStringLiteral("marriage")});
    f.callNext(1);
    REQUIRE_OK(f.engine.recall(1, f.staff));
    REQUIRE_OK(f.engine.start(1, f.staff));
    REQUIRE_OK(f.engine.finish(1, Rating::Satisfied, f.staff));
    const ChangeSet changes = f.engine.takeChanges();
    int written = 0;
    for (const JournalEvent& e : changes.events) {
        INFO(e.kind.toStdString());
        if (e.json.isEmpty()) {
            continue; // no ticket or counter in it: data is all there is
        }
        ++written;
        CHECK(e.json == JsonWriter::compact(e.data));
    }
    CHECK(written >= 5); // issued, called, recalled, started, finished

    // The reply's ticket, from the last event's bytes or written anew: the same bytes either way.
    const auto bytesOf = [&f](const Ticket& ticket) {
        JsonWriter w;
        f.engine.writeTicketJson(w, ticket);
        return w.take();
    };
    const auto writtenNow = [](const Ticket& ticket) {
        JsonWriter w;
        writeJson(w, ticket);
        return w.take();
    };
    const Ticket finished = *f.engine.ticket(t.number);
    CHECK(bytesOf(finished) == writtenNow(finished));
    CHECK(bytesOf(t) == writtenNow(t)); // the issued state, no longer the last one written
    const Ticket next = f.issue({QStringLiteral("marriage")});
    CHECK(bytesOf(next) == writtenNow(next));
    const auto called =
        std::find_if(changes.events.cbegin(), changes.events.cend(),
                     [](const JournalEvent& e) { return e.kind == QStringLiteral("ticket.called"); });
    REQUIRE(called != changes.events.cend());
    CHECK(
        called->data.value(QStringLiteral("ticket")).toObject().value(QStringLiteral("number")).toString() ==
        t.number);
    CHECK(called->data.value(QStringLiteral("counterState"))
              .toObject()
              .value(QStringLiteral("number"))
              .toInt() == 1);
    CHECK(called->data.value(QStringLiteral("counterName")).toString() == QStringLiteral("1号窗口"));
}
