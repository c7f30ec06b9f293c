// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicetimeestimator.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace hall {

void ServiceTimeEstimator::addSample(const QString& serviceId, qint64 seconds)
{
    if (seconds < 0) {
        return;
    }
    std::deque<qint64>& d = m_samples[serviceId];
    d.push_back(seconds);
    if (d.size() > kWindow) {
        d.pop_front();
    }
}

double ServiceTimeEstimator::averageSeconds(const QString& serviceId) const
{
    const auto it = m_samples.constFind(serviceId);
    if (it == m_samples.cend() || it->empty()) {
        return m_seed.value(serviceId, 600);
    }
    return static_cast<double>(std::accumulate(it->begin(), it->end(), qint64{0})) /
           static_cast<double>(it->size());
}

int ServiceTimeEstimator::estimateWaitMinutes(const QString& serviceId, int ahead, int servers) const
{
    // With no open counter the estimate still assumes one, so residents see a figure rather than nothing;
    // the lobby shows separately that no window is open.
    const double seconds = averageSeconds(serviceId) * ahead / std::max(1, servers);
    return static_cast<int>(std::ceil(seconds / 60.0));
}

} // namespace hall
