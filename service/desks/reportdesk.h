// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "durablerollups.h"
#include "reportengine.h"

#include <QJsonObject>
#include <QObject>
#include <QThreadPool>

#include <functional>

namespace hall {

class HallState;

/// Reports in the service. Two jobs, kept apart:
///  - writing: once a business day is over, its rollup goes into report_days through the service's
///    group commit (the one writer; reports::DurableRollups), one day per turn — after every rollover, and at
///    start for any closed day still without one (an upgrade, a service that was down at 03:00);
///  - reading: a report runs on a worker thread with a read-only connection of its own, so a year's
///    report never holds up the hall's event loop; at most kMaxInFlight run or wait at once.
class ReportDesk : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int targetWaitMinutes = 20; ///< default of report.queue's `targetWaitMinutes`
        bool publicMonthly = false; ///< 政务公开: the lobby may show last month's figures
    };
    static constexpr int kMaxInFlight = 2;

    ReportDesk(HallState& hall, Settings settings);
    ~ReportDesk() override;

    /// Finds closed days without a rollup and schedules them.
    void start();
    const Settings& settings() const { return m_settings; }
    /// Closed days still to roll up.
    int pendingRollups() const { return m_rollups.pending(); }

    using Done = std::function<void(Result<QJsonObject>)>;
    /// Each returns false, running nothing, while kMaxInFlight reports are already under way; `done`
    /// is called on the event loop.
    bool queue(const reports::ReportQuery& query, Done done);
    /// The city's figures (PostgreSQL only; the city's database when it is apart): the queue report of every
    /// hall in the database, or of `halls`, added up (reports::CityReport); labelled with this hall's
    /// catalogue, as the city's halls share one list of services.
    bool cityQueue(const reports::ReportQuery& query, const QStringList& halls, Done done);
    bool bookings(QDate from, QDate to, Done done);
    bool cases(QDate from, QDate to, Done done);
    /// Last complete month's 办件量, mean wait and 满意率 (computed once per business day).
    bool publicMonthly(Done done);

private:
    using Task = std::function<Result<QJsonObject>(QSqlDatabase)>;
    /// On a worker, with a read connection cloned from `source` (empty: the hall's own store's).
    bool run(Task task, Done done, const QString& source = {});
    void findMissingRollups();
    reports::ReportEngine::WorkingDay workingDay() const;

    HallState& m_hall;
    Settings m_settings;
    QThreadPool m_pool;
    int m_inFlight = 0;
    reports::DurableRollups m_rollups;
    QDate m_publicDay;
    QJsonObject m_public;
};

} // namespace hall
