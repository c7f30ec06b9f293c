// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportengine.h"

#include <algorithm>

namespace hall::reports {

namespace {

constexpr const char* kGroupingNames[] = {"day",  "weekday",  "service", "counter", "staff",
                                          "hour", "priority", "channel", "hall"};

std::optional<Dimension> dimensionOf(Grouping g)
{
    switch (g) {
    case Grouping::Day:
    case Grouping::Weekday:
        return std::nullopt;
    case Grouping::Service:
        return Dimension::Service;
    case Grouping::Counter:
        return Dimension::Counter;
    case Grouping::Staff:
        return Dimension::Staff;
    case Grouping::Hour:
        return Dimension::Hour;
    case Grouping::Priority:
        return Dimension::Priority;
    case Grouping::Channel:
        return Dimension::Channel;
    case Grouping::Hall:
        return std::nullopt;
    }
    return std::nullopt;
}

Error invalid(const QString& message)
{
    return Error{ErrorCode::InvalidArgument, message};
}

} // namespace

QString toString(Grouping g)
{
    return QLatin1String(kGroupingNames[static_cast<int>(g)]);
}

std::optional<Grouping> groupingFromString(const QString& s)
{
    for (int i = 0; i < static_cast<int>(std::size(kGroupingNames)); ++i) {
        if (s == QLatin1String(kGroupingNames[i])) {
            return static_cast<Grouping>(i);
        }
    }
    return std::nullopt;
}

ReportQuery dayPeriod(QDate day)
{
    return ReportQuery{day, day};
}

ReportQuery weekPeriod(QDate day)
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    return ReportQuery{monday, monday.addDays(6)};
}

ReportQuery monthPeriod(QDate day)
{
    const QDate first(day.year(), day.month(), 1);
    return ReportQuery{first, first.addMonths(1).addDays(-1)};
}

Result<ReportQuery> periodOf(const PeriodAsked& asked, QDate today)
{
    const auto refuse = [](const QString& message) { return Error{ErrorCode::InvalidArgument, message}; };
    if (asked.period.has_value() == (asked.from.has_value() || asked.to.has_value())) {
        return refuse(QStringLiteral("请给出 period (day、week、month) 或 from 与 to，二者只能选一"));
    }
    if (asked.period) {
        const QDate day = asked.date ? QDate::fromString(*asked.date, Qt::ISODate) : today;
        if (!day.isValid()) {
            return refuse(QStringLiteral("date 必须是 YYYY-MM-DD"));
        }
        const QString& p = *asked.period;
        if (p == QLatin1String("day")) {
            return dayPeriod(day);
        }
        if (p == QLatin1String("week")) {
            return weekPeriod(day);
        }
        if (p == QLatin1String("month")) {
            return monthPeriod(day);
        }
        return refuse(QStringLiteral("period 必须是 day、week 或 month"));
    }
    const QDate from = QDate::fromString(asked.from.value_or(QString()), Qt::ISODate);
    const QDate to = QDate::fromString(asked.to.value_or(QString()), Qt::ISODate);
    if (!from.isValid() || !to.isValid()) {
        return refuse(QStringLiteral("from 与 to 都必须是 YYYY-MM-DD"));
    }
    if (to < from || from.daysTo(to) + 1 > ReportEngine::kMaxDays) {
        return refuse(QStringLiteral("时段须从 from 到 to，最长 %1 天").arg(ReportEngine::kMaxDays));
    }
    return ReportQuery{from, to};
}

bool mondayToFriday(QDate day)
{
    return day.dayOfWeek() <= 5;
}

ReportEngine::ReportEngine(ReportStore& store, WorkingDay workingDay)
    : m_store(store), m_workingDay(workingDay ? std::move(workingDay) : WorkingDay(mondayToFriday))
{}

Result<QueueReport> ReportEngine::run(const ReportQuery& query)
{
    m_rolledUp = 0;
    if (!query.from.isValid() || !query.to.isValid()) {
        return invalid(QStringLiteral("报表的起止日期无效"));
    }
    if (query.to < query.from) {
        return invalid(QStringLiteral("报表的结束日期早于开始日期"));
    }
    if (query.from.daysTo(query.to) + 1 > kMaxDays) {
        return invalid(QStringLiteral("报表时段最长 %1 天").arg(kMaxDays));
    }
    if (query.targetWaitMinutes < 1 || query.targetWaitMinutes > 240) {
        return invalid(QStringLiteral("目标等候时间须在 1–240 分钟之间"));
    }
    auto today = m_store.currentDay();
    if (!today) {
        return today.error();
    }
    QueueReport report;
    report.query = query;
    report.today = today.value();
    // A hall that never ran has no current day: every day asked about is simply empty.
    const QDate end = report.today.isValid() ? std::min(query.to, report.today) : query.to;
    if (end < query.from) {
        return report;
    }

    const std::optional<Dimension> dimension = dimensionOf(query.by);
    auto storedTotals = m_store.rollups(Dimension::Total, query.from, end);
    if (!storedTotals) {
        return storedTotals.error();
    }
    std::map<QDate, Groups> totals = std::move(storedTotals).value();
    std::map<QDate, Groups> grouped;
    if (dimension) {
        auto stored = m_store.rollups(*dimension, query.from, end);
        if (!stored) {
            return stored.error();
        }
        grouped = std::move(stored).value();
    }
    auto days = m_store.daysWithTickets(query.from, end);
    if (!days) {
        return days.error();
    }
    // Today, and any past day with no stored rollup yet, is rolled up from its facts now.
    for (const QDate& day : days.value()) {
        const bool isToday = day == report.today;
        if (!isToday && totals.count(day) != 0) {
            continue;
        }
        auto facts = m_store.loadDay(day, !isToday);
        if (!facts) {
            return facts.error();
        }
        const DayRollup rolled = rollUp(facts.value());
        totals[day] = rolled.groups(Dimension::Total);
        if (dimension) {
            grouped[day] = rolled.groups(*dimension);
        }
        m_rolledUp += 1;
    }

    std::map<QString, Figures> rows;
    for (QDate day = query.from; day <= end; day = day.addDays(1)) {
        DayPoint point{day, m_workingDay(day), day == report.today, {}};
        if (const auto it = totals.find(day); it != totals.end()) {
            if (const auto total = it->second.find(QString()); total != it->second.end()) {
                point.figures = total->second;
            }
        }
        report.workingDays += point.workingDay ? 1 : 0;
        report.openDays += point.figures.issued > 0 ? 1 : 0;
        report.total.add(point.figures);
        if (query.by == Grouping::Day && point.figures.issued + point.figures.served > 0) {
            rows[day.toString(Qt::ISODate)].add(point.figures);
        } else if (query.by == Grouping::Weekday && point.figures.issued + point.figures.served > 0) {
            rows[QString::number(day.dayOfWeek())].add(point.figures);
        } else if (dimension) {
            if (const auto it = grouped.find(day); it != grouped.end()) {
                for (const auto& [key, f] : it->second) {
                    rows[key].add(f);
                }
            }
        }
        report.days.append(std::move(point));
    }
    for (auto& [key, f] : rows) {
        report.rows.append(ReportRow{key, std::move(f)});
    }
    if (query.by == Grouping::Counter) {
        std::stable_sort(report.rows.begin(), report.rows.end(), [](const ReportRow& a, const ReportRow& b) {
            return a.key.toInt() < b.key.toInt();
        });
    }
    return report;
}

} // namespace hall::reports
