// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A special-date release burst over the network: a real hall-service, C clients (C = 2,000 by
// default) on their own WebSocket connections, all sending booking.create at the release moment,
// while reader connections keep asking for availability (booking.slots / booking.calendar) as
// kiosks refresh their calendars. Then a phase of availability reads alone. Prints accepted and
// refused counts, overbooking (must be 0), throughput and latency percentiles, and what the service
// spent per request in each phase: CPU time, or (--instructions) the instructions it executed.
#include "auth/authstore.h"
#include "auth/secrets.h"
#include "callgrindphases.h"
#include "datadir.h"
#include "domain/idnumber.h"
#include "measure.h"
#include "net/epolldispatcher.h"
#include "releaseclient.h"
#include "serviceprocess.h"
#include "storage/sqlstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <vector>

#include <unistd.h>

using namespace hall;
using namespace hall::releasebench;

namespace {

struct Options
{
    int clients = 2000;
    int devices = 200;
    int places = 100; ///< 4 slots of places/4
    int readers = 32;
    int readDepth = 16; ///< reads in flight per reader connection
    int readSeconds = 5;
    int leadSeconds = 20; ///< hall time from start to the release moment
    int mixSeconds = 5;   ///< retry storm with reads alongside
    int thinkMs = 200;    ///< pause between a couple's retries (± 50 %)
};

/// What the service spent in one phase: CPU time from /proc and, under --instructions, the user-space
/// instructions callgrind counted (then the CPU time is valgrind's, tens of times the service's own).
struct PhaseCost
{
    measure::ProcessCpu cpu;
    std::optional<qint64> instructions;
};

measure::ProcessCpu cpuSince(const measure::ProcessCpu& before, qint64 pid)
{
    const measure::ProcessCpu now = measure::processCpu(pid);
    return {now.userMs - before.userMs, now.systemMs - before.systemMs, now.exactMs - before.exactMs};
}

/// "12.3 us (user 9.1 + system 3.2; 12.6 us to the ns)" per request, and the instructions when counted, with
/// the CPU time they take natively at `instructionsPerUs` (--instructions-per-us; see docs/benchmarks.md for
/// how that rate was measured: a native run's user CPU per request against its instruction count).
QString perRequest(const PhaseCost& cost, double requests, double instructionsPerUs = 0)
{
    if (requests <= 0) {
        return QStringLiteral("no requests");
    }
    const double user = cost.cpu.userMs * 1000 / requests;
    const double system = cost.cpu.systemMs * 1000 / requests;
    QString text = QStringLiteral("%1 us (user %2 + system %3)")
                       .arg(user + system, 0, 'f', 1)
                       .arg(user, 0, 'f', 1)
                       .arg(system, 0, 'f', 1);
    if (cost.cpu.exactMs > 0) {
        // The split above moves by whole ticks; this total does not.
        text.insert(text.size() - 1,
                    QStringLiteral("; %1 us to the ns").arg(cost.cpu.exactMs * 1000 / requests, 0, 'f', 1));
    }
    if (cost.instructions) {
        const double perRequest = static_cast<double>(*cost.instructions) / requests;
        text += QStringLiteral(" under callgrind; %1 instructions").arg(perRequest, 0, 'f', 0);
        if (instructionsPerUs > 0) {
            text += QStringLiteral(" = %1 us of user CPU natively at %2 instructions/us")
                        .arg(perRequest / instructionsPerUs, 0, 'f', 1)
                        .arg(instructionsPerUs, 0, 'f', 0);
        }
    }
    return text;
}

QString idNumber(int person, bool male)
{
    const QDate birth = QDate(1980, 1, 1).addDays(person / 400);
    const int sequence = (person % 400) * 2 + (male ? 1 : 0);
    const QString first17 = QStringLiteral("110105") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

QByteArray bookingJson(const Options& o, const QString& releaseAt)
{
    return QStringLiteral(R"({
  "offices": [ { "id": "main", "nameZh": "婚姻登记处",
                 "sessions": [ { "days": [1, 2, 3, 4, 5], "from": "09:00", "until": "11:00", "slotMinutes": 30,
                                 "capacity": { "marriage": 2 } } ] } ],
  "specialDates": {
                    "dates": [ { "date": "2026-12-11", "nameZh": "压测吉日", "releaseAt": "%1",
                                 "capacity": { "marriage": %2 } } ] }
})")
        .arg(releaseAt)
        .arg(o.places / 4)
        .toUtf8();
}

} // namespace

