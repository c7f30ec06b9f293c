// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "sqlstore.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace hall {

/// A hall that ran on the city's PostgreSQL (`--database postgresql://…`, its rows in schema
/// `hall_<id>`) moved into a hall-local SQLite file, to run beside the city (`--city-database`).
namespace hallmove {

struct Moved
{
    int schemaVersion = 0;
    QList<QPair<QString, qint64>> rows; ///< table -> rows copied, in the store's table order
};

/// Copies every row of the hall's own tables from `source` (open, migrated, the hall's lock held, so
/// no service writes it meanwhile) into a new SQLite store at `target`, made by the same migrations,
/// in one SQLite transaction; each table's count must then be the source's. The city's tables
/// (schema `city`: slot places, claims) are not the hall's and stay where they are, and so does the
/// source: nothing is deleted there. Refused, with nothing left behind, when `target` exists, the
/// source holds a table the local store does not know, or a count differs. The file is made under a
/// temporary name and renamed into place once complete.
///
/// The move is complete when the file has its name; just before that, the source's schema gets the
/// marker `moved_to` (hall_meta: the file, the host, the moment), committed there first, so a crash
/// between the two leaves a hall refused at both places (the complete file waits as `target.moving`)
/// rather than served at both. A failed rename takes the marker back.
Result<Moved> toLocal(SqlStore& source, const QString& target);

/// Where a completed move took the hall, as its old schema says.
struct MovedAway
{
    QString file;
    QString host;
    QString at; ///< ISO 8601, UTC
};
/// The marker of a move on `db` (its search_path the hall's old schema, migrated): none when the hall
/// was never moved away.
Result<std::optional<MovedAway>> movedAway(const QSqlDatabase& db);
/// The same on a connection of its own to the hall `options` names (PostgreSQL; none for SQLite),
/// before anything opens the store: hall-service and hall-admin refuse a hall moved away.
Result<std::optional<MovedAway>> movedAway(const SqlStore::Options& options);
/// The refusal, in both languages, to serve or change hall `schema` from where it was moved away.
Error movedAwayRefusal(const QString& schema, const MovedAway& where);

} // namespace hallmove

} // namespace hall
