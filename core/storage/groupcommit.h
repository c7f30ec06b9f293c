// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "requestrecord.h"

#include <QObject>
#include <QSqlDatabase>

#include <deque>
#include <functional>
#include <vector>

namespace hall {

class WalSync;

/// One engine's part of a group commit (the queue, bookings, cases: DurableEngine). Once per flush the
/// driver calls, for every participant in the order they were added:
///   1. stage()     take what changed since the last flush (e.g. `engine.takeChanges()`); return
///                  true if there is something to write. Every stage() runs before any write().
///   2. write()     write the staged rows with the driver's connection. The driver has already
///                  opened the transaction: never begin, commit or roll back here. An Error rolls
///                  back every participant's rows.
///   3. afterCommit() the transaction is committed: what reads must agree with from now on (cache
///                  versions). With a pipelined commit (setSync) it is not yet on disk.
///      or rebuild()   the transaction was rolled back: reload the engine from storage, so memory
///                  holds nothing that storage does not.
///   4. afterWritten() the transaction is on disk: publish what others may see (journal events);
///                  called in commit order, before the waiting replies are answered. Without a
///                  pipeline, right after afterCommit().
/// A participant must write with the connection given to GroupCommit (same QSqlDatabase), or its
/// rows are not in the transaction.
class CommitParticipant
{
public:
    virtual ~CommitParticipant() = default;
    virtual bool stage() = 0;
    virtual std::optional<Error> write() = 0;
    virtual void afterCommit() {}
    virtual void afterWritten() {}
    virtual void rebuild() = 0;
};

/// Group commit for every engine of the service on one connection: all changes of one event-loop
/// turn, of all participants, plus the request-ledger rows that answer them, in ONE transaction.
/// Replies wait (whenCommitted) until that transaction is committed; if it fails every participant
/// is rebuilt from storage and every waiting reply gets the failure (STORAGE_FAILED). So an
/// operation that changes two engines (a booking check-in issuing a queue ticket) is both or neither.
///
/// Pipelined (setSync, SQLite): COMMIT returns without waiting for the disk and the next turns go on
/// while a worker syncs the WAL; a turn's replies and published events wait for the sync that covers
/// its commit. So "committed" in the names below means "committed and on disk" for every reply.
class GroupCommit : public QObject
{
    Q_OBJECT
public:
    using RequestWriter = std::function<std::optional<Error>(const QList<RequestRecord>&)>;
    using Reply = std::function<void(const std::optional<Error>& failure)>;

    /// `writeRequests` stores ledger rows (SqlStore::writeRequests); without it recordRequest() fails
    /// the commit.
    explicit GroupCommit(QSqlDatabase db, RequestWriter writeRequests = {}, QObject* parent = nullptr);

    /// Not owned; must outlive the driver or be removed first.
    void addParticipant(CommitParticipant* participant);
    void removeParticipant(CommitParticipant* participant);

    /// Calls `reply` after this turn's commit is on disk (scheduling the flush at the end of the turn).
    void whenCommitted(Reply reply);
    /// Calls `read` right after this turn's commit, while memory is exactly what was committed, and
    /// before that commit is on disk: a read that must not show what is not durable computes its
    /// answer here and sends it through whenWritten(). Not for changes' replies (whenCommitted).
    void atCommit(Reply read);
    /// Calls `send` once every commit made so far is on disk (at once when they are), after the replies
    /// already waiting for those commits.
    void whenWritten(std::function<void()> send);

    /// Pipelines the commits (not owned; must outlive this or be set back to null): the connection
    /// commits without syncing and `sync` makes each commit durable; replies wait for its synced().
    /// A failed sync is final: nothing waiting is answered, every later turn fails, syncFailed()
    /// is emitted and the owner must stop.
    void setSync(WalSync* sync);
    /// Commits what is pending and waits until every commit is on disk, answering the replies: for
    /// tools and tests without an event loop, and for stopping. Returns false if anything failed.
    bool settle();
    /// Stores the reply of an idempotent request in this turn's transaction. Call it from inside the
    /// operation, once its result is known, so the row commits with the change.
    /// `refusedByStorage`, when given, is asked after every participant wrote: a change the store itself
    /// refused (a city pool's last place, taken by another hall) leaves no ledger row, as a refusal.
    void recordRequest(RequestRecord record, std::function<bool()> refusedByStorage = {})
    {
        m_requests.append(std::move(record));
        m_refusedByStorage.push_back(std::move(refusedByStorage));
    }

