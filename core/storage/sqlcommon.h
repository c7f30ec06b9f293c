// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

namespace hall {

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

/// Optional text binds as NULL when empty, so "not given" reads back as not given.
inline QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace hall
