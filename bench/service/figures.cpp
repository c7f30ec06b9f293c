// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures.h"

#include <algorithm>
#include <cmath>
#include <ctime>

namespace hall::bench {

qint64 nowNs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

void Observations::Delivery::add(const Delivery& other)
{
    if (other.displays == 0) {
        return;
    }
    firstNs = displays == 0 ? other.firstNs : std::min(firstNs, other.firstNs);
    lastNs = std::max(lastNs, other.lastNs);
    lastArrivedNs = std::max(lastArrivedNs, other.lastArrivedNs);
    seq = other.seq;
    displays += other.displays;
}

void Observations::addDisplays(const Observations& other)
{
    for (auto it = other.calledShown.cbegin(); it != other.calledShown.cend(); ++it) {
        calledShown[it.key()].add(it.value());
    }
    seqGaps += other.seqGaps;
    eventBytes.insert(eventBytes.end(), other.eventBytes.begin(), other.eventBytes.end());
}

void Observations::reply(const QString& op, qint64 sentNs, bool ok, const QString& code)
{
    const qint64 took = nowNs() - sentNs;
    latencyNs.push_back(took);
    latencyByOp[op].push_back(took);
    if (ok) {
        ++okReplies;
    } else {
        refusals[code] += 1;
    }
}

double percentileMs(std::vector<qint64> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(values.size())));
    const std::size_t index = std::min(values.size() - 1, rank == 0 ? 0 : rank - 1);
    return static_cast<double>(values[index]) / 1e6;
}

qint64 Observations::eventBytesBetween(qint64 fromNs, qint64 toNs) const
{
    qint64 sum = 0;
    for (const auto& [at, bytes] : eventBytes) {
        sum += at >= fromNs && at <= toNs ? bytes : 0;
    }
    return sum;
}

} // namespace hall::bench
