// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "storedhall.h"

#include "storage/durablequeue.h"
#include "storage/migrations.h"
#include "storage/sqlstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace hall;
using test::hallTime;
using test::StoredHall;

TEST_CASE("a restart in the middle of the day restores the queue exactly", "[storage][restart]")
{
    StoredHall h;
    test::checkMiddayRestart(h);
}

TEST_CASE("a counter stored as holding a ticket that is not active there is freed on restart",
          "[storage][restart]")
{
    StoredHall h;
    h.ok<CounterState>([&](QueueEngine& e) { return e.openCounter(2, h.staff); });
    const Ticket t = h.issue({QStringLiteral("assistance")});
    QSqlQuery q(h.store->database());
    REQUIRE(q.exec(QStringLiteral("UPDATE counters SET current_ticket = %1 WHERE number = 2").arg(t.id)));
    h.restart();
    CHECK(h.engine->counter(2)->currentTicket == 0);
    CHECK(h.engine->counter(2)->status == CounterStatus::Open);
    CHECK(h.ok<Ticket>([&](QueueEngine& e) { return e.callNext(2, h.staff); }).number == t.number);
}

TEST_CASE("a resident's open ticket is still recognised after a restart", "[storage][restart]")
{
    StoredHall h;
    const auto issueAs = [&](const QString& key) {
        h.clock.advanceSecs(60);
        return h.durable->run<Ticket>([&](QueueEngine& e) {
            return e.issue(IssueRequest{{QStringLiteral("assistance")},
                                        PriorityClass::Normal,
                                        QStringLiteral("110***********1238"),
                                        std::nullopt,
                                        {},
                                        key});
        });
    };
    REQUIRE_OK(issueAs(QStringLiteral("person-a")));
    h.restart();
    REQUIRE_ERROR(issueAs(QStringLiteral("person-a")), ErrorCode::DuplicateTicket);
    REQUIRE_OK(issueAs(QStringLiteral("person-b")));
}

TEST_CASE("the journal holds every committed event with actor and data", "[storage][journal]")
{
    StoredHall h;
    h.ok<CounterState>([&](QueueEngine& e) { return e.openCounter(2, h.staff); });
    const Ticket t = h.issue({QStringLiteral("assistance")});
    h.ok<Ticket>([&](QueueEngine& e) { return e.callNext(2, h.staff); });
    auto journal = h.store->journal(0, 100);
    REQUIRE_OK(journal);
    // Each of the three commits ends with the queue figures it left behind.
    QStringList kinds;
    for (const JournalEvent& e : journal.value()) {
        kinds << e.kind;
    }
    REQUIRE(kinds == QStringList{QStringLiteral("counter.changed"), QStringLiteral("queue.changed"),
                                 QStringLiteral("ticket.issued"), QStringLiteral("queue.changed"),
                                 QStringLiteral("ticket.called"), QStringLiteral("queue.changed")});
    CHECK(journal->at(2).ticket == t.number);
    CHECK(journal->at(2).actor.device == QStringLiteral("kiosk-1"));
    CHECK(journal->at(2).at == t.issuedAt);
    CHECK(journal->at(4).counter == 2);
    CHECK(journal->at(4).actor.staff == QStringLiteral("li"));
    CHECK(journal->at(4).data.value(QStringLiteral("counterName")).toString() == QStringLiteral("2号窗口"));
    const auto figuresFor = [&](int index, const QString& service) {
        for (const auto& v : journal->at(index).data.value(QStringLiteral("queue")).toArray()) {
            if (v.toObject().value(QStringLiteral("service")).toString() == service) {
                return v.toObject();
            }
        }
        return QJsonObject();
    };
    // The first figures after a start carry every service; later ones only the services that moved.
    CHECK(journal->at(1).data.value(QStringLiteral("queue")).toArray().size() == 4);
    CHECK(journal->at(3).data.value(QStringLiteral("queue")).toArray().size() == 1);
    CHECK(journal->at(5).data.value(QStringLiteral("queue")).toArray().size() == 1);
    CHECK(figuresFor(3, QStringLiteral("assistance")).value(QStringLiteral("waiting")).toInt() == 1);
    CHECK(figuresFor(3, QStringLiteral("assistance")).value(QStringLiteral("openCounters")).toInt() == 1);
    CHECK(figuresFor(3, QStringLiteral("assistance")).value(QStringLiteral("waitMinutes")).toInt() == 15);
    CHECK(figuresFor(5, QStringLiteral("assistance")).value(QStringLiteral("waiting")).toInt() == 0);
    auto tail = h.store->journal(4, 100);
    REQUIRE_OK(tail);
    REQUIRE(tail->size() == 2);
    CHECK(tail->first().seq == 5);

    // A refused operation adds nothing to the journal, not even queue figures.
    REQUIRE_ERROR(h.durable->run<Ticket>([&](QueueEngine& e) { return e.finish(2, Rating::None, h.staff); }),
                  ErrorCode::InvalidTransition);
    CHECK(h.countRows(QStringLiteral("journal")) == 6);
}

