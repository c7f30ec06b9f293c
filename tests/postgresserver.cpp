#include "postgresserver.h"

#include <QAtomicInt>
#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <pwd.h>
#include <unistd.h>

namespace hall::test {

namespace {

QString findBinDir()
{
    // Debian installs each major version under /usr/lib/postgresql/N/bin; take the newest.
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(versions.begin(), versions.end(),
              [](const QString& a, const QString& b) { return a.toInt() > b.toInt(); });
    for (const QString& v : versions) {
        const QString bin = root.filePath(v + QStringLiteral("/bin"));
        if (QFileInfo::exists(bin + QStringLiteral("/initdb"))) {
            return bin;
        }
    }
    return {};
}

QAtomicInt g_databases;

/// Runs `sql` on the cluster's maintenance database; the error, or empty.
QString maintenance(const QString& socketDir, const QString& sql)
{
    const QString name = QStringLiteral("hall-test-admin-%1").arg(g_databases.fetchAndAddRelaxed(1));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(socketDir);
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setUserName(PostgresServer::user());
        if (!db.open()) {
            error = db.lastError().text();
        } else if (QSqlQuery q(db); !q.exec(sql)) {
            error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

PostgresServer::PostgresServer()
{
    m_socketDir = m_dir.path();
    m_started = initAndStart(m_dir.path());
}

PostgresServer::PostgresServer(const QString& dir, Shared) : m_socketDir(dir), m_owned(false)
{
    m_dir.setAutoRemove(true);
}

PostgresServer::~PostgresServer()
{
    if (m_started && m_owned) {
        stop("fast");
    }
}

bool PostgresServer::initAndStart(const QString& root)
{
    m_bin = findBinDir();
    if (m_bin.isEmpty()) {
        m_error = QStringLiteral("PostgreSQL server binaries not found (./hall deps installs postgresql)");
        return false;
    }
    m_data = QDir(root).filePath(QStringLiteral("data"));
    if (geteuid() == 0) {
        const passwd* pg = getpwnam("postgres");
        if (pg == nullptr || chown(QFile::encodeName(root).constData(), pg->pw_uid, pg->pw_gid) != 0) {
            m_error = QStringLiteral("running as root, but cannot hand the data directory to user postgres");
            return false;
        }
        m_asPostgres = true;
    }
    if (!run(m_bin + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), m_data, QStringLiteral("-U"), user(), QStringLiteral("--auth=trust"),
              QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-locale")})) {
        return false;
    }
    const QString serverOptions = QStringLiteral("-k %1 -c listen_addresses='' -c fsync=on").arg(root);
    return run(m_bin + QStringLiteral("/pg_ctl"),
               {QStringLiteral("-D"), m_data, QStringLiteral("-o"), serverOptions, QStringLiteral("-l"),
                QDir(root).filePath(QStringLiteral("log")), QStringLiteral("-w"), QStringLiteral("-t"),
                QStringLiteral("60"), QStringLiteral("start")});
}

bool PostgresServer::stop(const char* mode)
{
    return run(m_bin + QStringLiteral("/pg_ctl"),
               {QStringLiteral("-D"), m_data, QStringLiteral("-m"), QLatin1String(mode), QStringLiteral("-w"),
                QStringLiteral("stop")});
}

QString PostgresServer::startShared(const QString& dir)
{
    stopShared(dir); // what a killed run may have left
    if (!QDir().mkpath(dir)) {
        return QStringLiteral("cannot make %1").arg(dir);
    }
    PostgresServer s(dir, Shared{});
    s.m_started = s.initAndStart(dir);
    return s.m_error;
}

QString PostgresServer::stopShared(const QString& dir)
{
    if (!QFileInfo::exists(dir)) {
        return {};
    }
    PostgresServer s(dir, Shared{});
    s.m_bin = findBinDir();
    s.m_data = QDir(dir).filePath(QStringLiteral("data"));
    s.m_asPostgres = geteuid() == 0;
    if (QFileInfo::exists(s.m_data + QStringLiteral("/postmaster.pid"))) {
        s.stop("immediate");
    }
    QDir(dir).removeRecursively();
    return s.m_error;
}

QString PostgresServer::createDatabase(const QString& socketDir, QString* error)
{
    const QString name = QStringLiteral("hall_%1_%2").arg(::getpid()).arg(g_databases.fetchAndAddRelaxed(1));
    *error = maintenance(socketDir, QStringLiteral("CREATE DATABASE %1").arg(name));
    return error->isEmpty() ? name : QString();
}

QString PostgresServer::dropDatabase(const QString& socketDir, const QString& name)
{
    return maintenance(socketDir, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

bool PostgresServer::run(const QString& program, const QStringList& args)
{
    QProcess p;
    if (m_asPostgres) {
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} +
                    args);
    } else {
        p.start(program, args);
    }
    if (!p.waitForFinished(90'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2 %3")
                      .arg(QFileInfo(program).fileName(), QString::fromLocal8Bit(p.readAllStandardError()),
                           p.errorString());
        return false;
    }
    return true;
}

} // namespace hall::test
