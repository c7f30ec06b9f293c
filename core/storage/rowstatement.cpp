// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowstatement.h"

#include "sqlcommon.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <vector>

namespace hall {

namespace {

/// Bound through the C API on Qt's own sqlite3 handle (Debian's QSQLITE links the system libsqlite3,
/// as this library does: one SQLite in the process).
class SqliteRowStatement final : public RowStatement
{
public:
    SqliteRowStatement(sqlite3* db, sqlite3_stmt* statement)
        : m_db(db), m_statement(statement),
          m_text(static_cast<std::size_t>(sqlite3_bind_parameter_count(statement)))
    {}
    ~SqliteRowStatement() override { sqlite3_finalize(m_statement); }
    SqliteRowStatement(const SqliteRowStatement&) = delete;
    SqliteRowStatement& operator=(const SqliteRowStatement&) = delete;

    void bind(int column, qint64 value) override { sqlite3_bind_int64(m_statement, column + 1, value); }
    void bind(int column, const QString& text) override
    {
        if (text.isNull()) {
            bindNull(column);
            return;
        }
        bindUtf8(column, text.toUtf8());
    }
    void bindUtf8(int column, const QByteArray& bytes) override
    {
        // Kept (shared, not copied) until the next row, so SQLite need not copy it (SQLITE_STATIC).
        QByteArray& utf8 = m_text[static_cast<std::size_t>(column)];
        utf8 = bytes;
        sqlite3_bind_text(m_statement, column + 1, utf8.isNull() ? "" : utf8.constData(),
                          static_cast<int>(utf8.size()), SQLITE_STATIC);
    }
    void bindNull(int column) override { sqlite3_bind_null(m_statement, column + 1); }
    bool exec() override
    {
        const int rc = sqlite3_step(m_statement);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        }
        m_changed = sqlite3_changes64(m_db);
        sqlite3_reset(m_statement);
        return rc == SQLITE_DONE || rc == SQLITE_ROW;
    }
    qint64 rowsChanged() const override { return m_changed; }
    QString lastError() const override { return m_error; }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_statement;
    std::vector<QByteArray> m_text;
    QString m_error;
    qint64 m_changed = 0;
};

class QtRowStatement final : public RowStatement
{
public:
    explicit QtRowStatement(const QSqlDatabase& db) : m_query(db) {}
    bool prepare(const QString& sql) { return m_query.prepare(sql); }

    void bind(int column, qint64 value) override { m_query.bindValue(column, value); }
    void bind(int column, const QString& text) override { m_query.bindValue(column, text); }
    void bindUtf8(int column, const QByteArray& utf8) override
    {
        m_query.bindValue(column, QString::fromUtf8(utf8));
    }
    void bindNull(int column) override { m_query.bindValue(column, QVariant()); }
    bool exec() override { return m_query.exec(); }
    qint64 rowsChanged() const override { return m_query.numRowsAffected(); }
    QString lastError() const override { return m_query.lastError().text(); }

private:
    QSqlQuery m_query;
};

} // namespace

sqlite3* sqliteHandle(const QSqlDriver* driver)
{
    const QVariant handle = driver != nullptr ? driver->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

std::unique_ptr<RowStatement> RowStatement::prepare(const QSqlDatabase& db, const QString& sql,
                                                    QString* error)
{
    if (sqlite3* handle = sqliteHandle(db)) {
        const QByteArray utf8 = sql.toUtf8();
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v3(handle, utf8.constData(), static_cast<int>(utf8.size()),
                               SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
            sqlite3_finalize(statement);
            return nullptr;
        }
        return std::make_unique<SqliteRowStatement>(handle, statement);
    }
    auto q = std::make_unique<QtRowStatement>(db);
    if (!q->prepare(sql)) {
        *error = q->lastError();
        return nullptr;
    }
    return q;
}

} // namespace hall
