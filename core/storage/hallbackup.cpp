// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hallbackup.h"

#include "domain/halltime.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace hall::hallbackup {

namespace {

QAtomicInt g_connections;
const QString kManifest = QStringLiteral("manifest.json");
const QString kPrefix = QStringLiteral("hall-");

Error failed(const QString& message)
{
    return Error{ErrorCode::StorageFailed, message};
}

/// A SQLite connection of its own for one job, closed and removed when it goes.
class Connection
{
public:
    explicit Connection(const QString& path, bool readOnly = false)
        : m_name(QStringLiteral("hall-backup-%1").arg(g_connections.fetchAndAddRelaxed(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        m_open = QFileInfo::exists(path) && db.open();
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
};

QString sha256(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

Result<Manifest> describe(const QString& databasePath)
{
    Connection c(databasePath, true);
    if (!c.isOpen()) {
        return failed(QStringLiteral("无法打开备份数据库 %1").arg(databasePath));
    }
    QSqlQuery q(c.db());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next() ||
        q.value(0).toString() != QLatin1String("ok")) {
        return failed(
            QStringLiteral("备份数据库 %1 完整性检查未通过: %2")
                .arg(databasePath, q.lastError().isValid() ? q.lastError().text() : q.value(0).toString()));
    }
    Manifest m;
    if (q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && q.next()) {
        m.schemaVersion = q.value(0).toInt();
    }
    QStringList tables;
    if (!q.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))) {
        return failed(QStringLiteral("无法读取备份数据库的表: %1").arg(q.lastError().text()));
    }
    while (q.next()) {
        tables << q.value(0).toString();
    }
    for (const QString& t : tables) {
        // Table names come from sqlite_master of our own schema; quoted all the same.
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(t)) && q.next()) {
            m.rows.insert(t, q.value(0).toLongLong());
        }
    }
    m.database = QFileInfo(databasePath).fileName();
    return m;
}

QJsonObject toJson(const Manifest& m)
{
    QJsonObject rows;
    for (auto it = m.rows.cbegin(); it != m.rows.cend(); ++it) {
        rows.insert(it.key(), it.value());
    }
    QJsonObject hashes;
    for (auto it = m.hashes.cbegin(); it != m.hashes.cend(); ++it) {
        hashes.insert(it.key(), it.value());
    }
    return {{QStringLiteral("format"), 1},
            {QStringLiteral("schemaVersion"), m.schemaVersion},
            {QStringLiteral("createdAt"), halltime::toIso(m.createdAt)},
            {QStringLiteral("database"), m.database},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("sha256"), hashes}};
}

Result<Manifest> readManifest(const QString& backupDir)
{
    QFile f(QDir(backupDir).filePath(kManifest));
    if (!f.open(QIODevice::ReadOnly)) {
        return failed(QStringLiteral("%1 不是备份目录 (没有 %2)").arg(backupDir, kManifest));
    }
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    Manifest m;
    m.schemaVersion = o.value(QLatin1String("schemaVersion")).toInt();
    m.createdAt = halltime::fromIso(o.value(QLatin1String("createdAt")).toString());
    m.database = o.value(QLatin1String("database")).toString();
    const QJsonObject rows = o.value(QLatin1String("rows")).toObject();
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        m.rows.insert(it.key(), it.value().toInteger());
    }
    const QJsonObject hashes = o.value(QLatin1String("sha256")).toObject();
    for (auto it = hashes.begin(); it != hashes.end(); ++it) {
        m.hashes.insert(it.key(), it.value().toString());
    }
    if (m.database.isEmpty() || m.schemaVersion <= 0 || !m.hashes.contains(m.database)) {
        return failed(QStringLiteral("备份 %1 的 %2 不完整").arg(backupDir, kManifest));
    }
    return m;
}

/// Copies `from` to `to` through a temporary file renamed into place, with `permissions`.
bool copyFile(const QString& from, const QString& to, QFileDevice::Permissions permissions)
{
    QFile in(from);
    QSaveFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
        return false;
    }
    while (!in.atEnd()) {
        if (out.write(in.read(1 << 20)) < 0) {
            return false;
        }
    }
    return out.commit() && QFile::setPermissions(to, permissions);
}

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

std::optional<Error> copyDatabase(const QString& databasePath, const QString& target)
{
    Connection c(databasePath);
    if (!c.isOpen()) {
        return failed(QStringLiteral("无法打开数据库 %1").arg(databasePath));
    }
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec()) {
        QFile::remove(target);
        return failed(QStringLiteral("备份数据库失败: %1").arg(q.lastError().text()));
    }
    QFile::setPermissions(target, kOwnerOnly);
    return std::nullopt;
}

