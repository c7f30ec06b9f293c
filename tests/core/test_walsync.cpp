// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The pipelined group commit (WalSync): a commit's replies, its published events and the reads that
// may have seen it wait for the sync that covers it; one sync covers every commit before it; a failed
// sync is final and acknowledges nothing after. Without a network: the queue on a SQLite file, the
// sync injected (held by the test, or failing) or the real one.
#include "storedhall.h"

#include "client/waituntil.h"
#include "storage/walsync.h"

#include <QCoreApplication>
#include <QDir>
#include <QSemaphore>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <vector>

using namespace hall;
using namespace hall::test;

namespace {

/// A sync the test holds: each sync says it began (`entered`) and waits for the test (`gate`).
struct WalsyncHeldSync
{
    QSemaphore entered;
    QSemaphore gate;
    std::unique_ptr<WalSync> sync = std::make_unique<WalSync>([this]() -> std::optional<QString> {
        entered.release();
        gate.acquire();
        return std::nullopt;
    });
    ~WalsyncHeldSync()
    {
        gate.release(1000); // lets the worker finish whatever it still syncs
        sync.reset();
    }
};

void walsyncIssue(StoredHall& h, std::optional<Result<Ticket>>& out)
{
    h.clock.advanceSecs(60);
    h.durable->submit<Ticket>(
        [](QueueEngine& e) {
            return e.issue(IssueRequest{{QStringLiteral("marriage")}, PriorityClass::Normal, {}, {}, {}});
        },
        [&out](Result<Ticket> r) { out.emplace(std::move(r)); });
}

} // namespace

TEST_CASE("pipelined commit: replies, events and reads wait for the sync that covers their commit",
          "[storage][groupcommit][walsync]")
{
    StoredHall h;
    h.clock.advanceSecs(60);
    GroupCommit& driver = h.durable->driver();
    // Without a pipeline (PostgreSQL, tools) COMMIT itself synced: a read's answer goes at once.
    h.issue({QStringLiteral("assistance")});
    bool sentAtOnce = false;
    driver.whenWritten([&sentAtOnce] { sentAtOnce = true; });
    CHECK(sentAtOnce);
    WalsyncHeldSync held;
    driver.setSync(held.sync.get());
    std::vector<QString> order; // what went out, in order
    QObject::connect(h.durable.get(), &DurableQueue::committed,
                     [&order](const QList<JournalEvent>&) { order.push_back(QStringLiteral("events")); });

    std::optional<Result<Ticket>> first;
    walsyncIssue(h, first);
    REQUIRE(driver.flush());
    // Committed (a reader sees the row) but not on disk: nothing acknowledged, nothing published.
    CHECK(h.countRows(QStringLiteral("tickets")) == 2);
    held.entered.acquire(); // the worker is syncing commit 1 now
    CHECK_FALSE(first.has_value());
    CHECK(order.empty());

    // A read in a turn that wrote nothing sees commit 1 and is answered only after its sync.
    std::optional<int> readWaiting;
    driver.atCommit([&](const std::optional<Error>& failure) {
        REQUIRE_FALSE(failure);
        const auto seen = static_cast<int>(h.engine->snapshot().tickets.size());
        driver.whenWritten([&, seen] {
            readWaiting = seen;
            order.push_back(QStringLiteral("read"));
        });
    });
    REQUIRE(driver.flush()); // a turn with nothing to write
    // Two more turns commit while commit 1 syncs: they gather behind it.
    std::optional<Result<Ticket>> second, third;
    walsyncIssue(h, second);
    REQUIRE(driver.flush());
    walsyncIssue(h, third);
    REQUIRE(driver.flush());
    CHECK(h.countRows(QStringLiteral("tickets")) == 4);
    QCoreApplication::processEvents();
    CHECK_FALSE(first.has_value());
    CHECK_FALSE(readWaiting.has_value());

    held.gate.release(); // commit 1 is on disk
    REQUIRE(waitUntil([&] { return first.has_value(); }));
    REQUIRE_OK(*first);
    CHECK(readWaiting == 2); // read at the commit it waited for, not at the later ones
    CHECK_FALSE(second.has_value());
    CHECK_FALSE(third.has_value());
    REQUIRE(order.size() == 2);
    CHECK(order[0] == QStringLiteral("events")); // published before the replies of its commit
    CHECK(order[1] == QStringLiteral("read"));

    held.entered.acquire(); // one sync for commits 2 and 3
    held.gate.release();
    REQUIRE(waitUntil([&] { return second.has_value() && third.has_value(); }));
    REQUIRE_OK(*second);
    REQUIRE_OK(*third);
    CHECK(held.sync->syncs() == 2); // 3 commits in 2 syncs
    CHECK(order.size() == 4);       // the events of commits 2 and 3, each once

    // Nothing in flight: a reply is answered at its flush, as without a pipeline.
    std::optional<Result<Ticket>> settled;
    walsyncIssue(h, settled);
    held.gate.release();
    REQUIRE(driver.settle());
    REQUIRE(settled.has_value());
    REQUIRE_OK(*settled);
    driver.setSync(nullptr);
}

