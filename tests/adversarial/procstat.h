// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hall::test {

/// What a process costs, read from /proc: the figures the adversarial tests print beside their
/// pass lines.
struct ProcStat
{
    static qint64 rssBytes(qint64 pid);           ///< VmRSS
    static int descriptors(qint64 pid);           ///< entries of /proc/PID/fd
    static double cpuSeconds(qint64 pid);         ///< user + system time so far
    static qint64 fileBytes(const QString& path); ///< 0 when missing
    static int softDescriptorLimit(qint64 pid);   ///< "Max open files" of /proc/PID/limits; -1 unknown
    /// TCP connections (not listening sockets) on local `port` that the process holds a descriptor
    /// of: what a client's connections cost it, apart from files the service opens on its own.
    static int connections(qint64 pid, quint16 port);
};

/// "12.3 MB"
QString megabytes(qint64 bytes);

} // namespace hall::test
