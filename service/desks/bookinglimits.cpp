// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookinglimits.h"

#include <QVarLengthArray>

#include <cmath>

namespace hall {

namespace {

constexpr int kPruneEvery = 4096;

QString retryText(double missing, double rate)
{
    const int seconds = std::max(1, static_cast<int>(std::ceil(missing / rate)));
    return QStringLiteral("请 %1 秒后再试").arg(seconds);
}

} // namespace

double BookingLimits::level(const Bucket& b, double rate, int burst, Clock::time_point now)
{
    const double elapsed = std::chrono::duration<double>(now - b.at).count();
    return std::min(static_cast<double>(burst), b.tokens + elapsed * rate);
}

void BookingLimits::prune(Clock::time_point now)
{
    // A full bucket holds no information: forget it, so memory stays bounded by recent activity.
    const auto full = [&](QHash<QString, Bucket>& map, double rate, int burst) {
        for (auto it = map.begin(); it != map.end();) {
            it = level(it.value(), rate, burst, now) >= burst ? map.erase(it) : std::next(it);
        }
    };
    full(m_devices, m_settings.deviceRate, m_settings.deviceBurst);
    full(m_persons, m_settings.personRate, m_settings.personBurst);
}

std::optional<QString> BookingLimits::take(const QString& device, const QList<Person>& persons)
{
    const Clock::time_point now = Clock::now();
    if (++m_sincePrune >= kPruneEvery) {
        m_sincePrune = 0;
        prune(now);
    }
    const auto current = [&](QHash<QString, Bucket>& map, const QString& key, int burst) {
        const auto it = map.constFind(key);
        return it == map.constEnd() ? Bucket{static_cast<double>(burst), now} : it.value();
    };
    const Bucket dev = current(m_devices, device, m_settings.deviceBurst);
    const double devLevel = level(dev, m_settings.deviceRate, m_settings.deviceBurst, now);
    if (devLevel < 1.0) {
        return QStringLiteral("本机预约操作过于频繁，%1")
            .arg(retryText(1.0 - devLevel, m_settings.deviceRate));
    }
    // A person's budget is kept per device: one device cannot hammer one person's bookings, and
    // nobody at another device (who needs only that person's ID number) can use it up for them.
    // Each person's key is joined once, for the look-up and the update.
    QVarLengthArray<QString, 2> keys;
    QVarLengthArray<double, 2> levels;
    for (const Person& p : persons) {
        keys.append(device + QLatin1Char('\n') + p.key);
        const Bucket b = current(m_persons, keys.back(), m_settings.personBurst);
        const double l = level(b, m_settings.personRate, m_settings.personBurst, now);
        if (l < 1.0) {
            return QStringLiteral("本机对 %1 的预约操作过于频繁，%2")
                .arg(p.masked, retryText(1.0 - l, m_settings.personRate));
        }
        levels.append(l);
    }
    m_devices.insert(device, Bucket{devLevel - 1.0, now});
    for (qsizetype i = 0; i < persons.size(); ++i) {
        // The same person twice in one request (refused later as SAME_PERSON) pays once.
        if (i == 0 || persons[i].key != persons[0].key) {
            m_persons.insert(keys[i], Bucket{levels[i] - 1.0, now});
        }
    }
    return std::nullopt;
}

} // namespace hall
