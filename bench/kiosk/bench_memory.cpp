// bench-kiosk-memory: resident set size while the kiosk issues 1,000 tickets through its pages
// against a real hall-service; growth between the 100th and the 1,000th ticket would be a leak.
#include "benchhall.h"
#include "journeyloop.h"

#include <QGuiApplication>
#include <QTextStream>

#include <malloc.h>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication qapp(argc, argv);
    QTextStream out(stdout);
    hall::bench::BenchHall hall;
    if (!hall.start()) {
        out << "bench-kiosk-memory: hall-service did not start\n";
        return 1;
    }
    hall::KioskOptions options;
    options.url = hall.url();
    options.token = hall.token();
    // No printer: every ticket goes on screen with its QR code (the image provider runs each time).
    // The simulated printer keeps every cut page in memory (~270 KB each), which would measure the
    // simulator, not the kiosk.
    options.printer = {{QStringLiteral("backend"), QStringLiteral("none")}};
    hall::KioskApp app(options);
    if (!app.load()) {
        return 1;
    }
    app.start();
    if (!hall::bench::waitFor([&] { return app.controller()->serviceAvailable(); })) {
        out << "bench-kiosk-memory: kiosk not ready\n";
        return 1;
    }
    hall::bench::JourneyLoop loop(app);
    const long atStart = hall::bench::residentKiB();
    long at100 = 0;
    long at550 = 0;
    const int total = qEnvironmentVariableIntValue("HALL_BENCH_TICKETS") > 0
                          ? qEnvironmentVariableIntValue("HALL_BENCH_TICKETS")
                          : 1000;
    for (int i = 1; i <= total; ++i) {
        if (loop.takeOne(i) < 0) {
            out << "bench-kiosk-memory: journey " << i << " failed\n";
            return 1;
        }
        if (i % 100 == 0 || i == 550) {
            app.engine().collectGarbage(); // the JS heap is collected lazily; count what stays
        }
        if (i % 100 == 0) {
            // RSS keeps pages the allocator has not returned; malloc's in-use bytes show live data.
            out << "  after " << i << " tickets: RSS " << hall::bench::residentKiB() << " KiB, heap in use "
                << mallinfo2().uordblks / 1024 << " KiB\n";
            out.flush();
        }
        if (i == 100) {
            at100 = hall::bench::residentKiB();
        } else if (i == 550) {
            at550 = hall::bench::residentKiB();
        }
    }
    app.engine().collectGarbage();
    const long at1000 = hall::bench::residentKiB();
    out << "bench-kiosk-memory: RSS " << atStart / 1024 << " MiB at start, " << at100 / 1024
        << " MiB after 100 tickets, " << at1000 / 1024 << " MiB after 1000; growth " << (at550 - at100)
        << " KiB from the 100th to the 550th ticket, " << (at1000 - at550)
        << " KiB from the 550th to the 1000th; target < 150 MB, no growth\n";
    return 0;
}
