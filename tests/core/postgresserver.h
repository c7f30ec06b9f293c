#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace hall::test {

/// A throwaway PostgreSQL cluster for one test: initdb into a temporary directory, a server that
/// listens on a Unix socket in that directory only (no TCP port at all), stopped and deleted when
/// the object goes. As root (CI) it runs the server as the `postgres` system user, since PostgreSQL
/// refuses to run as root.
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer&) = delete;
    PostgresServer& operator=(const PostgresServer&) = delete;

    /// Empty when the server runs; otherwise what went wrong, for the test to report.
    const QString& error() const { return m_error; }
    /// The socket directory: Qt's QPSQL driver takes it as the host name.
    QString socketDir() const { return m_dir.path(); }
    static QString user() { return QStringLiteral("hall"); }

private:
    bool run(const QString& program, const QStringList& args);

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_data;
    bool m_started = false;
    bool m_asPostgres = false;
    QString m_error;
};

} // namespace hall::test
