// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportengine.h"

#include <QSqlDatabase>

namespace hall::reports {

/// The queue figures of a city: every hall in one PostgreSQL database keeps its facts and rollups in
/// a schema of its own (`hall_<id>`), and the city's answer is the same ReportEngine run once per
/// hall (the connection's search_path set to that hall's schema) with the answers added — days by
/// date, rows by key — so the city's figures are exactly the sum of its halls' (medians too: the
/// raw durations are kept). Grouped by Hall, each hall's total is a row. Windows and staff accounts
/// are the halls' own (window 1 of hall a is not window 1 of hall b): grouping by them is refused.
/// Reads only; the connection's search_path is as it was afterwards.
class CityReport
{
public:
    /// The ids of the halls in the database (schemas `hall_<id>` holding report facts), in order.
    static Result<QStringList> halls(QSqlDatabase db);
    /// The report over `halls` (every hall when empty; INVALID_ARGUMENT naming an unknown one).
    static Result<QueueReport> run(QSqlDatabase db, const ReportQuery& query,
                                   const ReportEngine::WorkingDay& workingDay, const QStringList& halls = {});
};

} // namespace hall::reports
