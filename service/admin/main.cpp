// hall-admin: manages device tokens and staff accounts in the hall database.
#include "admincommands.h"
#include "auth/secrets.h"
#include "backupcommands.h"
#include "casecommands.h"
#include "reportcommand.h"
#include "serviceoptions.h"
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

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);
    QString dataDir;
    QString database = QStringLiteral("hall.sqlite");
    QString config;
    ReportSources reportSources;
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString key = args.takeFirst();
        if (key == QLatin1String("--help")) {
            out << adminUsage() << Qt::flush;
            return 0;
        }
        if ((key != QLatin1String("--data-dir") && key != QLatin1String("--database") &&
             key != QLatin1String("--config")) ||
            args.isEmpty()) {
            err << adminUsage() << Qt::flush;
            return 2;
        }
        (key == QLatin1String("--data-dir")   ? dataDir
         : key == QLatin1String("--database") ? database
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
        reportSources = ReportSources{parsed.options->hallConfig, parsed.options->bookingConfig};
    }
    if (dataDir.isEmpty()) {
        dataDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                  QStringLiteral("/servicehall");
    }
    if (!becomeDataOwner(dataDir, err)) {
        return 1;
    }
    if (!secrets::init() || !QDir().mkpath(dataDir)) {
        err << "hall-admin: 无法初始化 (libsodium 或数据目录 " << dataDir << ")" << Qt::endl;
        return 1;
    }
    // Backups read the database on a connection of their own, beside the running service; they
    // neither migrate nor write it.
    if (args.value(0) == QLatin1String("backup") || args.value(0) == QLatin1String("restore")) {
        AdminIo backupIo{out, err, {}};
        const HallFiles hall{dataDir, database};
        return args.value(0) == QLatin1String("backup") ? runBackupCommand(args.mid(1), hall, backupIo)
                                                        : runRestoreCommand(args.mid(1), hall, backupIo);
    }
    SqlStore::Options options;
    options.database = QDir(dataDir).absoluteFilePath(database);
    options.backupBeforeMigration = QDir(dataDir).absoluteFilePath(QStringLiteral("backups"));
    auto store = SqlStore::open(options);
    if (!store) {
        err << "hall-admin: " << store.error().message << Qt::endl;
        return 1;
    }
    if (args.value(0) == QLatin1String("report")) {
        AdminIo reportIo{out, err, {}};
        return runReportCommand(args.mid(1), store.value()->database(), reportSources, reportIo);
    }
    if (args.value(0) == QLatin1String("case")) {
        AdminIo caseIo{out, err, {}};
        return runCaseCommand(args.mid(1), store.value()->database(), dataDir, caseIo);
    }
    AuthStore auth(store.value()->database());
    AdminIo io{out, err, [&err](const QString& prompt) { return readPassword(err, prompt); }};
    return runAdminCommand(args, auth, io);
}
