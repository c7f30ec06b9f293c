// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <optional>

namespace hall {

/// One backup of a hall: a directory `hall-YYYYMMDD-HHMMSS` holding a consistent copy of the SQLite
/// database (`VACUUM INTO` on its own connection: a read transaction, so the running service keeps
/// committing and the copy holds exactly the transactions committed before it began), the secrets
/// the data needs (`person-key.secret`: person keys and sealed contacts are useless without it) and
/// `manifest.json` (schema version, time, row counts, SHA-256 of every file). A backup is verified
/// (`PRAGMA integrity_check`, hashes, counts) before it is reported made, and again before a restore.
namespace hallbackup {

struct Manifest
{
    int schemaVersion = 0;
    QDateTime createdAt;
    QString database;               ///< file name of the copy (hall.sqlite)
    QHash<QString, qint64> rows;    ///< rows per table, to compare after a restore
    QHash<QString, QString> hashes; ///< file name -> SHA-256 (hex)
};

/// Backs up `databasePath` and `secretFiles` into a new directory under `destRoot` (made if need be),
/// named after `now`. Returns the directory. Nothing is left behind on a refusal.
Result<QString> create(const QString& databasePath, const QStringList& secretFiles, const QString& destRoot,
                       const QDateTime& now);

/// Checks a backup directory: manifest present, every file's hash, `integrity_check` ok, row counts
/// as recorded. Returns its manifest.
Result<Manifest> verify(const QString& backupDir);

/// Puts a verified backup in place in `dataDir` (database as `databaseName`, the secrets beside it).
/// Refused when the backup's schema is newer than `programSchemaVersion` (a newer program made it)
/// or it does not verify. What was there is kept as `*.before-restore-<time>`, never deleted.
/// The caller makes sure no service runs on `dataDir`.
std::optional<Error> restore(const QString& backupDir, const QString& dataDir, const QString& databaseName,
                             int programSchemaVersion, const QDateTime& now);

/// The backups under `destRoot`, oldest first.
QStringList list(const QString& destRoot);

/// Removes all but the newest `keep` backups under `destRoot`; returns the ones removed.
QStringList rotate(const QString& destRoot, int keep);

/// `VACUUM INTO target` from `databasePath` (used before a schema migration, too).
std::optional<Error> copyDatabase(const QString& databasePath, const QString& target);

} // namespace hallbackup

} // namespace hall