int main(int argc, char* argv[])
{
    // Before the application exists, so it takes effect: --epoll is read by hand here.
    const bool epoll =
        std::any_of(argv + 1, argv + argc, [](const char* a) { return std::strcmp(a, "--epoll") == 0; });
    if (epoll) {
        QCoreApplication::setEventDispatcher(new EpollDispatcher);
    }
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Special-date release burst against a real hall-service."));
    parser.addHelpOption();
    Options o;
    const auto intOption = [&](const char* name, const char* help, int* value) {
        parser.addOption(
            {QLatin1String(name), QLatin1String(help), QStringLiteral("n"), QString::number(*value)});
        return std::pair{QLatin1String(name), value};
    };
    const std::vector<std::pair<QLatin1String, int*>> ints{
        intOption("clients", "Concurrent booking clients, one connection each.", &o.clients),
        intOption("devices", "Kiosk devices the clients share.", &o.devices),
        intOption("places", "Places of the special date (4 slots).", &o.places),
        intOption("readers", "Reader connections asking for availability.", &o.readers),
        intOption("read-depth", "Reads in flight per reader connection.", &o.readDepth),
        intOption("read-seconds", "Length of the reads-only phase.", &o.readSeconds),
        intOption("lead-seconds", "Hall time from start to the release moment.", &o.leadSeconds),
        intOption("mix-seconds", "Length of the retry storm with reads alongside (0: none).", &o.mixSeconds),
        intOption("think-ms", "Pause between one couple's retries, ± 50 %.", &o.thinkMs)};
    parser.addOption(
        {QStringLiteral("epoll"),
         QStringLiteral(
             "Run the bench's own connections on an epoll event dispatcher (epolldispatcher.h).")});
    parser.addOption(
        {QStringLiteral("instructions"),
         QStringLiteral("Run hall-service under valgrind's callgrind and print the instructions it executes "
                        "per request in each phase (load-independent; the phases take longer).")});
    parser.addOption(
        {QStringLiteral("callgrind-out"),
         QStringLiteral("With --instructions: keep callgrind's dump of each phase (callgrind.out.1 "
                        "burst, .2 storm, .3 reads) in this directory, for callgrind_annotate."),
         QStringLiteral("dir")});
    parser.addOption(
        {QStringLiteral("instructions-per-us"),
         QStringLiteral("With --instructions: also print each count as CPU time at this many user-space "
                        "instructions per microsecond (0: not). The default is this machine's rate, measured "
                        "as a native run's user CPU per read alone against the count (docs/benchmarks.md)."),
         QStringLiteral("n"), QStringLiteral("3000")});
    parser.addOption({QStringLiteral("service-loop"),
                      QStringLiteral("hall-service's event loop: epoll (its default) or qt."),
                      QStringLiteral("epoll|qt"), QStringLiteral("epoll")});
    parser.process(app);
    const QString serviceLoop = parser.value(QStringLiteral("service-loop"));
    const bool countInstructions = parser.isSet(QStringLiteral("instructions"));
    const QString callgrindOut = parser.value(QStringLiteral("callgrind-out"));
    const double instructionsPerUs = parser.value(QStringLiteral("instructions-per-us")).toDouble();
    if (!callgrindOut.isEmpty() && !QDir().mkpath(callgrindOut)) {
        std::fprintf(stderr, "cannot make %s\n", qPrintable(callgrindOut));
        return 1;
    }
    if (countInstructions && !CallgrindPhases::available()) {
        std::fprintf(stderr, "--instructions needs valgrind (apt-get install valgrind)\n");
        return 1;
    }
    for (const auto& [name, value] : ints) {
        *value = parser.value(name).toInt();
    }
    // The slot list is read once before and once after the burst on the first reader's connection.
    if (o.clients < 1 || o.devices < 1 || o.readers < 1 || o.readDepth < 1) {
        std::fprintf(stderr, "--clients, --devices, --readers and --read-depth must each be at least 1\n");
        return 1;
    }
    if (!secrets::init()) {
        return 1;
    }

    QTemporaryDir dir;
    {
        SqlStore::Options so;
        so.database = dir.filePath(QStringLiteral("hall.sqlite"));
        if (auto failed = halldata::initialise(dir.path(), so.database)) {
            std::fprintf(stderr, "%s\n", qPrintable(failed->message));
            return 1;
        }
        auto store = SqlStore::open(so);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
            return 1;
        }
        AuthStore auth(store.value()->database());
        QStringList tokens;
        for (int i = 0; i <= o.devices; ++i) {
            tokens << auth.addDevice(QStringLiteral("kiosk-%1").arg(i), Role::Kiosk).value();
        }
        QFile f(dir.filePath(QStringLiteral("tokens")));
        if (!f.open(QIODevice::WriteOnly) || f.write(tokens.join(QLatin1Char('\n')).toUtf8()) < 0) {
            return 1;
        }
    }
    QFile tokenFile(dir.filePath(QStringLiteral("tokens")));
    if (!tokenFile.open(QIODevice::ReadOnly)) {
        return 1;
    }
    const QStringList tokens = QString::fromUtf8(tokenFile.readAll()).split(QLatin1Char('\n'));
    const QDateTime start = QDateTime(QDate(2026, 11, 24), QTime(10, 0), QTimeZone(8 * 3600));
    const QString releaseAt = start.addSecs(o.leadSeconds).toString(Qt::ISODate);
    QFile config(dir.filePath(QStringLiteral("booking.json")));
    if (!config.open(QIODevice::WriteOnly) || config.write(bookingJson(o, releaseAt)) < 0) {
        return 1;
    }
    config.close();

    hall::ServiceProcess service;
    service.setLogFile(dir.filePath(QStringLiteral("service.log")));
    QStringList slowService;
    if (countInstructions) {
        service.setLauncher(CallgrindPhases::launcher(callgrindOut.isEmpty() ? dir.path() : callgrindOut));
        // Connecting 2,000 clients under valgrind takes minutes: the first must not be closed for want
        // of a hello meanwhile. Pings are timed by the clock, and the phases take tens of times longer
        // than natively: at the default interval they would add ~135 pings a second to each phase.
        slowService = {QStringLiteral("--hello-timeout-ms"),     QStringLiteral("600000"),
                       QStringLiteral("--handshake-timeout-ms"), QStringLiteral("600000"),
                       QStringLiteral("--ping-interval-ms"),     QStringLiteral("600000"),
                       QStringLiteral("--stale-after-ms"),       QStringLiteral("1800000")};
    }
    if (!service.start(dir.path(),
                       QStringList{QStringLiteral("--quiet"), QStringLiteral("--booking-config"),
                                   config.fileName(), QStringLiteral("--start-time"),
                                   start.toString(Qt::ISODate),
                                   QStringLiteral("--max-connections-per-address"), QStringLiteral("100000"),
                                   QStringLiteral("--rate-limit"), QStringLiteral("100000"),
                                   QStringLiteral("--rate-burst"), QStringLiteral("100000"),
                                   QStringLiteral("--booking-device-burst"), QStringLiteral("100000"),
                                   QStringLiteral("--device-writes-per-minute"), QStringLiteral("10000000"),
                                   QStringLiteral("--event-loop"), serviceLoop} +
                           slowService,
                       countInstructions ? 120000 : 20000)) {
        std::fprintf(stderr, "%s\n", qPrintable(service.error()));
        return 1;
    }
    const QUrl url = service.url();
    const auto stopService = [&] { service.kill(); };
    const qint64 servicePid = service.pid();
    // Under valgrind the service runs tens of times slower: every wait for it is stretched.
    const int patience = countInstructions ? 10 : 1;
    CallgrindPhases callgrind(servicePid, callgrindOut.isEmpty() ? dir.path() : callgrindOut);
    // Each phase's cost is taken between these two; the counts of requests answered are taken at the
    // same moments (after begin, and after end), so a phase's requests and its cost cover one window.
    measure::ProcessCpu phaseCpu;
    bool counted = true;
    const auto beginPhase = [&] {
        if (countInstructions && !callgrind.begin()) {
            std::fprintf(stderr, "%s\n", qPrintable(callgrind.error()));
            counted = false;
        }
        phaseCpu = measure::processCpu(servicePid);
    };
    const auto endPhase = [&](const char* name) {
        PhaseCost cost{cpuSince(phaseCpu, servicePid), std::nullopt};
        if (countInstructions && counted) {
            cost.instructions = callgrind.end(QLatin1String(name));
            if (!cost.instructions) {
                std::fprintf(stderr, "%s\n", qPrintable(callgrind.error()));
            }
        }
        return cost;
    };

    // Connections: every client its own, said hello as one of the kiosks.
    std::vector<std::unique_ptr<Conn>> clients;
    Readers readers;
    const auto allConnected = [](const std::vector<std::unique_ptr<Conn>>& list) {
        return std::all_of(list.begin(), list.end(), [](const auto& c) { return c->connected(); });
    };
    // Opened in batches before the release moment: thousands of SYNs at once overflow the accept
    // backlog, and a dropped SYN is only retried after seconds.
    for (int i = 0; i < o.clients; ++i) {
        clients.push_back(std::make_unique<Conn>(url));
        if (clients.size() % 100 == 0) {
            runUntil([&] { return allConnected(clients); }, 5000 * patience);
        }
    }
    for (int i = 0; i < o.readers; ++i) {
        readers.conns.push_back(std::make_unique<Conn>(url));
    }
    if (!runUntil(
            [&] {
                for (auto* list : {&clients, &readers.conns}) {
                    for (auto& c : *list) {
                        c->retryIfRefused(url);
                    }
                }
                return allConnected(clients) && allConnected(readers.conns);
            },
            60000 * patience)) {
        std::fprintf(stderr, "not every client connected\n");
        stopService();
        return 1;
    }
    int hellos = 0;
    const auto hello = [&](Conn& c, int device) {
        c.send(QStringLiteral("hello"),
               {{QStringLiteral("protocol"), 1},
                {QStringLiteral("role"), QStringLiteral("kiosk")},
                {QStringLiteral("device"), QStringLiteral("kiosk-%1").arg(device)},
                {QStringLiteral("token"), tokens.at(device)}},
               [&](const QString& r, double) { hellos += isOk(r) ? 1 : 0; });
    };
    for (int i = 0; i < o.clients; ++i) {
        hello(*clients[static_cast<std::size_t>(i)], 1 + i % o.devices);
    }
    for (auto& r : readers.conns) {
        hello(*r, 0);
    }
    if (!runUntil([&] { return hellos == o.clients + o.readers; }, 60000 * patience)) {
        std::fprintf(stderr, "hello failed (%d of %d)\n", hellos, o.clients + o.readers);
        stopService();
        return 1;
    }

    // Wait for the release as kiosks would, then everyone at once.
    QString release;
    while (release != QLatin1String("open")) {
        bool answered = false;
        readers.conns.front()->send(QStringLiteral("booking.slots"),
                                    {{QStringLiteral("date"), QStringLiteral("2026-12-11")},
                                     {QStringLiteral("type"), QStringLiteral("marriage")}},
                                    [&](const QString& r, double) {
                                        release = parsed(r)
                                                      .value(QLatin1String("result"))
                                                      .toObject()
                                                      .value(QLatin1String("release"))
                                                      .toString();
                                        answered = true;
                                    });
        runUntil([&] { return answered; }, 10000 * patience);
        if (release != QLatin1String("open")) {
            runUntil([] { return false; }, 5);
        }
    }
    const QStringList slotStarts{
        QStringLiteral("2026-12-11T09:00:00+08:00"), QStringLiteral("2026-12-11T09:30:00+08:00"),
        QStringLiteral("2026-12-11T10:00:00+08:00"), QStringLiteral("2026-12-11T10:30:00+08:00")};
    std::vector<double> latencies;
    QHash<QString, int> outcomes;
    int accepted = 0;
    // Every request is built before the moment, so the clients send as fast as sockets allow.
    std::vector<std::pair<qint64, QString>> frames;
    for (int i = 0; i < o.clients; ++i) {
        const QJsonArray parties{QJsonObject{{QStringLiteral("name"), QStringLiteral("张三")},
                                             {QStringLiteral("idNumber"), idNumber(i, true)}},
                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("李四")},
                                             {QStringLiteral("idNumber"), idNumber(i, false)}}};
        const qint64 id = clients[static_cast<std::size_t>(i)]->nextId();
        frames.emplace_back(id, Conn::frame(id, QStringLiteral("booking.create"),
                                            {{QStringLiteral("requestId"), QStringLiteral("burst-%1").arg(i)},
                                             {QStringLiteral("type"), QStringLiteral("marriage")},
                                             {QStringLiteral("slotStart"), slotStarts.at(i % 4)},
                                             {QStringLiteral("parties"), parties},
                                             {QStringLiteral("phone"), QStringLiteral("13800138000")}}));
    }
    readers.start(o.readDepth);
    const QString loadAtBurst = measure::loadAverage();
    beginPhase();
    const qint64 readsBefore = readers.answered;
    const double clientCpuAtBurst = measure::processCpuMs(QCoreApplication::applicationPid());
    const Steady::time_point burstStart = Steady::now();
    Steady::time_point lastReply = burstStart;
    // Each couple's phone or kiosk sends on its own: a frame leaves as soon as it is made, rather than
    // all 2,000 being queued first and their clocks running while the bench is still queueing.
    for (int i = 0; i < o.clients; ++i) {
        auto& [id, text] = frames[static_cast<std::size_t>(i)];
        Conn& client = *clients[static_cast<std::size_t>(i)];
        client.sendFrame(id, text, [&](const QString& r, double ms) {
            latencies.push_back(ms);
            lastReply = Steady::now();
            if (isOk(r)) {
                ++accepted;
            } else {
                outcomes[errorCode(r)] += 1;
            }
        });
        client.flush();
    }
    const bool allAnswered =
        runUntil([&] { return static_cast<int>(latencies.size()) == o.clients; }, 120000 * patience);
    const double burstSeconds = std::chrono::duration<double>(lastReply - burstStart).count();
    const PhaseCost burstCost = endPhase("burst");
    const qint64 readsDuringBurst = readers.answered - readsBefore;
    const double burstClientCpu =
        measure::processCpuMs(QCoreApplication::applicationPid()) - clientCpuAtBurst;

    // Retry storm alongside reads: every couple keeps trying (a new request each time) after a pause
    // of --think-ms ± 50 %, as people press "book" again; the readers keep reading.
    std::vector<double> mixLatencies;
    QHash<QString, int> mixOutcomes;
    int mixAccepted = 0;
    int mixInFlight = 0;
    qint64 mixAnswered = 0; ///< also after the storm's window, for the cost per request
    bool mixing = o.mixSeconds > 0;
    std::vector<int> tries(static_cast<std::size_t>(o.clients), 0);
    std::function<void(int)> retry = [&](int i) {
        if (!mixing) {
            return;
        }
        const QJsonArray parties{QJsonObject{{QStringLiteral("name"), QStringLiteral("张三")},
                                             {QStringLiteral("idNumber"), idNumber(i, true)}},
                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("李四")},
                                             {QStringLiteral("idNumber"), idNumber(i, false)}}};
        const int n = ++tries[static_cast<std::size_t>(i)];
        ++mixInFlight;
        clients[static_cast<std::size_t>(i)]->send(
            QStringLiteral("booking.create"),
            {{QStringLiteral("requestId"), QStringLiteral("retry-%1-%2").arg(i).arg(n)},
             {QStringLiteral("type"), QStringLiteral("marriage")},
             {QStringLiteral("slotStart"), slotStarts.at((i + n) % 4)},
             {QStringLiteral("parties"), parties},
             {QStringLiteral("phone"), QStringLiteral("13800138000")}},
            [&, i](const QString& r, double ms) {
                --mixInFlight;
                ++mixAnswered;
                if (isOk(r)) {
                    ++mixAccepted; // whenever it comes: the overbooking check counts it
                }
                if (!mixing) {
                    return;
                }
                mixLatencies.push_back(ms);
                if (!isOk(r)) {
                    mixOutcomes[errorCode(r)] += 1;
                }
                const int pause =
                    o.thinkMs / 2 + static_cast<int>(QRandomGenerator::global()->bounded(o.thinkMs + 1));
                QTimer::singleShot(pause, [&, i] { retry(i); });
            });
    };
    beginPhase();
    const qint64 readsAtMix = readers.answered;
    const std::size_t readMarkMix = readers.latencies.size();
    const Steady::time_point mixStart = Steady::now();
    for (int i = 0; i < o.clients && mixing; ++i) {
        QTimer::singleShot(static_cast<int>(QRandomGenerator::global()->bounded(o.thinkMs + 1)),
                           [&, i] { retry(i); });
    }
    runUntil([] { return false; }, o.mixSeconds * 1000);
    mixing = false;
    const double mixSeconds = std::chrono::duration<double>(Steady::now() - mixStart).count();
    const qint64 readsInMix = readers.answered - readsAtMix;
    const std::vector<double> mixReadLatencies(
        readers.latencies.begin() + static_cast<std::ptrdiff_t>(readMarkMix), readers.latencies.end());
    // The attempts still in flight belong to the storm's cost, not to the reads' phase after it (under
    // callgrind the service is far behind when the window closes).
    runUntil([&] { return mixInFlight == 0; }, 120000 * patience);
    const PhaseCost mixCost = endPhase("storm");
    const qint64 mixRequests = mixAnswered + (readers.answered - readsAtMix);
    runUntil([] { return false; }, 200);

    // Reads alone.
    beginPhase();
    const qint64 readsAtPhase = readers.answered;
    const std::size_t latencyMark = readers.latencies.size();
    const Steady::time_point readStart = Steady::now();
    runUntil([] { return false; }, o.readSeconds * 1000);
    const double readSeconds = std::chrono::duration<double>(Steady::now() - readStart).count();
    const PhaseCost readCost = endPhase("reads");
    const qint64 readsAlone = readers.answered - readsAtPhase;
    readers.running = false;
    runUntil([] { return false; }, 300);
    const std::vector<double> readLatencies(
        readers.latencies.begin() + static_cast<std::ptrdiff_t>(latencyMark), readers.latencies.end());

    // What storage holds after the burst: the service's own count, from a fresh read.
    int remaining = -1;
    bool done = false;
    readers.conns.front()->send(QStringLiteral("booking.slots"),
                                {{QStringLiteral("date"), QStringLiteral("2026-12-11")},
                                 {QStringLiteral("type"), QStringLiteral("marriage")}},
                                [&](const QString& r, double) {
                                    remaining = parsed(r)
                                                    .value(QLatin1String("result"))
                                                    .toObject()
                                                    .value(QLatin1String("remaining"))
                                                    .toInt(-1);
                                    done = true;
                                });
    runUntil([&] { return done; }, 10000 * patience);
    stopService();

    std::printf("booking release burst over the network: %d clients (%d devices), %d places, %d readers x %d "
                "in flight, service on %s%s\n",
                o.clients, o.devices, o.places, o.readers, o.readDepth, qPrintable(serviceLoop),
                epoll ? ", client on epoll" : "");
    std::printf(
        "  load average: %s at the burst, %s at the end (latencies mean little above 2, CPU per request "
        "rises too; instructions per request (--instructions) do not depend on load; target <= 30 us)\n",
        qPrintable(loadAtBurst), qPrintable(measure::loadAverage()));
    std::printf("  all answered: %s\n", allAnswered ? "yes" : "NO");
    std::printf("  accepted: %d, refused: %d", accepted, static_cast<int>(latencies.size()) - accepted);
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
        std::printf(" (%s %d)", qPrintable(it.key()), it.value());
    }
    std::printf("\n  overbooking: %d (accepted in the burst and the retries beyond the places; must be 0); "
                "places left "
                "per the service: %d\n",
                std::max(0, accepted + mixAccepted - o.places), remaining);
    // For slicing a `perf record -k CLOCK_MONOTONIC` of the service to the burst.
    std::printf("  burst began at monotonic %.3f s\n",
                std::chrono::duration<double>(burstStart.time_since_epoch()).count());
    std::printf("  burst: %.3f s from the first send to the last reply, %.0f attempts/s\n", burstSeconds,
                burstSeconds > 0 ? o.clients / burstSeconds : 0.0);
    std::printf("  attempt latency (send -> reply): p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                percentile(latencies, 0.5), percentile(latencies, 0.99), percentile(latencies, 1.0));
    std::printf("  availability reads during the burst: %lld (%.0f/s)\n", readsDuringBurst,
                burstSeconds > 0 ? static_cast<double>(readsDuringBurst) / burstSeconds : 0.0);
    // What the service spent per request. CPU time also grows when neighbours share the caches and
    // cores; the instruction count (--instructions) does not.
    const double burstRequests = o.clients + static_cast<double>(readsDuringBurst);
    std::printf("  service in the burst: %.0f ms CPU; per request (attempts and reads): %s; bench client "
                "%.0f ms\n",
                burstCost.cpu.userMs + burstCost.cpu.systemMs,
                qPrintable(perRequest(burstCost, burstRequests, instructionsPerUs)), burstClientCpu);
    // The attempts alone: the reads answered in the burst, at what a read costs alone, taken out.
    if (readsAlone > 0 && o.clients > 0) {
        const double readShare = static_cast<double>(readsDuringBurst) / static_cast<double>(readsAlone);
        PhaseCost attempts{{burstCost.cpu.userMs - readShare * readCost.cpu.userMs,
                            burstCost.cpu.systemMs - readShare * readCost.cpu.systemMs,
                            burstCost.cpu.exactMs - readShare * readCost.cpu.exactMs},
                           std::nullopt};
        if (burstCost.instructions && readCost.instructions) {
            attempts.instructions =
                *burstCost.instructions -
                static_cast<qint64>(readShare * static_cast<double>(*readCost.instructions));
        }
        std::printf("    per attempt, the burst's reads taken out at their cost alone: %s\n",
                    qPrintable(perRequest(attempts, o.clients, instructionsPerUs)));
    }
    std::printf(
        "  availability reads alone: %lld in %.1f s = %.0f reads/s, p50 %.2f ms, p99 %.2f ms, failed %lld\n",
        readsAlone, readSeconds, static_cast<double>(readsAlone) / readSeconds,
        percentile(readLatencies, 0.5), percentile(readLatencies, 0.99), readers.failed);
    std::printf("    service CPU %.0f%% of a core; per read: %s\n",
                (readCost.cpu.userMs + readCost.cpu.systemMs) / (readSeconds * 10),
                qPrintable(perRequest(readCost, static_cast<double>(readsAlone), instructionsPerUs)));
    if (o.mixSeconds > 0) {
        std::printf("  retry storm, %d s, think %d ms: %zu attempts = %.0f attempts/s, accepted %d",
                    o.mixSeconds, o.thinkMs, mixLatencies.size(),
                    static_cast<double>(mixLatencies.size()) / mixSeconds, mixAccepted);
        for (auto it = mixOutcomes.cbegin(); it != mixOutcomes.cend(); ++it) {
            std::printf(" (%s %d)", qPrintable(it.key()), it.value());
        }
        std::printf("\n    attempt p50 %.2f ms, p99 %.2f ms; availability reads alongside: %lld = %.0f "
                    "reads/s, p50 %.2f ms, "
                    "p99 %.2f ms\n",
                    percentile(mixLatencies, 0.5), percentile(mixLatencies, 0.99), readsInMix,
                    static_cast<double>(readsInMix) / mixSeconds, percentile(mixReadLatencies, 0.5),
                    percentile(mixReadLatencies, 0.99));
        std::printf("    service per request (the %lld attempts and reads answered, those in flight when the "
                    "window closed included): %s\n",
                    mixRequests,
                    qPrintable(perRequest(mixCost, static_cast<double>(mixRequests), instructionsPerUs)));
    }
    return allAnswered && accepted + mixAccepted <= o.places ? 0 : 1;
}
