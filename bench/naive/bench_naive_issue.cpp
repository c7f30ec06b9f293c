// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench-naive-issue: closed-loop ticket.issue against hall-service and the naive baselines, in one
// run and with one load generator: --clients WebSocket connections each send the next ticket.issue
// as soon as the reply arrives. At each depth (tickets already waiting) it issues --measure more and
// prints throughput, latency, and the service's CPU per issue (load-independent; the throughput and
// latency columns are not: the load average is printed beside them). The naive services
// (naive-hall) commit one transaction per request: on SQLite (WAL, synchronous=FULL) and on a
// throwaway PostgreSQL server on a private Unix socket (SELECT … FOR UPDATE), started and stopped
// here.
#include "benchhall.h"
#include "client/waituntil.h"
#include "measure.h"
#include "postgresserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace hall;

namespace {

/// One connection that issues tickets back to back.
class Issuer : public QObject
{
public:
    Issuer(const QUrl& url, QString device, QString token, int services, int index)
        : m_device(std::move(device)), m_token(std::move(token)), m_services(services), m_next(index)
    {
        connect(&m_socket, &QWebSocket::connected, this, [this] {
            send(QStringLiteral("hello"), {{QStringLiteral("protocol"), 1},
                                           {QStringLiteral("role"), QStringLiteral("kiosk")},
                                           {QStringLiteral("device"), m_device},
                                           {QStringLiteral("token"), m_token}});
        });
        connect(&m_socket, &QWebSocket::textMessageReceived, this, &Issuer::onReply);
        m_socket.open(url);
    }

    bool ready() const { return m_ready; }
    /// Issues until `*budget` reaches zero; latencies go to `latencies` when it is set.
    void run(int* budget, std::vector<qint64>* latencies)
    {
        m_budget = budget;
        m_latencies = latencies;
        issueNext();
    }
    bool idle() const { return !m_inFlight; }
    int failed = 0;

private:
    void send(const QString& op, const QJsonObject& args)
    {
        ++m_id;
        m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("id"), m_id},
                                                                             {QStringLiteral("op"), op},
                                                                             {QStringLiteral("args"), args}})
                                                       .toJson(QJsonDocument::Compact)));
    }

    void issueNext()
    {
        if (*m_budget <= 0) {
            return;
        }
        --*m_budget;
        m_inFlight = true;
        m_sent.start();
        const QString service = QStringLiteral("service-%1").arg(QChar(u'A' + m_next++ % m_services));
        send(QStringLiteral("ticket.issue"),
             {{QStringLiteral("services"), QJsonArray{service}},
              {QStringLiteral("requestId"), QStringLiteral("%1-%2").arg(m_device).arg(m_id + 1)}});
    }

    void onReply(const QString& text)
    {
        if (text.startsWith(QLatin1String("{\"data\""))) {
            return; // an event
        }
        const bool ok = text.contains(QLatin1String("\"ok\":true"));
        if (!m_ready) {
            m_ready = ok;
            return;
        }
        m_inFlight = false;
        if (!ok) {
            ++failed;
        } else if (m_latencies) {
            m_latencies->push_back(m_sent.nsecsElapsed());
        }
        issueNext();
    }

    QWebSocket m_socket;
    QString m_device;
    QString m_token;
    int m_services;
    int m_next;
    qint64 m_id = 0;
    bool m_ready = false;
    bool m_inFlight = false;
    int* m_budget = nullptr;
    std::vector<qint64>* m_latencies = nullptr;
    QElapsedTimer m_sent;
};

/// A naive-hall process on a store, until destroyed.
struct NaiveProcess
{
    QProcess process;
    QUrl url;
    bool start(const QStringList& args, QString& error)
    {
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral(NAIVE_HALL_PATH), args);
        static const QRegularExpression listening(QStringLiteral("listening on (ws://\\S+)"));
        QString out;
        waitUntil(
            [&] {
                out += QString::fromUtf8(process.readAllStandardOutput());
                return listening.match(out).hasMatch() || process.state() == QProcess::NotRunning;
            },
            30000);
        const auto m = listening.match(out);
        if (!m.hasMatch()) {
            error = QStringLiteral("naive-hall did not start");
            return false;
        }
        url = QUrl(m.captured(1));
        return true;
    }
    ~NaiveProcess()
    {
        process.kill();
        process.waitForFinished(5000);
    }
};

