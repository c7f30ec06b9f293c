// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench-fanout: what pushing events to many lobby displays costs the service. The same paced
// hall (counters calling, starting and finishing, kiosks issuing) runs with no display, with
// --displays displays on the service, and with the same displays behind --relays hall-relay
// processes. Before each run's window every session is connected and nothing is driven for
// --quiet-seconds: the service's CPU rate then (pings, timers) is its background, and "driven CPU
// per call" is the window's CPU above that background divided by the calls. Each call is one ticket's
// whole cycle (its issue, call, start and finish, and the pushes of all four), so the figure is an
// upper bound of what a call costs; its difference from the run without displays is the fan-out's.
// With --baseline-service another hall-service build (the previous commit's) runs the same loads in
// the same run, side by side. CPU and bytes are load-independent; the latency columns are not.
#include "loadrun.h"
#include "net/eventloop.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace hall::bench;

namespace {

struct Row
{
    QString label;
    int displays;
    int relays;
    LoadFigures f;
};

double perCall(double ms, const LoadFigures& f)
{
    return ms / double(qMax<qint64>(1, f.calls));
}

} // namespace

int main(int argc, char* argv[])
{
    hall::installServiceEventLoop(argc, argv); // 2,000 sockets: epoll, as in the service
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Fan-out cost per call with and without many displays."));
    p.addHelpOption();
    p.addOption({QStringLiteral("displays"), QStringLiteral("Displays in the loaded run."),
                 QStringLiteral("n"), QStringLiteral("2000")});
    p.addOption({QStringLiteral("relays"),
                 QStringLiteral("hall-relay processes for a third run with the same displays behind them "
                                "(0: no such run)."),
                 QStringLiteral("n"), QStringLiteral("4")});
    p.addOption({QStringLiteral("quiet-seconds"),
                 QStringLiteral("Connected and idle this long before each window (the background CPU)."),
                 QStringLiteral("s"), QStringLiteral("5")});
    p.addOption({QStringLiteral("counters"), QStringLiteral("Counter sessions."), QStringLiteral("n"),
                 QStringLiteral("20")});
    p.addOption({QStringLiteral("kiosks"), QStringLiteral("Kiosk sessions."), QStringLiteral("n"),
                 QStringLiteral("4")});
    p.addOption({QStringLiteral("seconds"), QStringLiteral("Length of each run."), QStringLiteral("s"),
                 QStringLiteral("20")});
    p.addOption({QStringLiteral("think-ms"), QStringLiteral("Pause between a counter's or kiosk's steps."),
                 QStringLiteral("ms"), QStringLiteral("1000")});
    p.addOption(
        {QStringLiteral("service"), QStringLiteral("hall-service to measure."), QStringLiteral("path")});
    p.addOption({QStringLiteral("baseline-service"),
                 QStringLiteral("Another hall-service build (the previous commit's) to run beside it."),
                 QStringLiteral("path")});
    p.addOption({QStringLiteral("reader-threads"),
                 QStringLiteral("Threads the bench reads its displays on (0: its main thread, beside the "
                                "counters and kiosks)."),
                 QStringLiteral("n"), QStringLiteral("2")});
    p.addOption({QStringLiteral("display-client"),
                 QStringLiteral("lean (bare sockets, default: the bench's reading costs least) or qt (a "
                                "QWebSocket per display)."),
                 QStringLiteral("kind"), QStringLiteral("lean")});
    p.addOption(
        {QStringLiteral("no-direct"),
         QStringLiteral("Skip the run with the displays on the service itself (only with --relays).")});
    p.addOption({QStringLiteral("event-loop"), QStringLiteral("epoll (default) or qt, for the bench itself."),
                 QStringLiteral("loop")});
    p.process(app);
    BenchOptions o;
    o.counters = p.value(QStringLiteral("counters")).toInt();
    o.kiosks = p.value(QStringLiteral("kiosks")).toInt();
    o.seconds = p.value(QStringLiteral("seconds")).toDouble();
    o.thinkMs = p.value(QStringLiteral("think-ms")).toInt();
    o.services = 8;
    o.quietSeconds = p.value(QStringLiteral("quiet-seconds")).toDouble();
    o.readerThreads = p.value(QStringLiteral("reader-threads")).toInt();
    o.leanDisplays = p.value(QStringLiteral("display-client")) != QLatin1String("qt");
    const int displays = p.value(QStringLiteral("displays")).toInt();
    const int relays = p.value(QStringLiteral("relays")).toInt();
    QList<std::pair<int, int>> shapes{{0, 0}}; // (displays, relays)
    if (relays == 0 || !p.isSet(QStringLiteral("no-direct"))) {
        shapes.append({displays, 0});
    }
    if (relays > 0) {
        shapes.append({displays, relays});
    }
    QList<std::pair<QString, QString>> services{
        {QStringLiteral("this build"), p.value(QStringLiteral("service"))}};
    if (p.isSet(QStringLiteral("baseline-service"))) {
        services.append({QStringLiteral("baseline"), p.value(QStringLiteral("baseline-service"))});
    }
    QList<Row> rows;
    for (const auto& [label, path] : services) {
        for (const auto& [n, r] : shapes) {
            BenchOptions run = o;
            run.displays = n;
            run.relays = r;
            run.servicePath = path;
            Row row{label, n, r, {}};
            if (runLoad(run, &row.f) != 0) {
                std::fprintf(stderr, "bench-fanout: the %s run with %d displays and %d relays failed\n",
                             qPrintable(label), n, r);
                return 1;
            }
            rows.append(row);
        }
    }
    std::printf("\nbench-fanout: %d counters, %d kiosks, think %d ms, %.0f s per run after %.0f s quiet\n",
                o.counters, o.kiosks, o.thinkMs, o.seconds, o.quietSeconds);
    std::printf("  %-11s %8s %6s %6s %10s %11s %11s %10s %10s %10s %10s %10s %9s %9s %10s  %s\n", "service",
                "displays", "relays", "calls", "all ms/call", "quiet ms/s", "driven/call", "kernel/call",
                "fan-out", "relays/call", "bench/call", "B/display", "p50 ms", "p99 ms", "socket p99",
                "load average");
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row& r = rows.at(i);
        const Row& idle = rows.at(i - i % shapes.size()); // the same service without displays
        const double driven = perCall(r.f.serviceDrivenCpuMs(), r.f);
        std::printf("  %-11s %8d %6d %6lld %10.2f %11.2f %11.2f %10.2f %10.2f %10.2f %10.2f %10.0f %9.2f "
                    "%9.2f %10.2f  %s / %s\n",
                    qPrintable(r.label), r.displays, r.relays, static_cast<long long>(r.f.calls),
                    perCall(r.f.serviceCpuMs, r.f), r.f.serviceQuietCpuMsPerSecond, driven,
                    perCall(r.f.serviceSystemCpuMs, r.f),
                    r.displays ? driven - perCall(idle.f.serviceDrivenCpuMs(), idle.f) : 0.0,
                    perCall(r.f.relayCpuMs, r.f), perCall(r.f.benchCpuMs, r.f),
                    r.displays ? double(r.f.eventBytesPerDisplay) / double(qMax<qint64>(1, r.f.calls)) : 0.0,
                    r.f.callToEveryDisplayP50Ms, r.f.callToEveryDisplayP99Ms, r.f.callToEverySocketP99Ms,
                    qPrintable(r.f.loadBefore), qPrintable(r.f.loadAfter));
    }
    std::printf("  all ms/call: every CPU ms of the service in the window / calls (background included);\n"
                "  driven/call: the window's CPU above the quiet rate / calls, a call being a ticket's whole "
                "cycle\n  (issue, call, start, finish and their pushes); fan-out: driven/call minus the "
                "run without displays;\n  relays/call: the relays' CPU (on the lobby PCs in a hall) / calls; "
                "bench/call: "
                "the bench's own\n  (mostly its displays' reading), which shares this machine's cores with "
                "the service and relays;\n  socket p99: call -> every display's socket (kernel receive "
                "stamp), without the bench's reading.\n");
    std::printf("  targets (2,000 displays): call -> every display p99 < 50 ms (on a machine with load "
                "average < 2), service CPU per call < 3 ms\n");
    return 0;
}
