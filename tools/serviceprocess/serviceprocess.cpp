// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serviceprocess.h"

#include "client/waituntil.h"

#include <QRegularExpression>

namespace hall {

ServiceProcess::ServiceProcess() : m_servicePath(servicePath())
{
    QObject::connect(&m_process, &QProcess::readyReadStandardError,
                     [this] { m_log += QString::fromUtf8(m_process.readAllStandardError()); });
}

ServiceProcess::~ServiceProcess()
{
    kill();
}

QString ServiceProcess::servicePath()
{
    return QStringLiteral(HALL_SERVICE_PATH);
}

QString ServiceProcess::adminPath()
{
    return QStringLiteral(HALL_ADMIN_PATH);
}

QString ServiceProcess::relayPath()
{
    return QStringLiteral(HALL_RELAY_PATH);
}

AdminRun ServiceProcess::admin(const QString& dataDir, const QStringList& args, const QByteArray& stdinData)
{
    QProcess p;
    p.start(adminPath(), QStringList{QStringLiteral("--data-dir"), dataDir} + args);
    if (!p.waitForStarted(10000)) {
        return AdminRun{-1, {}, p.errorString()};
    }
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(5000);
        return AdminRun{-1, {}, QStringLiteral("hall-admin did not finish within 30 s")};
    }
    return AdminRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                    QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()),
                    true};
}

bool ServiceProcess::start(const QString& dataDir, const QStringList& extra, int timeoutMs)
{
    m_url.clear();
    m_operatorPort = 0;
    m_residentPort = 0;
    m_error.clear();
    m_output.clear();
    QStringList arguments{QStringLiteral("--listen"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                          QStringLiteral("0")};
    if (!dataDir.isEmpty()) {
        arguments << QStringLiteral("--data-dir") << dataDir;
    }
    arguments += extra;
    QString program = m_servicePath;
    if (!m_launcher.isEmpty()) {
        arguments = m_launcher.mid(1) + QStringList{m_servicePath} + arguments;
        program = m_launcher.first();
    }
    if (!m_logFile.isEmpty()) {
        m_process.setStandardErrorFile(m_logFile);
    }
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString());
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on (wss?)://[^ ]+:(\\d+)/v1"));
    static const QRegularExpression operatorLine(QStringLiteral("operator endpoint on http://[^ ]+:(\\d+)/"));
    static const QRegularExpression residentLine(QStringLiteral("resident pages on https?://[^ ]+:(\\d+)/"));
    const bool wantOperator = extra.contains(QStringLiteral("--operator-port"));
    const bool wantResident = extra.contains(QStringLiteral("--resident-port"));
    waitUntil(
        [&] {
            m_output += QString::fromUtf8(m_process.readAllStandardOutput());
            if (const auto m = listening.match(m_output); m.hasMatch()) {
                // The address asked for, whatever name the service prints for it.
                m_url = QUrl(QStringLiteral("%1://127.0.0.1:%2/v1").arg(m.captured(1), m.captured(2)));
            }
            if (const auto o = operatorLine.match(m_output); o.hasMatch()) {
                m_operatorPort = static_cast<quint16>(o.captured(1).toUInt());
            }
            if (const auto r = residentLine.match(m_output); r.hasMatch()) {
                m_residentPort = static_cast<quint16>(r.captured(1).toUInt());
            }
            return (m_url.isValid() && (!wantOperator || m_operatorPort != 0) &&
                    (!wantResident || m_residentPort != 0)) ||
                   m_process.state() != QProcess::Running;
        },
        timeoutMs);
    if (m_url.isValid()) {
        return true;
    }
    m_error = running() ? QStringLiteral("hall-service did not say it listens within %1 ms").arg(timeoutMs)
                        : QStringLiteral("hall-service exited before it listened");
    return false;
}

void ServiceProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

void ServiceProcess::signalTerminate()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
    }
}

int ServiceProcess::waitExit(int timeoutMs)
{
    if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(timeoutMs)) {
        return -1;
    }
    m_log += QString::fromUtf8(m_process.readAllStandardError());
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void ServiceProcess::stop(int timeoutMs)
{
    signalTerminate();
    if (waitExit(timeoutMs) == -1) {
        kill();
    }
}

} // namespace hall
