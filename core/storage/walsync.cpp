// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "walsync.h"
#include "sqlcommon.h"

#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QSqlQuery>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hall {

namespace walsyncfile {

QString systemError(const char* what, const QString& path)
{
    return QStringLiteral("存储同步失败 / storage sync failed: %1 %2: %3")
        .arg(QLatin1String(what), path, QString::fromLocal8Bit(std::strerror(errno)));
}

/// The directory entry of a file just made must reach the disk too, or the file may vanish with power.
std::optional<QString> syncDirectoryOf(const QString& path)
{
    const QString dir = QFileInfo(path).absolutePath();
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return systemError("open", dir);
    }
    const bool ok = ::fsync(fd) == 0;
    const std::optional<QString> failure = ok ? std::nullopt : std::optional(systemError("fsync", dir));
    ::close(fd);
    return failure;
}

/// The WAL file held open for the life of the sync (used by the worker thread only).
class WalFile
{
public:
    explicit WalFile(QString path) : m_path(std::move(path)) {}
    ~WalFile()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    WalFile(const WalFile&) = delete;
    WalFile& operator=(const WalFile&) = delete;

    std::optional<QString> open()
    {
        const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            return systemError("open", m_path);
        }
        struct stat st = {};
        if (::fstat(fd, &st) != 0) {
            ::close(fd);
            return systemError("fstat", m_path);
        }
        if (m_fd >= 0) {
            ::close(m_fd);
        }
        m_fd = fd;
        m_dev = st.st_dev;
        m_ino = st.st_ino;
        return syncDirectoryOf(m_path);
    }

    std::optional<QString> sync()
    {
        // stat needs no descriptor: a process out of them still syncs the file it holds.
        struct stat st = {};
        if (::stat(QFile::encodeName(m_path).constData(), &st) == 0 &&
            (st.st_dev != m_dev || st.st_ino != m_ino)) {
            // SQLite made the WAL anew (every connection had closed): sync the new file from now on.
            if (auto failed = open()) {
                return failed;
            }
        }
        // A WAL that is gone was checkpointed into the database and synced by SQLite as it closed.
        if (::fdatasync(m_fd) != 0) {
            return systemError("fdatasync", m_path);
        }
        return std::nullopt;
    }

private:
    QString m_path;
    int m_fd = -1;
    dev_t m_dev = 0;
    ino_t m_ino = 0;
};

} // namespace walsyncfile

WalSync::WalSync(SyncOnce syncOnce, QObject* parent)
    : QObject(parent), m_syncOnce(std::move(syncOnce)), m_worker([this] { run(); })
{}

Result<std::unique_ptr<WalSync>> WalSync::attach(QSqlDatabase db, const QString& databasePath)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode")) || !q.next() ||
        q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return Error{ErrorCode::StorageFailed,
                     QStringLiteral("存储失败: 数据库不在 WAL 模式 / the database is "
                                    "not in WAL mode")};
    }
    // The commit writes the WAL without syncing it; the worker's sync is what makes it durable.
    if (!q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"))) {
        return storageFailure(QStringLiteral("PRAGMA synchronous=NORMAL"), q.lastError());
    }
    // A read opens the WAL (SQLite makes it on the connection's first transaction), so the file exists.
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !q.next()) {
        return storageFailure(QStringLiteral("read"), q.lastError());
    }
    q.finish();
    auto file = std::make_shared<walsyncfile::WalFile>(databasePath + QStringLiteral("-wal"));
    if (auto failed = file->open()) {
        return Error{ErrorCode::StorageFailed, *failed};
    }
    return std::make_unique<WalSync>([file] { return file->sync(); });
}

WalSync::~WalSync()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_worker.join();
}

void WalSync::committed(qint64 n)
{
    {
        std::lock_guard lock(m_mutex);
        m_committed = std::max(m_committed, n);
    }
    m_wake.notify_one();
}

bool WalSync::waitSynced(qint64 n, QString* failure)
{
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [&] { return m_synced >= n || m_failure; });
    if (m_failure && failure != nullptr) {
        *failure = *m_failure;
    }
    return !m_failure;
}

qint64 WalSync::syncs() const
{
    std::lock_guard lock(m_mutex);
    return m_syncs;
}

WalSync::Timing WalSync::timing() const
{
    std::lock_guard lock(m_mutex);
    return m_timing;
}

void WalSync::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || m_committed > m_synced; });
        if (m_committed <= m_synced) {
            return; // stopping, and every commit asked for is synced
        }
        // Everything committed up to now is in the WAL file: one sync covers it all.
        const qint64 upTo = m_committed;
        lock.unlock();
        const auto began = std::chrono::steady_clock::now();
        const std::optional<QString> failure = m_syncOnce();
        const auto ended = std::chrono::steady_clock::now();
        lock.lock();
        const qint64 took = std::chrono::duration_cast<std::chrono::nanoseconds>(ended - began).count();
        m_timing.syncNs += took;
        m_timing.longestSyncNs = std::max(m_timing.longestSyncNs, took);
        m_timing.lastEnded = ended;
        if (failure) {
            m_failure = failure;
            m_done.notify_all();
            QMetaObject::invokeMethod(
                this, [this, message = *failure] { emit failed(message); }, Qt::QueuedConnection);
            return; // fail-stop: no sync after a failed one can vouch for what was lost
        }
        m_synced = upTo;
        ++m_syncs;
        m_done.notify_all();
        QMetaObject::invokeMethod(
            this, [this, upTo] { emit synced(upTo); }, Qt::QueuedConnection);
    }
}

} // namespace hall
