// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admincommands.h"

#include <QSqlDatabase>

namespace hall {

/// Where `hall-admin report` finds what the service would use: the hall configuration (names of
/// services and windows, and the hall calendar; the years entered with `hall-admin calendar enter`
/// come from the database, as in the service).
struct ReportSources
{
    QString hallConfig; ///< empty: the built-in one
};

/// `hall-admin report …`: a queue report read straight from the hall database (beside a running
/// service), as CSV (UTF-8 with BOM), XLSX or the protocol's JSON — the same figures and columns
/// as report.queue and the counter's export. Exit 0 done, 1 refused, 2 usage error.
int runReportCommand(const QStringList& args, QSqlDatabase db, const ReportSources& sources, AdminIo& io);

QString reportUsage();

} // namespace hall
