// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <deque>

namespace hall {

/// Moving average of recent service times per service, seeded from the catalogue until real
/// samples exist. Used for the "estimated wait" that kiosks and the lobby show.
class ServiceTimeEstimator
{
public:
    static constexpr std::size_t kWindow = 20;

    void seed(const QString& serviceId, int seconds) { m_seed.insert(serviceId, seconds); }
    void addSample(const QString& serviceId, qint64 seconds);
    void clearSamples() { m_samples.clear(); }

    /// Mean of the last kWindow samples, or the seed when there are none.
    double averageSeconds(const QString& serviceId) const;

    /// Minutes until a ticket with `ahead` tickets before it is called, with `servers` open counters.
    int estimateWaitMinutes(const QString& serviceId, int ahead, int servers) const;

private:
    QHash<QString, int> m_seed;
    QHash<QString, std::deque<qint64>> m_samples;
};

} // namespace hall
