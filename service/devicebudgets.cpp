// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicebudgets.h"

namespace hall {

RateLimiter& DeviceBudgets::bucket(QHash<QString, RateLimiter>& map, const QString& device, int perMinute)
{
    auto it = map.find(device);
    if (it == map.end()) {
        it = map.insert(device, RateLimiter(perMinute / 60.0, perMinute));
    }
    return it.value();
}

std::optional<QString> DeviceBudgets::take(const QString& device, bool issues)
{
    RateLimiter& writes = bucket(m_writes, device, m_settings.writesPerMinute);
    RateLimiter* tickets = issues ? &bucket(m_issues, device, m_settings.issuesPerMinute) : nullptr;
    if (tickets && !tickets->ready()) {
        return QStringLiteral("本机取号过于频繁（每分钟最多 %1 张），请 %2 秒后再试")
            .arg(m_settings.issuesPerMinute)
            .arg(tickets->secondsToNext());
    }
    if (!writes.ready()) {
        return QStringLiteral("本机操作过于频繁（每分钟最多 %1 次），请 %2 秒后再试")
            .arg(m_settings.writesPerMinute)
            .arg(writes.secondsToNext());
    }
    writes.take();
    if (tickets) {
        tickets->take();
    }
    return std::nullopt;
}

} // namespace hall
