// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench-queue-engine: issues and serves N tickets through the durable queue (SQLite, WAL, group
// commit) and prints throughput and the latency of one durable operation, measured from submit to the
// reply that follows the commit being on disk. `--commit pipelined` (the service's way: COMMIT without
// sync, a worker thread syncs the WAL while the next turns run, replies wait for their sync) or
// `--commit full` (synchronous=FULL: every COMMIT syncs before the loop goes on). Beside it, in the same
// run, the single-commit limit: one-row transactions with synchronous=FULL, one after another, on the
// same disk — what one fsync per commit allows.
//
// Closed model (default): each event-loop turn models the hall at a busy moment: kiosks issue a few
// tickets and every counter takes its next step (call → start → finish). A fixed batch per turn, so
// it cannot show batches growing with the load.
// Open model (`--rate N`): operations arrive at N per second (Poisson or evenly spaced), whatever the
// service is doing; each turn submits every arrival that is due, so a slower turn makes a bigger batch.
// Latency counts from the arrival's intended time, so a loop that falls behind shows as queueing
// (no coordinated omission). The mix is the closed model's: per (issues + counters) arrivals, the
// issues first, then counter steps in turn.
// A business day issues up to --per-day tickets across all services, then the queue is drained and
// the clock moves to the next day.
//
// WAL checkpoints run as the service runs them (`--checkpoint thread`: automatic checkpoints off, a
// thread of their own, storage/walcheckpointer.h) or inside whichever COMMIT crosses SQLite's
// threshold (`--checkpoint loop`, SQLite's default): the second stalls the loop for the copy and its
// fsyncs. The figures after "where a reply waits" split a reply's wait into the loop's turn, the
// COMMIT, the sync and the synced signal's way back to the loop.
#include "benchconfig.h"
#include "domain/hallconfig.h"
#include "domain/halltime.h"
#include "storage/durablequeue.h"
#include "storage/sqlstore.h"
#include "storage/walcheckpointer.h"
#include "storage/walsync.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <limits>
#include <numeric>
#include <random>
#include <thread>

#include <sys/resource.h>
#include <time.h>
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