TEST_CASE("replies wait for the group commit of their event-loop turn", "[storage][groupcommit]")
{
    StoredHall h;
    QList<QString> replies;
    int committedBatches = 0;
    qsizetype committedEvents = 0;
    QObject::connect(h.durable.get(), &DurableQueue::committed, [&](const QList<JournalEvent>& events) {
        ++committedBatches;
        committedEvents += events.size();
    });
    for (int i = 0; i < 10; ++i) {
        h.clock.advanceSecs(10);
        h.durable->submit<Ticket>(
            [](QueueEngine& e) {
                return e.issue(
                    IssueRequest{{QStringLiteral("elderly")}, PriorityClass::Normal, {}, std::nullopt, {}});
            },
            [&](Result<Ticket> r) { replies << (r.ok() ? r->number : errorCodeName(r.error().code)); });
    }
    h.durable->submit<Ticket>(
        [&](QueueEngine& e) { return e.callNext(4, h.staff); },
        [&](Result<Ticket> r) { replies << (r.ok() ? r->number : errorCodeName(r.error().code)); });
    CHECK(replies.isEmpty()); // nothing is acknowledged before the commit
    CHECK(h.countRows(QStringLiteral("tickets")) == 0);
    QCoreApplication::processEvents();
    REQUIRE(replies.size() == 11);
    CHECK(replies.first() == QStringLiteral("E001"));
    CHECK(replies[9] == QStringLiteral("E010"));
    CHECK(replies.last() == QStringLiteral("COUNTER_CLOSED"));
    CHECK(committedBatches == 1);
    CHECK(committedEvents == 11); // ten tickets, then one queue.changed for the whole turn
    CHECK(h.countRows(QStringLiteral("tickets")) == 10);
}

TEST_CASE("a failed commit acknowledges nothing and rebuilds the queue from storage", "[storage][failure]")
{
    StoredHall h;
    h.issue({QStringLiteral("elderly")});
    const QueueSnapshot durableState = h.engine->snapshot();

    // Another process holds the write lock longer than the busy timeout (300 ms here).
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("blocker"));
        other.setDatabaseName(h.path());
        REQUIRE(other.open());
        QSqlQuery lock(other);
        REQUIRE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

        std::optional<Result<Ticket>> reply;
        QString failure;
        QObject::connect(h.durable.get(), &DurableQueue::storageFailed,
                         [&](const QString& m) { failure = m; });
        h.clock.advanceSecs(30);
        h.durable->submit<Ticket>(
            [](QueueEngine& e) {
                return e.issue(
                    IssueRequest{{QStringLiteral("elderly")}, PriorityClass::Normal, {}, std::nullopt, {}});
            },
            [&](Result<Ticket> r) { reply.emplace(std::move(r)); });
        REQUIRE(h.engine->ticket(QStringLiteral("E002")) != nullptr); // applied in memory …
        CHECK_FALSE(h.durable->flush());
        REQUIRE(reply.has_value());
        REQUIRE_ERROR(*reply, ErrorCode::StorageFailed); // … but never acknowledged
        CHECK_FALSE(failure.isEmpty());
        CHECK(h.engine->snapshot() == durableState); // and rolled back to what storage holds
        REQUIRE(lock.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("blocker"));

    // Once the lock is gone the same request succeeds with the number that was never acknowledged.
    CHECK(h.issue({QStringLiteral("elderly")}).number == QStringLiteral("E002"));
    h.restart();
    CHECK(h.engine->ticket(QStringLiteral("E002")) != nullptr);
}

TEST_CASE("the daily rollover is stored and survives a restart", "[storage][rollover]")
{
    StoredHall h;
    const Ticket waiting = h.issue({QStringLiteral("assistance")});
    h.clock.set(hallTime(3, 5, test::kDay.addDays(1)));
    h.durable->tick();
    CHECK(h.engine->day() == test::kDay.addDays(1));
    h.restart();
    CHECK(h.engine->day() == test::kDay.addDays(1));
    CHECK(h.engine->snapshot().tickets.isEmpty());
    QSqlQuery q(h.store->database());
    REQUIRE(q.exec(QStringLiteral("SELECT state, day FROM tickets WHERE id = %1").arg(waiting.id)));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("expired"));
    CHECK(q.value(1).toString() == QStringLiteral("2026-11-24")); // kept in history
    h.clock.set(hallTime(9, 0, test::kDay.addDays(1)));
    CHECK(h.issue({QStringLiteral("assistance")}).number == QStringLiteral("D001"));
}

