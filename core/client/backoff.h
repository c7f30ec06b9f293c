// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>

#include <algorithm>

namespace hall {

/// Reconnect delays: doubling from `initialMs` up to `maxMs`, with ±20 % jitter so that a hall full
/// of kiosks does not reconnect in lockstep after the service restarts.
class Backoff
{
public:
    Backoff(int initialMs, int maxMs) : m_initial(initialMs), m_max(maxMs), m_next(initialMs) {}

    int next()
    {
        const int base = m_next;
        m_next = std::min(m_max, m_next * 2);
        const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
        return std::max(1, static_cast<int>(base * jitter));
    }
    void reset() { m_next = m_initial; }

private:
    int m_initial;
    int m_max;
    int m_next;
};

} // namespace hall
