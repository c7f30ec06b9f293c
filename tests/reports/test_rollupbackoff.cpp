// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A day that cannot be rolled up: the hall's own changes of the same turn still commit, the rollup is
// tried again only after a back-off that doubles up to its cap (on the injected clock), the log says
// so once per streak of failures and once when it works again.
#include "craftedday.h"
#include "durablerollups.h"

#include <QSqlQuery>

using namespace hall;
using namespace hall::reports;
using test::kDay;

namespace {

QStringList g_log;

void keepLog(QtMsgType, const QMessageLogContext&, const QString& message)
{
    if (message.contains(QLatin1String("rollup"))) {
        g_log.append(message);
    }
}

bool renameRollups(test::StoredHall& h, const char* from, const char* to)
{
    return QSqlQuery(h.store->database())
        .exec(QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(QLatin1String(from), QLatin1String(to)));
}

} // namespace

TEST_CASE("a failing rollup backs off, doubling to its cap, and never takes the hall's changes with it",
          "[reports][storage]")
{
    test::StoredHall h;
    test::playCraftedDay(h); // kDay is over: its rollup is due
    h.clock.set(test::hallTime(9, 0, kDay.addDays(1)));
    DurableRollups rollups(h.store->database(), [&h] { return h.engine->day(); }, h.durable->driver(),
                           h.clock, {60, 300});
    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepLog);

    REQUIRE_FALSE(rollups.findMissing().has_value());
    REQUIRE(rollups.pending() == 1);
    // The rollups' table is gone for a while (a damaged database, a half-done upgrade).
    REQUIRE(renameRollups(h, "report_days", "report_days_away"));
    const int ticketsBefore = h.countRows(QStringLiteral("tickets"));
    std::optional<Result<Ticket>> issued;
    h.durable->submit<Ticket>(
        [](QueueEngine& e) {
            return e.issue(IssueRequest{{QStringLiteral("elderly")},
                                        PriorityClass::Normal,
                                        QString(),
                                        std::nullopt,
                                        Actor{{}, QStringLiteral("kiosk-1")}});
        },
        [&issued](Result<Ticket> r) { issued.emplace(std::move(r)); });
    REQUIRE(h.durable->flush());
    REQUIRE(issued.has_value());
    CHECK(issued->ok()); // the same turn's ticket is stored although the rollup failed
    CHECK(h.countRows(QStringLiteral("tickets")) == ticketsBefore + 1);
    CHECK(rollups.failuresInARow() == 1);
    CHECK(rollups.pending() == 1);
    CHECK(h.clock.now().secsTo(rollups.retryAt()) == 60);

    // Turns before the back-off has passed do not try again; each try after it doubles the wait.
    for (const qint64 wait : {60, 120, 240, 300, 300}) {
        INFO("waiting " << wait << " s");
        const int failures = rollups.failuresInARow();
        h.clock.advanceSecs(wait - 1);
        h.durable->driver().whenCommitted([](const std::optional<Error>&) {});
        REQUIRE(h.durable->flush());
        CHECK(rollups.failuresInARow() == failures); // not tried
        h.clock.advanceSecs(1);
        h.durable->driver().whenCommitted([](const std::optional<Error>&) {});
        REQUIRE(h.durable->flush());
        CHECK(rollups.failuresInARow() == failures + 1);
        CHECK(h.clock.now().secsTo(rollups.retryAt()) == std::min<qint64>(2 * wait, 300));
    }
    CHECK(g_log.size() == 1); // one line for the whole streak, naming the day
    CHECK(g_log.value(0).contains(kDay.toString(Qt::ISODate)));

    // The table is back: the next try after the back-off rolls the day up and says so once.
    REQUIRE(renameRollups(h, "report_days_away", "report_days"));
    h.clock.advanceSecs(300);
    h.durable->driver().whenCommitted([](const std::optional<Error>&) {});
    REQUIRE(h.durable->flush());
    qInstallMessageHandler(previous);
    CHECK(rollups.failuresInARow() == 0);
    CHECK(rollups.pending() == 0);
    CHECK_FALSE(rollups.retryAt().isValid());
    CHECK(h.countRows(QStringLiteral("report_days")) > 0);
    REQUIRE(g_log.size() == 2);
    CHECK(g_log.at(1).contains(QLatin1String("work again after 6 failed tries")));
}

TEST_CASE("the back-off doubles from its first wait and stops at its cap", "[reports]")
{
    const RollupBackoff b{60, 3600};
    CHECK(b.delaySecs(1) == 60);
    CHECK(b.delaySecs(2) == 120);
    CHECK(b.delaySecs(6) == 1920);
    CHECK(b.delaySecs(7) == 3600);
    CHECK(b.delaySecs(1000) == 3600);
}
