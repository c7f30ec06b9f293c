// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lookuplimiter.h"

namespace hall {

std::optional<QDateTime> LookupLimiter::until(std::deque<QDateTime>& failures, const QDateTime& now) const
{
    const qint64 window = qint64(m_limits.windowMinutes) * 60;
    while (!failures.empty() && failures.front().secsTo(now) >= window) {
        failures.pop_front();
    }
    if (static_cast<int>(failures.size()) < m_limits.maxFailures) {
        return std::nullopt;
    }
    return failures.front().addSecs(window);
}

std::optional<QDateTime> LookupLimiter::blockedUntil(const QString& kiosk, const QString& idKey,
                                                     const QDateTime& now)
{
    std::optional<QDateTime> a = until(m_byKiosk[kiosk], now);
    std::optional<QDateTime> b = idKey.isEmpty() ? std::nullopt : until(m_byId[idKey], now);
    // Forget who has no failure left in the window, so the tables hold only recent guessers.
    if (m_byKiosk.value(kiosk).empty()) {
        m_byKiosk.remove(kiosk);
    }
    if (m_byId.value(idKey).empty()) {
        m_byId.remove(idKey);
    }
    if (a && b) {
        return qMax(*a, *b);
    }
    return a ? a : b;
}

void LookupLimiter::recordFailure(const QString& kiosk, const QString& idKey, const QDateTime& now)
{
    m_byKiosk[kiosk].push_back(now);
    if (!idKey.isEmpty()) {
        m_byId[idKey].push_back(now);
    }
}

} // namespace hall
