// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcommands.h"

#include "domain/halltime.h"
#include "storage/hallbackup.h"
#include "storage/migrations.h"

#include <QDir>
#include <QFileInfo>

namespace hall {

namespace {

const QString kSecret = QStringLiteral("person-key.secret");

QString summary(const hallbackup::Manifest& m)
{
    return QStringLiteral("结构版本 %1，%2 张号票，%3 条预约，%4 件办件，%5 条日志")
        .arg(m.schemaVersion)
        .arg(m.rows.value(QStringLiteral("tickets")))
        .arg(m.rows.value(QStringLiteral("bookings")))
        .arg(m.rows.value(QStringLiteral("cases")))
        .arg(m.rows.value(QStringLiteral("journal")));
}

} // namespace

QString backupUsage()
{
    return QStringLiteral(
        "  backup DEST [--keep N]  online backup into a new directory under DEST (database, secrets,\n"
        "                        manifest), verified; with --keep only the newest N stay\n"
        "  backup list DEST      the backups under DEST, oldest first\n"
        "  backup verify BACKUP  check a backup (hashes, integrity_check, row counts)\n"
        "  restore BACKUP        put a verified backup in place (service stopped; what was there is\n"
        "                        kept as *.before-restore-TIME); refused from a newer schema\n");
}

int runBackupCommand(const QStringList& args, const HallFiles& hall, AdminIo& io)
{
    if (args.value(0) == QLatin1String("list") && args.size() == 2) {
        for (const QString& b : hallbackup::list(args[1])) {
            io.out << b << '\n';
        }
        io.out << Qt::flush;
        return 0;
    }
    if (args.value(0) == QLatin1String("verify") && args.size() == 2) {
        auto manifest = hallbackup::verify(args[1]);
        if (!manifest) {
            return io.refuse(manifest.error().message);
        }
        io.out << args[1] << ": 正确 (" << summary(manifest.value()) << ")" << Qt::endl;
        return 0;
    }
    QString dest;
    int keep = 0;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--keep") && i + 1 < args.size()) {
            bool ok = false;
            keep = args[++i].toInt(&ok);
            if (!ok || keep < 1) {
                return io.misuse(QStringLiteral("--keep 需要一个正整数"), backupUsage());
            }
        } else if (dest.isEmpty() && !args[i].startsWith(QLatin1String("--"))) {
            dest = args[i];
        } else {
            return io.misuse(QStringLiteral("backup 的参数无效: %1").arg(args[i]), backupUsage());
        }
    }
    if (dest.isEmpty()) {
        return io.misuse(QStringLiteral("backup 需要备份目录 DEST"), backupUsage());
    }
    const QDir data(hall.dataDir);
    QStringList secrets;
    if (data.exists(kSecret)) {
        secrets << data.filePath(kSecret);
    }
    auto made =
        hallbackup::create(data.filePath(hall.database), secrets, dest, QDateTime::currentDateTimeUtc());
    if (!made) {
        return io.refuse(made.error().message);
    }
    const auto manifest = hallbackup::verify(made.value());
    io.out << made.value() << Qt::endl;
    io.err << "备份已完成并通过校验: " << (manifest ? summary(manifest.value()) : QString()) << Qt::endl;
    if (keep > 0) {
        for (const QString& old : hallbackup::rotate(dest, keep)) {
            io.err << "已删除旧备份 " << old << Qt::endl;
        }
    }
    return 0;
}

int runRestoreCommand(const QStringList& args, const HallFiles& hall, AdminIo& io)
{
    if (args.size() != 1 || args[0].startsWith(QLatin1String("--"))) {
        return io.misuse(QStringLiteral("restore 需要一个备份目录"), backupUsage());
    }
    if (auto failed = hallbackup::restore(args[0], hall.dataDir, hall.database, Migrations::latestVersion(),
                                          QDateTime::currentDateTimeUtc())) {
        return io.refuse(failed->message);
    }
    const auto manifest = hallbackup::verify(args[0]);
    io.err << "已从 " << args[0] << " 恢复到 " << hall.dataDir << " ("
           << (manifest ? summary(manifest.value()) : QString()) << ")；原有文件保留为 *.before-restore-*"
           << Qt::endl;
    return 0;
}

} // namespace hall
