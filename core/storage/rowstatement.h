// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace hall {

/// One prepared statement of the group commit's rows (a ticket, a journal entry, a ledger row), bound
/// column by column and run once per row. On SQLite it is prepared once on the connection's own handle
/// and bound through SQLite's C API: binding a ticket through QVariant and QSqlQuery cost about as
/// much as SQLite's own work for it (callgrind: ~78k instructions per ticket.issue). On PostgreSQL it
/// is a QSqlQuery (QPSQL), as before. A null QString binds as NULL, an empty one as '' (as Qt does).
class RowStatement
{
public:
    /// Prepared on `db`'s connection; nullptr with `*error` set if the database refused it.
    static std::unique_ptr<RowStatement> prepare(const QSqlDatabase& db, const QString& sql, QString* error);
    virtual ~RowStatement() = default;

    /// `column` counts from 0.
    virtual void bind(int column, qint64 value) = 0;
    virtual void bind(int column, const QString& text) = 0;
    /// Text already in UTF-8 (compact JSON made by JsonWriter): SQLite takes the bytes as they are,
    /// without the round trip through QString; PostgreSQL gets it as a QString.
    virtual void bindUtf8(int column, const QByteArray& utf8) = 0;
    virtual void bindNull(int column) = 0;
    void bind(int column, int value) { bind(column, static_cast<qint64>(value)); }
    /// Not given (empty) binds as NULL, so it reads back as not given.
    void bindOrNull(int column, const QString& text)
    {
        if (text.isEmpty()) {
            bindNull(column);
        } else {
            bind(column, text);
        }
    }
    /// Runs the statement with what is bound; the next row binds anew.
    virtual bool exec() = 0;
    /// Rows the last exec() inserted, updated or deleted.
    virtual qint64 rowsChanged() const = 0;
    /// The driver's words for the last failed exec().
    virtual QString lastError() const = 0;
};

} // namespace hall
