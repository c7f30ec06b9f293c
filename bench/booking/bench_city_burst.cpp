// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A city release burst: H hall-service processes (3 by default) on one PostgreSQL (a private
// cluster on a Unix socket) share one booking pool of O offices (17); C couples' attempts (6,000)
// spread over the halls and offices at once. Side by side, in the same run, the same burst against
// one hall on SQLite. Then the cost of LISTEN/NOTIFY invalidation on availability reads: reads at hall
// 1 alone, and while hall 2 books a stream on the same office-day. Prints attempts/s, latency
// percentiles, CPU per request, overbooking (must be 0) and the load average. With --instructions
// every hall-service runs under callgrind and the burst's instructions per attempt are printed: a
// figure the machine's load does not move (the availability phases are skipped then).
#include "auth/authstore.h"
#include "auth/secrets.h"
#include "callgrindphases.h"
#include "datadir.h"
#include "domain/idnumber.h"
#include "measure.h"
#include "postgresserver.h"
#include "releaseclient.h"
#include "serviceprocess.h"
#include "storage/databaseurl.h"
#include "storage/sqlstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

namespace {

using hall::releasebench::Conn;
using hall::releasebench::percentile;
using hall::releasebench::runUntil;
using hall::releasebench::Steady;

struct CityOptions
{
    int clients = 6000; ///< attempts, one per couple
    int offices = 17;
    int places = 100; ///< per office, in its one special-date slot
    int halls = 3;
    int connections = 300; ///< spread over the halls
    int readers = 8;
    int readDepth = 8;
    int readSeconds = 3;
    bool instructions = false; ///< every hall under callgrind, the burst's instructions counted
    QString callgrindOut;      ///< where the dumps stay (a folder per hall); else each hall's data dir
};

QString coupleId(int person, bool male)
{
    const QDate birth = QDate(1980, 1, 1).addDays(person / 400);
    const int sequence = (person % 400) * 2 + (male ? 1 : 0);
    const QString first17 = QStringLiteral("110105") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + hall::IdNumber::checkCharacter(first17);
}

QJsonArray coupleOf(int person)
{
    return QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("张三")},
                                  {QStringLiteral("idNumber"), coupleId(person, true)}},
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("李四")},
                                  {QStringLiteral("idNumber"), coupleId(person, false)}}};
}

/// O offices, each one 09:00 slot; on the burst date (Friday 2026-12-11, released before the halls
/// start) `places` each, on the stream date (Friday 2026-12-18) room for every booking of the stream.
QByteArray cityJson(const CityOptions& o)
{
    QJsonArray offices;
    for (int i = 0; i < o.offices; ++i) {
        offices.append(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("office%1").arg(i)},
                        {QStringLiteral("nameZh"), QStringLiteral("登记处%1").arg(i)},
                        {QStringLiteral("sessions"),
                         QJsonArray{QJsonObject{
                             {QStringLiteral("days"), QJsonArray{1, 2, 3, 4, 5}},
                             {QStringLiteral("from"), QStringLiteral("09:00")},
                             {QStringLiteral("until"), QStringLiteral("09:30")},
                             {QStringLiteral("slotMinutes"), 30},
                             {QStringLiteral("capacity"), QJsonObject{{QStringLiteral("marriage"), 2}}}}}}});
    }
    const auto special = [](const char* date, int places) {
        return QJsonObject{{QStringLiteral("date"), QLatin1String(date)},
                           {QStringLiteral("nameZh"), QStringLiteral("压测吉日")},
                           {QStringLiteral("releaseAt"), QStringLiteral("2026-11-24T09:00:00+08:00")},
                           {QStringLiteral("capacity"), QJsonObject{{QStringLiteral("marriage"), places}}}};
    };
    return QJsonDocument(QJsonObject{{QStringLiteral("offices"), offices},
                                     {QStringLiteral("specialDates"),
                                      QJsonObject{{QStringLiteral("dates"),
                                                   QJsonArray{special("2026-12-11", o.places),
                                                              special("2026-12-18", 10000)}}}}})
        .toJson();
}

/// One hall: its data directory, its kiosk tokens, its process.
struct BenchHall
{
    QString id; ///< --hall, empty for the single SQLite hall
    QTemporaryDir dir;
    QStringList tokens;
    std::unique_ptr<hall::ServiceProcess> service;
};

