// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clock.h"
#include "reportstore.h"
#include "storage/durableengine.h"

#include <QTimer>

#include <functional>

namespace hall::reports {

/// How long the rollups wait after a failed one before trying again: `firstSecs` after the first
/// failure, twice as long after each further failure in a row, never longer than `capSecs`.
struct RollupBackoff
{
    qint64 firstSecs = 60;
    qint64 capSecs = 3600;

    /// The wait after the `failuresInARow`-th failure in a row (1 for the first).
    qint64 delaySecs(int failuresInARow) const;
};

/// The closed days whose rollup is still to be written: the "engine" of the durable rollups. Its
/// changes are days to roll up, handed over one per group-commit turn, so a backlog (an upgrade, a
/// service that was down at rollover) never holds up the hall for long. After a failed rollup it
/// hands over nothing until the back-off has passed (read from the injected clock), so a day that
/// cannot be rolled up is not retried on every turn of the hall.
class RollupBacklog
{
public:
    RollupBacklog(const Clock& clock, RollupBackoff backoff) : m_clock(clock), m_backoff(backoff) {}

    /// Adds days not yet pending; returns how many were new.
    int add(const QList<QDate>& days);
    /// The next day to roll up; nothing while backing off.
    QList<QDate> takeChanges();
    void restore(const QList<QDate>& days) { m_pending = days; }
    int pending() const { return static_cast<int>(m_pending.size()); }

    /// The rollup of `days` failed: they go back to the end of the list and nothing is handed over
    /// before retryAt(). Returns true for the first failure of a streak.
    bool failed(const QList<QDate>& days);
    /// A rollup was written; returns how many failures in a row that ended (0 if none).
    int succeeded() { return std::exchange(m_failuresInARow, 0); }
    int failuresInARow() const { return m_failuresInARow; }
    /// When the next try may be made (invalid when not backing off).
    QDateTime retryAt() const { return m_failuresInARow > 0 ? m_retryAt : QDateTime(); }
    const RollupBackoff& backoff() const { return m_backoff; }

private:
    const Clock& m_clock;
    RollupBackoff m_backoff;
    QList<QDate> m_pending;
    int m_failuresInARow = 0;
    QDateTime m_retryAt;
};

/// Writes rollups of the backlog's days from their stored facts, inside the turn's transaction, and
/// tells which closed days have none (before `today()`, the hall's business day). A day that cannot
/// be rolled up is undone alone (a savepoint) and kept for failure(): the rest of the turn — the
/// hall's tickets, bookings, cases — still commits.
class RollupWriter
{
public:
    RollupWriter(QSqlDatabase db, std::function<QDate()> today)
        : m_db(std::move(db)), m_today(std::move(today))
    {}

    std::optional<Error> write(const QList<QDate>& days);
    Result<QList<QDate>> load();
    QSqlDatabase database() const { return m_db; }
    /// Why the last write() rolled nothing up, if it failed.
    const std::optional<Error>& failure() const { return m_failure; }

private:
    std::optional<Error> writeDays(const QList<QDate>& days);

    QSqlDatabase m_db;
    std::function<QDate()> m_today;
    std::optional<Error> m_failure;
};

/// What DurableRollups is made of, built before the durable base that refers to them.
struct RollupParts
{
    RollupBacklog backlog;
    RollupWriter writer;
};

/// Report history made durable the one way every engine is (storage/durableengine.h): a participant
/// of the service's group commit that rolls closed days up, one per turn, until none is left. A
/// failing rollup backs off (RollupBackoff, on `clock`), is logged once per streak of failures and
/// once when it works again, and a timer brings the next try.
class DurableRollups final : private RollupParts, public DurableEngine<RollupBacklog, RollupWriter>
{
public:
    DurableRollups(QSqlDatabase db, std::function<QDate()> today, GroupCommit& driver, const Clock& clock,
                   RollupBackoff backoff = {});

    /// Looks for closed days without a rollup (at start, after a rollover) and schedules them.
    std::optional<Error> findMissing();
    int pending() const { return engine().pending(); }
    int failuresInARow() const { return engine().failuresInARow(); }
    QDateTime retryAt() const { return engine().retryAt(); }

private:
    void madeDurable(const QList<QDate>& days) override;
    void scheduleTurn();

    const Clock& m_clock;
    QTimer m_retry;
};

} // namespace hall::reports
