// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Backups of a hall (core/storage/hallbackup.h) — consistent, verified, rotated, restored,
// refused from a newer schema — and the copy taken before a schema migration.
#include "storage/hallbackup.h"
#include "storage/migrations.h"
#include "storage/sqlstore.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace hall;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 24), QTime(1, 30), QTimeZone::utc());

/// A hall database with `devices` rows in it, and a secret beside it.
QString makeHall(const QTemporaryDir& dir, int devices)
{
    SqlStore::Options o;
    o.database = dir.filePath(QStringLiteral("hall.sqlite"));
    auto store = SqlStore::open(o);
    REQUIRE(store.ok());
    QSqlQuery q(store.value()->database());
    for (int i = 0; i < devices; ++i) {
        REQUIRE(q.exec(QStringLiteral("INSERT INTO devices (name, role, token_hash, created_at) VALUES "
                                      "('kiosk-%1', 'kiosk', 'x', '2026-11-24')")
                           .arg(i)));
    }
    QFile secret(dir.filePath(QStringLiteral("person-key.secret")));
    REQUIRE(secret.open(QIODevice::WriteOnly));
    secret.write("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n");
    return o.database;
}

qint64 devicesIn(const QString& database)
{
    SqlStore::Options o;
    o.database = database;
    auto store = SqlStore::open(o);
    REQUIRE(store.ok());
    QSqlQuery q(store.value()->database());
    REQUIRE((q.exec(QStringLiteral("SELECT COUNT(*) FROM devices")) && q.next()));
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("a backup holds the database and the secret, verifies, and restores beside what was there",
          "[backup]")
{
    QTemporaryDir data, dest, target;
    const QString db = makeHall(data, 3);
    auto made =
        hallbackup::create(db, {data.filePath(QStringLiteral("person-key.secret"))}, dest.path(), kNow);
    INFO((made.ok() ? QString() : made.error().message).toStdString());
    REQUIRE(made.ok());
    CHECK(QFileInfo(made.value()).fileName() == QStringLiteral("hall-20261124-093000"));
    const auto manifest = hallbackup::verify(made.value());
    REQUIRE(manifest.ok());
    CHECK(manifest.value().schemaVersion == Migrations::latestVersion());
    CHECK(manifest.value().rows.value(QStringLiteral("devices")) == 3);
    CHECK(
        QFile(QDir(made.value()).filePath(QStringLiteral("hall.sqlite"))).permissions() ==
        (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

    // Restoring over a hall that changed since: the old files are kept, the backup's are in place.
    makeHall(target, 7);
    REQUIRE_FALSE(hallbackup::restore(made.value(), target.path(), QStringLiteral("hall.sqlite"),
                                      Migrations::latestVersion(), kNow.addDays(1)));
    CHECK(devicesIn(target.filePath(QStringLiteral("hall.sqlite"))) == 3);
    CHECK(QFile::exists(target.filePath(QStringLiteral("hall.sqlite.before-restore-20261125-093000"))));
    CHECK(QFile::exists(target.filePath(QStringLiteral("person-key.secret"))));
}

TEST_CASE("a damaged backup does not verify and is not restored", "[backup]")
{
    QTemporaryDir data, dest, target;
    const QString db = makeHall(data, 2);
    auto made = hallbackup::create(db, {}, dest.path(), kNow);
    REQUIRE(made.ok());
    QFile copy(QDir(made.value()).filePath(QStringLiteral("hall.sqlite")));
    REQUIRE(copy.open(QIODevice::ReadWrite));
    copy.seek(copy.size() / 2);
    copy.write("damage");
    copy.close();
    const auto verified = hallbackup::verify(made.value());
    REQUIRE_FALSE(verified.ok());
    CHECK(verified.error().message.contains(QStringLiteral("SHA-256")));
    CHECK(hallbackup::restore(made.value(), target.path(), QStringLiteral("hall.sqlite"),
                              Migrations::latestVersion(), kNow)
              .has_value());
    CHECK_FALSE(QFile::exists(target.filePath(QStringLiteral("hall.sqlite"))));
}

TEST_CASE("a backup from a newer schema is refused and changes nothing", "[backup]")
{
    QTemporaryDir data, dest, target;
    const QString db = makeHall(data, 1);
    {
        SqlStore::Options o;
        o.database = db;
        auto store = SqlStore::open(o);
        REQUIRE(store.ok());
        QSqlQuery q(store.value()->database());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)")
                           .arg(Migrations::latestVersion() + 1)));
    }
    auto made = hallbackup::create(db, {}, dest.path(), kNow);
    REQUIRE(made.ok());
    makeHall(target, 4);
    const auto refused = hallbackup::restore(made.value(), target.path(), QStringLiteral("hall.sqlite"),
                                             Migrations::latestVersion(), kNow);
    REQUIRE(refused.has_value());
    CHECK(refused->message.contains(QStringLiteral("比本程序")));
    CHECK(devicesIn(target.filePath(QStringLiteral("hall.sqlite"))) == 4);
    CHECK(QDir(target.path()).entryList({QStringLiteral("*.before-restore-*")}, QDir::Files).isEmpty());
}

TEST_CASE("rotation keeps the newest backups", "[backup]")
{
    QTemporaryDir data, dest;
    const QString db = makeHall(data, 1);
    for (int day = 0; day < 5; ++day) {
        REQUIRE(hallbackup::create(db, {}, dest.path(), kNow.addDays(day)).ok());
    }
    REQUIRE(hallbackup::list(dest.path()).size() == 5);
    const QStringList removed = hallbackup::rotate(dest.path(), 2);
    CHECK(removed.size() == 3);
    const QStringList kept = hallbackup::list(dest.path());
    REQUIRE(kept.size() == 2);
    CHECK(kept.last().endsWith(QStringLiteral("hall-20261128-093000")));
    CHECK(kept.first().endsWith(QStringLiteral("hall-20261127-093000")));
}

TEST_CASE("an existing database is copied before a schema migration, a new one is not", "[backup]")
{
    QTemporaryDir data;
    const QString db = data.filePath(QStringLiteral("hall.sqlite"));
    const QString backups = data.filePath(QStringLiteral("backups"));
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old-program"));
        raw.setDatabaseName(db);
        REQUIRE(raw.open());
        REQUIRE(Migrations::applyUpTo(raw, Migrations::latestVersion() - 1).ok());
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old-program"));
    SqlStore::Options o;
    o.database = db;
    o.backupBeforeMigration = backups;
    {
        auto store = SqlStore::open(o);
        REQUIRE(store.ok());
        CHECK(store.value()->schemaVersion() == Migrations::latestVersion());
    }
    const QStringList copies = QDir(backups).entryList({QStringLiteral("hall-before-schema-v*.sqlite")});
    REQUIRE(copies.size() == 1);
    CHECK(copies.first().startsWith(
        QStringLiteral("hall-before-schema-v%1-").arg(Migrations::latestVersion())));
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
        copy.setDatabaseName(QDir(backups).filePath(copies.first()));
        REQUIRE(copy.open());
        QSqlQuery q(copy);
        REQUIRE((q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && q.next()));
        CHECK(q.value(0).toInt() == Migrations::latestVersion() - 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("copy"));
    // Opening again migrates nothing and copies nothing; a new database is not copied either.
    {
        REQUIRE(SqlStore::open(o).ok());
    }
    o.database = data.filePath(QStringLiteral("new.sqlite"));
    {
        REQUIRE(SqlStore::open(o).ok());
    }
    CHECK(QDir(backups).entryList({QStringLiteral("*.sqlite")}).size() == 1);
}
