// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench-issue-depth: what one ticket.issue costs the queue engine as the day's queue grows. At each
// depth (tickets already waiting, spread over 26 services of 999 each) it issues --measure more and
// times the engine's share of ticket.issue: issue() plus the position and wait for the reply
// (estimate()). Beside it, the walk the index replaced (queuewalk.h) computes the same positions,
// so the previous design's cost is printed in the same run. CPU time is the thread's own
// (load-independent); wall-clock percentiles come with the load average.
#include "domain/hallconfig.h"
#include "domain/halltime.h"
#include "domain/queueengine.h"
#include "domain/queuewalk.h"
#include "measure.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace hall;
using measure::loadAverage;
using measure::threadCpuNs;

namespace {

qint64 wallNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

HallConfig depthConfig()
{
    QList<ServiceDef> services;
    for (int i = 0; i < 26; ++i) {
        const QChar prefix(u'A' + i);
        ServiceDef s;
        s.id = QStringLiteral("service-%1").arg(prefix);
        s.prefix = prefix;
        s.nameZh = QStringLiteral("业务%1").arg(prefix);
        s.nameEn = QStringLiteral("Service %1").arg(prefix);
        s.dailyQuota = 999;
        s.issueFrom = QTime(0, 0);
        s.issueUntil = QTime(23, 59);
        s.avgServiceSeconds = 600;
        services.append(s);
    }
    QList<CounterDef> counters;
    for (int n = 1; n <= 8; ++n) {
        counters.append(CounterDef{n, QStringLiteral("%1号窗口").arg(n), true, {}});
    }
    HallConfig config = defaultHallConfig();
    config.catalogue =
        Catalogue(QStringLiteral("压力测试大厅"), QStringLiteral("Bench hall"), services, counters);
    return config;
}

double percentileUs(std::vector<qint64> v, double p)
{
    if (v.empty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    return double(v[std::size_t(p / 100.0 * double(v.size() - 1))]) / 1000.0;
}

double meanUs(const std::vector<qint64>& v)
{
    double sum = 0;
    for (qint64 x : v) {
        sum += double(x);
    }
    return v.empty() ? 0 : sum / double(v.size()) / 1000.0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ticket.issue cost in the engine against queue depth."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("depths"),
                      QStringLiteral("Waiting tickets before measuring, comma-separated."),
                      QStringLiteral("list"), QStringLiteral("1000,6000,12000,18000,24000")});
    parser.addOption({QStringLiteral("measure"), QStringLiteral("Issues measured at each depth."),
                      QStringLiteral("n"), QStringLiteral("1000")});
    parser.addOption(
        {QStringLiteral("no-walk"), QStringLiteral("Skip the previous design's walk (for callgrind).")});
    parser.process(app);
    const int measure = parser.value(QStringLiteral("measure")).toInt();
    const bool walk = !parser.isSet(QStringLiteral("no-walk"));
    const HallConfig config = depthConfig();
    const QueuePolicy policy(config.policy);
    const Actor kiosk{QString(), QStringLiteral("kiosk-1")};

    std::printf("bench-issue-depth: engine share of ticket.issue (issue + position for the reply), %d issues "
                "per depth, 26 services; load average %s\n",
                measure, qPrintable(loadAverage()));
    std::printf("  %8s | %12s %10s %10s | %16s %10s\n", "waiting", "CPU us/issue", "p50 us", "p99 us",
                "walk CPU us/pos", "walk/index");
    double firstP99 = 0, lastP99 = 0;
    for (const QString& d : parser.value(QStringLiteral("depths")).split(QLatin1Char(','))) {
        const int depth = d.toInt();
        if (depth + measure > 26 * 999) {
            std::fprintf(stderr, "depth %d + %d measured exceeds the hall's 25,974 numbers\n", depth,
                         measure);
            return 2;
        }
        ManualClock clock(halltime::at(QDate(2026, 11, 24), QTime(4, 0)));
        QueueEngine engine(config, clock);
        const auto issueOne = [&](int i) {
            clock.advanceMSecs(100);
            IssueRequest r;
            r.services = {config.catalogue.services().at(i % 26).id};
            r.priority = i % 10 == 0 ? PriorityClass::Elder : PriorityClass::Normal;
            r.actor = kiosk;
            return engine.issue(r);
        };
        for (int i = 0; i < depth; ++i) {
            if (!issueOne(i)) {
                std::fprintf(stderr, "filling refused at %d\n", i);
                return 1;
            }
        }
        (void)engine.takeChanges();
        std::vector<qint64> cpu, wall;
        QStringList numbers;
        for (int i = depth; i < depth + measure; ++i) {
            const qint64 c0 = threadCpuNs();
            const qint64 w0 = wallNs();
            auto t = issueOne(i);
            const auto e = t ? engine.estimate(t->number) : std::nullopt;
            wall.push_back(wallNs() - w0);
            cpu.push_back(threadCpuNs() - c0);
            if (!e) {
                std::fprintf(stderr, "issue refused at %d\n", i);
                return 1;
            }
            numbers << t->number;
            if (i % 64 == 0) {
                (void)engine.takeChanges(); // as each group commit does
            }
        }
        double walkUs = 0;
        if (walk) {
            const QueueSnapshot snap = engine.snapshot();
            // The old walk went through the three sets of the ticket's own service: give it just those.
            QHash<QString, QList<const Ticket*>> byService;
            for (const Ticket& t : snap.tickets) {
                byService[t.currentService()].append(&t);
            }
            const qint64 c0 = threadCpuNs();
            qint64 sum = 0;
            for (qsizetype i = depth; i < snap.tickets.size(); ++i) {
                const Ticket& t = snap.tickets.at(i);
                sum += walkedAhead(t, byService.value(t.currentService()), policy, clock.now());
            }
            walkUs = double(threadCpuNs() - c0) / 1000.0 / double(measure);
            if (sum < 0) {
                return 1;
            }
        }
        const double p99 = percentileUs(wall, 99);
        firstP99 = firstP99 == 0 ? p99 : firstP99;
        lastP99 = p99;
        std::printf("  %8d | %12.2f %10.2f %10.2f | %16.2f %10.1f\n", depth, meanUs(cpu),
                    percentileUs(wall, 50), p99, walkUs, walk ? walkUs / meanUs(cpu) : 0.0);
    }
    std::printf("  p99 at the deepest / p99 at the shallowest depth: %.2f (target <= 1.5); load average %s\n",
                lastP99 / firstP99, qPrintable(loadAverage()));
    return 0;
}
