// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booking.h"

#include <QList>

#include <optional>

namespace hall {

/// A person may not book until `until` because `rule` was met.
struct Ban
{
    QDateTime until;
    PenaltyRule rule;
    QString reasonZh; ///< e.g. "180天内未按约到场2次"
};

/// The penalty rules (2 no-shows in 180 days, 5 cancellations in 180 days, 3 in 30 → 180 days
/// without booking, by default). A ban starts at the event that completes a rule; events are never
/// forgotten by a ban, so a ban can be extended by later events.
class PenaltyPolicy
{
public:
    explicit PenaltyPolicy(PenaltyConfig config) : m_config(std::move(config)) {}

    /// The ban in force at `now` for a person with `events` (any order), the one ending last.
    std::optional<Ban> banAt(const QList<PersonEvent>& events, const QDateTime& now) const;

private:
    PenaltyConfig m_config;
};

} // namespace hall