/// Where a turn's wall time went beyond its CPU time: off the CPU while blocked (a voluntary switch:
/// a write or lock that waited, e.g. on the sync in flight) or while preempted (other processes).
class TurnMeter
{
public:
    void begin()
    {
        m_wall = Clock_::now();
        m_cpu = threadCpuMs();
        rusage ru = {};
        getrusage(RUSAGE_THREAD, &ru);
        m_voluntary = ru.ru_nvcsw;
        m_involuntary = ru.ru_nivcsw;
    }
    void end()
    {
        const double wall = std::chrono::duration<double, std::milli>(Clock_::now() - m_wall).count();
        const double off = std::max(0.0, wall - (threadCpuMs() - m_cpu));
        rusage ru = {};
        getrusage(RUSAGE_THREAD, &ru);
        wallMs.push_back(wall);
        if (ru.ru_nvcsw > m_voluntary) {
            blockedMs += off;
            ++blockedTurns;
            longestBlockedMs = std::max(longestBlockedMs, off);
        } else if (ru.ru_nivcsw > m_involuntary) {
            preemptedMs += off;
            ++preemptedTurns;
            longestPreemptedMs = std::max(longestPreemptedMs, off);
        }
    }
    std::vector<double> wallMs;
    double blockedMs = 0, preemptedMs = 0, longestBlockedMs = 0, longestPreemptedMs = 0;
    long blockedTurns = 0, preemptedTurns = 0;

private:
    static double threadCpuMs()
    {
        timespec ts = {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
    }
    Clock_::time_point m_wall;
    double m_cpu = 0;
    long m_voluntary = 0;
    long m_involuntary = 0;
};

/// One-row transactions back to back on a file of their own (WAL, synchronous=FULL: each COMMIT waits
/// for its fsync) for `seconds`: commits per second, the most a design with one sync per commit can do.
double singleCommitLimit(const QString& path, double seconds)
{
    double rate = 0;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("single-commit"));
        db.setDatabaseName(path);
        if (!db.open()) {
            return 0;
        }
        QSqlQuery q(db);
        for (const char* sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                                "CREATE TABLE IF NOT EXISTS one (id INTEGER PRIMARY KEY, v INTEGER)"}) {
            if (!q.exec(QLatin1String(sql))) {
                QTextStream(stderr) << q.lastError().text() << "\n";
                return 0;
            }
        }
        q.prepare(QStringLiteral("INSERT INTO one (v) VALUES (?)"));
        long commits = 0;
        const auto start = Clock_::now();
        double elapsed = 0;
        while (elapsed < seconds) {
            q.addBindValue(static_cast<qlonglong>(commits));
            if (!q.exec()) { // autocommit: one transaction, one fsync
                QTextStream(stderr) << q.lastError().text() << "\n";
                return 0;
            }
            ++commits;
            elapsed = std::chrono::duration<double>(Clock_::now() - start).count();
        }
        rate = static_cast<double>(commits) / elapsed;
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("single-commit"));
    return rate;
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
    parser.addOption(
        {QStringLiteral("commit"),
         QStringLiteral("pipelined (sync on a worker, replies after it) or full (sync in COMMIT)."),
         QStringLiteral("mode"), QStringLiteral("pipelined")});
    parser.addOption({QStringLiteral("limit-seconds"),
                      QStringLiteral("Seconds of one-row fsync'd commits measuring the single-commit limit."),
                      QStringLiteral("s"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("rate"),
                      QStringLiteral("Open model: operations offered per second (0: the closed model)."),
                      QStringLiteral("ops"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("arrivals"), QStringLiteral("Open model: poisson or even arrivals."),
                      QStringLiteral("kind"), QStringLiteral("poisson")});
    parser.addOption({QStringLiteral("checkpoint"),
                      QStringLiteral("thread (the service's way) or loop (SQLite's automatic checkpoints)."),
                      QStringLiteral("where"), QStringLiteral("thread")});
    parser.addOption({QStringLiteral("wal-limit-mib"),
                      QStringLiteral("--checkpoint thread: the WAL's bound (the service's --wal-limit; 0: "
                                     "none)."),
                      QStringLiteral("MiB"), QStringLiteral("64")});
    parser.addOption(
        {QStringLiteral("wal-catch-up-frames"),
         QStringLiteral("--checkpoint thread: frames the committing connection copies itself at "
                        "most once the WAL is past its bound (WalCheckpointer::setCatchUpFrames)."),
         QStringLiteral("frames")});
    parser.process(app);
    const bool pipelined = parser.value(QStringLiteral("commit")) != QLatin1String("full");
    const double limitSeconds = parser.value(QStringLiteral("limit-seconds")).toDouble();
    const int target = parser.value(QStringLiteral("tickets")).toInt();
    const int counters = parser.value(QStringLiteral("counters")).toInt();
    const int issuePerTurn = parser.value(QStringLiteral("issue-per-turn")).toInt();
    const int perDay = parser.value(QStringLiteral("per-day")).toInt();
    const double rate = parser.value(QStringLiteral("rate")).toDouble();
    const bool poisson = parser.value(QStringLiteral("arrivals")) != QLatin1String("even");
    const bool checkpointThread = parser.value(QStringLiteral("checkpoint")) != QLatin1String("loop");

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
    std::unique_ptr<WalSync> walSync;
    if (pipelined) {
        auto attached = WalSync::attach(store.value()->database(), dbPath);
        if (!attached) {
            QTextStream(stderr) << attached.error().message << "\n";
            return 1;
        }
        walSync = std::move(attached).value();
    }
    std::unique_ptr<WalCheckpointer> checkpointer;
    if (checkpointThread) {
        QSqlQuery(store.value()->database()).exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
        const qint64 walLimitMiB = parser.value(QStringLiteral("wal-limit-mib")).toLongLong();
        checkpointer = std::make_unique<WalCheckpointer>(
            store.value()->database(), dbPath, 500,
            walLimitMiB > 0 ? walLimitMiB << 20 : std::numeric_limits<qint64>::max());
        if (parser.isSet(QStringLiteral("wal-catch-up-frames"))) {
            checkpointer->setCatchUpFrames(parser.value(QStringLiteral("wal-catch-up-frames")).toInt());
        }
        checkpointer->start();
    }
    // Where a reply waits: each COMMIT's time, and each synced() signal's delay on its way to the loop.
    std::vector<double> commitMs;
    std::vector<double> deliveryMs;
    // The WAL file's size after each commit (a stat: the file, not SQLite's idea of it).
    const QString walPath = dbPath + QStringLiteral("-wal");
    qint64 largestWalBytes = 0;
    QObject::connect(&queue.driver(), &GroupCommit::flushed, [&](qint64 ns, int, bool) {
        commitMs.push_back(static_cast<double>(ns) / 1e6);
        largestWalBytes = std::max(largestWalBytes, QFileInfo(walPath).size());
    });
    if (walSync) {
        // Connected before the group commit's own slot (setSync below), so it runs first.
        QObject::connect(walSync.get(), &WalSync::synced, [&](qint64) {
            deliveryMs.push_back(
                std::chrono::duration<double, std::milli>(Clock_::now() - walSync->timing().lastEnded)
                    .count());
        });
        queue.driver().setSync(walSync.get());
    }
    // Measured before the run, on the same disk, so both figures meet the same machine state.
    const double limitBefore =
        singleCommitLimit(dir.filePath(QStringLiteral("single.sqlite")), limitSeconds / 2);

    const Actor staff{QStringLiteral("bench"), QStringLiteral("bench")};
    std::vector<double> latencyMs;
    latencyMs.reserve(static_cast<std::size_t>(target) * 5);
    long ops = 0, refused = 0, failed = 0, turns = 0, finished = 0, issued = 0, issuedToday = 0;
    int nextService = 0;

    const auto submitAt = [&](Clock_::time_point t0, const std::function<Result<Ticket>(QueueEngine&)>& op,
                              bool expectRefusals) {
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
    const auto submit = [&](const std::function<Result<Ticket>(QueueEngine&)>& op, bool expectRefusals) {
        submitAt(Clock_::now(), op, expectRefusals);
    };
    const auto openAll = [&] {
        for (int c = 1; c <= counters; ++c) {
            queue.run<CounterState>([&](QueueEngine& e) { return e.openCounter(c, staff); });
        }
    };
    openAll();

    const auto waitingNow = [&] {
        int n = 0;
        for (const ServiceDef& s : config.catalogue.services()) {
            n += engine.waitingCount(s.id);
        }
        return n;
    };

    const long rssBefore = rssKiB();
    const qint64 commitsBefore = queue.driver().commits();
    const qint64 syncsBefore = walSync ? walSync->syncs() : 0;
    const auto rollOverIfDone = [&] {
        if (issuedToday >= perDay && finished == issued) {
            day = day.addDays(1);
            clock.set(halltime::at(day, QTime(4, 0)));
            queue.tick();
            openAll();
            issuedToday = 0;
        }
    };
    const auto issueAt = [&](Clock_::time_point t0) {
        const QString service =
            config.catalogue.services().at(nextService++ % config.catalogue.services().size()).id;
        submitAt(
            t0,
            [&, service](QueueEngine& e) {
                return e.issue(IssueRequest{{service}, PriorityClass::Normal, {}, std::nullopt, staff});
            },
            false);
        ++issued;
        ++issuedToday;
    };
    // Open model: the next counter (in turn) with something to do takes its step; false if none has.
    int nextCounter = 0;
    const auto counterStepAt = [&](Clock_::time_point t0) {
        const bool anyWaiting = waitingNow() > 0;
        for (int k = 0; k < counters; ++k) {
            const int c = 1 + (nextCounter++ % counters);
            const Ticket* current = engine.ticketById(engine.counter(c)->currentTicket);
            if (current == nullptr) {
                if (!anyWaiting) {
                    continue;
                }
                submitAt(
                    t0, [&, c](QueueEngine& e) { return e.callNext(c, staff); }, true);
            } else if (current->state == TicketState::Called) {
                submitAt(
                    t0, [&, c](QueueEngine& e) { return e.start(c, staff); }, false);
            } else {
                submitAt(
                    t0, [&, c](QueueEngine& e) { return e.finish(c, Rating::Satisfied, staff); }, false);
            }
            return true;
        }
        return false;
    };
    long dropped = 0; // open model: arrivals with nothing to do (a day's end, before the rollover)
    TurnMeter turn;
    const auto start = Clock_::now();
    if (rate > 0) {
        std::mt19937_64 random(20261207);
        std::exponential_distribution<double> gap(rate);
        const auto nextGap = [&] {
            return std::chrono::duration_cast<Clock_::duration>(
                std::chrono::duration<double>(poisson ? gap(random) : 1.0 / rate));
        };
        Clock_::time_point next = start;
        long slot = 0;
        QTimer wake;
        wake.setSingleShot(true);
        wake.setTimerType(Qt::PreciseTimer);
        QObject::connect(&wake, &QTimer::timeout, [] {});
        while (finished < target) {
            turn.begin();
            const auto turnStart = Clock_::now();
            while (next <= turnStart) {
                const bool issueSlot = slot % (issuePerTurn + counters) < issuePerTurn;
                const bool canIssue = issued < target && issuedToday < perDay;
                if (issueSlot && canIssue) {
                    issueAt(next);
                } else if (!counterStepAt(next)) {
                    if (canIssue) {
                        issueAt(next);
                    } else {
                        ++dropped;
                    }
                }
                if (++slot % (issuePerTurn + counters) == 0) {
                    clock.advanceSecs(1);
                }
                next += nextGap();
            }
            QCoreApplication::processEvents(); // the turn's group commit, then the replies due
            ++turns;
            turn.end();
            rollOverIfDone();
            const auto now = Clock_::now();
            if (next > now && finished < target) {
                if (queue.driver().pendingReplies() == 0) {
                    std::this_thread::sleep_until(next);
                } else {
                    // A reply's sync or the next arrival, whichever comes first.
                    wake.start(
                        static_cast<int>(std::chrono::ceil<std::chrono::milliseconds>(next - now).count()));
                    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
                    wake.stop();
                }
            }
        }
    }
    while (rate <= 0 && finished < target) {
        turn.begin();
        int submitted = 0;
        for (int i = 0; i < issuePerTurn && issued < target && issuedToday < perDay; ++i) {
            issueAt(Clock_::now());
            ++submitted;
        }
        for (int c = 1; c <= counters; ++c) {
            const CounterState* state = engine.counter(c);
            const Ticket* current = engine.ticketById(state->currentTicket);
            if (current == nullptr) {
                if (waitingNow() == 0) {
                    continue; // nobody to call: a counter waits rather than asks an empty queue
                }
                submit([&, c](QueueEngine& e) { return e.callNext(c, staff); },
                       true); // may find the queue empty
            } else if (current->state == TicketState::Called) {
                submit([&, c](QueueEngine& e) { return e.start(c, staff); }, false);
            } else {
                submit([&, c](QueueEngine& e) { return e.finish(c, Rating::Satisfied, staff); }, false);
            }
            ++submitted;
        }
        if (submitted == 0 && queue.driver().pendingReplies() > 0) {
            // Every counter idle and the day's tickets issued: the last replies wait for their sync.
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        } else {
            QCoreApplication::processEvents(); // runs the turn's group commit, then the replies due
            ++turns;
            clock.advanceSecs(1);
            turn.end();
        }
        rollOverIfDone();
    }
    const double seconds = std::chrono::duration<double>(Clock_::now() - start).count();
    const long rssAfter = rssKiB();
    const double mean =
        std::accumulate(latencyMs.begin(), latencyMs.end(), 0.0) / static_cast<double>(latencyMs.size());
    const double p50 = percentile(latencyMs, 0.50);
    const double p99 = percentile(latencyMs, 0.99);
    const double max = *std::max_element(latencyMs.begin(), latencyMs.end());

    const qint64 commits = queue.driver().commits() - commitsBefore;
    const qint64 syncs = walSync ? walSync->syncs() - syncsBefore : commits;
    const double throughput = static_cast<double>(ops) / seconds;
    const double limitAfter =
        singleCommitLimit(dir.filePath(QStringLiteral("single.sqlite")), limitSeconds / 2);
    const double limit = (limitBefore + limitAfter) / 2;

    QTextStream out(stdout);
    out << "bench-queue-engine: " << target << " tickets issued and served, " << counters << " counters, "
        << issuePerTurn << " issues per turn, " << perDay << " tickets per business day, commit "
        << (pipelined ? "pipelined (synchronous=NORMAL, WAL synced by a worker, replies after the sync)"
                      : "full (synchronous=FULL, every COMMIT syncs)")
        << "\n";
    out << "  durable operations   " << ops << " (" << refused << " refused as QUEUE_EMPTY, " << failed
        << " failed) in " << turns << " turns\n";
    out << "  group commits        " << commits << " ("
        << QString::number(static_cast<double>(ops) / static_cast<double>(std::max<qint64>(commits, 1)), 'f',
                           1)
        << " operations each)\n";
    out << "  WAL syncs            " << syncs << " ("
        << QString::number(static_cast<double>(ops) / static_cast<double>(std::max<qint64>(syncs, 1)), 'f', 1)
        << " operations each)\n";
    out << "  elapsed              " << QString::number(seconds, 'f', 2) << " s\n";
    out << "  throughput           " << QString::number(throughput, 'f', 0) << " durable operations/s\n";
    out << "  single-commit limit  " << QString::number(limit, 'f', 0) << " one-row fsync'd commits/s ("
        << QString::number(limitBefore, 'f', 0) << " before, " << QString::number(limitAfter, 'f', 0)
        << " after the run); throughput " << QString::number(throughput / std::max(limit, 1.0), 'f', 1)
        << "x the limit\n";
    out << "  latency (submit → acknowledged after commit and sync)  mean " << QString::number(mean, 'f', 3)
        << " ms, p50 " << QString::number(p50, 'f', 3) << " ms, p99 " << QString::number(p99, 'f', 3)
        << " ms, max " << QString::number(max, 'f', 3) << " ms\n";
    if (rate > 0) {
        out << "  offered              " << QString::number(rate, 'f', 0) << " operations/s, "
            << (poisson ? "Poisson" : "evenly spaced") << " arrivals, latency from each intended arrival ("
            << dropped << " arrivals found nothing to do at a day's end)\n";
    }
    const auto ms = [](double v) { return QString::number(v, 'f', 3); };
    const double meanSyncMs = walSync ? static_cast<double>(walSync->timing().syncNs) / 1e6 /
                                            static_cast<double>(std::max<qint64>(syncs, 1))
                                      : 0;
    out << "  where a reply waits  checkpoints "
        << (checkpointThread ? "on a thread" : "in COMMIT (on the loop)") << "; turn p50 "
        << ms(percentile(turn.wallMs, 0.5)) << " / p99 " << ms(percentile(turn.wallMs, 0.99)) << " / max "
        << ms(turn.wallMs.empty() ? 0 : *std::max_element(turn.wallMs.begin(), turn.wallMs.end()))
        << " ms; COMMIT p50 " << ms(percentile(commitMs, 0.5)) << " / p99 " << ms(percentile(commitMs, 0.99))
        << " / max " << ms(commitMs.empty() ? 0 : *std::max_element(commitMs.begin(), commitMs.end()))
        << " ms";
    if (walSync) {
        out << "; WAL sync mean " << ms(meanSyncMs) << " / max "
            << ms(static_cast<double>(walSync->timing().longestSyncNs) / 1e6) << " ms; synced → loop p50 "
            << ms(percentile(deliveryMs, 0.5)) << " / p99 " << ms(percentile(deliveryMs, 0.99)) << " / max "
            << ms(deliveryMs.empty() ? 0 : *std::max_element(deliveryMs.begin(), deliveryMs.end())) << " ms";
    }
    out << "\n";
    if (checkpointer) {
        const WalCheckpointer::Figures f = checkpointer->figures();
        out << "  WAL bound            " << parser.value(QStringLiteral("wal-limit-mib"))
            << " MiB; the writer held by checkpointing " << f.writerCheckpoints << " times (" << f.writerBusy
            << " answered busy at once), " << ms(static_cast<double>(f.writerHeldNs) / 1e6)
            << " ms in all, longest " << ms(static_cast<double>(f.longestWriterHeldNs) / 1e6)
            << " ms; the thread's checkpoints " << f.threadCheckpoints << "; WAL restarts " << f.restarts
            << "; WAL file largest "
            << QString::number(static_cast<double>(largestWalBytes) / 1048576.0, 'f', 1)
            << " MiB, at the end "
            << QString::number(static_cast<double>(QFileInfo(walPath).size()) / 1048576.0, 'f', 1)
            << " MiB\n";
    }
    out << "  turns off the CPU    blocked (a write or lock waited) " << turn.blockedTurns << " turns, "
        << ms(turn.blockedMs) << " ms in all, longest " << ms(turn.longestBlockedMs) << " ms; preempted "
        << turn.preemptedTurns << " turns, " << ms(turn.preemptedMs) << " ms in all, longest "
        << ms(turn.longestPreemptedMs) << " ms\n";
    out << "  summary              ops/s " << QString::number(throughput, 'f', 0) << ", p99 "
        << QString::number(p99, 'f', 2) << " ms, ops per commit "
        << QString::number(static_cast<double>(ops) / static_cast<double>(std::max<qint64>(commits, 1)), 'f',
                           1)
        << ", ops per sync "
        << QString::number(static_cast<double>(ops) / static_cast<double>(std::max<qint64>(syncs, 1)), 'f', 1)
        << ", single-commit limit " << QString::number(limit, 'f', 0) << "/s\n";
    out << "  database             " << QFileInfo(dbPath).size() / 1024 << " KiB main file, journal "
        << engine.lastSeq() << " events\n";
    out << "  resident memory      " << rssBefore << " KiB before, " << rssAfter << " KiB after\n";
    return failed == 0 ? 0 : 1;
}
