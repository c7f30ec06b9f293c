// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
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
    /// The --database URL of `database` on the cluster whose socket is in `socketDir`.
    static QString databaseUrl(const QString& socketDir, const QString& database)
    {
        return QStringLiteral("postgresql:///%1?host=%2&user=%3").arg(database, socketDir, user());
    }

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

    /// A hot standby of this (own, not shared) cluster: `pg_basebackup` over the Unix socket into a
    /// second data directory, started with a socket directory of its own and streaming from this
    /// one; then this one waits for it on every commit (`synchronous_standby_names`), so what a
    /// commit acknowledged is on the standby. The error, or empty.
    QString startStandby();
    QString standbySocketDir() const { return m_standbySocketDir; }
    /// Stops the standby at once (`pg_ctl stop -m immediate`): the primary's commits then wait for it.
    QString stopStandby();
    /// Starts the stopped standby again and waits until the primary has it as synchronous again.
    QString restartStandby();
    /// SIGKILL to the primary's postmaster, as a power cut (its sessions end with it); the error.
    QString killPrimary();
    /// `pg_ctl stop -m immediate` on this (own) cluster: every session ends at once and the next start
    /// recovers from the WAL, as after a crash; the error, or empty.
    QString stopNow();
    /// Starts this (own) cluster again after stopNow() or killPrimary(), on the same socket; the error.
    QString startAgain();
    /// `pg_ctl promote` on the standby, waiting until it takes writes; the error, or empty.
    QString promoteStandby();
    /// Runs `sql` on database `database` of the server whose socket is in `socketDir` and returns
    /// the first column of the first row (empty with `*error` set on failure).
    static QString scalar(const QString& socketDir, const QString& database, const QString& sql,
                          QString* error);

private:
    struct Shared
    {};
    PostgresServer(const QString& dir, Shared);
    bool initAndStart(const QString& root);
    bool startServer(const QString& data, const QString& socketDir, const QString& extra = {});
    bool stop(const char* mode);
    QString waitSynchronous();
    bool run(const QString& program, const QStringList& args);

    QTemporaryDir m_dir;
    QString m_socketDir;
    QString m_bin;
    QString m_data;
    bool m_started = false;
    bool m_owned = true; ///< stopped by the destructor
    bool m_asPostgres = false;
    QString m_error;
    QString m_standbySocketDir;
    QString m_standbyData;
    bool m_standbyStarted = false;
};

} // namespace hall::test