TEST_CASE("pipelined commit: a failed sync is final and acknowledges nothing after it",
          "[storage][groupcommit][walsync]")
{
    StoredHall h;
    QSemaphore entered;
    QSemaphore gate;
    auto sync = std::make_unique<WalSync>([&]() -> std::optional<QString> {
        entered.release();
        gate.acquire();
        return QStringLiteral("fdatasync: Input/output error");
    });
    GroupCommit& driver = h.durable->driver();
    driver.setSync(sync.get());
    QStringList broke;
    QObject::connect(&driver, &GroupCommit::syncFailed, [&broke](const QString& m) { broke.append(m); });
    std::vector<int> published;
    QObject::connect(h.durable.get(), &DurableQueue::committed,
                     [&published](const QList<JournalEvent>& e) { published.push_back(e.size()); });

    std::optional<Result<Ticket>> inFlight, behind;
    walsyncIssue(h, inFlight);
    REQUIRE(driver.flush());
    entered.acquire();
    walsyncIssue(h, behind); // committed behind the failing sync
    REQUIRE(driver.flush());
    gate.release();
    REQUIRE(waitUntil([&] { return broke.count() == 1; }));
    CHECK(broke.at(0).contains(QLatin1String("Input/output error")));
    QCoreApplication::processEvents();
    CHECK_FALSE(inFlight.has_value()); // never acknowledged: not known to be on disk
    CHECK_FALSE(behind.has_value());
    CHECK(published.empty());

    // Every later turn fails without writing; a read is refused too.
    const int rowsBefore = h.countRows(QStringLiteral("tickets"));
    std::optional<Result<Ticket>> later;
    walsyncIssue(h, later);
    CHECK_FALSE(driver.flush());
    REQUIRE(later.has_value());
    REQUIRE_ERROR(*later, ErrorCode::StorageFailed);
    CHECK(h.countRows(QStringLiteral("tickets")) == rowsBefore);
    std::optional<Error> readFailure;
    driver.atCommit([&](const std::optional<Error>& failure) { readFailure = failure; });
    driver.flush();
    REQUIRE(readFailure.has_value());
    CHECK(readFailure->code == ErrorCode::StorageFailed);
    CHECK_FALSE(driver.settle());
    CHECK(broke.count() == 1);
    driver.setSync(nullptr);
}

TEST_CASE("pipelined commit on the real WAL: synced without new descriptors, durable across a restart",
          "[storage][groupcommit][walsync]")
{
    StoredHall h;
    std::unique_ptr<WalSync> sync = h.pipeline();
    GroupCommit& driver = h.durable->driver();
    QSqlQuery q(h.store->database());
    REQUIRE(q.exec(QStringLiteral("PRAGMA synchronous")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1); // NORMAL: the commit does not sync, the worker does
    q.finish();

    // Out of descriptors, as under a connection flood: the sync must not need a new one.
    rlimit was{};
    REQUIRE(::getrlimit(RLIMIT_NOFILE, &was) == 0);
    rlimit low = was;
    low.rlim_cur = static_cast<rlim_t>(QDir(QStringLiteral("/proc/self/fd")).count()) + 32;
    REQUIRE(::setrlimit(RLIMIT_NOFILE, &low) == 0);
    std::vector<int> filler;
    for (int fd; (fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC)) >= 0;) {
        filler.push_back(fd);
    }
    const bool exhausted = errno == EMFILE;
    const qint64 syncsBefore = sync->syncs();
    std::optional<Result<Ticket>> issued;
    walsyncIssue(h, issued);
    REQUIRE(driver.flush());
    const bool answered = waitUntil([&] { return issued.has_value(); });
    for (int fd : filler) {
        ::close(fd);
    }
    REQUIRE(::setrlimit(RLIMIT_NOFILE, &was) == 0);
    CHECK(exhausted);
    REQUIRE(answered);
    REQUIRE_OK(*issued);
    CHECK(sync->syncs() > syncsBefore);

    for (int i = 0; i < 5; ++i) {
        h.issue({QStringLiteral("assistance")}); // run(): committed and synced before it returns
    }
    const int stored = h.countRows(QStringLiteral("tickets"));
    CHECK(stored == 6);
    driver.setSync(nullptr);
    sync.reset();
    h.restart();
    CHECK(h.engine->snapshot().tickets.size() == 6);
}
