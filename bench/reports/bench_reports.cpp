// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench-reports: a year of a busy hall through the real queue engine and store, then the report a
// manager asks for over that year, per grouping.
//
// The fill plays every working day (Monday–Friday) of a year through history::HistoryPlayer
// (tools/history: --per-day tickets, --counters windows, a commit every simulated 10 minutes), and
// each closed day is rolled up through the group commit by reports::DurableRollups, as the service does.
//
// Then ReportEngine::run plus the protocol's JSON over the whole year, --runs times per grouping, on
// a connection of its own (as the service's report worker): wall-clock p50/p99 and CPU time per
// report, the database size, and the load average beside them (wall-clock figures under load are not
// trustworthy; CPU time is steadier).
#include "benchconfig.h"
#include "domain/hallconfig.h"
#include "domain/halltime.h"
#include "durablerollups.h"
#include "historyplayer.h"
#include "reportengine.h"
#include "reportjson.h"
#include "storage/durablequeue.h"
#include "storage/sqlstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <random>
#include <vector>

using namespace hall;
using Wall = std::chrono::steady_clock;

namespace {

double percentile(std::vector<double> v, double p)
{
    if (v.empty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    const auto k = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(k, v.size() - 1)];
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
                                       : QStringLiteral("?");
}

double cpuSeconds()
{
    return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

/// Plays the year into the store; returns the tickets issued.
long fill(SqlStore& store, const HallConfig& config, QDate first, int days, int perDay, int counters)
{
    ManualClock clock(halltime::at(first, QTime(4, 0)));
    QueueEngine engine(config, clock);
    DurableQueue queue(engine, store);
    queue.restore();
    reports::DurableRollups rollups(
        store.database(), [&engine] { return engine.day(); }, queue.driver(), clock);
    history::HistoryPlayer player(engine, queue, clock, {perDay, counters, {}, 18});
    long issuedTotal = 0;
    QDate day = first;
    for (int played = 0; played < days; day = day.addDays(1)) {
        if (day.dayOfWeek() > 5) {
            continue;
        }
        ++played;
        clock.set(halltime::at(day, QTime(4, 0)));
        queue.tick(); // the rollover of the day before; its rollup is scheduled below
        if (auto failed = rollups.findMissing()) {
            QTextStream(stderr) << failed->message << "\n";
        }
        QCoreApplication::processEvents();
        issuedTotal += player.playDay(day);
    }
    // The next morning: the last day is closed and rolled up too; the hall is in the day after.
    clock.set(halltime::at(day, QTime(4, 0)));
    queue.tick();
    rollups.findMissing();
    for (int i = 0; i < 10 && rollups.pending() > 0; ++i) {
        QCoreApplication::processEvents();
    }
    return issuedTotal;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A year of a busy hall, then the year's report per grouping."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("days"), QStringLiteral("Working days to play."), QStringLiteral("n"),
                      QStringLiteral("250")});
    parser.addOption({QStringLiteral("per-day"), QStringLiteral("Tickets per working day."),
                      QStringLiteral("n"), QStringLiteral("1000")});
    parser.addOption(
        {QStringLiteral("counters"), QStringLiteral("Windows."), QStringLiteral("n"), QStringLiteral("8")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Reports per grouping."), QStringLiteral("n"),
                      QStringLiteral("20")});
    parser.addOption({QStringLiteral("database"),
                      QStringLiteral("Keep the filled database here (reused when it exists)."),
                      QStringLiteral("path")});
    parser.process(app);
    const int days = parser.value(QStringLiteral("days")).toInt();
    const int perDay = parser.value(QStringLiteral("per-day")).toInt();
    const int counters = parser.value(QStringLiteral("counters")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();

    QTemporaryDir dir;
    const QString dbPath = parser.isSet(QStringLiteral("database"))
                               ? parser.value(QStringLiteral("database"))
                               : dir.filePath(QStringLiteral("year.sqlite"));
    const bool reuse = QFileInfo::exists(dbPath);
    auto store = SqlStore::open({QStringLiteral("QSQLITE"), dbPath, {}, 0, {}, {}, 5000});
    if (!store) {
        QTextStream(stderr) << store.error().message << "\n";
        return 1;
    }
    const HallConfig config = bench::benchConfig(counters);
    const QDate first(2025, 1, 6); // a Monday
    QTextStream out(stdout);
    double fillSeconds = 0;
    if (!reuse) {
        const auto t0 = Wall::now();
        fill(*store.value(), config, first, days, perDay, counters);
        fillSeconds = std::chrono::duration<double>(Wall::now() - t0).count();
    }
    QSqlQuery count(store.value()->database());
    count.exec(QStringLiteral("SELECT COUNT(*), MIN(day), MAX(day) FROM tickets"));
    count.next();
    const long tickets = count.value(0).toLongLong();
    const QDate lastDay = QDate::fromString(count.value(2).toString(), Qt::ISODate);
    QSqlQuery rollupRows(store.value()->database());
    rollupRows.exec(QStringLiteral("SELECT COUNT(DISTINCT day) FROM report_days"));
    rollupRows.next();
    const int rolledUp = rollupRows.value(0).toInt();
    store.value()->database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));

    // The report worker's own connection, as in the service.
    QSqlDatabase db = QSqlDatabase::cloneDatabase(store.value()->database(), QStringLiteral("bench-report"));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        QTextStream(stderr) << "cannot open the database read-only\n";
        return 1;
    }
    reports::ReportStore reportStore(db);
    reports::ReportEngine engine(reportStore, reports::mondayToFriday);
    const QDate to = lastDay;
    const QDate from = lastDay.addDays(-(reports::ReportEngine::kMaxDays - 1));

    out << "bench-reports: " << tickets << " tickets over " << rolledUp << " rolled-up days (" << perDay
        << " a working day, " << counters << " windows), " << count.value(1).toString() << " to "
        << lastDay.toString(Qt::ISODate) << "\n";
    if (!reuse) {
        out << "  fill                 " << QString::number(fillSeconds, 'f', 1) << " s (the queue engine, "
            << "a commit per 10 simulated minutes, rollups through the group commit)\n";
    }
    out << "  database             " << QFileInfo(dbPath).size() / 1024 << " KiB";
    QSqlQuery tables(store.value()->database());
    if (tables.exec(QStringLiteral(
            "SELECT name, SUM(pgsize) FROM dbstat WHERE name IN "
            "('journal', 'tickets', 'visits', 'counter_spans', 'report_days') GROUP BY name"))) {
        out << " (";
        for (bool firstTable = true; tables.next(); firstTable = false) {
            out << (firstTable ? "" : ", ") << tables.value(0).toString() << " "
                << tables.value(1).toLongLong() / 1024 << " KiB";
        }
        out << ")";
    }
    out << "\n";
    out << "  report               " << from.toString(Qt::ISODate) << " to " << to.toString(Qt::ISODate)
        << " (" << reports::ReportEngine::kMaxDays << " days), " << runs
        << " runs per grouping, report + JSON\n";
    out << "  load average before  " << loadAverage() << "\n";
    out << QStringLiteral("  %1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("grouping"), -10)
               .arg(QStringLiteral("p50 ms"), 9)
               .arg(QStringLiteral("p99 ms"), 9)
               .arg(QStringLiteral("cpu ms"), 9)
               .arg(QStringLiteral("rows"), 5);
    const reports::ReportLabels labels{&config.catalogue, {}};
    bool allOk = true;
    for (const reports::Grouping g :
         {reports::Grouping::Day, reports::Grouping::Weekday, reports::Grouping::Service,
          reports::Grouping::Counter, reports::Grouping::Staff, reports::Grouping::Hour,
          reports::Grouping::Priority, reports::Grouping::Channel}) {
        std::vector<double> wallMs;
        double cpu = 0;
        qsizetype rows = 0;
        for (int i = 0; i < runs; ++i) {
            const double c0 = cpuSeconds();
            const auto t0 = Wall::now();
            auto report = engine.run(reports::ReportQuery{from, to, g, 20});
            if (!report) {
                QTextStream(stderr) << report.error().message << "\n";
                allOk = false;
                break;
            }
            const QJsonObject json = reports::queueReportJson(report.value(), labels);
            wallMs.push_back(std::chrono::duration<double, std::milli>(Wall::now() - t0).count());
            cpu += cpuSeconds() - c0;
            rows = report->rows.size();
            if (engine.daysRolledUpLastRun() > 0) {
                QTextStream(stderr) << engine.daysRolledUpLastRun() << " days had no rollup\n";
            }
        }
        out << QStringLiteral("  %1 %2 %3 %4 %5\n")
                   .arg(reports::toString(g), -10)
                   .arg(percentile(wallMs, 0.5), 9, 'f', 1)
                   .arg(percentile(wallMs, 0.99), 9, 'f', 1)
                   .arg(cpu * 1000.0 / runs, 9, 'f', 1)
                   .arg(rows, 5);
    }
    out << "  load average after   " << loadAverage() << "\n";
    return allOk ? 0 : 1;
}
