// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "storage/sqlstore.h"

#include <QString>

#include <memory>

namespace hall {

/// The lock that makes one hall-service the only writer of a data directory: an exclusive flock on
/// `DIR/hall.lock`, released by the kernel when the process ends however it ends (so a crash leaves
/// no stale lock). The file names its holder, for the message a second process gets. hall-admin
/// takes the same lock for the few milliseconds of a direct write when no service runs.
class DataDirLock
{
public:
    ~DataDirLock();
    DataDirLock(const DataDirLock&) = delete;
    DataDirLock& operator=(const DataDirLock&) = delete;

    /// Takes the lock as `who` ("hall-service", "hall-admin"), trying for up to `waitMs` (a short
    /// hall-admin write may hold it). The error says who holds it (program and process id).
    static Result<std::unique_ptr<DataDirLock>> acquire(const QString& dataDir, const QString& who,
                                                        int waitMs = 0);
    /// The holder's "program pid" as written in the lock file, or empty when nobody holds the lock.
    static QString holder(const QString& dataDir);

private:
    explicit DataDirLock(int fd) : m_fd(fd) {}
    int m_fd = -1;
};

/// What makes a directory a hall, and how a new one is made. A hall is a data directory holding a
/// database with the schema and `person-key.secret`. Anything less is refused with a message that
/// says what is missing, so a mistyped --data-dir never silently becomes a new, empty hall.
namespace halldata {

/// Null when `dataDir` holds a hall whose database is `store` (an SQLite file, or a PostgreSQL
/// database with the schema).
std::optional<Error> checkExisting(const QString& dataDir, const SqlStore::Options& store);
std::optional<Error> checkExisting(const QString& dataDir, const QString& databasePath); ///< SQLite
/// checkExisting() but the schema of a PostgreSQL database, which costs a connection: checkVersion()
/// asks it on the connection that opens the store (SqlStore::Options::checkVersion).
std::optional<Error> checkDirectory(const QString& dataDir, const SqlStore::Options& store);
/// Null when `version` (0: none) is a hall's schema in the database `store` names.
std::optional<Error> checkVersion(const QString& dataDir, const SqlStore::Options& store, int version);
/// Makes a new hall: the directory, the secret and the database with its schema. Refused when the
/// database already holds a hall (an existing hall is never overwritten).
std::optional<Error> initialise(const QString& dataDir, const SqlStore::Options& store);
std::optional<Error> initialise(const QString& dataDir, const QString& databasePath); ///< SQLite

} // namespace halldata

} // namespace hall
