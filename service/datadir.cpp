// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datadir.h"

#include "personsecret.h"
#include "storage/hallmove.h"
#include "storage/sqlstore.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace hall {

namespace {

QString lockPath(const QString& dataDir)
{
    return QDir(dataDir).absoluteFilePath(QStringLiteral("hall.lock"));
}

Error refused(const QString& message)
{
    return Error{ErrorCode::InvalidArgument, message};
}

/// A hall moved into its own SQLite (hall-admin move-to-local) is refused where it was: its old
/// schema is a stale copy, and the refusal says where the hall went.
std::optional<Error> movedAwayProblem(const SqlStore::Options& store)
{
    auto moved = hallmove::movedAway(store);
    if (!moved) {
        return moved.error();
    }
    if (moved.value()) {
        return hallmove::movedAwayRefusal(store.schema, *moved.value());
    }
    return std::nullopt;
}

QString initHint(const QString& dataDir)
{
    return QStringLiteral("新建大厅请用 hall-service --init 或 hall-admin --data-dir %1 init").arg(dataDir);
}

} // namespace

DataDirLock::~DataDirLock()
{
    if (m_fd >= 0) {
        ::close(m_fd); // releases the flock
    }
}

QString DataDirLock::holder(const QString& dataDir)
{
    const int fd = ::open(QFile::encodeName(lockPath(dataDir)).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return {};
    }
    QString who;
    // A shared lock succeeds only when nobody holds the exclusive one.
    if (::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK) {
        char buffer[128] = {};
        const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
        who = n > 0 ? QString::fromUtf8(buffer, static_cast<int>(n)).trimmed() : QStringLiteral("?");
    }
    ::close(fd);
    return who;
}

Result<std::unique_ptr<DataDirLock>> DataDirLock::acquire(const QString& dataDir, const QString& who,
                                                          int waitMs)
{
    const QString path = lockPath(dataDir);
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        return refused(
            QStringLiteral("无法打开锁文件 %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
    }
    for (int waited = 0;; waited += 50) {
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            break;
        }
        if (errno != EWOULDBLOCK || waited >= waitMs) {
            char buffer[128] = {};
            const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
            ::close(fd);
            const QString holderText = n > 0 ? QString::fromUtf8(buffer, static_cast<int>(n)).trimmed()
                                             : QStringLiteral("另一个进程");
            return refused(
                QStringLiteral("数据目录 %1 正由 %2 使用：一个大厅只能有一个 hall-service 写数据库")
                    .arg(dataDir, holderText));
        }
        QThread::msleep(50);
    }
    const QByteArray text = QStringLiteral("%1 %2\n").arg(who).arg(::getpid()).toUtf8();
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, text.constData(), static_cast<size_t>(text.size()), 0) < 0) {
        // The lock holds without the note; only the message of a second process is poorer.
    }
    return std::unique_ptr<DataDirLock>(new DataDirLock(fd));
}

namespace halldata {

namespace {

/// checkExisting(), with the PostgreSQL schema's version probed on a connection of its own or not.
std::optional<Error> existingHall(const QString& dataDir, const SqlStore::Options& store, bool probe)
{
    if (!QFileInfo(dataDir).isDir()) {
        return refused(
            QStringLiteral("数据目录 %1 不存在（是否写错？）。%2").arg(dataDir, initHint(dataDir)));
    }
    if (store.isPostgres()) {
        if (probe) {
            auto version = SqlStore::probeVersion(store);
            if (!version) {
                return version.error();
            }
            if (auto none = checkVersion(dataDir, store, version.value())) {
                return none;
            }
        }
        if (auto moved = movedAwayProblem(store)) {
            return moved;
        }
    } else {
        const QFileInfo db(store.database);
        if (!db.exists() || db.size() == 0) {
            return refused(QStringLiteral("数据目录 %1 中没有大厅数据库 %2（是否写错？）。%3")
                               .arg(dataDir, db.fileName(), initHint(dataDir)));
        }
    }
    if (!QFileInfo::exists(personSecretPath(dataDir))) {
        return refused(QStringLiteral("数据目录 %1 缺少 person-key.secret：它与数据库一起备份，请从备份恢复")
                           .arg(dataDir));
    }
    return std::nullopt;
}

} // namespace

std::optional<Error> checkExisting(const QString& dataDir, const SqlStore::Options& store)
{
    return existingHall(dataDir, store, true);
}

std::optional<Error> checkDirectory(const QString& dataDir, const SqlStore::Options& store)
{
    return existingHall(dataDir, store, false);
}

std::optional<Error> checkVersion(const QString& dataDir, const SqlStore::Options& store, int version)
{
    // The hall's schema must be there already: opening the store would migrate an empty
    // database, and a mistyped database name must not silently become a new, empty hall.
    if (version == 0) {
        return refused(QStringLiteral("PostgreSQL 数据库 %1 中没有大厅（是否写错？）。%2")
                           .arg(store.database, initHint(dataDir)));
    }
    return std::nullopt;
}

std::optional<Error> checkExisting(const QString& dataDir, const QString& databasePath)
{
    SqlStore::Options store;
    store.database = databasePath;
    return checkExisting(dataDir, store);
}

std::optional<Error> initialise(const QString& dataDir, const SqlStore::Options& store)
{
    if (store.isPostgres()) {
        auto version = SqlStore::probeVersion(store);
        if (!version) {
            return version.error();
        }
        if (auto moved = version.value() > 0 ? movedAwayProblem(store) : std::nullopt) {
            return moved;
        }
        if (version.value() > 0) {
            return refused(QStringLiteral("PostgreSQL 数据库 %1 已有大厅，不会覆盖；启动时去掉 --init")
                               .arg(store.database));
        }
    } else if (const QFileInfo db(store.database); db.exists() && db.size() > 0) {
        return refused(QStringLiteral("数据目录 %1 已有大厅数据库 %2，不会覆盖；启动时去掉 --init")
                           .arg(dataDir, db.fileName()));
    }
    if (!QDir().mkpath(dataDir)) {
        return refused(QStringLiteral("无法创建数据目录 %1").arg(dataDir));
    }
    if (!QFileInfo::exists(personSecretPath(dataDir))) {
        if (auto secret = createPersonSecret(dataDir); !secret) {
            return secret.error();
        }
    }
    auto opened = SqlStore::open(store);
    if (!opened) {
        return opened.error();
    }
    return std::nullopt;
}

std::optional<Error> initialise(const QString& dataDir, const QString& databasePath)
{
    SqlStore::Options store;
    store.database = databasePath;
    return initialise(dataDir, store);
}

} // namespace halldata

} // namespace hall
