// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/waituntil.h"
#include "serviceprocess.h"

#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>

namespace hall::test {

/// Runs the event loop until `done()` holds or `timeoutMs` passed; returns done().
using hall::waitUntil;

using hall::AdminRun;

/// A real hall-service process (ServiceProcess) with a temporary data directory (made a hall with
/// `hall-admin init`), and hall-admin on the same database; a refusal fails the test. The hall
/// clock starts at 10:00 on a working day so tickets can always be issued. The database is SQLite
/// in the data directory, or, when `HALL_TEST_PG_CLUSTER` names the socket directory of a PostgreSQL
/// cluster (the ctest fixture of the "service (postgres)" tests), a new database of its own there.
class HallProcess
{
public:
    HallProcess();
    /// A hall `hall` in the PostgreSQL database `databaseUrl` that other halls share (made with
    /// `hall-admin init` unless `init` is false: then the test makes the data directory a hall).
    HallProcess(const QString& databaseUrl, const QString& hall, bool init = true);
    ~HallProcess();

    AdminRun admin(const QStringList& args, const QByteArray& stdinData = {});
    /// `hall-admin device add`; returns the token (fails the test when refused).
    QString addDevice(const QString& role, const QString& name);
    void addStaff(const QString& user, const QString& counters,
                  const QString& password = QStringLiteral("secret-pass"));

    /// Starts the service (extra flags appended) and waits for its "listening" line.
    bool start(const QStringList& extra = {});
    /// The next start() runs the service with this soft descriptor limit and `hard` (by default the
    /// same) as the hard one (prlimit).
    void setDescriptorLimit(int limit, int hard = 0)
    {
        m_descriptorLimit = limit;
        m_descriptorHardLimit = hard > 0 ? hard : limit;
    }
    /// SIGKILL: nothing is flushed or closed, like a power cut.
    void kill();
    /// SIGTERM, and waits for the exit; returns the exit code (-1 when it did not exit normally).
    int terminate(int timeoutMs = 15000)
    {
        signalTerminate();
        return waitExit(timeoutMs);
    }
    /// SIGTERM without waiting, so the test's clients keep reading while the service shuts down.
    void signalTerminate() { m_service.signalTerminate(); }
    /// Waits for the exit that signalTerminate() asked for; the exit code (-1: not a normal exit).
    int waitExit(int timeoutMs = 15000) { return m_service.waitExit(timeoutMs); }
    qint64 pid() const { return m_service.pid(); }
    bool restart()
    {
        kill();
        return start(m_extra);
    }

    QUrl url() const { return m_service.url(); }
    quint16 port() const { return m_service.port(); }
    /// The operator endpoint's port when started with --operator-port (0 otherwise).
    quint16 operatorPort() const { return m_service.operatorPort(); }
    /// The residents' pages' port when started with --resident-port (0 otherwise).
    quint16 residentPort() const { return m_service.residentPort(); }
    QString dataDir() const { return m_dir.path(); }
    /// Gives this hall `from`'s person key (one city, one key, as an operator copies it), replacing its
    /// own if it has one; fails the test when the copy fails.
    void sharePersonKey(const HallProcess& from);
    QString databasePath() const { return m_dir.path() + QStringLiteral("/hall.sqlite"); }
    /// The --database value on PostgreSQL; empty on SQLite.
    QString databaseUrl() const { return m_database; }
    /// The --hall value (its schema in a shared PostgreSQL database); empty for the default.
    QString hallId() const { return m_hall; }
    /// The next start() and admin() use this --database (empty: the SQLite file in the data
    /// directory), as after an operator moved the hall's store (hall-admin move-to-local).
    void setDatabaseUrl(const QString& databaseUrl) { m_database = databaseUrl; }
    /// The socket directory of the cluster the tests run on, or empty for SQLite.
    static QString postgresCluster();
    /// The --database and --hall flags of this hall's store (none for its SQLite file), for a
    /// second process a test starts on the same hall.
    QStringList storeArguments() const;
    QString log() const { return m_service.log(); }
    bool running() const { return m_service.running(); }

    static QString servicePath() { return ServiceProcess::servicePath(); }
    static QString adminPath() { return ServiceProcess::adminPath(); }

private:
    void makeHall(bool init);

    QTemporaryDir m_dir;
    QString m_pgDatabase; ///< its name on the cluster, dropped with the hall
    QString m_database;
    QString m_hall;
    ServiceProcess m_service;
    QStringList m_extra;
    int m_descriptorLimit = 0;
    int m_descriptorHardLimit = 0;
};

} // namespace hall::test
