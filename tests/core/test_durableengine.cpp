// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A fourth engine joins the group commit through the one participant shape (DurableEngine) and
// nothing else: a toy tally engine and its store, beside the queue on one connection and one driver.
#include "storedhall.h"

#include "storage/durableengine.h"

#include <QSqlError>

using namespace hall;
using namespace hall::test;

namespace {

/// The smallest engine a DurableEngine takes: it refuses without changing anything, hands over
/// what it changed, and is rebuilt from what its store loads.
class TallyEngine
{
public:
    Result<int> add(const QString& key, int n)
    {
        if (n <= 0) {
            return Error{ErrorCode::InvalidArgument, QStringLiteral("只能加正数")};
        }
        const int total = (m_totals[key] += n);
        m_changed.append({key, total});
        return total;
    }
    QList<QPair<QString, int>> takeChanges() { return std::exchange(m_changed, {}); }
    void restore(const QHash<QString, int>& totals)
    {
        m_totals = totals;
        m_changed.clear();
    }
    int total(const QString& key) const { return m_totals.value(key); }

private:
    QHash<QString, int> m_totals;
    QList<QPair<QString, int>> m_changed;
};

class TallyStore
{
public:
    explicit TallyStore(QSqlDatabase db) : m_db(std::move(db))
    {
        QSqlQuery q(m_db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS tally (key TEXT PRIMARY KEY, n INTEGER)")));
    }
    Result<QHash<QString, int>> load()
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT key, n FROM tally"))) {
            return Error{ErrorCode::StorageFailed, q.lastError().text()};
        }
        QHash<QString, int> out;
        while (q.next()) {
            out.insert(q.value(0).toString(), q.value(1).toInt());
        }
        return out;
    }
    std::optional<Error> write(const QList<QPair<QString, int>>& changed)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO tally (key, n) VALUES (?, ?)"
                                 " ON CONFLICT (key) DO UPDATE SET n = excluded.n"));
        for (const auto& [key, n] : changed) {
            q.addBindValue(key);
            q.addBindValue(n);
            if (!q.exec()) {
                return Error{ErrorCode::StorageFailed, q.lastError().text()};
            }
        }
        return std::nullopt;
    }

private:
    QSqlDatabase m_db;
};

using DurableTally = DurableEngine<TallyEngine, TallyStore>;

int rows(StoredHall& h, const QString& sql)
{
    QSqlQuery q(h.store->database());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("durable engine: a new engine commits with the queue in one transaction, or not at all",
          "[storage][groupcommit]")
{
    StoredHall h;
    TallyEngine engine;
    TallyStore store(h.store->database());
    DurableTally tally(engine, store, h.durable->driver());
    REQUIRE_FALSE(tally.restore());
    const quint64 restored = tally.version();
    const qint64 commitsBefore = h.durable->driver().commits();
    h.clock.advanceSecs(60); // the marriage service issues from 09:00
    // One turn's changes of both engines: `n` added to the tally, a ticket issued; answered after
    // the commit.
    const auto oneTurn = [&](int n, std::optional<Result<int>>& added,
                             std::optional<Result<Ticket>>& issued) {
        tally.submit<int>([n](TallyEngine& e) { return e.add(QStringLiteral("tickets"), n); },
                          [&added](Result<int> r) { added.emplace(std::move(r)); });
        h.durable->submit<Ticket>(
            [](QueueEngine& e) {
                return e.issue(IssueRequest{{QStringLiteral("marriage")}, PriorityClass::Normal, {}, {}, {}});
            },
            [&issued](Result<Ticket> r) { issued.emplace(std::move(r)); });
    };

    SECTION("both engines' changes of one turn: one commit, replies after it")
    {
        std::optional<Result<int>> added;
        std::optional<Result<Ticket>> issued;
        oneTurn(2, added, issued);
        REQUIRE_FALSE(added.has_value()); // nothing acknowledged before the commit
        REQUIRE(h.durable->flush());
        REQUIRE(added.has_value());
        REQUIRE(added->ok());
        CHECK(added->value() == 2);
        REQUIRE(issued.has_value());
        REQUIRE_OK(*issued);
        CHECK(h.durable->driver().commits() == commitsBefore + 1);
        CHECK(rows(h, QStringLiteral("SELECT n FROM tally WHERE key = 'tickets'")) == 2);
        CHECK(rows(h, QStringLiteral("SELECT COUNT(*) FROM tickets")) == 1);
        CHECK(tally.version() > restored);
    }

    SECTION("a refusal changes nothing and is answered after the turn, as itself")
    {
        const Result<int> r = tally.run<int>([](TallyEngine& e) { return e.add(QStringLiteral("x"), 0); });
        REQUIRE_ERROR(r, ErrorCode::InvalidArgument);
        CHECK(engine.total(QStringLiteral("x")) == 0);
        CHECK(h.durable->driver().commits() == commitsBefore);
    }

    SECTION("a failing row of the new engine rolls the queue back too; both are rebuilt from storage")
    {
        REQUIRE(tally.run<int>([](TallyEngine& e) { return e.add(QStringLiteral("tickets"), 1); }).ok());
        QSqlQuery q(h.store->database());
        REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER no_tally BEFORE INSERT ON tally"
                                      " BEGIN SELECT RAISE(ABORT, 'injected fault'); END")));
        const quint64 before = tally.version();
        std::optional<Result<int>> added;
        std::optional<Result<Ticket>> issued;
        oneTurn(5, added, issued);
        REQUIRE_FALSE(h.durable->flush());
        REQUIRE_ERROR(*added, ErrorCode::StorageFailed);
        REQUIRE_ERROR(*issued, ErrorCode::StorageFailed);
        CHECK(engine.total(QStringLiteral("tickets")) == 1); // rebuilt from storage
        CHECK(h.engine->snapshot().tickets.isEmpty());
        CHECK(rows(h, QStringLiteral("SELECT COUNT(*) FROM tickets")) == 0);
        CHECK(tally.version() > before); // caches of the new engine know they are stale
    }
}
