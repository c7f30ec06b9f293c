// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench-phones: residents following their tickets on their phones while counters call. A private
// hall-service with its residents' pages; `--phones` tickets are issued and each gets a phone: an
// HTTP client holding the ticket page's live stream (Server-Sent Events), as a browser's
// EventSource does. Counters then call, start and finish for `--seconds`. Printed: from a callNext
// reply to the phone of that ticket showing "called" (p50/p99), the service's CPU per call with the
// phones and in the same run without them (the phones' share), bytes per phone, and the load
// average. CPU and bytes are load-independent; the latency is not.
#include "actors.h"
#include "benchhall.h"
#include "measure.h"
#include "net/eventloop.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <cstdio>

using namespace hall;
using namespace hall::bench;

namespace {

void runFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer elapsed;
    elapsed.start();
    while (!done() && elapsed.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

/// One phone: the live stream of one ticket's page; notes when the page first learns of its call.
class Phone : public QObject
{
public:
    /// Phone `index` comes from an address of its own (127.1.x.y), as phones on a guest network do:
    /// the service's per-address budgets then hold for each as they would in the hall.
    Phone(int index, quint16 port, const QString& path, QString number) : m_number(std::move(number))
    {
        m_socket.bind(QHostAddress(QStringLiteral("127.1.%1.%2").arg(index / 250).arg(index % 250 + 1)));
        connect(&m_socket, &QTcpSocket::connected, this, [this, path] {
            m_socket.write(
                QStringLiteral("GET %1/events HTTP/1.1\r\nHost: hall\r\n\r\n").arg(path).toLatin1());
        });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] {
            const QByteArray bytes = m_socket.readAll();
            m_bytes += bytes.size();
            if (!m_open && bytes.startsWith("HTTP/1.1 200")) {
                m_open = true;
            }
            if (m_calledNs == 0 && bytes.contains("\"state\":\"called\"")) {
                m_calledNs = nowNs();
            }
        });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }
    bool open() const { return m_open; }
    const QString& number() const { return m_number; }
    qint64 calledNs() const { return m_calledNs; }
    qint64 bytes() const { return m_bytes; }
    void resetBytes() { m_bytes = 0; }

private:
    QTcpSocket m_socket;
    QString m_number;
    bool m_open = false;
    qint64 m_calledNs = 0;
    qint64 m_bytes = 0;
};

struct Figures
{
    qint64 calls = 0;
    double cpuMs = 0;
    double systemMs = 0; ///< of cpuMs, the kernel's (on loopback it holds the phones' receiving too)
    std::vector<qint64> delaysNs;
    qint64 phoneBytes = 0;
    int phones = 0;
    int missed = 0; ///< called tickets whose phone never showed the call
    QString load;
};