TEST_CASE("a restart after the rollover time rolls the stored day over", "[storage][rollover]")
{
    StoredHall h;
    h.issue({QStringLiteral("assistance")});
    h.clock.set(hallTime(8, 0, test::kDay.addDays(3)));
    h.restart();
    CHECK(h.engine->day() == test::kDay.addDays(3));
    CHECK(h.engine->snapshot().tickets.isEmpty());
    QSqlQuery q(h.store->database());
    REQUIRE(q.exec(QStringLiteral("SELECT value FROM hall_meta WHERE key = 'day'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("2026-11-27"));
}

TEST_CASE("schema migrations are versioned and applied once", "[storage][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("migrations"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        auto first = Migrations::apply(db);
        REQUIRE_OK(first);
        CHECK(first.value() == 0);
        auto again = Migrations::apply(db);
        REQUIRE_OK(again);
        CHECK(again.value() == Migrations::latestVersion());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == Migrations::latestVersion());

        // A database written by a newer program is refused, not misread.
        REQUIRE(q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)")
                           .arg(Migrations::latestVersion() + 1)));
        auto newer = Migrations::apply(db);
        REQUIRE_ERROR(newer, ErrorCode::StorageFailed);
        CHECK(newer.error().message.contains(QStringLiteral("请升级程序")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("migrations"));
    auto store = SqlStore::open({QStringLiteral("QSQLITE"), path, {}, 0, {}, {}, 300});
    REQUIRE_ERROR(store, ErrorCode::StorageFailed);
}

TEST_CASE("a fresh store starts at the latest schema in WAL mode", "[storage][migrations]")
{
    StoredHall h;
    CHECK(h.store->schemaVersion() == Migrations::latestVersion());
    QSqlQuery q(h.store->database());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(q.exec(QStringLiteral("PRAGMA synchronous")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2); // FULL
}

TEST_CASE("a request's reply is stored in the same transaction as its change", "[storage][idempotency]")
{
    StoredHall h;
    const auto issueWithRecord = [&](const QString& requestId) {
        h.clock.advanceSecs(30);
        return h.durable->run<Ticket>([&](QueueEngine& e) {
            Result<Ticket> r = e.issue(
                IssueRequest{{QStringLiteral("elderly")}, PriorityClass::Normal, {}, std::nullopt, {}});
            if (r.ok()) {
                h.durable->recordRequest(RequestRecord{
                    QStringLiteral("kiosk-1"), requestId, QStringLiteral("ticket.issue"),
                    QStringLiteral("fp"), R"({"number":")" + r->number.toUtf8() + R"("})", h.clock.now()});
            }
            return r;
        });
    };
    const auto replyOf = [&](const QString& requestId) -> QString {
        QSqlQuery q(h.store->database());
        q.prepare(
            QStringLiteral("SELECT reply FROM request_log WHERE device = 'kiosk-1' AND request_id = ?"));
        q.addBindValue(requestId);
        REQUIRE(q.exec());
        return q.next() ? q.value(0).toString() : QString();
    };

    REQUIRE_OK(issueWithRecord(QStringLiteral("r-1")));
    CHECK(replyOf(QStringLiteral("r-1")) == QStringLiteral(R"({"number":"E001"})"));

    // With the database locked the commit fails: neither the ticket nor its reply is stored.
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("blocker-2"));
    other.setDatabaseName(h.path());
    REQUIRE(other.open());
    {
        QSqlQuery lock(other);
        REQUIRE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        REQUIRE_ERROR(issueWithRecord(QStringLiteral("r-2")), ErrorCode::StorageFailed);
        REQUIRE(lock.exec(QStringLiteral("ROLLBACK")));
    }
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("blocker-2"));
    CHECK(replyOf(QStringLiteral("r-2")).isEmpty());
    CHECK(h.countRows(QStringLiteral("tickets")) == 1);
    // The retry after the failure is a first attempt again, and is stored with its ticket.
    REQUIRE_OK(issueWithRecord(QStringLiteral("r-2")));
    CHECK(replyOf(QStringLiteral("r-2")) == QStringLiteral(R"({"number":"E002"})"));
}
