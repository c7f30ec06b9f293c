// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QThread>

#include <atomic>
#include <mutex>

struct sqlite3;

namespace hall {

/// Copies the SQLite write-ahead log into the database file off the committing connection, and keeps
/// the WAL file under a bound without ever making that connection wait for it.
///
/// With SQLite's automatic checkpoints the copy (and its fsync of the database file) runs inside
/// whichever commit crosses the threshold, stalling every reply of that turn; here the thread does
/// PASSIVE checkpoints, which never block the writer (they take no write lock).
///
/// PASSIVE alone never bounds the file under continuous commits: SQLite writes the WAL from its start
/// again only when the writer begins a transaction after a checkpoint has copied EVERY frame, and a
/// thread cannot copy the last frames of a writer that commits every few hundred microseconds (608 MB
/// in 120 s was measured). A TRUNCATE checkpoint could, but it takes the write lock and held commits
/// for up to 180 ms (the pipelined p99). So the last frames are copied by the writer itself: a
/// sqlite3_wal_hook on the committing connection sees, after each commit, how many frames the WAL
/// holds; once the WAL is past the bound and the thread has already copied all but a few of them, the
/// writer runs a PASSIVE itself (nobody to wait for: the writer is between its own transactions; if the
/// thread is in a checkpoint right then, SQLite answers BUSY at once and the next commit tries again).
/// Its next transaction then starts the WAL from the beginning, in the same file (the same inode:
/// WalSync keeps syncing it), which keeps its size. The writer's share grows only when the thread
/// falls behind (a loaded machine): it takes on as many frames as the WAL is past the bound, so the
/// file ends near the bound plus what the thread leaves. What is never bounded without waiting: a
/// reader holding an old snapshot (no checkpoint can copy past it, as before) and a checkpoint held
/// by the disk meanwhile; `PRAGMA journal_size_limit` at twice the bound cuts the file back after such
/// an overshoot. The writer's cost is its PASSIVE's two fsyncs (WAL, database) and a few pages' copy.
///
/// Construct on the writer's thread (the hook is installed there); destroy before the writer's
/// connection is reopened on another handle. For the test and the bench, figures() counts what the
/// writer spent.
class WalCheckpointer : public QThread
{
public:
    /// `writer`: the committing connection (the group commit's) of `databasePath`; `intervalMs`: the
    /// thread's PASSIVE cadence while the WAL is small; `boundBytes`: the WAL's bound (the service's
    /// --wal-limit-bytes).
    WalCheckpointer(const QSqlDatabase& writer, QString databasePath, int intervalMs,
                    qint64 boundBytes = 64LL << 20);
    ~WalCheckpointer() override;
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    /// Frames the writer copies itself at most while the WAL is just past the bound (more, in
    /// proportion, the further it is past): what its PASSIVE may cost, ~4 KiB of copying each.
    void setCatchUpFrames(int frames) { m_catchUpFrames.store(frames); }

    struct Figures
    {
        qint64 writerCheckpoints = 0; ///< PASSIVE checkpoints run by the writer (in its commit hook)
        qint64 writerBusy = 0;        ///< of them, answered BUSY at once (the thread was checkpointing)
        qint64 writerHeldNs = 0;      ///< the writer's time in them, in all
        qint64 longestWriterHeldNs = 0;
        qint64 threadCheckpoints = 0; ///< PASSIVE checkpoints run by the thread
        qint64 restarts = 0;          ///< times the WAL started again from its beginning
        qint64 largestWalFrames = 0;  ///< the most frames the WAL held after a commit
        qint64 framesCommitted = 0;   ///< frames the writer's commits appended, in all
    };
    Figures figures() const;

protected:
    void run() override;

private:
    static int onCommit(void* self, sqlite3* db, const char* dbName, int frames);
    int committed(sqlite3* db, const char* dbName, int frames);

    QString m_path;
    int m_intervalMs;
    qint64 m_boundBytes;
    QPointer<QSqlDriver> m_writer; ///< gone or closed: nothing to unhook
    sqlite3* m_writerHandle = nullptr;
    std::atomic<int> m_catchUpFrames = 256;
    std::atomic<qint64> m_frameBytes = 4096 + 24;

    /// Shared by the writer's hook and the thread; held for a few loads and stores, never across I/O.
    mutable std::mutex m_mutex;
    qint64 m_walFrames = 0;    ///< after the writer's last commit
    qint64 m_generation = 0;   ///< counts the WAL's restarts, seen by the writer
    qint64 m_copiedGen = -1;   ///< the generation m_copiedFrames belongs to
    qint64 m_copiedFrames = 0; ///< frames the last PASSIVE (anyone's) had copied
    Figures m_figures;
};

} // namespace hall
