// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench-kiosk-ticket: touch on "take ticket" to the ticket out of the simulated printer, through
// the pages, against a real hall-service on loopback.
#include "benchhall.h"
#include "client/memorypolicy.h"
#include "journeyloop.h"
#include "printer/ticketprinter.h"

#include <QGuiApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    hall::keepLargeAllocationsOutOfHeap(); // as hall-kiosk's main does
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication qapp(argc, argv);
    QTextStream out(stdout);
    hall::bench::BenchHall hall;
    if (!hall.start()) {
        out << "bench-kiosk-ticket: hall-service did not start\n";
        return 1;
    }
    hall::KioskOptions options;
    options.url = hall.url();
    options.token = hall.token();
    options.printer = {{QStringLiteral("backend"), QStringLiteral("simulated")}}; // pages kept in memory
    hall::KioskApp app(options);
    if (!app.load()) {
        return 1;
    }
    app.start();
    if (!hall::bench::waitFor(
            [&] { return app.controller()->serviceAvailable() && app.printer()->isReady(); })) {
        out << "bench-kiosk-ticket: kiosk not ready\n";
        return 1;
    }
    hall::bench::JourneyLoop loop(app);
    std::vector<double> samples;
    for (int i = 0; i < 210; ++i) {
        const double ms = loop.takeOne(i);
        if (ms < 0 || !loop.lastPrinted()) {
            out << "bench-kiosk-ticket: journey " << i << " failed\n";
            return 1;
        }
        if (i >= 10) { // the first few warm caches (fonts, QML, the service's statements)
            samples.push_back(ms);
        }
    }
    out << "bench-kiosk-ticket: touch to printed ticket (simulated printer, hall-service on loopback): "
        << hall::bench::summarise(samples) << "; target < 300 ms\n";
    return 0;
}
