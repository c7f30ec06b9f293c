// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures.h"

#include <algorithm>
#include <cmath>

namespace hall::bench {

qint64 nowNs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.nsecsElapsed();
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
