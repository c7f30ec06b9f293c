// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace hall {

/// What one hall-admin run said.
struct AdminRun
{
    int exitCode = -1; ///< -1 when it did not run to its end or did not exit normally
    QString out;
    QString err;
    bool ran = false; ///< started and finished within the time allowed
};

/// hall-service as a child process on 127.0.0.1 with a port the kernel picks: the one way tests and
/// benchmarks start it. start() waits for the service's "listening on" line (and the operator's or
/// residents' line when those listeners are asked for), so the ports are known and nothing collides
/// with another run on the machine. The process is killed when this object goes.
class ServiceProcess
{
public:
    ServiceProcess();
    ~ServiceProcess();
    ServiceProcess(const ServiceProcess&) = delete;
    ServiceProcess& operator=(const ServiceProcess&) = delete;

    /// The hall-service and hall-admin of this build.
    static QString servicePath();
    static QString adminPath();
    /// hall-relay of this build: setServicePath(relayPath()) and start("", {"--url", …}) run a relay,
    /// whose "hall-relay listening on …/v1" line start() waits for as for the service's.
    static QString relayPath();
    /// `hall-admin --data-dir DIR ARGS` with `stdinData` on its input; waits at most 30 s.
    static AdminRun admin(const QString& dataDir, const QStringList& args, const QByteArray& stdinData = {});

    /// Another service binary (a benchmark's --service option).
    void setServicePath(const QString& path) { m_servicePath = path; }
    /// Runs the service through this command (e.g. prlimit …  --), which must exec it in its place.
    void setLauncher(const QStringList& launcher) { m_launcher = launcher; }
    /// The service's standard error goes to this file instead of log().
    void setLogFile(const QString& path) { m_logFile = path; }

    /// Starts `--listen 127.0.0.1 --port 0 --data-dir DIR` + `extra` (no --data-dir when `dataDir` is
    /// empty) and waits for it to listen.
    /// false with error() when it did not start, exited, or said nothing within `timeoutMs`.
    bool start(const QString& dataDir, const QStringList& extra = {}, int timeoutMs = 20000);
    QString error() const { return m_error; }

    QUrl url() const { return m_url; }
    quint16 port() const { return static_cast<quint16>(m_url.port(0)); }
    /// The operator endpoint's port when started with --operator-port (0 otherwise).
    quint16 operatorPort() const { return m_operatorPort; }
    /// The residents' pages' port when started with --resident-port (0 otherwise).
    quint16 residentPort() const { return m_residentPort; }
    /// What the service wrote to standard error (when not sent to a file) and to standard output.
    QString log() const { return m_log; }
    QString output() const { return m_output; }
    qint64 pid() const { return m_process.processId(); }
    bool running() const { return m_process.state() == QProcess::Running; }

    /// SIGKILL: nothing is flushed or closed, like a power cut.
    void kill();
    /// SIGTERM without waiting.
    void signalTerminate();
    /// Waits for the exit; the exit code (-1: not a normal exit or still running after `timeoutMs`).
    int waitExit(int timeoutMs = 15000);
    /// SIGTERM, then SIGKILL if it has not exited within `timeoutMs`.
    void stop(int timeoutMs = 5000);

private:
    QProcess m_process;
    QString m_servicePath;
    QStringList m_launcher;
    QString m_logFile;
    QString m_error;
    QString m_log;
    QString m_output;
    QUrl m_url;
    quint16 m_operatorPort = 0;
    quint16 m_residentPort = 0;
};

} // namespace hall
