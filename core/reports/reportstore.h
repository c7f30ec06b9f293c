// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dayrollup.h"
#include "domain/result.h"

#include <QSqlDatabase>

#include <map>

namespace hall::reports {

/// The report engine's reads and writes: a day's facts (tickets, visits, counter spans) and the
/// per-day rollups (table report_days, migration 7). Any connection to the hall database will do
/// (the service's, a worker's own, hall-admin's); it never begins or commits a transaction itself.
class ReportStore
{
public:
    /// The storage format of rollups; rows of another format are ignored and the day rolled up again.
    static constexpr int kRollupFormat = 1;

    explicit ReportStore(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The business day the hall is in (hall_meta): days before it are over.
    Result<QDate> currentDay();
    /// Days in [from, to] with at least one ticket, in order.
    Result<QList<QDate>> daysWithTickets(QDate from, QDate to);
    Result<DayFacts> loadDay(QDate day, bool closed);
    /// Stored rollups of `dimension` for the days in [from, to]: day → groups.
    Result<std::map<QDate, Groups>> rollups(Dimension dimension, QDate from, QDate to);
    /// Days before `before` with tickets but no stored rollup (at most `limit`, oldest first).
    Result<QList<QDate>> daysWithoutRollup(QDate before, int limit);
    /// Replaces the stored rollup of its day.
    std::optional<Error> writeRollup(const DayRollup& rollup);

private:
    QSqlDatabase m_db;
};

} // namespace hall::reports
