// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresserver.h"

#include <QAtomicInt>
#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <QThread>

#include <pwd.h>
#include <signal.h>
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
    if (m_standbyStarted) {
        run(m_bin + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_standbyData, QStringLiteral("-m"), QStringLiteral("fast"),
             QStringLiteral("-w"), QStringLiteral("stop")});
    }
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
    QStringList initdb{QStringLiteral("-D"),           m_data,
                       QStringLiteral("-U"),           user(),
                       QStringLiteral("--auth=trust"), QStringLiteral("-E"),
                       QStringLiteral("UTF8"),         QStringLiteral("--no-locale")};
    if (!m_owned) {
        initdb << QStringLiteral("--no-sync");
    }
    if (!run(m_bin + QStringLiteral("/initdb"), initdb)) {
        return false;
    }
    return startServer(m_data, root);
}

bool PostgresServer::startServer(const QString& data, const QString& socketDir, const QString& extra)
{
    // The shared cluster of a test run holds throwaway databases on a machine that does not crash
    // under them: nothing is flushed to disk (a hall-service killed by a test loses nothing either
    // way, the server keeps what it acknowledged). A test's own cluster, whose server a test kills
    // or replicates, keeps fsync.
    const QString durability = m_owned ? QStringLiteral("-c fsync=on")
                                       : QStringLiteral("-c fsync=off -c synchronous_commit=off"
                                                        " -c full_page_writes=off");
    const QString serverOptions =
        QStringLiteral("-k %1 -c listen_addresses='' %2 %3").arg(socketDir, durability, extra);
    return run(m_bin + QStringLiteral("/pg_ctl"),
               {QStringLiteral("-D"), data, QStringLiteral("-o"), serverOptions, QStringLiteral("-l"),
                QDir(data).filePath(QStringLiteral("../%1.log").arg(QFileInfo(data).fileName())),
                QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")});
}

QString PostgresServer::startStandby()
{
    if (!m_started || !m_owned) {
        return QStringLiteral("a standby needs a running cluster of the test's own");
    }
    const QString root = m_dir.path();
    m_standbySocketDir = QDir(root).filePath(QStringLiteral("s"));
    m_standbyData = QDir(root).filePath(QStringLiteral("standby"));
    if (!QDir().mkpath(m_standbySocketDir) || (m_asPostgres && [&] {
            const passwd* pg = getpwnam("postgres");
            return pg == nullptr ||
                   chown(QFile::encodeName(m_standbySocketDir).constData(), pg->pw_uid, pg->pw_gid) != 0;
        }())) {
        return QStringLiteral("cannot make the standby's socket directory");
    }
    // -R writes standby.signal and primary_conninfo (the primary's socket), -X stream the WAL of the
    // copy itself; the standby names itself in cluster_name, which the primary waits for.
    if (!run(m_bin + QStringLiteral("/pg_basebackup"),
             {QStringLiteral("-D"), m_standbyData, QStringLiteral("-h"), m_socketDir, QStringLiteral("-U"),
              user(), QStringLiteral("-R"), QStringLiteral("-X"), QStringLiteral("stream"),
              QStringLiteral("-c"), QStringLiteral("fast")}) ||
        !startServer(m_standbyData, m_standbySocketDir, QStringLiteral("-c cluster_name=standby"))) {
        return m_error;
    }
    m_standbyStarted = true;
    QString error =
        maintenance(m_socketDir, QStringLiteral("ALTER SYSTEM SET synchronous_standby_names = 'standby'"));
    if (error.isEmpty()) {
        error = maintenance(m_socketDir, QStringLiteral("SELECT pg_reload_conf()"));
    }
    if (!error.isEmpty()) {
        return error;
    }
    return waitSynchronous();
}

QString PostgresServer::waitSynchronous()
{
    QString error;
    // Synchronous only once the primary says so: before that a commit would not wait for it.
    for (int i = 0; i < 300; ++i) {
        const QString state = scalar(m_socketDir, QStringLiteral("postgres"),
                                     QStringLiteral("SELECT sync_state FROM pg_stat_replication"), &error);
        if (state == QLatin1String("sync")) {
            return {};
        }
        QThread::msleep(100);
    }
    return QStringLiteral("the standby did not become synchronous: %1").arg(error);
}

QString PostgresServer::stopStandby()
{
    if (!m_standbyStarted ||
        !run(m_bin + QStringLiteral("/pg_ctl"),
             {QStringLiteral("-D"), m_standbyData, QStringLiteral("-m"), QStringLiteral("immediate"),
              QStringLiteral("-w"), QStringLiteral("stop")})) {
        return m_standbyStarted ? m_error : QStringLiteral("no standby runs");
    }
    m_standbyStarted = false;
    return {};
}

QString PostgresServer::restartStandby()
{
    if (m_standbyStarted || m_standbyData.isEmpty()) {
        return QStringLiteral("no stopped standby");
    }
    if (!startServer(m_standbyData, m_standbySocketDir, QStringLiteral("-c cluster_name=standby"))) {
        return m_error;
    }
    m_standbyStarted = true;
    return waitSynchronous();
}

QString PostgresServer::killPrimary()
{
    QFile pidFile(m_data + QStringLiteral("/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly)) {
        return QStringLiteral("no postmaster.pid");
    }
    const pid_t pid = static_cast<pid_t>(pidFile.readLine().trimmed().toLongLong());
    if (pid <= 0 || ::kill(pid, SIGKILL) != 0) {
        return QStringLiteral("cannot kill the primary (pid %1)").arg(pid);
    }
    m_started = false; // nothing to stop; its orphaned sessions end when they notice the postmaster gone
    return {};
}

QString PostgresServer::stopNow()
{
    if (!m_started || !m_owned) {
        return QStringLiteral("only a running cluster of the test's own can be stopped");
    }
    if (!stop("immediate")) {
        return m_error;
    }
    m_started = false;
    return {};
}

QString PostgresServer::startAgain()
{
    if (m_started || !m_owned) {
        return QStringLiteral("only a stopped cluster of the test's own can be started again");
    }
    if (!startServer(m_data, m_socketDir)) {
        return m_error;
    }
    m_started = true;
    return {};
}

QString PostgresServer::promoteStandby()
{
    if (!run(m_bin + QStringLiteral("/pg_ctl"),
             {QStringLiteral("-D"), m_standbyData, QStringLiteral("-w"), QStringLiteral("-t"),
              QStringLiteral("60"), QStringLiteral("promote")})) {
        return m_error;
    }
    return {};
}

QString PostgresServer::scalar(const QString& socketDir, const QString& database, const QString& sql,
                               QString* error)
{
    const QString name = QStringLiteral("hall-test-scalar-%1").arg(g_databases.fetchAndAddRelaxed(1));
    QString out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(socketDir);
        db.setDatabaseName(database);
        db.setUserName(user());
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                *error = q.lastError().text();
            } else if (q.next()) {
                out = q.value(0).toString();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
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
    // FILE_COPY copies template1's files instead of writing every block of it to the WAL (the default
    // since PostgreSQL 15): on the test cluster, without fsync, its checkpoints cost nothing and a
    // database is made in about half the time.
    *error = maintenance(socketDir, QStringLiteral("CREATE DATABASE %1 STRATEGY FILE_COPY").arg(name));
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
