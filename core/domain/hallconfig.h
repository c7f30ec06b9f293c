#pragma once

#include "catalogue.h"
#include "queuepolicy.h"
#include "result.h"

#include <QTime>

namespace hall {

/// Everything that configures one hall's queue: catalogue, call policy and the daily rollover time.
/// What reports assume unless asked otherwise, and what the centre publishes (政务公开).
struct ReportConfig
{
    int targetWaitMinutes = 20; ///< a wait up to this long counts as "served within the target"
    bool publicMonthly = false; ///< the lobby shows last month's 办件量, 平均等候 and 满意率
};

struct HallConfig
{
    Catalogue catalogue;
    QueuePolicyConfig policy;
    QTime rollover{3, 0}; ///< when one business day ends and the next begins
    ReportConfig reports;
};

/// Parses the JSON hall configuration (format: docs/configuration.md). Every problem is reported,
/// with the JSON path, in one INVALID_ARGUMENT error.
Result<HallConfig> parseHallConfig(const QByteArray& json);

/// Reads and parses a configuration file.
Result<HallConfig> loadHallConfig(const QString& path);

/// The built-in catalogue of docs/configuration.md (the services of one community centre).
HallConfig defaultHallConfig();

} // namespace hall
