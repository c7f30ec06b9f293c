// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "walcheckpointer.h"

#include "sqlcommon.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <limits>

namespace hall {

namespace walcheckpointing {

/// A connection that has read nothing has not opened the WAL yet, and its checkpoint does nothing.
bool openWal(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !q.next()) {
        qWarning("hall: WAL checkpointer cannot read the database: %s", qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

} // namespace walcheckpointing

WalCheckpointer::WalCheckpointer(const QSqlDatabase& writer, QString databasePath, int intervalMs,
                                 qint64 boundBytes)
    : m_path(std::move(databasePath)), m_intervalMs(intervalMs), m_boundBytes(boundBytes),
      m_writer(writer.driver()), m_writerHandle(sqliteHandle(writer))
{
    if (m_writerHandle == nullptr) {
        qWarning("hall: the WAL checkpointer has no SQLite writer: the WAL is checkpointed but not bounded");
        return;
    }
    QSqlQuery q(writer);
    if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next()) {
        m_frameBytes = q.value(0).toLongLong() + 24;
    }
    // Cuts the file back (at the writer's first commit after a restart) only after an overshoot: a
    // WAL that restarts within the bound keeps its size, and no commit pays for an ftruncate.
    const qint64 limit = boundBytes > std::numeric_limits<qint64>::max() / 2 ? -1 : 2 * boundBytes;
    q.exec(QStringLiteral("PRAGMA journal_size_limit=%1").arg(limit));
    // Replaces SQLite's automatic checkpoint (itself a WAL hook): the copy is this class's business.
    sqlite3_wal_hook(m_writerHandle, &WalCheckpointer::onCommit, this);
}

WalCheckpointer::~WalCheckpointer()
{
    requestInterruption();
    wait();
    // Still the same open handle (not closed, not opened anew): it may commit on, without the hook.
    if (m_writerHandle != nullptr && m_writer && m_writer->isOpen() &&
        sqliteHandle(m_writer.data()) == m_writerHandle) {
        sqlite3_wal_hook(m_writerHandle, nullptr, nullptr);
    }
}

WalCheckpointer::Figures WalCheckpointer::figures() const
{
    std::lock_guard lock(m_mutex);
    return m_figures;
}

int WalCheckpointer::onCommit(void* self, sqlite3* db, const char* dbName, int frames)
{
    return static_cast<WalCheckpointer*>(self)->committed(db, dbName, frames);
}

int WalCheckpointer::committed(sqlite3* db, const char* dbName, int frames)
{
    const qint64 frameBytes = m_frameBytes.load();
    qint64 backlog = -1; // unknown
    {
        std::lock_guard lock(m_mutex);
        if (frames < m_walFrames) {
            ++m_generation; // the WAL started again from its beginning
            ++m_figures.restarts;
            m_figures.framesCommitted += frames;
        } else {
            m_figures.framesCommitted += frames - m_walFrames;
        }
        m_walFrames = frames;
        m_figures.largestWalFrames = std::max(m_figures.largestWalFrames, m_walFrames);
        if (static_cast<qint64>(frames) * frameBytes < m_boundBytes) {
            return SQLITE_OK;
        }
        // What the thread copied belongs to this WAL only if no restart came since.
        if (m_copiedGen == m_generation) {
            backlog = frames - m_copiedFrames;
        }
    }
    // Just past the bound the writer copies a few frames at most; the further past (the thread behind,
    // a loaded machine), the more it takes on, so the file cannot grow without end. Not knowing what
    // the thread copied of this WAL yet, it tries once the WAL is twice the bound.
    const qint64 walBytes = static_cast<qint64>(frames) * frameBytes;
    const qint64 overshoot = (walBytes - m_boundBytes) / frameBytes;
    if (backlog < 0 ? walBytes < 2 * m_boundBytes
                    : backlog > std::max<qint64>(m_catchUpFrames.load(), overshoot)) {
        return SQLITE_OK;
    }
    int log = 0;
    int copied = 0;
    const auto began = std::chrono::steady_clock::now();
    const int rc = sqlite3_wal_checkpoint_v2(db, dbName, SQLITE_CHECKPOINT_PASSIVE, &log, &copied);
    const qint64 took =
        std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - began)
            .count();
    std::lock_guard lock(m_mutex);
    ++m_figures.writerCheckpoints;
    m_figures.writerHeldNs += took;
    m_figures.longestWriterHeldNs = std::max(m_figures.longestWriterHeldNs, took);
    if (rc == SQLITE_OK) {
        m_copiedGen = m_generation;
        m_copiedFrames = copied;
    } else if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        // BUSY: the thread is checkpointing; LOCKED: a statement of the writer's still reads.
        ++m_figures.writerBusy;
    } else {
        qWarning("hall: WAL checkpoint on the writer failed: %s", sqlite3_errstr(rc));
    }
    // The commit stands whatever the checkpoint did: a hook's error would be the statement's.
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    const QString name = QStringLiteral("hall-wal-checkpointer-%1").arg(reinterpret_cast<quintptr>(this));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        if (!db.open()) {
            qWarning("hall: WAL checkpointer cannot open %s: %s", qPrintable(m_path),
                     qPrintable(db.lastError().text()));
        } else if (sqlite3* handle = sqliteHandle(db); handle != nullptr && walcheckpointing::openWal(db)) {
            // PASSIVE never waits on a lock (no busy handler is asked), so this thread never holds the
            // writer up; it only ever answers BUSY, which means: next time.
            QElapsedTimer since;
            since.start();
            int pauseMs = 20;
            while (!isInterruptionRequested()) {
                msleep(static_cast<unsigned long>(pauseMs));
                pauseMs = 20;
                qint64 frames = 0;
                qint64 generation = 0;
                {
                    std::lock_guard lock(m_mutex);
                    frames = m_walFrames;
                    generation = m_generation;
                }
                // Past half the bound it copies at every tick, so that the writer finds little left.
                const bool nearBound = frames * m_frameBytes.load() >= m_boundBytes / 2;
                if (!nearBound && since.elapsed() < m_intervalMs) {
                    continue;
                }
                since.restart();
                int log = 0;
                int copied = 0;
                const int rc =
                    sqlite3_wal_checkpoint_v2(handle, nullptr, SQLITE_CHECKPOINT_PASSIVE, &log, &copied);
                std::lock_guard lock(m_mutex);
                ++m_figures.threadCheckpoints;
                if (rc == SQLITE_OK && copied <= m_walFrames) {
                    // Counted against the WAL the writer last saw; a restart since makes it stale,
                    // which the generation tells.
                    m_copiedGen = generation;
                    m_copiedFrames = copied;
                    // Still far behind a fast writer: again at once. Nearly there: a pause, so that the
                    // writer finds the checkpoint free for its last few frames.
                    pauseMs = m_walFrames - copied > m_catchUpFrames.load() ? 1 : 5;
                } else if (rc != SQLITE_OK && rc != SQLITE_BUSY) {
                    qWarning("hall: WAL checkpoint failed: %s", sqlite3_errstr(rc));
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace hall
