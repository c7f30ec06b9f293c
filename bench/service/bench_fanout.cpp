// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench-fanout: what pushing events to many lobby displays costs the service. The same
// paced hall (counters calling, starting and finishing, kiosks issuing) runs with no display and
// with --displays displays; the difference in the service's CPU per call is the fan-out's. With
// --baseline-service another hall-service build (the previous commit's) runs the same loads in the
// same run, side by side. CPU and bytes are load-independent; the latency columns are not.
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
    LoadFigures f;
};

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
    p.addOption({QStringLiteral("event-loop"), QStringLiteral("epoll (default) or qt, for the bench itself."),
                 QStringLiteral("loop")});
    p.process(app);
    BenchOptions o;
    o.counters = p.value(QStringLiteral("counters")).toInt();
    o.kiosks = p.value(QStringLiteral("kiosks")).toInt();
    o.seconds = p.value(QStringLiteral("seconds")).toDouble();
    o.thinkMs = p.value(QStringLiteral("think-ms")).toInt();
    o.services = 8;
    const int displays = p.value(QStringLiteral("displays")).toInt();
    QList<std::pair<QString, QString>> services{
        {QStringLiteral("this build"), p.value(QStringLiteral("service"))}};
    if (p.isSet(QStringLiteral("baseline-service"))) {
        services.append({QStringLiteral("baseline"), p.value(QStringLiteral("baseline-service"))});
    }
    QList<Row> rows;
    for (const auto& [label, path] : services) {
        for (const int n : {0, displays}) {
            BenchOptions run = o;
            run.displays = n;
            run.servicePath = path;
            Row r{label, n, {}};
            if (runLoad(run, &r.f) != 0) {
                std::fprintf(stderr, "bench-fanout: the %s run with %d displays failed\n", qPrintable(label),
                             n);
                return 1;
            }
            rows.append(r);
        }
    }
    std::printf("\nbench-fanout: %d counters, %d kiosks, think %d ms, %.0f s per run\n", o.counters, o.kiosks,
                o.thinkMs, o.seconds);
    std::printf("  %-11s %8s %7s %12s %12s %14s %16s %14s %14s  %s\n", "service", "displays", "calls",
                "CPU ms/call", "kernel ms", "fan-out ms/call", "bytes/display/call", "call->all p50",
                "call->all p99", "load average");
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row& r = rows.at(i);
        const double perCall = r.f.serviceCpuMs / double(qMax<qint64>(1, r.f.calls));
        const Row& idle = rows.at(i - i % 2); // the same service without displays
        const double idlePerCall = idle.f.serviceCpuMs / double(qMax<qint64>(1, idle.f.calls));
        const double systemPerCall = r.f.serviceSystemCpuMs / double(qMax<qint64>(1, r.f.calls));
        std::printf("  %-11s %8d %7lld %12.2f %12.2f %14.2f %16.0f %14.2f %14.2f  %s / %s\n",
                    qPrintable(r.label), r.displays, static_cast<long long>(r.f.calls), perCall,
                    systemPerCall, r.displays ? perCall - idlePerCall : 0.0,
                    r.displays ? double(r.f.eventBytesPerDisplay) / double(qMax<qint64>(1, r.f.calls)) : 0.0,
                    r.f.callToEveryDisplayP50Ms, r.f.callToEveryDisplayP99Ms, qPrintable(r.f.loadBefore),
                    qPrintable(r.f.loadAfter));
    }
    std::printf("  targets (2,000 displays): call -> every display p99 < 50 ms (on a machine with load "
                "average < 2), service CPU per call < 3 ms\n");
    return 0;
}
