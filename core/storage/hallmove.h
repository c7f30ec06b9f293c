// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "sqlstore.h"

#include <QList>
#include <QPair>
#include <QString>

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
Result<Moved> toLocal(SqlStore& source, const QString& target);

} // namespace hallmove

} // namespace hall
