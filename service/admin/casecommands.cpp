// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casecommands.h"

#include "casecsv.h"
#include "casestore.h"
#include "domain/clock.h"
#include "personsecret.h"

#include <QFile>

namespace hall {

namespace {

int importCases(const QString& path, QSqlDatabase db, const QString& dataDir, AdminIo& io)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return io.refuse(QStringLiteral("无法读取 %1").arg(path));
    }
    auto secret = loadPersonSecret(dataDir);
    if (!secret) {
        return io.refuse(secret.error().message);
    }
    auto store = CaseStore::open(db, secret.value());
    if (!store) {
        return io.refuse(store.error().message);
    }
    auto existing = store.value()->load();
    if (!existing) {
        return io.refuse(existing.error().message);
    }
    // The engine checks the rows against the cases already stored (duplicate numbers), so an import
    // is refused whole exactly as hall-service would refuse it.
    SystemClock clock;
    CaseEngine engine(defaultCasesConfig(), clock, secret.value());
    engine.restore(existing.value());
    auto rows = parseCaseCsv(file.readAll(), engine.config());
    if (!rows) {
        return io.refuse(rows.error().message + QStringLiteral("；未导入任何办件"));
    }
    auto imported = engine.importCases(rows.value(), QStringLiteral("hall-admin"));
    if (!imported) {
        return io.refuse(imported.error().message + QStringLiteral("；未导入任何办件"));
    }
    if (auto failed = store.value()->commit(engine.takeChanges())) {
        return io.refuse(failed->message);
    }
    io.out << QStringLiteral("已导入 %1 件").arg(imported.value()) << Qt::endl;
    return 0;
}

} // namespace

QString caseUsage()
{
    return QStringLiteral(
        "  case staff USER TYPE,TYPE|*   the case types USER may act on (rural_dibao, urban_dibao, …)\n"
        "  case import FILE.csv  import cases from a CSV export (docs/cases.md); all rows or none.\n"
        "                        Run it while hall-service is stopped: the service reads cases at start.\n");
}

int runCaseCommand(const QStringList& args, QSqlDatabase db, const QString& dataDir, AdminIo& io)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("import") && args.size() == 2) {
        return importCases(args.at(1), db, dataDir, io);
    }
    if (verb == QLatin1String("staff") && args.size() == 3) {
        const QStringList types = args.at(2).split(QLatin1Char(','), Qt::SkipEmptyParts);
        const CasesConfig config = defaultCasesConfig();
        for (const QString& t : types) {
            if (t != QLatin1String("*") && !config.workflow(t)) {
                return io.refuse(QStringLiteral("未知的办件类型: %1").arg(t));
            }
        }
        // The store needs a secret only for sealing; permissions are plain rows.
        auto store = CaseStore::open(db, QByteArray(32, 'x'));
        if (!store) {
            return io.refuse(store.error().message);
        }
        if (auto done = store.value()->setStaffCaseTypes(args.at(1), types); !done) {
            return io.refuse(done.error().message);
        }
        io.out << QStringLiteral("%1 可办理: %2").arg(args.at(1), types.join(QLatin1Char(','))) << Qt::endl;
        return 0;
    }
    io.err << "hall-admin: case 命令用法:\n" << caseUsage() << Qt::flush;
    return 2;
}

} // namespace hall
