// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admincommands.h"
#include "storage/sqlstore.h"

namespace hall {

/// `hall-admin move-to-local [FILE]` (core/storage/hallmove.h): a hall on the city's PostgreSQL
/// copied into its own SQLite file in `dataDir`, to run beside the city with `--city-database`.
/// The caller has made sure no hall-service runs on `dataDir` and holds its lock; the hall's lock on
/// PostgreSQL is taken here (refused while a service anywhere holds it). Returns 0 done, 1 refused,
/// 2 usage error.
int runMoveCommand(const QStringList& args, const QString& dataDir, SqlStore::Options source, AdminIo& io);

/// The `move-to-local` lines of hall-admin's usage text.
QString moveUsage();

} // namespace hall
