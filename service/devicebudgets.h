// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ratelimiter.h"

#include <QHash>
#include <QString>

#include <optional>

namespace hall {

/// Write budgets of the devices residents stand at (kiosks) or that hang in the hall (displays):
/// what one device token may change per minute, however many connections it opens. A kiosk issues
/// at most `issuesPerMinute` tickets (a real one prints one every few seconds; a stolen token once
/// took the whole day's 2,350 tickets in under 10 s), and a kiosk or display makes at most
/// `writesPerMinute` changes of any kind. Staff devices are limited per connection only.
/// Memory: two buckets per registered device that wrote.
class DeviceBudgets
{
public:
    struct Settings
    {
        int issuesPerMinute = 10;
        int writesPerMinute = 60;
    };
    explicit DeviceBudgets(Settings settings) : m_settings(settings) {}

    /// Spends one write (and one issue when `issues`) of `device`; nullopt when spent, otherwise the
    /// zh_CN refusal naming when to retry (nothing spent).
    std::optional<QString> take(const QString& device, bool issues);

private:
    RateLimiter& bucket(QHash<QString, RateLimiter>& map, const QString& device, int perMinute);

    Settings m_settings;
    QHash<QString, RateLimiter> m_writes;
    QHash<QString, RateLimiter> m_issues;
};

} // namespace hall
