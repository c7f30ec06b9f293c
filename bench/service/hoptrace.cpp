// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hoptrace.h"

#include <QFile>

#include <algorithm>
#include <cstdio>

namespace hall::bench {

bool HopTrace::Process::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    while (!file.atEnd()) {
        const QList<QByteArray> f = file.readLine().trimmed().split(' ');
        if (f.size() != 5) {
            continue;
        }
        if (f.at(0) == "push") {
            pushes.push_back(
                {f.at(1).toLongLong(), f.at(2).toLongLong(), f.at(3).toLongLong(), f.at(4).toLongLong()});
        } else if (f.at(0) == "ping") {
            pings.emplace_back(f.at(3).toLongLong(), f.at(4).toLongLong());
        } else if (f.at(0) == "recv") {
            received.emplace_back(f.at(1).toLongLong(), f.at(3).toLongLong());
        }
    }
    std::sort(received.begin(), received.end());
    return true;
}

const HopTrace::Push* HopTrace::Process::pushOf(qint64 seq) const
{
    const auto it = std::lower_bound(pushes.begin(), pushes.end(), seq,
                                     [](const Push& p, qint64 s) { return p.lastSeq < s; });
    return it == pushes.end() ? nullptr : &*it;
}

qint64 HopTrace::Process::receivedNs(qint64 seq) const
{
    const auto it = std::lower_bound(received.begin(), received.end(), std::pair<qint64, qint64>{seq, 0});
    return it != received.end() && it->first == seq ? it->second : -1;
}

bool HopTrace::Process::pingedBetween(qint64 fromNs, qint64 toNs) const
{
    return std::any_of(pings.begin(), pings.end(), [&](const std::pair<qint64, qint64>& p) {
        return p.second >= fromNs && p.first <= toNs;
    });
}

HopTrace::HopTrace(const QString& dir, qint64 servicePid, const QList<qint64>& relayPids)
{
    const auto path = [&dir](qint64 pid) { return QStringLiteral("%1/%2.trace").arg(dir).arg(pid); };
    m_complete = m_service.read(path(servicePid));
    for (const qint64 pid : relayPids) {
        m_relays.emplace_back();
        m_complete = m_relays.back().read(path(pid)) && m_complete;
    }
}

namespace hoptraceprint {

// The hops of one call, in ns after the callNext reply reached the bench (-1 unknown; a push may
// come before the reply, hence signed offsets).
struct CallHops
{
    QString number;
    qint64 total = 0;
    QString pinged;         // the processes that pinged all their sessions while the call was on its way
    std::vector<qint64> at; // one per hop name, kUnknown when missing
};

constexpr qint64 kUnknown = INT64_MIN;

const char* const kHopNames[] = {"service push begins",       "service push written", "last relay received",
                                 "last relay's push written", "first display read",   "last display's socket",
                                 "last display read"};
constexpr int kHops = 7;

void printMs(qint64 ns)
{
    if (ns == kUnknown) {
        std::printf(" %9s", "-");
    } else {
        std::printf(" %9.2f", double(ns) / 1e6);
    }
}

} // namespace hoptraceprint

void HopTrace::print(const Observations& obs, int displays, int slowest, bool socketStamps) const
{
    using namespace hoptraceprint;
    const auto shown = [&](int h) {
        return !(m_relays.empty() && (h == 2 || h == 3)) && (socketStamps || h != 5);
    };
    if (!m_complete) {
        std::printf("  hops: no complete trace (HALL_FANOUT_TRACE); not shown\n");
        return;
    }
    std::vector<CallHops> calls;
    for (auto it = obs.calledReplyNs.cbegin(); it != obs.calledReplyNs.cend(); ++it) {
        const Observations::Delivery d = obs.calledShown.value(it.key());
        if (d.displays < displays || d.seq < 0) {
            continue;
        }
        const qint64 t0 = it.value();
        CallHops c;
        c.number = it.key();
        c.total = d.lastNs - t0;
        c.at.assign(kHops, kUnknown);
        if (const Push* p = m_service.pushOf(d.seq)) {
            c.at[0] = p->startNs - t0;
            c.at[1] = p->endNs - t0;
        }
        if (!m_relays.empty()) {
            qint64 recv = -1;
            qint64 written = -1;
            qint64 queued = 0;
            bool all = true;
            for (const Process& r : m_relays) {
                const qint64 at = r.receivedNs(d.seq);
                const Push* p = r.pushOf(d.seq);
                all = all && at >= 0 && p != nullptr;
                recv = std::max(recv, at);
                written = std::max(written, p ? p->endNs : -1);
                queued += p ? p->queued : 0;
            }
            if (all) {
                c.at[2] = recv - t0;
                c.at[3] = written - t0;
            }
            if (queued > 0) {
                c.pinged += QStringLiteral(" (%1 displays' bytes left queued in a relay)").arg(queued);
            }
        }
        // From the push's start (which may precede the reply) to the last display's read.
        const qint64 from = std::min(t0, c.at[0] == kUnknown ? t0 : t0 + c.at[0]);
        if (m_service.pingedBetween(from, d.lastNs)) {
            c.pinged += QStringLiteral(" service");
        }
        for (std::size_t r = 0; r < m_relays.size(); ++r) {
            if (m_relays.at(r).pingedBetween(from, d.lastNs)) {
                c.pinged += QStringLiteral(" relay%1").arg(r + 1);
            }
        }
        c.at[4] = d.firstNs - t0;
        c.at[5] = d.lastArrivedNs - t0;
        c.at[6] = d.lastNs - t0;
        calls.push_back(std::move(c));
    }
    if (calls.empty()) {
        return;
    }
    std::printf("  where a call's time goes (ms after the callNext reply reached the bench; %zu calls):\n",
                calls.size());
    std::printf("    %-28s %9s %9s %9s\n", "hop", "p50", "p99", "max");
    for (int h = 0; h < kHops; ++h) {
        if (!shown(h)) {
            continue;
        }
        std::vector<qint64> values;
        for (const CallHops& c : calls) {
            if (c.at[h] != kUnknown) {
                values.push_back(c.at[h]);
            }
        }
        if (values.empty()) {
            continue;
        }
        std::printf("    %-28s %9.2f %9.2f %9.2f", kHopNames[h], percentileMs(values, 50),
                    percentileMs(values, 99), percentileMs(values, 100));
        std::printf("\n");
    }
    std::sort(calls.begin(), calls.end(),
              [](const CallHops& a, const CallHops& b) { return a.total > b.total; });
    qint64 pingedCalls = 0;
    for (const CallHops& c : calls) {
        pingedCalls += c.pinged.isEmpty() ? 0 : 1;
    }
    std::printf("    %lld of %zu calls met a ping of every session on their way (service or a relay)\n",
                static_cast<long long>(pingedCalls), calls.size());
    std::printf("    the %d slowest calls: ticket, then each hop in the order above (ms), then who pinged\n",
                std::min<int>(slowest, int(calls.size())));
    for (int i = 0; i < slowest && i < int(calls.size()); ++i) {
        std::printf("      %-8s", qPrintable(calls.at(i).number));
        for (int h = 0; h < kHops; ++h) {
            if (shown(h)) {
                printMs(calls.at(i).at[h]);
            }
        }
        std::printf("  %s\n", qPrintable(calls.at(i).pinged));
    }
}

} // namespace hall::bench
