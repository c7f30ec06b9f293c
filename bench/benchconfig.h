// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/hallconfig.h"

namespace hall::bench {

/// The built-in catalogue opened up for load: every service issues all day with no daily quota that a
/// benchmark would run into, and `counters` integrated windows that serve everything.
inline HallConfig benchConfig(int counters)
{
    HallConfig config = defaultHallConfig();
    QList<ServiceDef> services = config.catalogue.services();
    for (ServiceDef& s : services) {
        s.dailyQuota = 999;
        s.issueFrom = QTime(0, 0);
        s.issueUntil = QTime(23, 59);
    }
    QList<CounterDef> list;
    for (int i = 1; i <= counters; ++i) {
        list.append(CounterDef{i, QStringLiteral("%1号窗口").arg(i), true, {}});
    }
    config.catalogue =
        Catalogue(config.catalogue.centreNameZh(), config.catalogue.centreNameEn(), services, list);
    return config;
}

} // namespace hall::bench
