// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "visit.h"

#include <array>

namespace hall {

namespace {

constexpr std::array<const char*, 4> kOutcomes{"finished", "transferred", "setAside", "expired"};

} // namespace

QString toString(VisitOutcome o)
{
    return QLatin1String(kOutcomes.at(static_cast<std::size_t>(o)));
}

std::optional<VisitOutcome> visitOutcomeFromString(const QString& s)
{
    for (std::size_t i = 0; i < kOutcomes.size(); ++i) {
        if (s == QLatin1String(kOutcomes[i])) {
            return static_cast<VisitOutcome>(i);
        }
    }
    return std::nullopt;
}

} // namespace hall
