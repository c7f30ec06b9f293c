// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench-queue-engine: issues and serves N tickets through the durable queue (SQLite, WAL,
// synchronous=FULL, group commit) and prints throughput and the latency of one durable operation,
// measured from submit to the reply that follows the commit.
//
// Each event-loop turn models the hall at a busy moment: kiosks issue a few tickets and every
// counter takes its next step (call → start → finish). A business day issues up to --per-day
// tickets across all services, then the queue is drained and the clock moves to the next day.
#include "benchconfig.h"
#include "domain/hallconfig.h"
#include "domain/halltime.h"
#include "storage/durablequeue.h"
#include "storage/sqlstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <numeric>
#include <vector>

using namespace hall;
using Clock_ = std::chrono::steady_clock;

namespace {

double percentile(std::vector<double>& v, double p)
{
    if (v.empty()) {
        return 0;
    }
    const auto k = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1));
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
    return v[k];
}

long rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLong();
        }
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Durable queue engine throughput and latency."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("tickets"), QStringLiteral("Tickets to issue and serve."),
                      QStringLiteral("n"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("counters"), QStringLiteral("Open integrated counters."),
                      QStringLiteral("n"), QStringLiteral("8")});
    parser.addOption({QStringLiteral("issue-per-turn"), QStringLiteral("Tickets issued per event-loop turn."),
                      QStringLiteral("n"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("per-day"), QStringLiteral("Tickets per business day."),
                      QStringLiteral("n"), QStringLiteral("10000")});
    parser.process(app);
    const int target = parser.value(QStringLiteral("tickets")).toInt();
    const int counters = parser.value(QStringLiteral("counters")).toInt();
    const int issuePerTurn = parser.value(QStringLiteral("issue-per-turn")).toInt();
    const int perDay = parser.value(QStringLiteral("per-day")).toInt();

    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("bench.sqlite"));
    auto store = SqlStore::open({QStringLiteral("QSQLITE"), dbPath, {}, 0, {}, {}, 5000});
    if (!store) {
        QTextStream(stderr) << store.error().message << "\n";
        return 1;
    }
    QDate day(2026, 11, 24);
    ManualClock clock(halltime::at(day, QTime(4, 0)));
    const HallConfig config = bench::benchConfig(counters);
    QueueEngine engine(config, clock);
    DurableQueue queue(engine, *store.value());
    queue.restore();

    const Actor staff{QStringLiteral("bench"), QStringLiteral("bench")};
    std::vector<double> latencyMs;
    latencyMs.reserve(static_cast<std::size_t>(target) * 5);
    long ops = 0, refused = 0, failed = 0, turns = 0, finished = 0, issued = 0, issuedToday = 0;
    int nextService = 0;

    const auto submit = [&](const std::function<Result<Ticket>(QueueEngine&)>& op, bool expectRefusals) {
        const auto t0 = Clock_::now();
        queue.submit<Ticket>(op, [&, t0, expectRefusals](Result<Ticket> r) {
            latencyMs.push_back(std::chrono::duration<double, std::milli>(Clock_::now() - t0).count());
            ++ops;
            if (!r.ok()) {
                (r.error().code == ErrorCode::StorageFailed || !expectRefusals ? failed : refused) += 1;
            } else if (r->state == TicketState::Finished) {
                ++finished;
            }
        });
    };
    const auto openAll = [&] {
        for (int c = 1; c <= counters; ++c) {
            queue.run<CounterState>([&](QueueEngine& e) { return e.openCounter(c, staff); });
        }
    };
    openAll();

    const long rssBefore = rssKiB();
    const auto start = Clock_::now();
    while (finished < target) {
        for (int i = 0; i < issuePerTurn && issued < target && issuedToday < perDay; ++i) {
            const QString service =
                config.catalogue.services().at(nextService++ % config.catalogue.services().size()).id;
            submit(
                [&, service](QueueEngine& e) {
                    return e.issue(IssueRequest{{service}, PriorityClass::Normal, {}, std::nullopt, staff});
                },
                false);
            ++issued;
            ++issuedToday;
        }
        for (int c = 1; c <= counters; ++c) {
            const CounterState* state = engine.counter(c);
            const Ticket* current = engine.ticketById(state->currentTicket);
            if (current == nullptr) {
                submit([&, c](QueueEngine& e) { return e.callNext(c, staff); },
                       true); // may find the queue empty
            } else if (current->state == TicketState::Called) {
                submit([&, c](QueueEngine& e) { return e.start(c, staff); }, false);
            } else {
                submit([&, c](QueueEngine& e) { return e.finish(c, Rating::Satisfied, staff); }, false);
            }
        }
        QCoreApplication::processEvents(); // runs the turn's group commit, then the replies
        ++turns;
        clock.advanceSecs(1);
        if (issuedToday >= perDay && finished == issued) {
            day = day.addDays(1);
            clock.set(halltime::at(day, QTime(4, 0)));
            queue.tick();
            openAll();
            issuedToday = 0;
        }
    }
    const double seconds = std::chrono::duration<double>(Clock_::now() - start).count();
    const long rssAfter = rssKiB();
    const double mean =
        std::accumulate(latencyMs.begin(), latencyMs.end(), 0.0) / static_cast<double>(latencyMs.size());
    const double p50 = percentile(latencyMs, 0.50);
    const double p99 = percentile(latencyMs, 0.99);
    const double max = *std::max_element(latencyMs.begin(), latencyMs.end());

    QTextStream out(stdout);
    out << "bench-queue-engine: " << target << " tickets issued and served, " << counters << " counters, "
        << issuePerTurn << " issues per turn, " << perDay << " tickets per business day\n";
    out << "  durable operations   " << ops << " (" << refused << " refused as QUEUE_EMPTY, " << failed
        << " failed)\n";
    out << "  group commits        " << turns << " ("
        << QString::number(static_cast<double>(ops) / turns, 'f', 1) << " operations each)\n";
    out << "  elapsed              " << QString::number(seconds, 'f', 2) << " s\n";
    out << "  throughput           " << QString::number(static_cast<double>(ops) / seconds, 'f', 0)
        << " durable operations/s\n";
    out << "  latency (submit → acknowledged after commit)  mean " << QString::number(mean, 'f', 3)
        << " ms, p50 " << QString::number(p50, 'f', 3) << " ms, p99 " << QString::number(p99, 'f', 3)
        << " ms, max " << QString::number(max, 'f', 3) << " ms\n";
    out << "  database             " << QFileInfo(dbPath).size() / 1024 << " KiB main file, journal "
        << engine.lastSeq() << " events\n";
    out << "  resident memory      " << rssBefore << " KiB before, " << rssAfter << " KiB after\n";
    return failed == 0 ? 0 : 1;
}
