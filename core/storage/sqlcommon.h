// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <cstdint>

#include "domain/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

struct sqlite3;
class QSqlDriver;

namespace hall {

/// The SQLite handle under a Qt connection (QSQLITE), for what Qt SQL does not offer: statements kept
/// prepared on the connection, the WAL hook, checkpoints that report what they copied. Null for another
/// driver or none. (rowstatement.cpp)
sqlite3* sqliteHandle(const QSqlDriver* driver);
inline sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    return sqliteHandle(db.driver());
}

/// A failed statement as its caller's error: what was being done, then the driver's own words.
inline Error storageFailure(const QString& what, const QString& driverText)
{
    return Error{ErrorCode::StorageFailed, QStringLiteral("存储失败 (%1): %2").arg(what, driverText)};
}
inline Error storageFailure(const QString& what, const QSqlError& e)
{
    return storageFailure(what, e.text());
}

/// Commits `db`'s transaction. With `waitMs` > 0 on PostgreSQL a COMMIT still waiting after that long
/// (for a synchronous standby that is gone) is cancelled from a watchdog thread (PQcancel): the server
/// then ends the wait by committing on the primary alone and answers COMMIT with a warning, so
/// `*unconfirmed` says the commit stands but must not be acknowledged. statement_timeout cannot do
/// this: the server disarms it before the commit record and the standby wait. (sqlstore.cpp)
bool commitWithin(QSqlDatabase& db, int waitMs, bool* unconfirmed);

/// Bounds a stretch of statements on a PostgreSQL connection, from construction to destruction (a
/// hall's city turn beside its own SQLite: CityPool). Still running `waitMs` after it began, the
/// connection is cut from the watchdog thread (its socket shut down): whatever statement waits — on a
/// lock another hall holds, a server that stopped answering, a standby — fails at once, the caller's
/// turn fails and its link reconnects, so the event loop (the hall's queue) waits at most that long.
/// Not a cancel: PQcancel itself waits for the server, and a hung one never answers. Nothing happens
/// on SQLite or with `waitMs` 0. (sqlstore.cpp)
class ConnectionBound
{
public:
    ConnectionBound(QSqlDatabase& db, int waitMs);
    ~ConnectionBound();
    ConnectionBound(const ConnectionBound&) = delete;
    ConnectionBound& operator=(const ConnectionBound&) = delete;
    /// Whether the bound was reached and the connection cut.
    bool cut() const { return m_cut.load(); }

private:
    std::uint64_t m_ticket = 0;
    std::atomic<bool> m_cut = false;
};

/// Optional text binds as NULL when empty, so "not given" reads back as not given.
inline QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace hall
