// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QString>

#include <vector>

namespace hall::bench {

/// CLOCK_MONOTONIC in nanoseconds: shared by every actor and thread of one run, and by the service
/// and relays that stamp their hops with the same clock (service/net/fanouttrace.h).
qint64 nowNs();

/// Everything the actors observe, and the figures computed from it.
struct Observations
{
    std::vector<qint64> latencyNs; ///< every reply, in arrival order
    QHash<QString, std::vector<qint64>> latencyByOp;
    qint64 okReplies = 0;
    QMap<QString, qint64> refusals; ///< by error code
    QHash<QString, int> issued;     ///< ticket number -> times a kiosk got it (1 unless duplicated)
    QHash<QString, int> called;     ///< ticket number -> times callNext returned it
    QHash<QString, int> finished;
    QHash<QString, qint64> calledReplyNs; ///< ticket number -> when the callNext reply arrived
    struct Delivery
    {
        int displays = 0;
        qint64 firstNs = 0; ///< the first display's read of the call
        qint64 lastNs = 0;
        /// When the last display's frame reached its socket (the kernel's receive stamp, LeanDisplays),
        /// however long the bench then took to read it; the read time where there is no stamp.
        qint64 lastArrivedNs = 0;
        qint64 seq = -1; ///< the call's event seq, to find it in the service's and relays' traces
        void add(const Delivery& other);
    };
    QHash<QString, Delivery> calledShown;              ///< ticket number -> displays that got ticket.called
    qint64 seqGaps = 0;                                ///< events a display missed (a seq jump) or got twice
    std::vector<std::pair<qint64, qint64>> eventBytes; ///< (arrival ns, UTF-8 bytes) of display 1's events

    /// Bytes display 1 received from `fromNs` to `toNs`.
    qint64 eventBytesBetween(qint64 fromNs, qint64 toNs) const;

    void reply(const QString& op, qint64 sentNs, bool ok, const QString& code);
    /// Adds what the displays of another reader thread observed (calledShown, seqGaps, eventBytes).
    void addDisplays(const Observations& other);
};

/// p-th percentile (0–100) of `values` in milliseconds; sorts a copy.
double percentileMs(std::vector<qint64> values, double p);

} // namespace hall::bench
