// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "sqlstore.h"

#include <QString>

namespace hall::databaseurl {

/// Whether `database` names a PostgreSQL database (`postgresql://…` or `postgres://…`) rather than
/// an SQLite file.
bool isPostgres(const QString& database);

/// The store a `--database` value names: an SQLite file (relative paths inside `dataDir`, empty =
/// `hall.sqlite`) or a PostgreSQL URL in libpq's form,
/// `postgresql://[user[:password]@][host[:port][,host[:port]…]][/dbname][?key=value&…]`, whose hosts
/// may be a list (a primary and its standbys, with `target_session_attrs=read-write`) and whose
/// `host` parameter may name a Unix socket directory. Parameters outside the libpq keys the hall
/// uses are refused by name, so a mistyped key never silently connects somewhere else.
///
/// `hall` (PostgreSQL only: many halls in one database) puts the hall in a schema of its own,
/// `hall_<hall>`; an id is 1–32 of a–z, 0–9 and '_'. Empty: the database's default schema.
Result<SqlStore::Options> storeOptions(const QString& database, const QString& dataDir,
                                       const QString& hall = {});

/// Null when `hall` may name a hall (empty, or 1–32 of a–z, 0–9, '_'); otherwise why not.
std::optional<Error> checkHallId(const QString& hall);

/// The store for logs and messages: the SQLite path, or the PostgreSQL hosts and database with the
/// password left out.
QString describe(const SqlStore::Options& options);

} // namespace hall::databaseurl
