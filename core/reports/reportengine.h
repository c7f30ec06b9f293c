// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dayrollup.h"
#include "reportstore.h"

#include <functional>

namespace hall::reports {

/// What a queue report is grouped by: the dimensions of the rollups, plus each day and each weekday.
enum class Grouping
{
    Day,
    Weekday,
    Service,
    Counter,
    Staff,
    Hour,
    Priority,
    Channel,
    Hall ///< the city's figures per hall (CityReport); a single hall's report has no rows by it
};

QString toString(Grouping g);
std::optional<Grouping> groupingFromString(const QString& s);

/// A period (both ends included) and a grouping.
struct ReportQuery
{
    QDate from;
    QDate to;
    Grouping by = Grouping::Day;
    int targetWaitMinutes = 20;
};

/// Periods a manager picks: the day itself, its ISO week (Monday–Sunday), its month.
ReportQuery dayPeriod(QDate day);
ReportQuery weekPeriod(QDate day);
ReportQuery monthPeriod(QDate day);

/// A period as people ask for it (the protocol's args, hall-admin's options): a named `period`
/// (day, week, month) around `date` (default: the hall's day), or `from` and `to` (ISO dates).
struct PeriodAsked
{
    std::optional<QString> period;
    std::optional<QString> date;
    std::optional<QString> from;
    std::optional<QString> to;
};

/// The query for `asked` (grouped by day), or INVALID_ARGUMENT saying what to give: one of the two
/// forms, valid dates, `to` not before `from`, at most ReportEngine::kMaxDays days.
Result<ReportQuery> periodOf(const PeriodAsked& asked, QDate today);

struct ReportRow
{
    QString key; ///< the group: a service id, window number, staff account, "09", ISO date, weekday 1–7 …
    Figures figures;
};

/// One day of the period, for the daily chart: closed days are told apart from quiet ones.
struct DayPoint
{
    QDate day;
    bool workingDay = true; ///< by the hall's calendar
    bool today = false;     ///< still open: its figures are so far
    Figures figures;        ///< the day's totals; empty when no ticket was taken
};

/// The answer to a ReportQuery over the queue. Days after the hall's current day are not reported.
struct QueueReport
{
    ReportQuery query;
    QDate today;           ///< the hall's current business day
    QList<ReportRow> rows; ///< one per group that had anything, in key order (windows by number)
    Figures total;
    QList<DayPoint> days; ///< every day from `query.from` to the earlier of `query.to` and today
    int workingDays = 0;  ///< of `days`, by the calendar
    int openDays = 0;     ///< of `days`, those with tickets (a holiday opening counts; a closed day does not)
};

/// Reports over any period from the stored facts: closed days from their stored rollups (or rolled up
/// from the facts if none is stored yet), today rolled up from its facts so far. Reads only.
class ReportEngine
{
public:
    using WorkingDay = std::function<bool(QDate)>;
    static constexpr int kMaxDays = 366;

    ReportEngine(ReportStore& store, WorkingDay workingDay);

    /// INVALID_ARGUMENT for a period that is empty, reversed or longer than kMaxDays, or a target wait
    /// outside 1–240 minutes.
    Result<QueueReport> run(const ReportQuery& query);

    /// The days (of the last run) rolled up from facts because no rollup was stored: for tests and the
    /// benchmark, which tell a cold report from a warm one by it.
    int daysRolledUpLastRun() const { return m_rolledUp; }

private:
    ReportStore& m_store;
    WorkingDay m_workingDay;
    int m_rolledUp = 0;
};

/// Monday–Friday: the calendar when no hall calendar is configured.
bool mondayToFriday(QDate day);

} // namespace hall::reports
