// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchoptions.h"

#include <QCommandLineParser>

#include <cstdio>

namespace hall::bench {

std::optional<BenchOptions> parseBenchOptions(const QStringList& arguments, const BenchOptions& defaults,
                                              int& exitCode)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Load generator for hall-service: N counter sessions (call, start, finish), M lobby displays "
        "(subscribed) and K kiosks (issue) for a fixed time; prints throughput, request latency, the delay "
        "from a callNext reply to the ticket.called event on every display, and lost/duplicated tickets.\n"
        "Without --url it starts its own hall-service on 127.0.0.1 with a temporary database."));
    p.addHelpOption();
    p.addOption({QStringLiteral("counters"), QStringLiteral("Counter sessions."), QStringLiteral("n"),
                 QString::number(defaults.counters)});
    p.addOption({QStringLiteral("displays"), QStringLiteral("Display sessions."), QStringLiteral("n"),
                 QString::number(defaults.displays)});
    p.addOption({QStringLiteral("kiosks"), QStringLiteral("Kiosk sessions."), QStringLiteral("n"),
                 QString::number(defaults.kiosks)});
    p.addOption({QStringLiteral("seconds"), QStringLiteral("Duration of the load."), QStringLiteral("s"),
                 QString::number(defaults.seconds)});
    p.addOption({QStringLiteral("think-ms"),
                 QStringLiteral("Pause of each kiosk and counter between requests (±50 %); 0 = closed loop."),
                 QStringLiteral("ms"), QString::number(defaults.thinkMs)});
    p.addOption({QStringLiteral("url"), QStringLiteral("A running service (ws://host:port/v1)."),
                 QStringLiteral("url")});
    p.addOption({QStringLiteral("data-dir"),
                 QStringLiteral("With --url: the service's data directory (bench devices are added there)."),
                 QStringLiteral("dir")});
    p.addOption({QStringLiteral("service"),
                 QStringLiteral("hall-service binary to start (default: the one built with the bench)."),
                 QStringLiteral("path")});
    if (!p.parse(arguments)) {
        std::fprintf(stderr, "%s\n", qPrintable(p.errorText()));
        exitCode = 2;
        return std::nullopt;
    }
    if (p.isSet(QStringLiteral("help"))) {
        std::fprintf(stdout, "%s", qPrintable(p.helpText()));
        exitCode = 0;
        return std::nullopt;
    }
    BenchOptions o = defaults;
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    o.counters = p.value(QStringLiteral("counters")).toInt(&ok1);
    o.displays = p.value(QStringLiteral("displays")).toInt(&ok2);
    o.kiosks = p.value(QStringLiteral("kiosks")).toInt(&ok3);
    o.seconds = p.value(QStringLiteral("seconds")).toDouble(&ok4);
    bool ok5 = false;
    o.thinkMs = p.value(QStringLiteral("think-ms")).toInt(&ok5);
    if (!ok5 || o.thinkMs < 0) {
        std::fprintf(stderr, "hall-bench: think-ms ≥ 0\n");
        exitCode = 2;
        return std::nullopt;
    }
    if (!(ok1 && ok2 && ok3 && ok4) || o.counters < 1 || o.counters > 9999 || o.displays < 0 ||
        o.kiosks < 1 || o.seconds <= 0) {
        std::fprintf(stderr, "hall-bench: counters 1–9999, displays ≥ 0, kiosks ≥ 1, seconds > 0\n");
        exitCode = 2;
        return std::nullopt;
    }
    if (p.isSet(QStringLiteral("url")) != p.isSet(QStringLiteral("data-dir"))) {
        std::fprintf(stderr, "hall-bench: --url and --data-dir go together\n");
        exitCode = 2;
        return std::nullopt;
    }
    o.url = QUrl(p.value(QStringLiteral("url")));
    o.dataDir = p.value(QStringLiteral("data-dir"));
    if (p.isSet(QStringLiteral("service"))) {
        o.servicePath = p.value(QStringLiteral("service"));
    }
    return o;
}

} // namespace hall::bench