struct Row
{
    QString service;
    int depth;
    double perSecond;
    double p50Ms;
    double p99Ms;
    double cpuUsPerIssue;
    double systemUsPerIssue; ///< the kernel's share of cpuUsPerIssue (socket reads and writes, the WAL's)
    QString load;
};

double percentileMs(std::vector<qint64> v, double p)
{
    if (v.empty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    return double(v[std::size_t(p / 100.0 * double(v.size() - 1))]) / 1e6;
}

/// Fills to each depth and measures there; appends one row per depth.
bool measureService(const QString& label, const QUrl& url, qint64 pid,
                    const std::function<QString(int)>& device, const std::function<QString(int)>& token,
                    int clients, const QList<int>& depths, int count, QList<Row>& rows)
{
    std::vector<std::unique_ptr<Issuer>> issuers;
    for (int i = 1; i <= clients; ++i) {
        issuers.push_back(std::make_unique<Issuer>(url, device(i), token(i), 26, i));
    }
    auto all = [&](bool (Issuer::*f)() const) {
        return std::all_of(issuers.begin(), issuers.end(), [f](const auto& i) { return (*i.*f)(); });
    };
    if (!waitUntil([&] { return all(&Issuer::ready); }, 30000)) {
        std::fprintf(stderr, "bench-naive-issue: %s: the clients did not connect\n", qPrintable(label));
        return false;
    }
    int issued = 0;
    for (const int depth : depths) {
        int budget = depth - issued;
        for (auto& i : issuers) {
            i->run(&budget, nullptr);
        }
        waitUntil([&] { return budget <= 0 && all(&Issuer::idle); }, 600000);
        issued = depth;
        std::vector<qint64> latencies;
        budget = count;
        const measure::ProcessCpu cpu0 = measure::processCpu(pid);
        QElapsedTimer wall;
        wall.start();
        for (auto& i : issuers) {
            i->run(&budget, &latencies);
        }
        waitUntil([&] { return budget <= 0 && all(&Issuer::idle); }, 600000);
        const double seconds = double(wall.nsecsElapsed()) / 1e9;
        const measure::ProcessCpu cpu1 = measure::processCpu(pid);
        const double cpuMs = cpu1.userMs + cpu1.systemMs - cpu0.userMs - cpu0.systemMs;
        const double issues = double(qMax<size_t>(1, latencies.size()));
        issued += count;
        // The service's process only: a PostgreSQL server's backends work beside it, uncounted.
        rows.append({label, depth, double(latencies.size()) / seconds, percentileMs(latencies, 50),
                     percentileMs(latencies, 99), cpuMs * 1000.0 / issues,
                     (cpu1.systemMs - cpu0.systemMs) * 1000.0 / issues, measure::loadAverage()});
        int failed = 0;
        for (auto& i : issuers) {
            failed += i->failed;
        }
        if (failed > 0) {
            std::fprintf(stderr, "bench-naive-issue: %s: %d issues refused\n", qPrintable(label), failed);
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Closed-loop ticket.issue: hall-service against naive baselines."));
    p.addHelpOption();
    p.addOption({QStringLiteral("depths"), QStringLiteral("Waiting tickets before each measurement."),
                 QStringLiteral("list"), QStringLiteral("1000,6000")});
    p.addOption({QStringLiteral("measure"), QStringLiteral("Issues measured at each depth."),
                 QStringLiteral("n"), QStringLiteral("1000")});
    p.addOption({QStringLiteral("clients"), QStringLiteral("Connections issuing back to back."),
                 QStringLiteral("n"), QStringLiteral("8")});
    p.addOption({QStringLiteral("skip-postgres"), QStringLiteral("Leave out the PostgreSQL baseline.")});
    p.addOption({QStringLiteral("skip-naive"), QStringLiteral("Measure hall-service only.")});
    p.addOption({QStringLiteral("service"),
                 QStringLiteral("The hall-service to start (a script that runs it under callgrind, say)."),
                 QStringLiteral("path")});
    p.process(app);
    QList<int> depths;
    for (const QString& d : p.value(QStringLiteral("depths")).split(QLatin1Char(','))) {
        depths.append(d.toInt());
    }
    const int count = p.value(QStringLiteral("measure")).toInt();
    const int clients = p.value(QStringLiteral("clients")).toInt();
    if (depths.isEmpty() || depths.last() + count > 26 * 999) {
        std::fprintf(stderr, "bench-naive-issue: the deepest depth plus --measure exceeds 25,974 numbers\n");
        return 2;
    }
    std::printf("bench-naive-issue: %d clients, %d issues measured per depth; load average %s\n", clients,
                count, qPrintable(measure::loadAverage()));
    QList<Row> rows;
    QString error;
    {
        bench::BenchOptions o;
        o.counters = 1;
        o.displays = 0;
        o.kiosks = clients;
        o.servicePath = p.value(QStringLiteral("service"));
        bench::BenchHall hall;
        if (!hall.prepare(o, error)) {
            std::fprintf(stderr, "bench-naive-issue: %s\n", qPrintable(error));
            return 1;
        }
        const bool ok = measureService(
            QStringLiteral("hall-service"), hall.url(), hall.pid(),
            [&](int i) { return hall.device(QStringLiteral("kiosk"), i); },
            [&](int i) { return hall.token(hall.device(QStringLiteral("kiosk"), i)); }, clients, depths,
            count, rows);
        hall.stop();
        if (!ok) {
            return 1;
        }
    }
    const auto anyDevice = [](int i) { return QStringLiteral("kiosk-%1").arg(i); };
    const auto anyToken = [](int) { return QStringLiteral("-"); };
    if (!p.isSet(QStringLiteral("skip-naive"))) {
        QTemporaryDir dir;
        NaiveProcess naive;
        if (!naive.start({QStringLiteral("--sqlite"), dir.filePath(QStringLiteral("naive.sqlite"))}, error) ||
            !measureService(QStringLiteral("naive SQLite"), naive.url, naive.process.processId(), anyDevice,
                            anyToken, clients, depths, count, rows)) {
            std::fprintf(stderr, "bench-naive-issue: the SQLite baseline failed %s\n", qPrintable(error));
            return 1;
        }
    }
    if (!p.isSet(QStringLiteral("skip-postgres")) && !p.isSet(QStringLiteral("skip-naive"))) {
        test::PostgresServer pg;
        NaiveProcess naive;
        if (!pg.error().isEmpty() ||
            !naive.start({QStringLiteral("--postgres"), pg.socketDir(), QStringLiteral("--user"),
                          test::PostgresServer::user()},
                         error) ||
            !measureService(QStringLiteral("naive PostgreSQL"), naive.url, naive.process.processId(),
                            anyDevice, anyToken, clients, depths, count, rows)) {
            std::fprintf(stderr, "bench-naive-issue: the PostgreSQL baseline failed %s %s\n",
                         qPrintable(pg.error()), qPrintable(error));
            return 1;
        }
    }
    std::printf("  %-17s %8s | %10s %9s %9s | %14s %12s | %s\n", "service", "waiting", "issues/s", "p50 ms",
                "p99 ms", "CPU us/issue", "of it system", "load average after");
    for (const Row& r : rows) {
        std::printf("  %-17s %8d | %10.0f %9.2f %9.2f | %14.1f %12.1f | %s\n", qPrintable(r.service), r.depth,
                    r.perSecond, r.p50Ms, r.p99Ms, r.cpuUsPerIssue, r.systemUsPerIssue, qPrintable(r.load));
    }
    for (const Row& r : rows) {
        if (r.service != QLatin1String("hall-service")) {
            continue;
        }
        for (const Row& b : rows) {
            if (b.service != r.service && b.depth == r.depth) {
                std::printf("  at %d waiting: hall-service %.1fx %s in issues/s%s\n", r.depth,
                            r.perSecond / qMax(1.0, b.perSecond), qPrintable(b.service),
                            b.service == QLatin1String("naive SQLite") ? " (target >= 3x)" : "");
            }
        }
    }
    return 0;
}
