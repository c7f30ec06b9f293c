// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace hall {

/// Today's figures of one service: errands taken (every errand of a one-stop ticket counts, as
/// quotas do), errands finished, tickets now set aside (过号) or cancelled.
struct ServiceDayCounts
{
    int issued = 0;
    int finished = 0;
    int setAside = 0;
    int cancelled = 0;
};

/// What a supervisor reads about the business day so far (QueueEngine::dayCounts()).
struct DayCounts
{
    QDateTime now; ///< the hall clock when counted
    QHash<QString, ServiceDayCounts> services;
    QHash<int, int> finishedByCounter; ///< errands finished per counter
    int satisfied = 0;
    int basic = 0;
    int unsatisfied = 0;
    int unrated = 0; ///< finished errands without a rating
};

} // namespace hall
