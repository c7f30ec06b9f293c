#include "hallprocess.h"

#include <catch2/catch.hpp>

namespace hall::test {

HallProcess::HallProcess()
{
    REQUIRE(m_dir.isValid());
    // A new hall is made explicitly, as an operator would (a missing database is an error).
    const AdminRun init = admin({QStringLiteral("init")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
}

HallProcess::~HallProcess()
{
    kill();
}

AdminRun HallProcess::admin(const QStringList& args, const QByteArray& stdinData)
{
    const AdminRun run = ServiceProcess::admin(m_dir.path(), args, stdinData);
    INFO(run.err.toStdString());
    REQUIRE(run.ran);
    return run;
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
        QStringList{QStringLiteral("--start-time"), QStringLiteral("2026-11-24T10:00:00+08:00")} + extra,
        15000);
}

void HallProcess::kill()
{
    m_service.kill();
}

} // namespace hall::test