bool run(int phones, int counters, double seconds, int thinkMs, int placeSpacingMs, Figures& f)
{
    BenchOptions o;
    o.counters = counters;
    o.kiosks = 1;
    o.displays = 0;
    o.services = 8;
    o.serviceFlags = {QStringLiteral("--resident-port"),
                      QStringLiteral("0"),
                      QStringLiteral("--resident-base-url"),
                      QStringLiteral("http://bench.invalid"),
                      QStringLiteral("--resident-watchers"),
                      QString::number(phones + 10),
                      QStringLiteral("--resident-place-spacing-ms"),
                      QString::number(placeSpacingMs)};
    BenchHall hall;
    QString error;
    if (!hall.prepare(o, error)) {
        std::fprintf(stderr, "bench-phones: %s\n", qPrintable(error));
        return false;
    }
    ServiceClient kiosk(
        clientOptions(hall, QStringLiteral("kiosk"), hall.device(QStringLiteral("kiosk"), 1)));
    kiosk.start();
    runFor([&] { return kiosk.isReady(); }, 60000);
    // The waiting hall: as many tickets as phones (and a queue for the counters either way), spread
    // over the services, issued in one go (the requests pipeline on one connection).
    const int tickets = std::max(phones, 400);
    QStringList services;
    for (char prefix = 'A'; prefix < 'A' + o.services; ++prefix) {
        services << QStringLiteral("service-%1").arg(QLatin1Char(prefix)); // BenchHall's generated hall
    }
    QList<std::pair<QString, QString>> issued; // number, page path
    int answered = 0;
    QString refusal;
    for (int i = 0; i < tickets; ++i) {
        kiosk.request(QStringLiteral("ticket.issue"),
                      {{QStringLiteral("requestId"), ServiceClient::newRequestId()},
                       {QStringLiteral("services"), QJsonArray{services.at(i % services.size())}}},
                      [&](const ServiceReply& r) {
                          ++answered;
                          if (!r.ok) {
                              refusal = r.errorCode + QLatin1Char(' ') + r.errorMessage;
                              return;
                          }
                          issued.append({r.result.value(QLatin1String("ticket"))
                                             .toObject()
                                             .value(QLatin1String("number"))
                                             .toString(),
                                         QUrl(r.result.value(QLatin1String("followUrl")).toString()).path()});
                      });
    }
    runFor([&] { return answered == tickets; }, 120000);
    if (issued.size() != tickets) {
        std::fprintf(stderr, "bench-phones: %lld of %d tickets issued (%s)\n",
                     static_cast<long long>(issued.size()), tickets, qPrintable(refusal));
        hall.stop();
        return false;
    }
    std::vector<std::unique_ptr<Phone>> open;
    for (int i = 0; i < phones; ++i) {
        open.push_back(
            std::make_unique<Phone>(i, hall.residentPort(), issued.at(i).second, issued.at(i).first));
        if (i % 200 == 199) {
            runFor([] { return false; }, 20); // let the accepts through in batches
        }
    }
    runFor([&] { return std::all_of(open.begin(), open.end(), [](const auto& p) { return p->open(); }); },
           120000);
    const int opened =
        static_cast<int>(std::count_if(open.begin(), open.end(), [](const auto& p) { return p->open(); }));
    if (opened != phones) {
        std::fprintf(stderr, "bench-phones: %d of %d phones got their stream\n", opened, phones);
        hall.stop();
        return false;
    }
    for (auto& p : open) {
        p->resetBytes();
    }

    Observations obs;
    std::vector<std::unique_ptr<CounterActor>> staff;
    for (int i = 1; i <= counters; ++i) {
        staff.push_back(std::make_unique<CounterActor>(hall, i, i, obs, thinkMs));
        staff.back()->client().start();
    }
    runFor(
        [&] {
            return std::all_of(staff.begin(), staff.end(),
                               [](const auto& c) { return c->client().isReady(); });
        },
        180000);
    f.load = measure::loadAverage();
    const measure::ProcessCpu cpuStart = measure::processCpu(hall.pid());
    for (auto& c : staff) {
        c->run();
    }
    runFor([] { return false; }, static_cast<int>(seconds * 1000));
    for (auto& c : staff) {
        c->stop();
    }
    runFor([&] { return std::all_of(staff.begin(), staff.end(), [](const auto& c) { return c->idle(); }); },
           30000);
    runFor([] { return false; }, 1500); // the last calls reach the phones
    const measure::ProcessCpu cpuEnd = measure::processCpu(hall.pid());
    f.cpuMs = cpuEnd.userMs + cpuEnd.systemMs - cpuStart.userMs - cpuStart.systemMs;
    f.systemMs = cpuEnd.systemMs - cpuStart.systemMs;
    f.load += QStringLiteral(" / ") + measure::loadAverage();
    f.phones = phones;
    for (auto it = obs.calledReplyNs.cbegin(); it != obs.calledReplyNs.cend(); ++it) {
        ++f.calls;
    }
    for (const auto& p : open) {
        f.phoneBytes += p->bytes();
        const auto reply = obs.calledReplyNs.constFind(p->number());
        if (reply == obs.calledReplyNs.cend()) {
            continue;
        }
        if (p->calledNs() == 0) {
            ++f.missed;
        } else {
            // A phone may learn of the call before the counter reads its reply (events go out first).
            f.delaysNs.push_back(std::max<qint64>(0, p->calledNs() - *reply));
        }
    }
    hall.stop();
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    installServiceEventLoop(argc, argv); // thousands of sockets: epoll, as in the service
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Phones following their tickets while counters call."));
    p.addHelpOption();
    p.addOption({QStringLiteral("phones"), QStringLiteral("Phones in the loaded run."), QStringLiteral("n"),
                 QStringLiteral("2000")});
    p.addOption({QStringLiteral("counters"), QStringLiteral("Counter sessions."), QStringLiteral("n"),
                 QStringLiteral("20")});
    p.addOption({QStringLiteral("seconds"), QStringLiteral("Length of each run."), QStringLiteral("s"),
                 QStringLiteral("20")});
    p.addOption({QStringLiteral("think-ms"), QStringLiteral("Pause between a counter's steps."),
                 QStringLiteral("ms"), QStringLiteral("300")});
    p.addOption({QStringLiteral("place-spacing-ms"),
                 QStringLiteral(
                     "The service's --resident-place-spacing-ms (a queue's new places at most this often)."),
                 QStringLiteral("ms"), QStringLiteral("1000")});
    p.process(app);
    const int phones = p.value(QStringLiteral("phones")).toInt();
    const int counters = p.value(QStringLiteral("counters")).toInt();
    const double seconds = p.value(QStringLiteral("seconds")).toDouble();
    const int thinkMs = p.value(QStringLiteral("think-ms")).toInt();
    const int placeSpacingMs = p.value(QStringLiteral("place-spacing-ms")).toInt();
    Figures none;
    Figures loaded;
    if (!run(0, counters, seconds, thinkMs, placeSpacingMs, none) ||
        !run(phones, counters, seconds, thinkMs, placeSpacingMs, loaded)) {
        return 1;
    }
    const double idle = none.cpuMs / double(std::max<qint64>(1, none.calls));
    const double busy = loaded.cpuMs / double(std::max<qint64>(1, loaded.calls));
    std::printf("\nbench-phones: %d counters, think %d ms, %.0f s per run, place spacing %d ms\n", counters,
                thinkMs, seconds, placeSpacingMs);
    std::printf("  %6s %6s %12s %15s %16s %14s %14s %12s %7s  %s\n", "phones", "calls", "CPU ms/call",
                "kernel ms/call", "phones' ms/call", "call->page p50", "call->page p99", "bytes/phone",
                "missed", "load average");
    for (const Figures* f : {&none, &loaded}) {
        const double perCall = f->cpuMs / double(std::max<qint64>(1, f->calls));
        std::printf("  %6d %6lld %12.2f %15.2f %16.2f %14.2f %14.2f %12.0f %7d  %s\n", f->phones,
                    static_cast<long long>(f->calls), perCall,
                    f->systemMs / double(std::max<qint64>(1, f->calls)), f->phones ? busy - idle : 0.0,
                    percentileMs(f->delaysNs, 50), percentileMs(f->delaysNs, 99),
                    f->phones ? double(f->phoneBytes) / f->phones : 0.0, f->missed, qPrintable(f->load));
    }
    std::printf(
        "  call->page: from the counter's callNext reply to the ticket's phone holding the call; the public\n"
        "  view's pacing sends a call at once (a phone learns it with the lobby)\n");
    return loaded.missed == 0 ? 0 : 1;
}
