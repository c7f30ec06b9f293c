// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/hallcalendar.h"
#include "catalogue.h"
#include "queuepolicy.h"
#include "result.h"
#include "retentionpolicy.h"

#include <QTime>

#include <memory>

namespace hall {

/// What reports assume unless asked otherwise, and what the centre publishes (政务公开).
struct ReportConfig
{
    int targetWaitMinutes = 20; ///< a wait up to this long counts as "served within the target"
    bool publicMonthly = false; ///< the lobby shows last month's 办件量, 平均等候 and 满意率
};

/// Everything that configures one hall: catalogue, call policy, the daily rollover time, reports and
/// the hall calendar ("calendar": 调休 arrangements, closures, holiday service plan), which bookings
/// and cases share with the queue.
struct HallConfig
{
    Catalogue catalogue;
    QueuePolicyConfig policy;
    QTime rollover{3, 0}; ///< when one business day ends and the next begins
    RetentionPolicy retention;
    ReportConfig reports;
    std::shared_ptr<const HallCalendar> calendar = HallCalendar::builtIn();
};

/// Parses the JSON hall configuration (format: docs/configuration.md). Every problem is reported,
/// with the JSON path, in one INVALID_ARGUMENT error.
Result<HallConfig> parseHallConfig(const QByteArray& json);

/// Reads and parses a configuration file.
Result<HallConfig> loadHallConfig(const QString& path);

/// The built-in catalogue of docs/configuration.md (the services of one community centre).
HallConfig defaultHallConfig();

} // namespace hall
