// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <functional>

class QSqlQuery;

namespace hall::test {

class HallProcess;

/// The store of a HallProcess, read (and, for a fault, changed) beside its service on whichever
/// store the test runs: the SQLite file of the data directory, or the hall's PostgreSQL database and
/// schema. The SQL must be what both accept. Each call opens a connection of its own and closes it,
/// so none outlives a restart of the service or holds a lock it takes. A failure fails the test.
class HallStore
{
public:
    explicit HallStore(const HallProcess& hall);

    bool isPostgres() const { return m_postgres; }
    /// The first column of the first row `sql` reads.
    QVariant value(const QString& sql) const;
    /// Runs `sql`.
    void exec(const QString& sql) const;
    /// Everything the store holds, for a test that searches it for what must never be stored:
    /// SQLite's file and WAL as bytes (deleted rows and free pages too); on PostgreSQL the text of
    /// every row of every table of the database.
    QByteArray everything() const;
    /// Makes every insert into `table` fail with `message` (a trigger) until clearFault(table).
    void injectFault(const QString& table, const QString& message) const;
    void clearFault(const QString& table) const;

private:
    /// `sql` on a connection of its own (required to succeed), then `then` on its result.
    void run(const QString& sql, const std::function<void(QSqlQuery&)>& then) const;

    QString m_database;
    QString m_dataDir;
    QString m_hall;
    QString m_sqliteFile;
    bool m_postgres = false;
};

} // namespace hall::test