/// Makes the hall (schema, secret, devices) on `database` (an SQLite path or a PostgreSQL URL).
bool makeHall(BenchHall& h, const QString& database, const QString& id, int devices,
              const QString& secretFrom)
{
    auto options = hall::databaseurl::storeOptions(database, h.dir.path(), id);
    if (!options) {
        std::fprintf(stderr, "%s\n", qPrintable(options.error().message));
        return false;
    }
    if (auto failed = hall::halldata::initialise(h.dir.path(), options.value())) {
        std::fprintf(stderr, "%s\n", qPrintable(failed->message));
        return false;
    }
    if (!secretFrom.isEmpty()) {
        // The city's one person key (docs/operations.md, section 9).
        const QString mine = h.dir.filePath(QStringLiteral("person-key.secret"));
        QFile::remove(mine);
        if (!QFile::copy(secretFrom, mine)) {
            return false;
        }
    }
    hall::SqlStore::Options beside = options.value();
    beside.claimHall = false;
    auto store = hall::SqlStore::open(beside);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return false;
    }
    hall::AuthStore auth(store.value()->database());
    for (int i = 0; i < devices; ++i) {
        h.tokens << auth.addDevice(QStringLiteral("kiosk-%1").arg(i), hall::Role::Kiosk).value();
    }
    return true;
}

/// Where hall `id`'s callgrind dumps go.
QString callgrindDir(const CityOptions& o, const BenchHall& h, const QString& id)
{
    if (o.callgrindOut.isEmpty()) {
        return h.dir.path();
    }
    const QString dir = QDir(o.callgrindOut).filePath(id.isEmpty() ? QStringLiteral("single") : id);
    QDir().mkpath(dir);
    return dir;
}

bool startHall(BenchHall& h, const QStringList& store, const QString& config, const CityOptions& o,
               const QString& id)
{
    h.service = std::make_unique<hall::ServiceProcess>();
    h.service->setLogFile(h.dir.filePath(QStringLiteral("service.log")));
    QStringList slow;
    if (o.instructions) {
        h.service->setLauncher(hall::CallgrindPhases::launcher(callgrindDir(o, h, id)));
        // Tens of times slower under valgrind: no client may be closed for a late hello or pong.
        slow = {QStringLiteral("--hello-timeout-ms"),     QStringLiteral("600000"),
                QStringLiteral("--handshake-timeout-ms"), QStringLiteral("600000"),
                QStringLiteral("--ping-interval-ms"),     QStringLiteral("600000"),
                QStringLiteral("--stale-after-ms"),       QStringLiteral("1800000")};
    }
    if (!h.service->start(
            h.dir.path(),
            slow + store +
                QStringList{QStringLiteral("--quiet"), QStringLiteral("--booking-config"), config,
                            QStringLiteral("--start-time"), QStringLiteral("2026-11-24T10:00:00+08:00"),
                            QStringLiteral("--max-connections-per-address"), QStringLiteral("100000"),
                            QStringLiteral("--rate-limit"), QStringLiteral("100000"),
                            QStringLiteral("--rate-burst"), QStringLiteral("100000"),
                            QStringLiteral("--booking-device-burst"), QStringLiteral("100000"),
                            QStringLiteral("--device-writes-per-minute"), QStringLiteral("10000000")},
            o.instructions ? 120000 : 20000)) {
        QFile log(h.dir.filePath(QStringLiteral("service.log")));
        std::fprintf(stderr, "%s\n%s\n", qPrintable(h.service->error()),
                     log.open(QIODevice::ReadOnly) ? log.readAll().right(2000).constData() : "");
        return false;
    }
    return true;
}

/// Connections to `h`, each said hello as one of its kiosks.
bool connectTo(BenchHall& h, int count, std::vector<std::unique_ptr<Conn>>& out)
{
    const QUrl url = h.service->url();
    const std::size_t first = out.size();
    for (int i = 0; i < count; ++i) {
        out.push_back(std::make_unique<Conn>(url));
    }
    if (!runUntil(
            [&] {
                bool all = true;
                for (std::size_t i = first; i < out.size(); ++i) {
                    out[i]->retryIfRefused(url);
                    all = all && out[i]->connected();
                }
                return all;
            },
            60000)) {
        return false;
    }
    int hellos = 0;
    for (std::size_t i = first; i < out.size(); ++i) {
        const int device = static_cast<int>(i - first) % static_cast<int>(h.tokens.size());
        out[i]->send(QStringLiteral("hello"),
                     {{QStringLiteral("protocol"), 1},
                      {QStringLiteral("role"), QStringLiteral("kiosk")},
                      {QStringLiteral("device"), QStringLiteral("kiosk-%1").arg(device)},
                      {QStringLiteral("token"), h.tokens.at(device)}},
                     [&](const QString& r, double) { hellos += hall::releasebench::isOk(r) ? 1 : 0; });
    }
    return runUntil([&] { return hellos == count; }, 60000);
}

