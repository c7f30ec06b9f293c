// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hallstore.h"

#include "hallprocess.h"
#include "storage/databaseurl.h"
#include "storage/sqlstore.h"

#include <QAtomicInt>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <functional>

namespace hall::test {

namespace hallstore_detail {

QAtomicInt connections;

/// Runs `use` on a connection of its own to the store `options` names, then removes it.
void withConnection(const SqlStore::Options& options, const std::function<void(QSqlDatabase&)>& use)
{
    const QString name = QStringLiteral("hall-test-store-%1").arg(connections.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = SqlStore::connection(options, name);
        INFO(db.lastError().text().toStdString());
        REQUIRE(db.open());
        use(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

SqlStore::Options optionsOf(const QString& database, const QString& dataDir, const QString& hall)
{
    const Result<SqlStore::Options> options = databaseurl::storeOptions(database, dataDir, hall);
    REQUIRE(options.ok());
    return options.value();
}

} // namespace hallstore_detail

HallStore::HallStore(const HallProcess& hall)
    : m_database(hall.databaseUrl()), m_dataDir(hall.dataDir()), m_hall(hall.hallId()),
      m_sqliteFile(hall.databasePath()), m_postgres(databaseurl::isPostgres(hall.databaseUrl()))
{}

void HallStore::run(const QString& sql, const std::function<void(QSqlQuery&)>& then) const
{
    hallstore_detail::withConnection(
        hallstore_detail::optionsOf(m_database, m_dataDir, m_hall), [&](QSqlDatabase& db) {
            QSqlQuery q(db);
            const bool done = q.exec(sql);
            INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
            REQUIRE(done);
            if (then) {
                then(q);
            }
        });
}

QVariant HallStore::value(const QString& sql) const
{
    QVariant out;
    run(sql, [&](QSqlQuery& q) {
        REQUIRE(q.next());
        out = q.value(0);
    });
    return out;
}

void HallStore::exec(const QString& sql) const
{
    run(sql, {});
}

QByteArray HallStore::everything() const
{
    QByteArray all;
    if (!m_postgres) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(m_sqliteFile + suffix);
            if (f.open(QIODevice::ReadOnly)) {
                all += f.readAll();
            }
        }
        return all;
    }
    hallstore_detail::withConnection(
        hallstore_detail::optionsOf(m_database, m_dataDir, m_hall), [&](QSqlDatabase& db) {
            QSqlQuery tables(db);
            REQUIRE(tables.exec(QStringLiteral("SELECT quote_ident(table_schema) || '.' || "
                                               "quote_ident(table_name) FROM information_schema.tables"
                                               " WHERE table_type = 'BASE TABLE' AND table_schema NOT IN "
                                               "('pg_catalog', 'information_schema')")));
            while (tables.next()) {
                QSqlQuery rows(db);
                const QString sql =
                    QStringLiteral("SELECT t::text FROM %1 t").arg(tables.value(0).toString());
                INFO(sql.toStdString());
                REQUIRE(rows.exec(sql));
                while (rows.next()) {
                    all += rows.value(0).toString().toUtf8() + '\n';
                }
            }
        });
    return all;
}

void HallStore::injectFault(const QString& table, const QString& message) const
{
    if (!m_postgres) {
        exec(
            QStringLiteral("CREATE TRIGGER fault_%1 BEFORE INSERT ON %1 BEGIN SELECT RAISE(ABORT, '%2'); END")
                .arg(table, message));
        return;
    }
    exec(QStringLiteral("CREATE FUNCTION fault_%1() RETURNS trigger LANGUAGE plpgsql AS"
                        " $$BEGIN RAISE EXCEPTION '%2'; END$$")
             .arg(table, message));
    exec(
        QStringLiteral("CREATE TRIGGER fault_%1 BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION fault_%1()")
            .arg(table));
}

void HallStore::clearFault(const QString& table) const
{
    if (!m_postgres) {
        exec(QStringLiteral("DROP TRIGGER fault_%1").arg(table));
        return;
    }
    exec(QStringLiteral("DROP TRIGGER fault_%1 ON %1").arg(table));
    exec(QStringLiteral("DROP FUNCTION fault_%1()").arg(table));
}

} // namespace hall::test
