// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace hall {

/// Counts the instructions a child process (hall-service under a benchmark) executes in user space,
/// phase by phase, with valgrind's callgrind: the child runs under launcher() with instrumentation
/// off, so connecting thousands of clients costs little; begin() switches it on (the first time) and
/// zeroes the counters, end() dumps them and reads the dump's total. Unlike CPU time, the count does
/// not depend on what else the machine runs (no shared caches, no clock, no frequency), so figures
/// compare across runs and commits on a loaded machine. Not counted: the kernel's work in system
/// calls (the loopback TCP path of every write), which CPU time's system share shows instead.
/// callgrind_control (vgdb) talks to the child while this process's event loop keeps running, so the
/// benchmark's clients keep going meanwhile.
class CallgrindPhases
{
public:
    /// For ServiceProcess::setLauncher: callgrind with instrumentation off, dumps into `outDir`.
    static QStringList launcher(const QString& outDir);
    /// Whether valgrind and callgrind_control are installed.
    static bool available();

    CallgrindPhases(qint64 pid, QString outDir);

    /// Zeroes the counters (instrumentation on, the first time). false with error() when the child
    /// did not take the command.
    bool begin();
    /// The instructions since begin(), dumped as `phase` into the out directory; nullopt with error().
    std::optional<qint64> end(const QString& phase);
    QString error() const { return m_error; }

private:
    bool control(const QString& command);

    qint64 m_pid;
    QString m_outDir;
    bool m_instrumenting = false;
    int m_dumps = 0;
    QString m_error;
};

} // namespace hall
