#include "hallprocess.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTimer>

namespace hall::test {

HallProcess::HallProcess()
{
    REQUIRE(m_dir.isValid());
    m_process.setProgram(servicePath());
    QObject::connect(&m_process, &QProcess::readyReadStandardError,
                     [this] { m_log += QString::fromUtf8(m_process.readAllStandardError()); });
    // A new hall is made explicitly, as an operator would (a missing database is an error).
    const AdminRun init = admin({QStringLiteral("init")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
}

HallProcess::~HallProcess()
{
    kill();
}

QString HallProcess::servicePath()
{
    return QStringLiteral(HALL_SERVICE_PATH);
}
QString HallProcess::adminPath()
{
    return QStringLiteral(HALL_ADMIN_PATH);
}

AdminRun HallProcess::admin(const QStringList& args, const QByteArray& stdinData)
{
    QProcess p;
    p.start(adminPath(), QStringList{QStringLiteral("--data-dir"), m_dir.path()} + args);
    REQUIRE(p.waitForStarted(10000));
    p.write(stdinData);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(30000));
    return AdminRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                    QString::fromUtf8(p.readAllStandardOutput()),
                    QString::fromUtf8(p.readAllStandardError())};
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
    m_port = 0;
    QStringList arguments =
        QStringList{QStringLiteral("--listen"),     QStringLiteral("127.0.0.1"),
                    QStringLiteral("--port"),       QStringLiteral("0"),
                    QStringLiteral("--data-dir"),   m_dir.path(),
                    QStringLiteral("--start-time"), QStringLiteral("2026-11-24T10:00:00+08:00")} +
        extra;
    if (m_descriptorLimit > 0) {
        // prlimit sets the limit and then executes the service in its own place (same process id).
        m_process.setProgram(QStringLiteral("prlimit"));
        arguments =
            QStringList{QStringLiteral("--nofile=%1:%2").arg(m_descriptorLimit).arg(m_descriptorHardLimit),
                        QStringLiteral("--"), servicePath()} +
            arguments;
    }
    m_process.setArguments(arguments);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on (wss?)://[^:]+:(\\d+)/v1"));
    static const QRegularExpression operatorLine(QStringLiteral("operator endpoint on http://[^ ]+:(\\d+)/"));
    static const QRegularExpression residentLine(QStringLiteral("resident pages on https?://[^ ]+:(\\d+)/"));
    const bool wantOperator = extra.contains(QStringLiteral("--operator-port"));
    const bool wantResident = extra.contains(QStringLiteral("--resident-port"));
    m_operatorPort = 0;
    m_residentPort = 0;
    QString out;
    waitUntil(
        [&] {
            out += QString::fromUtf8(m_process.readAllStandardOutput());
            const auto m = listening.match(out);
            if (m.hasMatch()) {
                m_scheme = m.captured(1);
                m_port = static_cast<quint16>(m.captured(2).toUInt());
            }
            if (const auto o = operatorLine.match(out); o.hasMatch()) {
                m_operatorPort = static_cast<quint16>(o.captured(1).toUInt());
            }
            if (const auto r = residentLine.match(out); r.hasMatch()) {
                m_residentPort = static_cast<quint16>(r.captured(1).toUInt());
            }
            return (m_port != 0 && (!wantOperator || m_operatorPort != 0) &&
                    (!wantResident || m_residentPort != 0)) ||
                   m_process.state() != QProcess::Running;
        },
        15000);
    return m_port != 0;
}

void HallProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

void HallProcess::signalTerminate()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
    }
}

int HallProcess::waitExit(int timeoutMs)
{
    if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(timeoutMs)) {
        return -1;
    }
    m_log += QString::fromUtf8(m_process.readAllStandardError());
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

QUrl HallProcess::url() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2/v1").arg(m_scheme).arg(m_port));
}

} // namespace hall::test
