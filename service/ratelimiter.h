// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>

namespace hall {

/// Token bucket: `burst` requests at once, refilled at `perSecond`. One per connection, so one
/// flooding client is slowed down without touching anyone else.
class RateLimiter
{
public:
    RateLimiter(double perSecond, int burst) : m_rate(perSecond), m_burst(burst), m_tokens(burst)
    {
        m_clock.start();
    }

    /// Takes one token; false when the bucket is empty.
    bool take()
    {
        if (!ready()) {
            return false;
        }
        m_tokens -= 1.0;
        return true;
    }

    /// Whether a token is there, without taking it.
    bool ready()
    {
        const double elapsed = static_cast<double>(m_clock.restart()) / 1000.0;
        m_tokens = qMin(static_cast<double>(m_burst), m_tokens + elapsed * m_rate);
        return m_tokens >= 1.0;
    }

    /// Multiplies the rate and the burst by `factor` (a relay speaks for many displays).
    void widen(double factor)
    {
        m_rate *= factor;
        m_burst = static_cast<int>(m_burst * factor);
        m_tokens = m_burst;
    }

    /// Whole seconds until the next token (after a refused take()).
    int secondsToNext() const { return qMax(1, static_cast<int>((1.0 - m_tokens) / m_rate + 0.999)); }

private:
    double m_rate;
    int m_burst;
    double m_tokens;
    QElapsedTimer m_clock;
};

} // namespace hall