struct BurstFigures
{
    int accepted = 0;
    QHash<QString, int> refused;
    std::vector<double> latencies;
    double seconds = 0;
    double serviceCpuMs = 0;
    std::optional<qint64> instructions; ///< all halls', under --instructions
    QString load;
    bool answered = false;
};

/// Every attempt at once: attempt i at hall i % H, office i % O, couple i.
BurstFigures burst(const CityOptions& o, std::vector<BenchHall>& halls)
{
    BurstFigures f;
    std::vector<std::vector<std::unique_ptr<Conn>>> conns(halls.size());
    const int perHall = std::max(1, o.connections / static_cast<int>(halls.size()));
    for (std::size_t h = 0; h < halls.size(); ++h) {
        if (!connectTo(halls[h], perHall, conns[h])) {
            std::fprintf(stderr, "hall %zu: not every connection said hello\n", h);
            return f;
        }
    }
    std::vector<std::tuple<Conn*, qint64, QString>> frames;
    for (int i = 0; i < o.clients; ++i) {
        const std::size_t h = static_cast<std::size_t>(i) % halls.size();
        Conn* c =
            conns[h][static_cast<std::size_t>(i / static_cast<int>(halls.size())) % conns[h].size()].get();
        const qint64 id = c->nextId();
        frames.emplace_back(
            c, id,
            Conn::frame(id, QStringLiteral("booking.create"),
                        {{QStringLiteral("requestId"), QStringLiteral("city-%1").arg(i)},
                         {QStringLiteral("office"), QStringLiteral("office%1").arg(i % o.offices)},
                         {QStringLiteral("type"), QStringLiteral("marriage")},
                         {QStringLiteral("slotStart"), QStringLiteral("2026-12-11T09:00:00+08:00")},
                         {QStringLiteral("parties"), coupleOf(i)},
                         {QStringLiteral("phone"), QStringLiteral("13800138000")}}));
    }
    std::vector<hall::CallgrindPhases> callgrind;
    if (o.instructions) {
        for (std::size_t h = 0; h < halls.size(); ++h) {
            callgrind.emplace_back(halls[h].service->pid(), callgrindDir(o, halls[h], halls[h].id));
            if (!callgrind.back().begin()) {
                std::fprintf(stderr, "%s\n", qPrintable(callgrind.back().error()));
                return f;
            }
        }
    }
    std::vector<double> cpuBefore;
    for (auto& h : halls) {
        cpuBefore.push_back(hall::measure::processCpuMs(h.service->pid()));
    }
    f.load = hall::measure::loadAverage();
    const Steady::time_point start = Steady::now();
    Steady::time_point last = start;
    for (auto& [conn, id, text] : frames) {
        conn->sendFrame(id, text, [&](const QString& r, double ms) {
            f.latencies.push_back(ms);
            last = Steady::now();
            if (hall::releasebench::isOk(r)) {
                ++f.accepted;
            } else {
                f.refused[hall::releasebench::errorCode(r)] += 1;
            }
        });
        conn->flush();
    }
    f.answered = runUntil([&] { return static_cast<int>(f.latencies.size()) == o.clients; },
                          o.instructions ? 3600000 : 300000);
    f.seconds = std::chrono::duration<double>(last - start).count();
    for (std::size_t h = 0; h < halls.size(); ++h) {
        f.serviceCpuMs += hall::measure::processCpuMs(halls[h].service->pid()) - cpuBefore[h];
    }
    if (o.instructions) {
        qint64 total = 0;
        for (auto& c : callgrind) {
            const auto n = c.end(QStringLiteral("burst"));
            if (!n) {
                std::fprintf(stderr, "%s\n", qPrintable(c.error()));
                return f;
            }
            total += *n;
        }
        f.instructions = total;
    }
    return f;
}

void printBurst(const char* what, const CityOptions& o, int halls, const BurstFigures& f)
{
    const int places = o.offices * o.places;
    std::printf("%s: %d halls, %d attempts, %d offices x %d places\n", what, halls, o.clients, o.offices,
                o.places);
    std::printf("  load average at the burst: %s\n", qPrintable(f.load));
    std::printf("  all answered: %s; accepted %d of %d places, overbooking %d (must be 0)",
                f.answered ? "yes" : "NO", f.accepted, places, std::max(0, f.accepted - places));
    for (auto it = f.refused.cbegin(); it != f.refused.cend(); ++it) {
        std::printf(" (%s %d)", qPrintable(it.key()), it.value());
    }
    std::printf(
        "\n  %.3f s from the first send to the last reply = %.0f attempts/s; p50 %.2f ms, p99 %.2f ms, "
        "max %.2f ms\n",
        f.seconds, f.seconds > 0 ? o.clients / f.seconds : 0.0, percentile(f.latencies, 0.5),
        percentile(f.latencies, 0.99), percentile(f.latencies, 1.0));
    std::printf("  service CPU (all halls): %.0f ms = %.1f us per attempt%s\n", f.serviceCpuMs,
                o.clients > 0 ? f.serviceCpuMs * 1000 / o.clients : 0.0,
                f.instructions ? " (under callgrind)" : "");
    if (f.instructions) {
        std::printf("  instructions (all halls, user space): %lld = %.0f per attempt\n",
                    static_cast<long long>(*f.instructions),
                    o.clients > 0 ? static_cast<double>(*f.instructions) / o.clients : 0.0);
    }
}