Result<QString> create(const QString& databasePath, const QStringList& secretFiles, const QString& destRoot,
                       const QDateTime& now)
{
    if (!QFileInfo::exists(databasePath)) {
        return failed(QStringLiteral("没有数据库 %1").arg(databasePath));
    }
    const QString name = kPrefix + halltime::local(now).toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QDir root(destRoot);
    if (!QDir().mkpath(destRoot)) {
        return failed(QStringLiteral("无法创建备份目录 %1").arg(destRoot));
    }
    if (root.exists(name)) {
        return failed(QStringLiteral("备份 %1 已存在").arg(root.filePath(name)));
    }
    // Made under a hidden name and renamed when complete and verified: a half-made backup is never
    // listed, rotated in or restored.
    const QString work = root.filePath(QStringLiteral(".partial-") + name);
    QDir(work).removeRecursively();
    const auto abandon = [&](const Error& e) -> Result<QString> {
        QDir(work).removeRecursively();
        return e;
    };
    if (!QDir().mkpath(work) || !QFile::setPermissions(work, kOwnerOnly | QFileDevice::ExeOwner)) {
        return abandon(failed(QStringLiteral("无法创建 %1").arg(work)));
    }
    const QString copy = QDir(work).filePath(QFileInfo(databasePath).fileName());
    if (auto e = copyDatabase(databasePath, copy)) {
        return abandon(*e);
    }
    auto manifest = describe(copy);
    if (!manifest) {
        return abandon(manifest.error());
    }
    Manifest m = std::move(manifest).value();
    m.createdAt = now;
    m.hashes.insert(m.database, sha256(copy));
    for (const QString& secret : secretFiles) {
        const QString target = QDir(work).filePath(QFileInfo(secret).fileName());
        if (!copyFile(secret, target, kOwnerOnly)) {
            return abandon(failed(QStringLiteral("无法备份 %1").arg(secret)));
        }
        m.hashes.insert(QFileInfo(secret).fileName(), sha256(target));
    }
    QSaveFile manifestFile(QDir(work).filePath(kManifest));
    if (!manifestFile.open(QIODevice::WriteOnly) ||
        manifestFile.write(QJsonDocument(toJson(m)).toJson()) < 0 || !manifestFile.commit()) {
        return abandon(failed(QStringLiteral("无法写入 %1").arg(kManifest)));
    }
    if (auto verified = verify(work); !verified) {
        return abandon(verified.error());
    }
    const QString done = root.filePath(name);
    if (!QDir().rename(work, done)) {
        return abandon(failed(QStringLiteral("无法完成备份 %1").arg(done)));
    }
    return done;
}

Result<Manifest> verify(const QString& backupDir)
{
    auto manifest = readManifest(backupDir);
    if (!manifest) {
        return manifest;
    }
    const Manifest& m = manifest.value();
    for (auto it = m.hashes.cbegin(); it != m.hashes.cend(); ++it) {
        if (sha256(QDir(backupDir).filePath(it.key())) != it.value()) {
            return failed(
                QStringLiteral("备份 %1 中的 %2 已损坏或缺失 (SHA-256 不符)").arg(backupDir, it.key()));
        }
    }
    auto actual = describe(QDir(backupDir).filePath(m.database));
    if (!actual) {
        return actual.error();
    }
    if (actual.value().rows != m.rows || actual.value().schemaVersion != m.schemaVersion) {
        return failed(QStringLiteral("备份 %1 的行数或结构版本与清单不符").arg(backupDir));
    }
    return manifest;
}

std::optional<Error> restore(const QString& backupDir, const QString& dataDir, const QString& databaseName,
                             int programSchemaVersion, const QDateTime& now)
{
    auto manifest = verify(backupDir);
    if (!manifest) {
        return manifest.error();
    }
    const Manifest& m = manifest.value();
    if (m.schemaVersion > programSchemaVersion) {
        return Error{
            ErrorCode::InvalidArgument,
            QStringLiteral("备份 %1 的数据库结构版本 %2 比本程序 (%3) 新: 请先升级 servicehall 再恢复")
                .arg(backupDir)
                .arg(m.schemaVersion)
                .arg(programSchemaVersion)};
    }
    if (!QDir().mkpath(dataDir)) {
        return failed(QStringLiteral("无法创建数据目录 %1").arg(dataDir));
    }
    const QDir data(dataDir);
    const QString stamp = halltime::local(now).toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString database = data.filePath(databaseName);
    // What is there now stays, renamed, until a person removes it. The WAL and its index go with the
    // database they belong to, or SQLite would replay them into the restored one.
    QStringList files{databaseName, databaseName + QStringLiteral("-wal"),
                      databaseName + QStringLiteral("-shm")};
    for (auto it = m.hashes.cbegin(); it != m.hashes.cend(); ++it) {
        if (it.key() != m.database) {
            files << it.key();
        }
    }
    for (const QString& f : files) {
        if (data.exists(f) &&
            !QFile::rename(data.filePath(f), data.filePath(f + QStringLiteral(".before-restore-") + stamp))) {
            return failed(QStringLiteral("无法保留现有文件 %1").arg(data.filePath(f)));
        }
    }
    if (!copyFile(QDir(backupDir).filePath(m.database), database, kOwnerOnly)) {
        return failed(QStringLiteral("无法恢复数据库到 %1").arg(database));
    }
    for (auto it = m.hashes.cbegin(); it != m.hashes.cend(); ++it) {
        if (it.key() != m.database &&
            !copyFile(QDir(backupDir).filePath(it.key()), data.filePath(it.key()), kOwnerOnly)) {
            return failed(QStringLiteral("无法恢复 %1").arg(it.key()));
        }
    }
    return std::nullopt;
}

QStringList list(const QString& destRoot)
{
    QStringList out;
    const QDir root(destRoot);
    for (const QString& name : root.entryList({kPrefix + QStringLiteral("*")}, QDir::Dirs, QDir::Name)) {
        if (root.exists(name + QLatin1Char('/') + kManifest)) {
            out << root.filePath(name);
        }
    }
    return out;
}

QStringList rotate(const QString& destRoot, int keep)
{
    QStringList backups = list(destRoot);
    QStringList removed;
    while (backups.size() > qMax(keep, 1)) {
        const QString oldest = backups.takeFirst();
        if (QDir(oldest).removeRecursively()) {
            removed << oldest;
        }
    }
    return removed;
}

} // namespace hall::hallbackup
