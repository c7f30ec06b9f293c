// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casesconfig.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <deque>
#include <optional>

namespace hall {

/// Slows down guessing at the kiosk: after `maxFailures` failed lookups within the window, from one
/// kiosk or for one ID number, further lookups from that kiosk or for that ID are refused until the
/// oldest failure leaves the window. Kept in memory: a restart forgives, which costs an attacker a
/// service restart they cannot cause.
class LookupLimiter
{
public:
    explicit LookupLimiter(LookupLimits limits) : m_limits(limits) {}

    /// When lookups from `kiosk` or for `idKey` may resume, or nullopt if they may go ahead now.
    std::optional<QDateTime> blockedUntil(const QString& kiosk, const QString& idKey, const QDateTime& now);
    void recordFailure(const QString& kiosk, const QString& idKey, const QDateTime& now);

private:
    std::optional<QDateTime> until(std::deque<QDateTime>& failures, const QDateTime& now) const;

    LookupLimits m_limits;
    QHash<QString, std::deque<QDateTime>> m_byKiosk;
    QHash<QString, std::deque<QDateTime>> m_byId;
};

} // namespace hall
