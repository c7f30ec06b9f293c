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
        const double elapsed = static_cast<double>(m_clock.restart()) / 1000.0;
        m_tokens = qMin(static_cast<double>(m_burst), m_tokens + elapsed * m_rate);
        if (m_tokens < 1.0) {
            return false;
        }
        m_tokens -= 1.0;
        return true;
    }

private:
    double m_rate;
    int m_burst;
    double m_tokens;
    QElapsedTimer m_clock;
};

} // namespace hall
