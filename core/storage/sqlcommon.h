// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

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

/// Optional text binds as NULL when empty, so "not given" reads back as not given.
inline QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace hall
