// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchoptions.h"

namespace hall::bench {

/// The figures of one run, for benchmarks that print several runs side by side.
struct LoadFigures
{
    double seconds = 0;
    qint64 acknowledged = 0;       ///< durable requests answered ok in the window
    qint64 calls = 0;              ///< callNext replies with a ticket in the window
    double serviceCpuMs = 0;       ///< the private service's user + system CPU in the window
    double serviceSystemCpuMs = 0; ///< of which in the kernel (system calls, loopback TCP)
    /// The service's CPU per second in the quiet window before the load (every session connected,
    /// nothing driven: pings, timers), -1 when there was none.
    double serviceQuietCpuMsPerSecond = -1;
    double relayCpuMs = 0; ///< every relay's user + system CPU in the window, together
    double relayQuietCpuMsPerSecond = -1;
    double benchCpuMs = 0; ///< the bench's own CPU in the window (its displays' reading, mostly)
    /// The service's CPU in the window above its quiet rate: what the driven work (issues, calls,
    /// starts, finishes and their pushes) cost. Equals serviceCpuMs without a quiet window.
    double serviceDrivenCpuMs() const
    {
        return serviceCpuMs - (serviceQuietCpuMsPerSecond > 0 ? serviceQuietCpuMsPerSecond * seconds : 0);
    }
    double callToEveryDisplayP50Ms = 0;
    double callToEveryDisplayP99Ms = 0;
    /// The same up to the last display's socket (kernel receive stamp), without the bench's reading.
    double callToEverySocketP50Ms = 0;
    double callToEverySocketP99Ms = 0;
    qint64 eventBytesPerDisplay = 0; ///< what display 1 received in the window
    QString loadBefore;
    QString loadAfter;
};

/// Runs one load: sets up the hall, connects every session, drives the mix for the configured
/// time, drains, checks the final hall state and prints the figures. Returns the exit code
/// (non-zero when the run could not be made or tickets were lost or duplicated).
int runLoad(const BenchOptions& options, LoadFigures* figures = nullptr);

} // namespace hall::bench
