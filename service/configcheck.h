// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serviceoptions.h"

#include <QList>
#include <QStringList>

namespace hall {

/// What `hall-service --check-config` found in one configuration file.
struct ConfigFileReport
{
    QString what; ///< which configuration (hall, booking, cases, …)
    QString path; ///< the file, or "(built in)"
    QStringList problems;
    QString outcome; ///< a reload's: applied, unchanged, refused (and ", restart needed")
};

/// Reads every configuration file the options name, as the service would at start, and lists the
/// problems of each (empty when the file is good).
QList<ConfigFileReport> checkConfiguration(const ServiceOptions& options);

/// The reports as the operator reads them: one line per file, then its problems; zh_CN.
QString formatConfigReports(const QList<ConfigFileReport>& reports);

} // namespace hall
