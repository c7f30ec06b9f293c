#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace hall::test {

/// A throwaway PostgreSQL cluster: initdb into a directory, a server that listens on a Unix socket
/// in that directory only (no TCP port at all). As root (CI) it runs the server as the `postgres`
/// system user, since PostgreSQL refuses to run as root.
///
/// Two lifetimes: a test's own cluster in a temporary directory, stopped and deleted when the object
/// goes; or the shared cluster of a ctest run (`startShared`/`stopShared`, a ctest fixture), which
/// outlives the test processes that each take a database of their own on it (`createDatabase`).
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
    QString socketDir() const { return m_socketDir; }
    static QString user() { return QStringLiteral("hall"); }

    /// Starts a cluster in `dir` (made, or wiped first if a killed run left one) that keeps running
    /// after this process ends; the error, or empty.
    static QString startShared(const QString& dir);
    /// Stops the cluster `startShared` made in `dir` and deletes the directory; the error, or empty.
    static QString stopShared(const QString& dir);

    /// A new, empty database on the cluster whose socket is in `socketDir`; its name, or empty with
    /// `*error` set.
    static QString createDatabase(const QString& socketDir, QString* error);
    /// Drops `name` (closing its connections); the error, or empty.
    static QString dropDatabase(const QString& socketDir, const QString& name);

private:
    struct Shared
    {};
    PostgresServer(const QString& dir, Shared);
    bool initAndStart(const QString& root);
    bool stop(const char* mode);
    bool run(const QString& program, const QStringList& args);

    QTemporaryDir m_dir;
    QString m_socketDir;
    QString m_bin;
    QString m_data;
    bool m_started = false;
    bool m_owned = true; ///< stopped by the destructor
    bool m_asPostgres = false;
    QString m_error;
};

} // namespace hall::test
