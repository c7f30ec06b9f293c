// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hallprocess.h"

#include "postgresserver.h"

#include <catch2/catch.hpp>

#include <QFile>

namespace hall::test {

QString HallProcess::postgresCluster()
{
    return qEnvironmentVariable("HALL_TEST_PG_CLUSTER");
}

HallProcess::HallProcess()
{
    REQUIRE(m_dir.isValid());
    if (const QString cluster = postgresCluster(); !cluster.isEmpty()) {
        // The same tests on PostgreSQL: a database of this hall's own on the run's shared cluster.
        QString error;
        m_pgDatabase = PostgresServer::createDatabase(cluster, &error);
        INFO("PostgreSQL cluster " << cluster.toStdString() << ": " << error.toStdString());
        REQUIRE(error.isEmpty());
        m_database = PostgresServer::databaseUrl(cluster, m_pgDatabase);
    }
    makeHall(true);
}

HallProcess::HallProcess(const QString& databaseUrl, const QString& hall, bool init)
    : m_database(databaseUrl), m_hall(hall)
{
    REQUIRE(m_dir.isValid());
    makeHall(init);
}

void HallProcess::makeHall(bool init)
{
    if (!init) {
        return;
    }
    // A new hall is made explicitly, as an operator would (a missing database is an error).
    const AdminRun made = admin({QStringLiteral("init")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
}

HallProcess::~HallProcess()
{
    kill();
    if (!m_pgDatabase.isEmpty()) {
        PostgresServer::dropDatabase(postgresCluster(), m_pgDatabase);
    }
}

QStringList HallProcess::storeArguments() const
{
    QStringList args;
    if (!m_database.isEmpty()) {
        args << QStringLiteral("--database") << m_database;
    }
    if (!m_hall.isEmpty()) {
        args << QStringLiteral("--hall") << m_hall;
    }
    return args;
}

AdminRun HallProcess::admin(const QStringList& args, const QByteArray& stdinData)
{
    const AdminRun run = ServiceProcess::admin(m_dir.path(), storeArguments() + args, stdinData);
    INFO(run.err.toStdString());
    REQUIRE(run.ran);
    return run;
}

void HallProcess::sharePersonKey(const HallProcess& from)
{
    const QString key = QStringLiteral("/person-key.secret");
    QFile::remove(dataDir() + key);
    REQUIRE(QFile::copy(from.dataDir() + key, dataDir() + key));
}

QString HallProcess::addDevice(const QString& role, const QString& name)
{
    const AdminRun r = admin({QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("--role"), role,
                              QStringLiteral("--name"), name});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out.trimmed();
}

void HallProcess::addStaff(const QString& user, const QString& counters, const QString& password)
{
    const AdminRun r =
        admin({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--user"), user,
               QStringLiteral("--name"), QStringLiteral("测试员"), QStringLiteral("--counters"), counters},
              password.toUtf8() + '\n');
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

bool HallProcess::start(const QStringList& extra)
{
    m_extra = extra;
    // prlimit sets the limit and then executes the service in its own place (same process id).
    m_service.setLauncher(
        m_descriptorLimit > 0
            ? QStringList{QStringLiteral("prlimit"),
                          QStringLiteral("--nofile=%1:%2").arg(m_descriptorLimit).arg(m_descriptorHardLimit),
                          QStringLiteral("--")}
            : QStringList{});
    return m_service.start(
        m_dir.path(),
        storeArguments() +
            QStringList{QStringLiteral("--start-time"), QStringLiteral("2026-11-24T10:00:00+08:00")} + extra,
        15000);
}

void HallProcess::kill()
{
    m_service.kill();
}

} // namespace hall::test
