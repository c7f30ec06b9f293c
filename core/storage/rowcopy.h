// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>

#include <optional>

namespace hall {

/// Writes rows read on one connection into the same table on another, column by column as the
/// source named them: the one way a row goes from one hall store to another (the city's copies of a
/// hall's report facts, CityOutbox; a PostgreSQL hall moved into its own SQLite, hallmove). Both
/// stores run the same migrations, so a table's columns are the same on both sides; the statement
/// is prepared from the first row (one round trip on PostgreSQL) and run once per row.
class RowCopy
{
public:
    RowCopy(QSqlDatabase to, QString table) : m_to(std::move(to)), m_table(std::move(table)) {}

    /// Inserts `row` into the table on the target connection; the driver's error when refused.
    std::optional<QSqlError> insert(const QSqlRecord& row);

private:
    QSqlDatabase m_to;
    QString m_table;
    std::optional<QSqlQuery> m_insert;
};

/// `SELECT COUNT(*)` of `table` on `db` (-1 when the statement failed).
qint64 tableRows(const QSqlDatabase& db, const QString& table);

} // namespace hall