struct ReadFigures
{
    qint64 reads = 0;
    double seconds = 0;
    std::vector<double> latencies;
    double cpuMs = 0;
    int streamed = 0;
};

/// Availability reads of the stream date at `reader` for o.readSeconds, while (with `writer`) a
/// stream of bookings on the same office-day goes to another hall, one at a time.
ReadFigures reads(const CityOptions& o, BenchHall& reader, BenchHall* writer, int firstCouple)
{
    ReadFigures f;
    hall::releasebench::Readers readers;
    readers.date = QStringLiteral("2026-12-18");
    readers.office = QStringLiteral("office0");
    if (!connectTo(reader, o.readers, readers.conns)) {
        return f;
    }
    std::vector<std::unique_ptr<Conn>> writers;
    if (writer != nullptr && !connectTo(*writer, 1, writers)) {
        return f;
    }
    bool streaming = writer != nullptr;
    int next = firstCouple;
    std::function<void()> book = [&] {
        if (!streaming) {
            return;
        }
        const int n = next++;
        writers.front()->send(QStringLiteral("booking.create"),
                              {{QStringLiteral("requestId"), QStringLiteral("stream-%1").arg(n)},
                               {QStringLiteral("office"), QStringLiteral("office0")},
                               {QStringLiteral("type"), QStringLiteral("marriage")},
                               {QStringLiteral("slotStart"), QStringLiteral("2026-12-18T09:00:00+08:00")},
                               {QStringLiteral("parties"), coupleOf(n)},
                               {QStringLiteral("phone"), QStringLiteral("13800138000")}},
                              [&](const QString& r, double) {
                                  f.streamed += hall::releasebench::isOk(r) ? 1 : 0;
                                  book();
                              });
    };
    readers.start(o.readDepth);
    book();
    runUntil([] { return false; }, 300); // warm: the cache filled, the stream flowing
    const qint64 before = readers.answered;
    const std::size_t mark = readers.latencies.size();
    const int streamedBefore = f.streamed;
    const double cpu = hall::measure::processCpuMs(reader.service->pid());
    const Steady::time_point start = Steady::now();
    runUntil([] { return false; }, o.readSeconds * 1000);
    f.seconds = std::chrono::duration<double>(Steady::now() - start).count();
    f.reads = readers.answered - before;
    f.cpuMs = hall::measure::processCpuMs(reader.service->pid()) - cpu;
    f.streamed -= streamedBefore;
    f.latencies.assign(readers.latencies.begin() + static_cast<std::ptrdiff_t>(mark),
                       readers.latencies.end());
    readers.running = false;
    streaming = false;
    runUntil([] { return false; }, 500);
    return f;
}

