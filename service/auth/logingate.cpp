// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logingate.h"

namespace hall {

LoginGate::LoginGate() : LoginGate(Settings{}) {}

LoginGate::LoginGate(Settings settings, std::function<qint64()> nowMs)
    : m_settings(settings), m_nowMs(std::move(nowMs))
{
    m_clock.start();
}

QString LoginGate::key(const QString& user, const QString& address)
{
    return user + QLatin1Char('\n') + address;
}

qint64 LoginGate::now() const
{
    return m_nowMs ? m_nowMs() : m_clock.elapsed();
}

LoginGate::Verdict LoginGate::admit(const Attempt& a)
{
    if (lockedForSeconds(a.user, a.address) > 0) {
        return Verdict::Locked;
    }
    const int room =
        a.knownUser ? m_settings.maxPending : m_settings.maxPending - m_settings.reservedForKnown;
    if (m_pending >= room || m_pendingByDevice.value(a.device) >= m_settings.maxPerDevice ||
        m_pendingByAddress.value(a.address) >= m_settings.maxPerAddress) {
        return Verdict::Busy;
    }
    ++m_pending;
    m_pendingByDevice[a.device] += 1;
    m_pendingByAddress[a.address] += 1;
    return Verdict::Go;
}

void LoginGate::release(QHash<QString, int>& counts, const QString& key)
{
    const auto it = counts.find(key);
    if (it != counts.end() && --it.value() <= 0) {
        counts.erase(it);
    }
}

void LoginGate::finished(const Attempt& a, bool passwordOk)
{
    m_pending = std::max(0, m_pending - 1);
    release(m_pendingByDevice, a.device);
    release(m_pendingByAddress, a.address);
    const QString k = key(a.user, a.address);
    if (passwordOk) {
        m_failures.remove(k);
        return;
    }
    const qint64 t = now();
    Failures& f = m_failures[k];
    const qint64 windowStart = t - static_cast<qint64>(m_settings.windowSeconds) * 1000;
    while (!f.at.isEmpty() && f.at.constFirst() < windowStart) {
        f.at.removeFirst();
    }
    f.at.append(t);
    if (f.at.size() >= m_settings.maxFailures) {
        f.lockedUntil = t + static_cast<qint64>(m_settings.lockoutSeconds) * 1000;
        f.at.clear();
    }
    // Bounded memory under a spray of made-up user names: forget pairs that no longer matter.
    if (m_failures.size() > 10000) {
        for (auto it = m_failures.begin(); it != m_failures.end();) {
            const bool stale = it->lockedUntil <= t && (it->at.isEmpty() || it->at.constLast() < windowStart);
            it = stale ? m_failures.erase(it) : std::next(it);
        }
    }
}

int LoginGate::lockedForSeconds(const QString& user, const QString& address) const
{
    const auto it = m_failures.constFind(key(user, address));
    if (it == m_failures.constEnd()) {
        return 0;
    }
    const qint64 left = it->lockedUntil - now();
    return left > 0 ? static_cast<int>((left + 999) / 1000) : 0;
}

} // namespace hall
