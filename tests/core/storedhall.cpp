// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storedhall.h"

namespace hall::test {

StoredHall::StoredHall(std::optional<SqlStore::Options> o)
    : options(o ? *o : SqlStore::Options{QStringLiteral("QSQLITE"), path(), {}, 0, {}, {}, 300})
{
    start();
}

void StoredHall::start()
{
    auto s = SqlStore::open(options);
    REQUIRE_OK(s);
    store = std::move(s).value();
    engine = std::make_unique<QueueEngine>(testConfig(), clock);
    durable = std::make_unique<DurableQueue>(*engine, *store);
    REQUIRE_FALSE(durable->restore().has_value());
}

void StoredHall::restart()
{
    durable.reset();
    engine.reset();
    store.reset();
    start();
}

std::unique_ptr<WalSync> StoredHall::pipeline()
{
    auto attached = WalSync::attach(store->database(), path());
    REQUIRE_OK(attached);
    std::unique_ptr<WalSync> sync = std::move(attached).value();
    durable->driver().setSync(sync.get());
    return sync;
}

Ticket StoredHall::issue(const QStringList& services, PriorityClass p)
{
    clock.advanceSecs(60);
    return ok<Ticket>([&](QueueEngine& e) {
        return e.issue(IssueRequest{services, p, QStringLiteral("110***********1234"), std::nullopt,
                                    Actor{{}, QStringLiteral("kiosk-1")}});
    });
}

int StoredHall::countRows(const QString& table)
{
    QSqlQuery q(store->database());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

void checkMiddayRestart(StoredHall& h)
{
    for (int c : {1, 2, 4}) {
        h.ok<CounterState>([&](QueueEngine& e) { return e.openCounter(c, h.staff); });
    }
    const Ticket multi = h.issue({QStringLiteral("marriage"), QStringLiteral("assistance")});
    h.issue({QStringLiteral("assistance")}, PriorityClass::Elder);
    h.issue({QStringLiteral("assistance")});
    h.issue({QStringLiteral("elderly")});
    h.durable->run<Ticket>([&](QueueEngine& e) {
        return e.issue(IssueRequest{{QStringLiteral("marriage")},
                                    PriorityClass::Normal,
                                    {},
                                    Appointment{QStringLiteral("BK-1"), hallTime(9, 30), hallTime(10, 0)},
                                    {}});
    });
    h.ok<Ticket>([&](QueueEngine& e) { return e.callNext(1, h.staff); });
    h.ok<Ticket>([&](QueueEngine& e) { return e.start(1, h.staff); });
    h.clock.advanceSecs(300);
    h.ok<Ticket>(
        [&](QueueEngine& e) { return e.finish(1, Rating::Satisfied, h.staff); }); // multi → assistance
    h.ok<Ticket>([&](QueueEngine& e) { return e.callNext(2, h.staff); });
    h.ok<Ticket>([&](QueueEngine& e) { return e.recall(2, h.staff); });
    h.ok<Ticket>([&](QueueEngine& e) { return e.callNext(4, h.staff); });
    h.ok<Ticket>([&](QueueEngine& e) { return e.setAside(4, h.staff); });
    h.ok<Ticket>([&](QueueEngine& e) { return e.callNext(1, h.staff); });
    h.ok<Ticket>([&](QueueEngine& e) { return e.transferToCounter(1, 2, h.staff); });
    h.ok<CounterState>([&](QueueEngine& e) { return e.pauseCounter(4, h.staff); });

    const QueueSnapshot before = h.engine->snapshot();
    const auto estimateBefore = h.engine->estimate(QStringLiteral("D002"));
    REQUIRE(before.tickets.size() == 5);
    h.restart();
    const QueueSnapshot after = h.engine->snapshot();
    CHECK(after.day == before.day);
    CHECK(after.seq == before.seq);
    CHECK(after.counters == before.counters);
    REQUIRE(after.tickets.size() == before.tickets.size());
    for (qsizetype i = 0; i < before.tickets.size(); ++i) {
        INFO(before.tickets[i].number.toStdString());
        CHECK(toJson(after.tickets[i]) == toJson(before.tickets[i]));
        CHECK(after.tickets[i] == before.tickets[i]);
    }
    CHECK(after == before);
    CHECK(h.engine->estimate(QStringLiteral("D002"))->waitMinutes == estimateBefore->waitMinutes);

    // The queue carries on where it was: numbering, call order and the interleave streak.
    CHECK(h.issue({QStringLiteral("marriage")}).number == QStringLiteral("A003"));
    CHECK(h.engine->ticket(multi.number)->errands[0].rating == Rating::Satisfied);
    CHECK(h.countRows(QStringLiteral("journal")) == h.engine->lastSeq());
}

} // namespace hall::test
