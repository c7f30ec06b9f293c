// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures.h"

#include <QList>
#include <QString>

#include <vector>

namespace hall::bench {

/// Where each call's time went, hop by hop, from the traces the service and the relays write with
/// HALL_FANOUT_TRACE (service/net/fanouttrace.h) and what the bench's displays observed. Every stamp
/// is CLOCK_MONOTONIC on the same machine, so they compare across processes.
class HopTrace
{
public:
    /// Reads <dir>/<pid>.trace of the service and of each relay.
    HopTrace(const QString& dir, qint64 servicePid, const QList<qint64>& relayPids);
    /// Prints percentiles of each hop (from the callNext reply) over the calls delivered to every
    /// display, and the `slowest` calls one by one.
    /// `socketStamps`: the displays took the kernel's receive stamps (LeanDisplays).
    void print(const Observations& obs, int displays, int slowest, bool socketStamps) const;

private:
    struct Push
    {
        qint64 lastSeq;
        qint64 queued; ///< sessions whose bytes the kernel did not all take at once
        qint64 startNs;
        qint64 endNs;
    };
    struct Process
    {
        std::vector<Push> pushes;                        ///< in seq order
        std::vector<std::pair<qint64, qint64>> received; ///< (seq, ns), relays only
        std::vector<std::pair<qint64, qint64>> pings;    ///< (start, end ns) of each ping of every session
        bool read(const QString& path);
        /// The push that carried `seq`, or null.
        const Push* pushOf(qint64 seq) const;
        qint64 receivedNs(qint64 seq) const; ///< -1 when not received
        /// Whether a ping of every session ran between `fromNs` and `toNs`.
        bool pingedBetween(qint64 fromNs, qint64 toNs) const;
    };
    Process m_service;
    std::vector<Process> m_relays;
    bool m_complete = false; ///< every trace file was found
};

} // namespace hall::bench
