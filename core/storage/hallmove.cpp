// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hallmove.h"

#include "migrations.h"
#include "rowcopy.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QSysInfo>

#include <memory>

namespace hall::hallmove {

namespace {

Error moveRefused(const QString& zh, const QString& en)
{
    return Error{ErrorCode::InvalidArgument, zh + QStringLiteral(" / ") + en};
}

Error moveFailed(const QString& zh, const QString& en)
{
    return Error{ErrorCode::StorageFailed, zh + QStringLiteral(" / ") + en};
}

/// hall_meta key of the marker a completed move leaves in the hall's old schema.
const QString kMovedKey = QStringLiteral("moved_to");

/// The SQLite file and what SQLite keeps beside it.
const QStringList kSqliteSuffixes{QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                  QStringLiteral("-journal")};

void removeSqliteFiles(const QString& path)
{
    for (const QString& suffix : kSqliteSuffixes) {
        QFile::remove(path + suffix);
    }
}

/// The hall's tables in the new local store: its migrations' tables, without their version record
/// (the new file has its own) and SQLite's bookkeeping.
Result<QStringList> localTables(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                               "'sqlite_%' AND name <> 'schema_version' ORDER BY name"))) {
        return moveFailed(QStringLiteral("无法读取新数据库的表: %1").arg(q.lastError().text()),
                          QStringLiteral("cannot list the new database's tables"));
    }
    QStringList tables;
    while (q.next()) {
        tables << q.value(0).toString();
    }
    return tables;
}

/// The tables of the hall's schema on PostgreSQL (the connection's search_path names it first).
Result<QStringList> sourceTables(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                               "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"))) {
        return moveFailed(QStringLiteral("无法读取大厅在 PostgreSQL 中的表: %1").arg(q.lastError().text()),
                          QStringLiteral("cannot list the hall's tables on PostgreSQL"));
    }
    QStringList tables;
    while (q.next()) {
        tables << q.value(0).toString();
    }
    return tables;
}

/// Copies `table` whole; the rows copied, or why not.
Result<qint64> copyTable(const QSqlDatabase& from, const QSqlDatabase& to, const QString& table)
{
    QSqlQuery clear(to);
    // The migrations may have seeded rows the source holds too (as they stand now there).
    if (!clear.exec(QStringLiteral("DELETE FROM %1").arg(table))) {
        return moveFailed(QStringLiteral("无法清空新数据库的表 %1: %2").arg(table, clear.lastError().text()),
                          QStringLiteral("cannot clear table %1 of the new database").arg(table));
    }
    QSqlQuery read(from);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT * FROM %1").arg(table))) {
        return moveFailed(QStringLiteral("无法读取表 %1: %2").arg(table, read.lastError().text()),
                          QStringLiteral("cannot read table %1 on PostgreSQL").arg(table));
    }
    RowCopy copy(to, table);
    qint64 copied = 0;
    while (read.next()) {
        if (auto refused = copy.insert(read.record())) {
            return moveFailed(QStringLiteral("无法写入表 %1: %2").arg(table, refused->text()),
                              QStringLiteral("cannot write table %1 of the new database").arg(table));
        }
        ++copied;
    }
    return copied;
}

/// Writes (or, with an empty `marker`, removes) the move's marker in the source's schema, committed.
std::optional<Error> writeMovedMarker(const QSqlDatabase& from, const QByteArray& marker)
{
    QSqlQuery q(from);
    bool done = false;
    if (marker.isEmpty()) {
        done = q.prepare(QStringLiteral("DELETE FROM hall_meta WHERE key = ?"));
        q.addBindValue(kMovedKey);
    } else {
        done = q.prepare(QStringLiteral("INSERT INTO hall_meta (key, value) VALUES (?, ?)"
                                        " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(kMovedKey);
        q.addBindValue(QString::fromUtf8(marker));
    }
    if (!done || !q.exec()) {
        return moveFailed(QStringLiteral("无法在 PostgreSQL 中记下大厅已搬走: %1").arg(q.lastError().text()),
                          QStringLiteral("cannot mark the hall as moved on PostgreSQL"));
    }
    return std::nullopt;
}

} // namespace

Result<std::optional<MovedAway>> movedAway(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT value FROM hall_meta WHERE key = ?"))) {
        return moveFailed(QStringLiteral("无法读取大厅的搬迁记录: %1").arg(q.lastError().text()),
                          QStringLiteral("cannot read whether the hall was moved"));
    }
    q.addBindValue(kMovedKey);
    if (!q.exec()) {
        return moveFailed(QStringLiteral("无法读取大厅的搬迁记录: %1").arg(q.lastError().text()),
                          QStringLiteral("cannot read whether the hall was moved"));
    }
    if (!q.next()) {
        return std::optional<MovedAway>();
    }
    const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    return std::optional<MovedAway>(MovedAway{o.value(QLatin1String("file")).toString(),
                                              o.value(QLatin1String("host")).toString(),
                                              o.value(QLatin1String("at")).toString()});
}

