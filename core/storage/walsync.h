// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QObject>
#include <QSqlDatabase>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace hall {

/// Makes committed SQLite transactions durable off the event loop: the pipeline of the group commit.
///
/// The connection runs WAL with synchronous=NORMAL, so COMMIT returns once the WAL frames are written,
/// without waiting for the disk. After each commit the group commit calls committed(n); a worker thread
/// then syncs the WAL file (fdatasync). One sync covers every commit written before it began, so while it
/// runs the event loop goes on and the next commits gather behind it: the batches grow with the load.
/// synced(n) says commits 1..n are on disk; only then does the group commit answer their replies.
///
/// A sync that fails is final (failed()): what the kernel could not write may be gone, so nothing after
/// it may be acknowledged. The owner stops (fail-stop); the journal and the restart show that nothing
/// acknowledged was lost.
///
/// The WAL file is opened once, when attached, and kept: a sync never needs a new descriptor, so a
/// process out of descriptors (a connection flood) still makes its commits durable. A WAL that SQLite
/// made anew (another inode at the path) is opened again before the next sync.
class WalSync : public QObject
{
    Q_OBJECT
public:
    /// One sync of everything written so far; returns the failure, if any. Runs on the worker thread.
    using SyncOnce = std::function<std::optional<QString>()>;

    /// With the sync given (tests inject a failing or a held one).
    explicit WalSync(SyncOnce syncOnce, QObject* parent = nullptr);
    /// Switches `db` (the committing connection of the SQLite file `databasePath`, in WAL mode) to
    /// synchronous=NORMAL and syncs its WAL file from a worker thread.
    static Result<std::unique_ptr<WalSync>> attach(QSqlDatabase db, const QString& databasePath);
    /// Finishes the syncs asked for, then stops the worker.
    ~WalSync() override;
    WalSync(const WalSync&) = delete;
    WalSync& operator=(const WalSync&) = delete;

    /// Commit number `n` (counting up from 1) is written: sync it. Called on the owner's thread.
    void committed(qint64 n);
    /// Blocks until commit `n` is synced; false if a sync failed (`*failure` says why). For stopping
    /// and for tools that have no event loop to wait in.
    bool waitSynced(qint64 n, QString* failure = nullptr);
    /// Syncs done so far (each covers one or more commits): for benchmarks.
    qint64 syncs() const;
    /// For benchmarks that want to know where a reply waited: the time the worker spent in syncs so
    /// far, the longest one, and when the last one ended (steady clock), so that the delay between a
    /// sync's end and its synced() reaching the owner's loop can be told apart from the sync itself.
    struct Timing
    {
        qint64 syncNs = 0;
        qint64 longestSyncNs = 0;
        std::chrono::steady_clock::time_point lastEnded;
    };
    Timing timing() const;

signals:
    /// Commits 1..`n` are on disk (queued to the owner's thread).
    void synced(qint64 n);
    /// A sync failed: nothing committed after the last synced() is known to be on disk.
    void failed(const QString& message);

private:
    void run();

    SyncOnce m_syncOnce;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake; ///< the worker: a commit to sync, or stop
    std::condition_variable m_done; ///< waitSynced(): a sync ended
    qint64 m_committed = 0;
    qint64 m_synced = 0;
    qint64 m_syncs = 0;
    Timing m_timing;
    std::optional<QString> m_failure;
    bool m_stop = false;
    std::thread m_worker; ///< last: started once the state above exists
};

} // namespace hall
