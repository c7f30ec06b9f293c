#pragma once

#include "reportstore.h"
#include "storage/durableengine.h"

#include <functional>

namespace hall::reports {

/// The closed days whose rollup is still to be written: the "engine" of the durable rollups. Its
/// changes are days to roll up, handed over one per group-commit turn, so a backlog (an upgrade, a
/// service that was down at rollover) never holds up the hall for long.
class RollupBacklog
{
public:
    /// Adds days not yet pending; returns how many were new.
    int add(const QList<QDate>& days);
    QList<QDate> takeChanges();
    void restore(const QList<QDate>& days) { m_pending = days; }
    int pending() const { return static_cast<int>(m_pending.size()); }

private:
    QList<QDate> m_pending;
};

/// Writes rollups of the backlog's days from their stored facts, inside the turn's transaction, and
/// tells which closed days have none (before `today()`, the hall's business day).
class RollupWriter
{
public:
    RollupWriter(QSqlDatabase db, std::function<QDate()> today)
        : m_db(std::move(db)), m_today(std::move(today))
    {}

    std::optional<Error> write(const QList<QDate>& days);
    Result<QList<QDate>> load();
    QSqlDatabase database() const { return m_db; }

private:
    QSqlDatabase m_db;
    std::function<QDate()> m_today;
};

/// What DurableRollups is made of, built before the durable base that refers to them.
struct RollupParts
{
    RollupBacklog backlog;
    RollupWriter writer;
};

/// Report history made durable the one way every engine is (storage/durableengine.h): a participant
/// of the service's group commit that rolls closed days up, one per turn, until none is left.
class DurableRollups final : private RollupParts, public DurableEngine<RollupBacklog, RollupWriter>
{
public:
    DurableRollups(QSqlDatabase db, std::function<QDate()> today, GroupCommit& driver);

    /// Looks for closed days without a rollup (at start, after a rollover) and schedules them.
    std::optional<Error> findMissing();
    int pending() const { return engine().pending(); }

private:
    void madeDurable(const QList<QDate>& days) override;
    void scheduleTurn();
};

} // namespace hall::reports
