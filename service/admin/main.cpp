// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// hall-admin: creates a hall, manages device tokens, staff accounts, cases and the hall calendar;
// through the running service when there is one.
#include "admincommands.h"
#include "adminwire.h"
#include "auth/secrets.h"
#include "backupcommands.h"
#include "calendarcommands.h"
#include "casecommands.h"
#include "datadir.h"
#include "movecommand.h"
#include "noticecommands.h"
#include "reportcommand.h"
#include "serviceoptions.h"
#include "storage/databaseurl.h"
#include "storage/sqlstore.h"
#include "tlscommands.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <cstdio>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

using namespace hall;

namespace {

/// Reads one line from stdin; echo is switched off when stdin is a terminal.
std::optional<QString> readPassword(QTextStream& err, const QString& prompt)
{
    const bool tty = isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (tty) {
        err << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << Qt::endl;
    }
    if (line.isNull()) {
        err << "hall-admin: 没有读到密码 (从标准输入读取一行)" << Qt::endl;
        return std::nullopt;
    }
    return line;
}

/// The service's options file of an installed hall; hall-admin reads its data directory from it.
constexpr const char* kInstalledConfig = "/etc/servicehall/hall-service.json";

/// Run as root on an installed hall (`sudo hall-admin …`), hall-admin becomes the owner of the data
/// directory, so every file it creates there stays readable by the service.
bool becomeDataOwner(const QString& dataDir, QTextStream& err)
{
    struct stat st
    {};
    if (geteuid() != 0 || ::stat(QFile::encodeName(dataDir).constData(), &st) != 0 || st.st_uid == 0) {
        return true;
    }
    const passwd* pw = ::getpwuid(st.st_uid);
    if (pw == nullptr || ::initgroups(pw->pw_name, st.st_gid) != 0 || ::setgid(st.st_gid) != 0 ||
        ::setuid(st.st_uid) != 0) {
        err << "hall-admin: 无法切换到数据目录的所有者 (uid " << st.st_uid << ")" << Qt::endl;
        return false;
    }
    return true;
}

/// The bytes a command needs from this side when it runs inside the service: its password from
/// stdin, or the CSV file it imports (the service may not see the same files).
std::optional<QByteArray> inputFor(const QStringList& args, QTextStream& err)
{
    if (readsPassword(args)) {
        const auto password = readPassword(err, QStringLiteral("新密码: "));
        if (!password) {
            return std::nullopt;
        }
        return password->toUtf8() + '\n';
    }
    if (args.value(0) == QLatin1String("case") && args.value(1) == QLatin1String("import") &&
        args.size() == 3) {
        QFile file(args.at(2));
        if (!file.open(QIODevice::ReadOnly)) {
            err << "hall-admin: 无法读取 " << args.at(2) << Qt::endl;
            return std::nullopt;
        }
        return file.readAll();
    }
    return QByteArray();
}

/// Through the running service: it applies the command on its event loop and to live sessions.
int runThroughService(const QString& dataDir, const QStringList& args, QTextStream& out, QTextStream& err)
{
    const auto input = inputFor(args, err);
    if (!input) {
        return 1;
    }
    auto reply = adminwire::call(dataDir, {args, *input});
    if (!reply) {
        err << "hall-admin: " << reply.error().message << Qt::endl;
        return 1;
    }
    out << reply.value().out << Qt::flush;
    err << reply.value().err << Qt::flush;
    return reply.value().exitCode;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);
    QString dataDir;
    QString database = QStringLiteral("hall.sqlite");
    QString hall; ///< PostgreSQL: the hall among the halls of one database
    QString config;
    ReportSources reportSources;
    QString hallConfig;    ///< the service's --hall-config, for the calendar commands
    QString bookingConfig; ///< the service's --booking-config, which an entered year is checked against
    QString noticesFile;
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString key = args.takeFirst();
        if (key == QLatin1String("--help")) {
            out << adminUsage() << Qt::flush;
            return 0;
        }
        if ((key != QLatin1String("--data-dir") && key != QLatin1String("--database") &&
             key != QLatin1String("--config") && key != QLatin1String("--hall")) ||
            args.isEmpty()) {
            err << adminUsage() << Qt::flush;
            return 2;
        }
        (key == QLatin1String("--data-dir")   ? dataDir
         : key == QLatin1String("--database") ? database
         : key == QLatin1String("--hall")     ? hall
                                              : config) = args.takeFirst();
    }
    if (args.value(0) == QLatin1String("tls")) {
        AdminIo tlsIo{out, err, {}};
        return runTlsCommand(args.mid(1), tlsIo);
    }
    // The data directory: --data-dir, else the one the service's options file names (--config, or
    // the installed one), else the user's own.
    if (config.isEmpty() && dataDir.isEmpty() && QFile::exists(QLatin1String(kInstalledConfig))) {
        config = QLatin1String(kInstalledConfig);
    }
    if (!config.isEmpty()) {
        const ParsedOptions parsed =
            parseServiceOptions({QStringLiteral("hall-service"), QStringLiteral("--config"), config});
        if (!parsed.options) {
            err << "hall-admin: " << parsed.message << Qt::endl;
            return 2;
        }
        if (dataDir.isEmpty()) {
            dataDir = parsed.options->dataDir;
        }
        if (!parsed.options->database.isEmpty()) {
            database = parsed.options->database;
        }
        if (hall.isEmpty()) {
            hall = parsed.options->hall;
        }
        reportSources = ReportSources{parsed.options->hallConfig};
        hallConfig = parsed.options->hallConfig;
        bookingConfig = parsed.options->bookingConfig;
        noticesFile = parsed.options->noticesFile;
    }
    if (dataDir.isEmpty()) {
        dataDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                  QStringLiteral("/servicehall");
    }
    // The notices file is configuration (/etc, root's): edited before hall-admin becomes the data owner.
    if (args.value(0) == QLatin1String("notices")) {
        AdminIo noticeIo{out, err, {}};
        return runNoticeCommand(args.mid(1), noticesFile, noticeIo);
    }
    if (!becomeDataOwner(dataDir, err)) {
        return 1;
    }
    if (args.isEmpty()) {
        err << adminUsage() << Qt::flush;
        return 2;
    }
    if (!secrets::init()) {
        err << "hall-admin: libsodium 初始化失败" << Qt::endl;
        return 1;
    }
    auto located = databaseurl::storeOptions(database, dataDir, hall);
    if (!located) {
        err << "hall-admin: " << located.error().message << Qt::endl;
        return 2;
    }
    SqlStore::Options options = std::move(located).value();
    if (options.isPostgres() &&
        (args.value(0) == QLatin1String("backup") || args.value(0) == QLatin1String("restore"))) {
        err << "hall-admin: 大厅数据在 PostgreSQL 上：备份与恢复用 PostgreSQL 的工具（pg_basebackup、"
               "pg_dump，见 docs/operations.md），person-key.secret 另行备份"
            << Qt::endl;
        return 1;
    }
    // Backups read the database on a connection of their own, beside the running service; they
    // neither migrate nor write it.
    if (args.value(0) == QLatin1String("backup")) {
        AdminIo backupIo{out, err, {}};
        return runBackupCommand(args.mid(1), HallFiles{dataDir, database}, backupIo);
    }
    // A restore replaces the database: never under a running service, and with the directory locked.
    if (args.value(0) == QLatin1String("restore")) {
        if (DataDirLock::holder(dataDir).startsWith(QLatin1String("hall-service"))) {
            err << "hall-admin: 数据目录 " << dataDir << " 的 hall-service 正在运行；恢复前请先停止服务"
                << Qt::endl;
            return 1;
        }
        if (!QDir().mkpath(dataDir)) {
            err << "hall-admin: 无法创建数据目录 " << dataDir << Qt::endl;
            return 1;
        }
        auto lock = DataDirLock::acquire(dataDir, QStringLiteral("hall-admin"), 5000);
        if (!lock) {
            err << "hall-admin: " << lock.error().message << Qt::endl;
            return 1;
        }
        AdminIo backupIo{out, err, {}};
        return runRestoreCommand(args.mid(1), HallFiles{dataDir, database}, backupIo);
    }
    // A hall on PostgreSQL moved into its own SQLite file: with the service stopped, the directory
    // locked, and (inside the command) the hall's lock on PostgreSQL held.
    if (args.value(0) == QLatin1String("move-to-local")) {
        AdminIo moveIo{out, err, {}};
        if (!options.isPostgres()) {
            return moveIo.refuse(
                QStringLiteral(
                    "move-to-local 搬迁 PostgreSQL 上的大厅：--database 须是 postgresql:// 网址，"
                    "本大厅已在 SQLite 文件 %1 中 / move-to-local moves a hall on PostgreSQL: "
                    "--database must be a postgresql:// URL; this hall already is the SQLite file %1")
                    .arg(options.database));
        }
        if (DataDirLock::holder(dataDir).startsWith(QLatin1String("hall-service"))) {
            return moveIo.refuse(
                QStringLiteral("数据目录 %1 的 hall-service "
                               "正在运行，仍持有大厅锁；搬迁前请先停止服务，没有搬迁任何数据 / "
                               "hall-service is running on %1 and holds the hall's lock: stop it before "
                               "the move; nothing was moved")
                    .arg(dataDir));
        }
        if (auto missing = halldata::checkExisting(dataDir, options)) {
            return moveIo.refuse(missing->message);
        }
        auto moveLock = DataDirLock::acquire(dataDir, QStringLiteral("hall-admin"), 5000);
        if (!moveLock) {
            return moveIo.refuse(moveLock.error().message);
        }
        return runMoveCommand(args.mid(1), dataDir, options, moveIo);
    }
    const bool init = args == QStringList{QStringLiteral("init")};
    // A hall in PostgreSQL's default schema is looked for on the connection that opens the store below
    // (each connection costs a server process's start), or not at all when the service runs the
    // command. A named hall's schema is looked for first, without making it (the store's claim would).
    const bool versionOnOpen = options.isPostgres() && options.schema.isEmpty();
    if (!init) {
        if (auto missing = versionOnOpen ? halldata::checkDirectory(dataDir, options)
                                         : halldata::checkExisting(dataDir, options)) {
            err << "hall-admin: " << missing->message << Qt::endl;
            return 1;
        }
    } else if (!QDir().mkpath(dataDir)) {
        err << "hall-admin: 无法创建数据目录 " << dataDir << Qt::endl;
        return 1;
    }
    // One writer: while hall-service holds the directory, a command that changes the hall goes
    // through it. A report only reads, beside the service, from the schema the service keeps current.
    const bool reads = args.value(0) == QLatin1String("report");
    const auto serviceRuns = [&dataDir] {
        return DataDirLock::holder(dataDir).startsWith(QLatin1String("hall-service"));
    };
    std::unique_ptr<DataDirLock> lock;
    if (!serviceRuns()) {
        auto taken = DataDirLock::acquire(dataDir, QStringLiteral("hall-admin"), 5000);
        if (taken) {
            lock = std::move(taken).value();
        } else if (!serviceRuns()) {
            err << "hall-admin: " << taken.error().message << Qt::endl;
            return 1;
        }
    }
    if (!lock && !reads) {
        return runThroughService(dataDir, args, out, err);
    }
    if (init) {
        if (auto failed = halldata::initialise(dataDir, options)) {
            err << "hall-admin: " << failed->message << Qt::endl;
            return 1;
        }
        err << "已在 " << dataDir << " 新建大厅（数据库与 person-key.secret，请一起备份）" << Qt::endl;
        return 0;
    }
    options.backupBeforeMigration = QDir(dataDir).absoluteFilePath(QStringLiteral("backups"));
    options.claimHall = lock != nullptr; // a report beside the running service only reads
    if (versionOnOpen) {
        options.checkVersion = [dataDir, named = options](int version) {
            return halldata::checkVersion(dataDir, named, version);
        };
    }
    options.prepareStatements = false; // the group commit's: no command here commits through them
    auto store = SqlStore::open(options);
    if (!store) {
        err << "hall-admin: " << store.error().message << Qt::endl;
        return 1;
    }
    if (args.value(0) == QLatin1String("report")) {
        AdminIo reportIo{out, err, {}};
        return runReportCommand(args.mid(1), store.value()->database(), reportSources, reportIo);
    }
    if (args.value(0) == QLatin1String("calendar")) {
        AdminIo calendarIo{out, err, {}};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QSqlDatabase db = store.value()->database();
        return runCalendarCommand(args.mid(1), db, now, hallConfig, calendarIo,
                                  storedBookingsCheck(db, bookingConfig, dataDir, now));
    }
    if (args.value(0) == QLatin1String("case")) {
        AdminIo caseIo{out, err, {}};
        return runCaseCommand(args.mid(1), store.value()->database(), dataDir, caseIo);
    }
    AuthStore auth(store.value()->database());
    AdminIo io{out, err, [&err](const QString& prompt) { return readPassword(err, prompt); }};
    return runAdminCommand(args, auth, io);
}
