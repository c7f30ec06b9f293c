// hall-admin: manages device tokens and staff accounts in the hall database.
#include "admincommands.h"
#include "auth/secrets.h"
#include "casecommands.h"
#include "storage/sqlstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>
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

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);
    QString dataDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                      QStringLiteral("/servicehall");
    QString database = QStringLiteral("hall.sqlite");
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString key = args.takeFirst();
        if (key == QLatin1String("--help")) {
            out << adminUsage() << Qt::flush;
            return 0;
        }
        if ((key != QLatin1String("--data-dir") && key != QLatin1String("--database")) || args.isEmpty()) {
            err << adminUsage() << Qt::flush;
            return 2;
        }
        (key == QLatin1String("--data-dir") ? dataDir : database) = args.takeFirst();
    }
    if (!secrets::init() || !QDir().mkpath(dataDir)) {
        err << "hall-admin: 无法初始化 (libsodium 或数据目录 " << dataDir << ")" << Qt::endl;
        return 1;
    }
    SqlStore::Options options;
    options.database = QDir(dataDir).absoluteFilePath(database);
    auto store = SqlStore::open(options);
    if (!store) {
        err << "hall-admin: " << store.error().message << Qt::endl;
        return 1;
    }
    if (args.value(0) == QLatin1String("case")) {
        AdminIo caseIo{out, err, {}};
        return runCaseCommand(args.mid(1), store.value()->database(), dataDir, caseIo);
    }
    AuthStore auth(store.value()->database());
    AdminIo io{out, err, [&err](const QString& prompt) { return readPassword(err, prompt); }};
    return runAdminCommand(args, auth, io);
}