Result<std::optional<MovedAway>> movedAway(const SqlStore::Options& options)
{
    if (!options.isPostgres()) {
        return std::optional<MovedAway>(); // a hall's own SQLite file is where halls move to
    }
    static QAtomicInteger<int> probes;
    const QString name = QStringLiteral("hall-moved-probe-%1").arg(probes.fetchAndAddRelaxed(1));
    Result<std::optional<MovedAway>> found = std::optional<MovedAway>();
    {
        QSqlDatabase db = SqlStore::connection(options, name);
        if (!db.open()) {
            found = moveFailed(QStringLiteral("无法连接 %1: %2").arg(options.database, db.lastError().text()),
                               QStringLiteral("cannot connect to %1").arg(options.database));
        } else {
            found = movedAway(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return found;
}

Error movedAwayRefusal(const QString& schema, const MovedAway& where)
{
    const Sentence said{
        QStringLiteral(
            "大厅 %1 已于 %2 用 hall-admin move-to-local 搬到 %3 上的 %4：PostgreSQL 中这份是搬迁前的旧"
            "副本，不能再用来办理业务，也不能再搬迁。请在那台服务器上以 --database %4 --city-database "
            "（本网址）--hall 启动 hall-service；旧副本确认无用后由管理员清理")
            .arg(schema, where.at, where.host, where.file),
        QStringLiteral(
            "hall %1 was moved to %4 on %3 at %2 (hall-admin move-to-local): what PostgreSQL holds "
            "of it is the copy from before the move and must not serve or be moved again. Start "
            "hall-service there with --database %4 --city-database (this URL) --hall; an operator "
            "clears the old copy once it is not needed")
            .arg(schema, where.at, where.host, where.file)};
    return Error{ErrorCode::InvalidArgument, said.joined(), {}, said};
}

Result<Moved> toLocal(SqlStore& source, const QString& target)
{
    for (const QString& suffix : kSqliteSuffixes) {
        if (QFileInfo::exists(target + suffix)) {
            return moveRefused(
                QStringLiteral("目标 %1 已存在，不会覆盖：请换一个文件名，或确认它无用后自行删除")
                    .arg(target + suffix),
                QStringLiteral("the target %1 exists and is never overwritten: name another "
                               "file, or remove it yourself once you know it is not needed")
                    .arg(target + suffix));
        }
    }
    const int version = source.schemaVersion();
    if (version != Migrations::latestVersion()) {
        return moveRefused(
            QStringLiteral(
                "大厅在 PostgreSQL 中的结构版本 %1 与本程序 (%2) 不同：请用同一版本的 servicehall 搬迁")
                .arg(version)
                .arg(Migrations::latestVersion()),
            QStringLiteral(
                "the hall's schema on PostgreSQL is version %1, this program's is %2: move it with "
                "the same servicehall version")
                .arg(version)
                .arg(Migrations::latestVersion()));
    }
    // Made under a name of its own and renamed when complete: a move cut short never looks like a hall.
    const QString work = target + QStringLiteral(".moving");
    removeSqliteFiles(work);
    Moved moved;
    moved.schemaVersion = version;
    std::optional<Error> failure;
    {
        SqlStore::Options local;
        local.database = work;
        auto made = SqlStore::open(local);
        if (!made) {
            removeSqliteFiles(work);
            return made.error();
        }
        std::unique_ptr<SqlStore> store = std::move(made).value();
        QSqlDatabase to = store->database();
        const QSqlDatabase from = source.database();
        auto tables = localTables(to);
        auto theirs = sourceTables(from);
        if (!tables) {
            failure = tables.error();
        } else if (!theirs) {
            failure = theirs.error();
        } else {
            QStringList unknown;
            for (const QString& t : theirs.value()) {
                if (t != QLatin1String("schema_version") && !tables.value().contains(t)) {
                    unknown << t;
                }
            }
            if (!unknown.isEmpty()) {
                // Never leave rows behind silently: a table the migrations do not make is not ours to drop.
                failure = moveRefused(
                    QStringLiteral("大厅在 PostgreSQL 中有本地数据库没有的表: %1")
                        .arg(unknown.join(QStringLiteral(", "))),
                    QStringLiteral("the hall's schema on PostgreSQL holds tables the local store does not "
                                   "have: %1")
                        .arg(unknown.join(QStringLiteral(", "))));
            }
        }
        if (!failure && !to.transaction()) {
            failure = moveFailed(QStringLiteral("无法开始事务: %1").arg(to.lastError().text()),
                                 QStringLiteral("cannot begin a transaction on the new database"));
        }
        for (qsizetype i = 0; !failure && i < tables.value().size(); ++i) {
            const QString& table = tables.value().at(i);
            auto copied = copyTable(from, to, table);
            if (!copied) {
                failure = copied.error();
                break;
            }
            const qint64 there = tableRows(from, table);
            const qint64 here = tableRows(to, table);
            if (there != copied.value() || here != there) {
                failure = moveFailed(QStringLiteral("表 %1 的行数不符 (PostgreSQL %2，本地 %3)")
                                         .arg(table)
                                         .arg(there)
                                         .arg(here),
                                     QStringLiteral("table %1: %2 rows on PostgreSQL, %3 in the new database")
                                         .arg(table)
                                         .arg(there)
                                         .arg(here));
                break;
            }
            moved.rows.append({table, here});
        }
        if (!failure && !to.commit()) {
            failure = moveFailed(QStringLiteral("无法提交: %1").arg(to.lastError().text()),
                                 QStringLiteral("cannot commit the new database"));
        }
        if (failure && to.isOpen()) {
            to.rollback();
        }
    }
    if (failure) {
        removeSqliteFiles(work);
        return *failure;
    }
    // The old schema learns first that the hall is gone (committed on its own: the file is not yet
    // the hall), so no moment has the hall served from both; then the file becomes the hall.
    const QByteArray marker =
        QJsonDocument(
            QJsonObject{{QStringLiteral("file"), QFileInfo(target).absoluteFilePath()},
                        {QStringLiteral("host"), QSysInfo::machineHostName()},
                        {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}})
            .toJson(QJsonDocument::Compact);
    if (auto failed = writeMovedMarker(source.database(), marker)) {
        removeSqliteFiles(work);
        return *failed;
    }
    // The store is closed: SQLite folded its WAL into the file, so the file alone is the hall.
    for (const QString& suffix : kSqliteSuffixes) {
        if (QFileInfo::exists(work + suffix) && !QFile::rename(work + suffix, target + suffix)) {
            removeSqliteFiles(work);
            removeSqliteFiles(target);
            if (auto stuck = writeMovedMarker(source.database(), {})) {
                // Refused at both places rather than served at both: the operator removes the marker.
                return moveFailed(
                    QStringLiteral("无法把 %1 改名为 %2，且无法撤销 PostgreSQL 中的搬迁记录 (hall_meta "
                                   "moved_to)，请手工删除")
                        .arg(work, target),
                    QStringLiteral("cannot rename %1 to %2, nor take back the move's marker on "
                                   "PostgreSQL (hall_meta moved_to): delete it by hand")
                        .arg(work, target));
            }
            return moveFailed(QStringLiteral("无法把 %1 改名为 %2").arg(work, target),
                              QStringLiteral("cannot rename %1 to %2").arg(work, target));
        }
    }
    return moved;
}

} // namespace hall::hallmove
