// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityreport.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

namespace hall::reports {

namespace {

Error cityReportFailure(const QString& what, const QSqlError& e)
{
    return Error{ErrorCode::StorageFailed, QStringLiteral("全市报表 (%1): %2").arg(what, e.text())};
}

/// The search_path of `db` as it is, put back when the report is done, however it ends.
class SearchPathGuard
{
public:
    explicit SearchPathGuard(QSqlDatabase db) : m_db(std::move(db))
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("SELECT current_setting('search_path')")) && q.next()) {
            m_saved = q.value(0).toString();
        }
    }
    ~SearchPathGuard()
    {
        if (!m_saved.isEmpty()) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("SELECT set_config('search_path', '%1', false)")
                       .arg(QString(m_saved).replace(QLatin1Char('\''), QStringLiteral("''"))));
        }
    }
    SearchPathGuard(const SearchPathGuard&) = delete;
    SearchPathGuard& operator=(const SearchPathGuard&) = delete;

private:
    QSqlDatabase m_db;
    QString m_saved;
};

} // namespace

Result<QStringList> CityReport::halls(QSqlDatabase db)
{
    QSqlQuery q(db);
    // A hall's schema is hall_ and its id (databaseurl::checkHallId: a–z, 0–9, '_'); one that holds
    // report facts is a hall that ran its migrations.
    if (!q.exec(QStringLiteral("SELECT table_schema FROM information_schema.tables"
                               " WHERE table_name = 'visits' AND table_schema LIKE 'hall\\_%'"
                               " ORDER BY table_schema"))) {
        return cityReportFailure(QStringLiteral("halls"), q.lastError());
    }
    static const QRegularExpression id(QStringLiteral("^hall_([a-z0-9_]{1,32})$"));
    QStringList out;
    while (q.next()) {
        if (const auto m = id.match(q.value(0).toString()); m.hasMatch()) {
            out << m.captured(1);
        }
    }
    return out;
}

Result<QueueReport> CityReport::run(QSqlDatabase db, const ReportQuery& query,
                                    const ReportEngine::WorkingDay& workingDay, const QStringList& halls)
{
    if (query.by == Grouping::Counter || query.by == Grouping::Staff) {
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("全市报表不按窗口或工作人员分组（各大厅的窗口和账号各是各的）：请按大厅"
                                    "（hall）分组，或查询单个大厅")};
    }
    auto known = CityReport::halls(db);
    if (!known) {
        return known.error();
    }
    const QStringList chosen = halls.isEmpty() ? known.value() : halls;
    for (const QString& h : chosen) {
        if (!known.value().contains(h)) {
            return Error{ErrorCode::InvalidArgument, QStringLiteral("数据库中没有大厅 %1").arg(h)};
        }
    }
    const SearchPathGuard restore(db);
    QueueReport city;
    city.query = query;
    std::map<QDate, DayPoint> days;
    std::map<QString, Figures> rows;
    // Each hall's own rows, ungrouped (by Hall the engine makes none; its total is the row).
    ReportQuery perHall = query;
    for (const QString& h : chosen) {
        QSqlQuery q(db);
        // The id was checked against the database's own schema names above.
        if (!q.exec(QStringLiteral("SELECT set_config('search_path', 'hall_%1', false)").arg(h))) {
            return cityReportFailure(QStringLiteral("search_path"), q.lastError());
        }
        ReportStore store(db);
        ReportEngine engine(store, workingDay);
        auto report = engine.run(perHall);
        if (!report) {
            return report.error();
        }
        const QueueReport& r = report.value();
        if (r.today.isValid() && (!city.today.isValid() || r.today > city.today)) {
            city.today = r.today;
        }
        for (const DayPoint& d : r.days) {
            auto [it, added] = days.try_emplace(d.day, DayPoint{d.day, d.workingDay, d.today, {}});
            it->second.today = it->second.today || d.today;
            it->second.figures.add(d.figures);
        }
        if (query.by == Grouping::Hall) {
            rows[h].add(r.total);
        } else {
            for (const ReportRow& row : r.rows) {
                rows[row.key].add(row.figures);
            }
        }
    }
    for (auto& [day, point] : days) {
        city.workingDays += point.workingDay ? 1 : 0;
        city.openDays += point.figures.issued > 0 ? 1 : 0;
        city.total.add(point.figures);
        city.days.append(std::move(point));
    }
    for (auto& [key, f] : rows) {
        city.rows.append(ReportRow{key, std::move(f)});
    }
    return city;
}

} // namespace hall::reports
