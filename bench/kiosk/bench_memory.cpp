// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench-kiosk-memory: resident set size while the kiosk issues 1,000 tickets through its pages
// against a real hall-service; growth between the 100th and the 1,000th ticket would be a leak.
// `HALL_BENCH_TICKETS=N` runs N tickets (up to 6,993: every service's quota is raised to 999 when
// N > 1,400, the default hall's room on the services the loop uses).
#include "benchhall.h"
#include "client/memorypolicy.h"
#include "journeyloop.h"
#include "memoryreading.h"

#include <QGuiApplication>
#include <QQuickWindow>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

using hall::bench::MemoryReading;

void printReading(QTextStream& out, int tickets, const MemoryReading& m)
{
    out << "  after " << qSetFieldWidth(4) << tickets << qSetFieldWidth(0) << " tickets: RSS " << m.rss
        << " KiB = [heap] " << m.heap << " + anon " << m.anon << " + JS heap " << m.jsHeap << " + files "
        << m.files << " + stack " << m.stack << " + other " << m.other << "; malloc in use " << m.mallocInUse
        << " KiB, main arena " << m.mallocArena << " KiB (free at its top " << m.mallocTop << ")\n";
    out.flush();
}

} // namespace

int main(int argc, char* argv[])
{
    // As hall-kiosk's main does; HALL_BENCH_GLIBC_DEFAULT=1 leaves glibc's moving threshold, to compare.
    const bool glibcDefault = qEnvironmentVariableIntValue("HALL_BENCH_GLIBC_DEFAULT") == 1;
    if (!glibcDefault) {
        hall::keepLargeAllocationsOutOfHeap();
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication qapp(argc, argv);
    QTextStream out(stdout);
    const int total = qEnvironmentVariableIntValue("HALL_BENCH_TICKETS") >= 200
                          ? qEnvironmentVariableIntValue("HALL_BENCH_TICKETS")
                          : 1000;
    hall::bench::BenchHall hall;
    if (total > 1400) {
        hall.setDailyQuota(999);
    }
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
    // Generous: under callgrind (docs/benchmarks.md) the first connection takes well over 10 s.
    if (!hall::bench::waitFor([&] { return app.controller()->serviceAvailable(); }, 300000)) {
        out << "bench-kiosk-memory: kiosk not ready\n";
        return 1;
    }
    hall::bench::JourneyLoop loop(app);
    const MemoryReading atStart = hall::bench::readMemory();
    out << "bench-kiosk-memory: " << total << " tickets; "
        << (glibcDefault ? "glibc's default (moving) mmap threshold" : "mmap threshold fixed at 64 KiB")
        << "; RSS at start " << atStart.rss << " KiB\n";
    std::vector<long> tickets;
    std::vector<long> rss;
    std::vector<long> heap;
    std::vector<long> jsHeap;
    std::vector<long> inUse;
    MemoryReading at100;
    MemoryReading at1000;
    MemoryReading last;
    for (int i = 1; i <= total; ++i) {
        if (loop.takeOne(i) < 0) {
            out << "bench-kiosk-memory: journey " << i << " failed\n";
            return 1;
        }
        if (i % 100 != 0) {
            continue;
        }
        // Read as the kiosk stands at home between residents: the home page drawn, so the scene
        // graph has let go of the last ticket page's QR texture (107 KiB, freed at the next frame).
        bool drawn = false;
        const auto connection =
            QObject::connect(app.window(), &QQuickWindow::frameSwapped, [&drawn] { drawn = true; });
        app.window()->update();
        hall::bench::waitFor([&drawn] { return drawn; }, 2000);
        QObject::disconnect(connection);
        app.engine().collectGarbage(); // the JS heap is collected lazily; count what stays
        last = hall::bench::readMemory();
        printReading(out, i, last);
        tickets.push_back(i);
        rss.push_back(last.rss);
        heap.push_back(last.heap);
        jsHeap.push_back(last.jsHeap);
        inUse.push_back(last.mallocInUse);
        if (i == 100) {
            at100 = last;
        } else if (i == 1000) {
            at1000 = last;
        }
    }
    const auto delta = [](const MemoryReading& a, const MemoryReading& b) {
        return QStringLiteral("[heap] %1, anon %2, JS heap %3, files %4, stack %5; malloc in use %6")
            .arg(b.heap - a.heap)
            .arg(b.anon - a.anon)
            .arg(b.jsHeap - a.jsHeap)
            .arg(b.files - a.files)
            .arg(b.stack - a.stack)
            .arg(b.mallocInUse - a.mallocInUse);
    };
    const auto bytesPerTicket = [&](const std::vector<long>& kib) {
        return QString::number(
            hall::bench::slope(tickets.data(), kib.data(), static_cast<int>(tickets.size())) * 1024.0, 'f',
            1);
    };
    if (total >= 1000) {
        out << "bench-kiosk-memory: RSS after 100 tickets " << at100.rss << " KiB, after 1000 " << at1000.rss
            << " KiB: growth " << (at1000.rss - at100.rss) << " KiB (" << delta(at100, at1000) << ")\n";
    }
    out << "bench-kiosk-memory: RSS slope over tickets 100.." << total << ": " << bytesPerTicket(rss)
        << " bytes/ticket (least squares, " << tickets.size() << " readings; [heap] " << bytesPerTicket(heap)
        << ", JS heap " << bytesPerTicket(jsHeap) << ", malloc in use " << bytesPerTicket(inUse)
        << "); readings from " << *std::min_element(rss.begin(), rss.end()) << " to "
        << *std::max_element(rss.begin(), rss.end()) << " KiB; RSS after " << total << " tickets " << last.rss
        << " KiB (" << QString::number(static_cast<double>(last.rss) / 1024.0, 'f', 1)
        << " MiB); targets: < 150 MB, no growth from the 100th ticket\n";
    return 0;
}
