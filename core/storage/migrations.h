// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QSqlDatabase>

namespace hall {

/// Versioned schema changes. Version N's statements run once, in one transaction, on a database at
/// version N-1; a database newer than this program is refused rather than misread.
class Migrations
{
public:
    static int latestVersion();

    /// The version `db` is at (0: a new, empty database).
    static Result<int> version(QSqlDatabase& db);

    /// Brings `db` to latestVersion(); returns the version it was at before.
    static Result<int> apply(QSqlDatabase& db);

    /// Brings `db` to `version` only (for tests of the migration path itself).
    static Result<int> applyUpTo(QSqlDatabase& db, int version);
};

} // namespace hall
