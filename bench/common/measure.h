// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace hall::measure {

/// CPU a process has used so far, split as the kernel accounts it, in milliseconds.
struct ProcessCpu
{
    double userMs = 0;
    double systemMs = 0; ///< on loopback this includes the receiving side's TCP work for each send
    /// User plus system to the nanosecond (every thread's schedstat), where the two above move by whole
    /// clock ticks of 10 ms: a burst of 2,000 requests is only ~9 ticks. 0 if it cannot be read.
    double exactMs = 0;
};

/// User and system CPU of process `pid` so far (zeros if it cannot be read).
ProcessCpu processCpu(qint64 pid);

/// User plus system CPU process `pid` has used so far, in milliseconds (0 if it cannot be read).
/// Load-independent enough to compare runs on a busy machine, unlike wall-clock figures.
double processCpuMs(qint64 pid);

/// CPU time of the calling thread, in nanoseconds.
qint64 threadCpuNs();

/// "1.23 0.98 0.70" from /proc/loadavg, printed beside every wall-clock figure: above 2 on this
/// 2-core machine, latencies say more about the neighbours than about the code.
QString loadAverage();

} // namespace hall::measure
