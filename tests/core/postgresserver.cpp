#include "postgresserver.h"

#include <QDir>
#include <QProcess>

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

} // namespace

PostgresServer::PostgresServer()
{
    m_bin = findBinDir();
    if (m_bin.isEmpty()) {
        m_error = QStringLiteral("PostgreSQL server binaries not found (./hall deps installs postgresql)");
        return;
    }
    m_data = m_dir.filePath(QStringLiteral("data"));
    if (geteuid() == 0) {
        const passwd* pg = getpwnam("postgres");
        if (pg == nullptr ||
            chown(QFile::encodeName(m_dir.path()).constData(), pg->pw_uid, pg->pw_gid) != 0) {
            m_error = QStringLiteral("running as root, but cannot hand the data directory to user postgres");
            return;
        }
        m_asPostgres = true;
    }
    if (!run(m_bin + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), m_data, QStringLiteral("-U"), user(), QStringLiteral("--auth=trust"),
              QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-locale")})) {
        return;
    }
    const QString serverOptions =
        QStringLiteral("-k %1 -c listen_addresses='' -c fsync=on").arg(m_dir.path());
    m_started = run(m_bin + QStringLiteral("/pg_ctl"),
                    {QStringLiteral("-D"), m_data, QStringLiteral("-o"), serverOptions, QStringLiteral("-l"),
                     m_dir.filePath(QStringLiteral("log")), QStringLiteral("-w"), QStringLiteral("-t"),
                     QStringLiteral("60"), QStringLiteral("start")});
}

PostgresServer::~PostgresServer()
{
    if (m_started) {
        run(m_bin + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"),
             QStringLiteral("stop")});
    }
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
