// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "movecommand.h"

#include "storage/databaseurl.h"
#include "storage/hallmove.h"

#include <QDir>

namespace hall {

QString moveUsage()
{
    return QStringLiteral(
        "  move-to-local [FILE]  copy a hall on PostgreSQL (--database postgresql://… --hall ID) into\n"
        "                        a new SQLite file in DIR (default hall.sqlite), service stopped; then\n"
        "                        run it with --database FILE --city-database URL (docs/operations.md)\n");
}

int runMoveCommand(const QStringList& args, const QString& dataDir, SqlStore::Options source, AdminIo& io)
{
    if (args.size() > 1 || args.value(0).startsWith(QLatin1String("--"))) {
        return io.misuse(QStringLiteral("move-to-local 最多需要一个目标文件名"), moveUsage());
    }
    const QString file = args.value(0, QStringLiteral("hall.sqlite"));
    const QString target = QDir(dataDir).absoluteFilePath(file);
    // The hall's lock on PostgreSQL: refused while a service anywhere holds it, and held until the
    // copy is done, so no service starts on the hall's old store meanwhile.
    source.claimHall = true;
    auto opened = SqlStore::open(source);
    if (!opened) {
        return io.refuse(
            opened.error().message +
            QStringLiteral("\n没有搬迁任何数据：请先停止使用这个大厅的 hall-service（本机或其他服务器）。"
                           "\nNothing was moved: stop every hall-service of this hall (here or on another "
                           "server) first, then run move-to-local again."));
    }
    auto moved = hallmove::toLocal(*opened.value(), target);
    if (!moved) {
        return io.refuse(moved.error().message + QStringLiteral("\n没有搬迁任何数据 / Nothing was moved."));
    }
    qint64 total = 0;
    for (const auto& [table, rows] : moved.value().rows) {
        io.out << table << ' ' << rows << '\n';
        total += rows;
    }
    io.out << Qt::flush;
    const QString from = databaseurl::describe(source);
    io.err << "已把大厅 " << source.schema << " 从 " << from << " 搬到 " << target << "（结构版本 "
           << moved.value().schemaVersion << "，" << moved.value().rows.size() << " 张表，" << total
           << " 行，逐表核对行数一致）。全市预约名额与占位留在全市数据库。PostgreSQL 中的原数据未删除。\n"
           << "Moved hall " << source.schema << " from " << from << " to " << target << " (schema version "
           << moved.value().schemaVersion << ", " << moved.value().rows.size() << " tables, " << total
           << " rows, each table's count checked). The city's booking places and claims stay in the city "
              "database; nothing was deleted on PostgreSQL.\n"
           << "下一步 / next: 在 hall-service.json 中写 \"database\": \"" << file
           << "\"，原来的 URL 改写为 \"cityDatabase\"，\"hall\" 不变，然后启动服务 / set \"database\": \""
           << file << "\", the old URL as \"cityDatabase\", keep \"hall\", then start the service."
           << Qt::endl;
    return 0;
}

} // namespace hall