void printReads(const char* what, const ReadFigures& f)
{
    std::printf(
        "  %s: %lld reads in %.1f s = %.0f reads/s, p50 %.2f ms, p99 %.2f ms; hall CPU %.1f us per read",
        what, f.reads, f.seconds, f.seconds > 0 ? static_cast<double>(f.reads) / f.seconds : 0.0,
        percentile(f.latencies, 0.5), percentile(f.latencies, 0.99),
        f.reads > 0 ? f.cpuMs * 1000 / static_cast<double>(f.reads) : 0.0);
    if (f.streamed > 0) {
        std::printf("; bookings at the other hall: %d (%.0f/s)", f.streamed, f.streamed / f.seconds);
    }
    std::printf("\n");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("City release burst: many hall-services on one PostgreSQL."));
    parser.addHelpOption();
    CityOptions o;
    const std::vector<std::tuple<const char*, const char*, int*>> ints{
        {"clients", "Couples' attempts in the burst.", &o.clients},
        {"offices", "Registry offices of the city.", &o.offices},
        {"places", "Places per office in the special-date slot.", &o.places},
        {"halls", "hall-service processes on the city database.", &o.halls},
        {"connections", "Client connections, spread over the halls.", &o.connections},
        {"readers", "Reader connections for the availability phase.", &o.readers},
        {"read-depth", "Reads in flight per reader.", &o.readDepth},
        {"read-seconds", "Length of each availability phase.", &o.readSeconds}};
    for (const auto& [name, help, value] : ints) {
        parser.addOption(
            {QLatin1String(name), QLatin1String(help), QStringLiteral("n"), QString::number(*value)});
    }
    parser.addOption({QStringLiteral("instructions"),
                      QStringLiteral("Run every hall-service under valgrind's callgrind and print the "
                                     "instructions the burst cost (no availability phases).")});
    parser.addOption({QStringLiteral("callgrind-out"),
                      QStringLiteral("With --instructions: keep each hall's callgrind dump in a folder of "
                                     "this directory (callgrind_annotate reads them)."),
                      QStringLiteral("dir")});
    parser.process(app);
    for (const auto& [name, help, value] : ints) {
        *value = parser.value(QLatin1String(name)).toInt();
    }
    o.instructions = parser.isSet(QStringLiteral("instructions"));
    o.callgrindOut = parser.value(QStringLiteral("callgrind-out"));
    if (o.instructions && !hall::CallgrindPhases::available()) {
        std::fprintf(stderr, "--instructions needs valgrind (apt-get install valgrind)\n");
        return 1;
    }
    if (!hall::secrets::init() || o.halls < 2) {
        std::fprintf(stderr, "needs libsodium and at least 2 halls\n");
        return 1;
    }
    QTemporaryDir work;
    const QString config = work.filePath(QStringLiteral("booking.json"));
    {
        QFile f(config);
        if (!f.open(QIODevice::WriteOnly) || f.write(cityJson(o)) < 0) {
            return 1;
        }
    }
    const int devices = 20;

    // The single hall on SQLite first, in the same run, as the reference.
    BurstFigures single;
    {
        std::vector<BenchHall> one(1);
        const QString file = one[0].dir.filePath(QStringLiteral("hall.sqlite"));
        if (!makeHall(one[0], file, {}, devices, {}) || !startHall(one[0], {}, config, o, {})) {
            return 1;
        }
        single = burst(o, one);
        one[0].service->kill();
    }

    hall::test::PostgresServer pg;
    if (!pg.error().isEmpty()) {
        std::fprintf(stderr, "PostgreSQL: %s\n", qPrintable(pg.error()));
        return 1;
    }
    QString error;
    const QString name = hall::test::PostgresServer::createDatabase(pg.socketDir(), &error);
    if (name.isEmpty()) {
        std::fprintf(stderr, "PostgreSQL: %s\n", qPrintable(error));
        return 1;
    }
    const QString url = hall::test::PostgresServer::databaseUrl(pg.socketDir(), name);
    std::vector<BenchHall> city(static_cast<std::size_t>(o.halls));
    for (int h = 0; h < o.halls; ++h) {
        const QString id = QStringLiteral("h%1").arg(h);
        const QString secret = h == 0 ? QString() : city[0].dir.filePath(QStringLiteral("person-key.secret"));
        BenchHall& mine = city[static_cast<std::size_t>(h)];
        mine.id = id;
        if (!makeHall(mine, url, id, devices, secret) ||
            !startHall(mine, {QStringLiteral("--database"), url, QStringLiteral("--hall"), id}, config, o,
                       id)) {
            return 1;
        }
    }
    const BurstFigures shared = burst(o, city);
    ReadFigures alone;
    ReadFigures withStream;
    if (!o.instructions) {
        alone = reads(o, city[0], nullptr, 0);
        withStream = reads(o, city[0], &city[1], 1000000);
    }
    for (auto& h : city) {
        h.service->kill();
    }

    std::printf("city release burst (bench-city-burst), %d attempts over %d connections\n", o.clients,
                o.connections);
    printBurst("single hall on SQLite", o, 1, single);
    printBurst("city on one PostgreSQL", o, o.halls, shared);
    if (o.instructions) {
        const int places = o.offices * o.places;
        return single.answered && shared.answered && shared.accepted <= places ? 0 : 1;
    }
    std::printf(
        "availability reads at hall 1 (office0, one date; %d readers x %d in flight), load average %s:\n",
        o.readers, o.readDepth, qPrintable(hall::measure::loadAverage()));
    printReads("alone", alone);
    printReads("with a stream of bookings at hall 2 on the same day", withStream);
    const int places = o.offices * o.places;
    const bool good =
        single.answered && shared.answered && single.accepted <= places && shared.accepted <= places;
    return good ? 0 : 1;
}