    /// A second database some turns write to (a city's PostgreSQL beside the hall's own SQLite): a
    /// participant opens its transaction there when it needs it; the driver commits it after every
    /// participant and the ledger wrote and just before its own commit (so a city that fails fails
    /// the turn, and a turn that fails rolls it back). Both are no-ops when no transaction is open.
    /// The one gap: the companion committed and the hall's own commit then failed (a local disk
    /// error); what the companion holds is then more than the hall has (docs/architecture.md).
    struct Companion
    {
        std::function<std::optional<Error>()> commit;
        std::function<void()> rollback;
    };
    void setCompanion(Companion companion) { m_companion = std::move(companion); }
    /// With a companion: a change that needs it and one that does not never share a turn, so a
    /// companion that fails (a city that hangs or is gone) fails only the changes that needed it, and
    /// the hall's queue changes of the same moment commit on their own. Called before each change
    /// (the one runner, the booking sweep): if the open turn holds changes of the other kind, it is
    /// committed now (its replies wait as always) and the change opens the next. No-op without one.
    void keepApart(bool needsCompanion);
    /// How long the companion's part of a turn may take (its statements and its commit): the
    /// companion bounds itself with it (CityPool::boundTurns). 0: unbounded.
    void setCompanionWait(int ms) { m_companionWaitMs = ms; }
    int companionWait() const { return m_companionWaitMs; }

    /// Commits what is pending and answers the waiting replies. Returns false if the commit failed.
    bool flush();

    /// Reloads every participant from storage (as after a failed commit): after the connection was
    /// opened anew (StoreLink), since memory may hold what the lost turn changed.
    void rebuildAll();

    /// PostgreSQL with a synchronous standby: a COMMIT still waiting for the standby after `ms` is
    /// cancelled (commitWithin), so a lost standby cannot hold the event loop. The server ends such a
    /// wait by committing on the primary alone, without the standby's word, and still answers COMMIT;
    /// so that turn is never acknowledged: it fails as any other (STORAGE_FAILED, every engine rebuilt
    /// from storage, which holds the turn) and commitUnconfirmed() is emitted before the replies go.
    /// 0: unbounded.
    void setCommitWait(int ms) { m_commitWaitMs = ms; }
    int commitWait() const { return m_commitWaitMs; }
    /// While set, a turn with something to write is not sent to the database: it fails at once with
    /// `reason` (as a failed commit: every engine rebuilt, the replies refused). The link sets it while
    /// a commit would only wait again for a standby that is gone (the day's sweeps and rollups too,
    /// which do not pass the one runner's refusal).
    void hold(std::optional<Error> reason) { m_held = std::move(reason); }

    int pendingReplies() const;
    /// Transactions committed so far (for benchmarks and tests).
    qint64 commits() const { return m_commits; }

signals:
    void storageFailed(const QString& message);
    /// The turn's COMMIT outlasted setCommitWait(): committed on the primary, but the synchronous
    /// standby did not confirm it in time (emitted after storageFailed, before the replies).
    void commitUnconfirmed(const QString& message);
    /// After every flush that wrote something: how long the transaction took, how many replies
    /// waited for it, and whether it held (for /metrics).
    void flushed(qint64 nanoseconds, int replies, bool ok);
    /// The pipeline's sync failed: commits after the last synced one may be lost and are never
    /// acknowledged. The service logs it and exits (fail-stop).
    void syncFailed(const QString& message);

private:
    struct Waiting
    {
        Reply reply;
        bool atCommit = false; ///< atCommit(): called at the commit, not when it is on disk
    };
    /// A commit (or, with seq of the last commit, a turn that wrote nothing) whose replies wait for
    /// its sync.
    struct Unwritten
    {
        qint64 seq = 0;
        QList<CommitParticipant*> staged;
        std::vector<std::function<void()>> replies;
    };
    void written(qint64 upTo);
    void syncBroke(const QString& message);
    /// Answers `waiting` after commit `seq` (0: nothing to wait for), or with `failed`.
    void answer(std::vector<Waiting> waiting, const QList<CommitParticipant*>& staged,
                const std::optional<Error>& failed);

    std::optional<Error> writeAll(const QList<CommitParticipant*>& staged,
                                  const QList<RequestRecord>& requests,
                                  const std::vector<std::function<bool()>>& refusedByStorage);

    QSqlDatabase m_db;
    RequestWriter m_writeRequests;
    Companion m_companion;
    QList<CommitParticipant*> m_participants;
    std::vector<Waiting> m_waiting;
    QList<RequestRecord> m_requests;
    std::vector<std::function<bool()>> m_refusedByStorage; ///< one per m_requests row, mostly empty
    bool m_flushScheduled = false;
    qint64 m_commits = 0;
    int m_commitWaitMs = 0;
    int m_companionWaitMs = 0;
    bool m_unconfirmed = false; ///< the last writeAll's COMMIT outlasted m_commitWaitMs
    std::optional<Error> m_held;
    std::optional<bool> m_turnNeedsCompanion; ///< keepApart(): the open turn's kind, until its flush
    WalSync* m_sync = nullptr;
    qint64 m_written = 0;                ///< commits on disk (pipelined)
    std::deque<Unwritten> m_unwritten;   ///< in commit order
    std::optional<QString> m_syncBroken; ///< fail-stop: set once, never cleared
};

} // namespace hall
