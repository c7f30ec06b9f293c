// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench-wal: the SQLite write-ahead log under a storm of commits. Clients on the admin
// device pause and resume every window as fast as the service answers (each one change, one group
// commit, two journal rows, an event to every display), for --seconds (default 60; 600 for the
// figure in docs/benchmarks.md); the WAL file is sampled every 100 ms. Prints the commits, the WAL's largest
// and final size against the service's --wal-limit-bytes (64 MiB by default) and the load average.
#include "actors.h"
#include "benchhall.h"
#include "client/serviceclient.h"
#include "client/waituntil.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>

#include <cstdio>
#include <memory>
#include <vector>

using namespace hall;
using namespace hall::bench;

namespace {

/// One client working one window: pause, resume, pause, … back to back.
class Toggler
{
public:
    Toggler(const BenchHall& hall, int counter) : m_counter(counter)
    {
        m_client = std::make_unique<ServiceClient>(
            clientOptions(hall, QStringLiteral("admin"), hall.device(QStringLiteral("admin"), 1)));
        m_client->start();
    }
    bool ready() const { return m_client->isReady(); }
    void run(const bool& running, qint64& commits)
    {
        m_client->request(QStringLiteral("counter.open"), {{QStringLiteral("counter"), m_counter}},
                          [this, &running, &commits](const ServiceReply&) { next(running, commits); });
    }

private:
    void next(const bool& running, qint64& commits)
    {
        if (!running) {
            return;
        }
        const QString op = m_paused ? QStringLiteral("counter.resume") : QStringLiteral("counter.pause");
        m_client->request(op, {{QStringLiteral("counter"), m_counter}},
                          [this, &running, &commits](const ServiceReply& r) {
                              if (r.ok) {
                                  m_paused = !m_paused;
                                  ++commits;
                              }
                              next(running, commits);
                          });
    }

    std::unique_ptr<ServiceClient> m_client;
    int m_counter;
    bool m_paused = false;
};

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
                                       : QStringLiteral("?");
}

double mib(qint64 bytes)
{
    return static_cast<double>(bytes) / (1024.0 * 1024.0);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    BenchOptions defaults;
    defaults.counters = 1; // provisioned, not used: the toggling clients are the admin device
    defaults.displays = 4;
    defaults.kiosks = 1;
    defaults.seconds = 60;
    int exitCode = 0;
    const auto options = parseBenchOptions(QCoreApplication::arguments(), defaults, exitCode);
    if (!options) {
        return exitCode;
    }
    BenchHall hall;
    QString error;
    if (!hall.prepare(*options, error)) {
        std::fprintf(stderr, "bench-wal: %s\n", qPrintable(error));
        return 1;
    }
    const QString wal = QDir(hall.dataDir()).filePath(QStringLiteral("hall.sqlite-wal"));
    std::vector<std::unique_ptr<Toggler>> clients;
    for (int counter = 1; counter <= 8; ++counter) {
        clients.push_back(std::make_unique<Toggler>(hall, counter));
    }
    // Displays that read every event, as the lobby screens do.
    std::vector<std::unique_ptr<ServiceClient>> displays;
    for (int i = 1; i <= options->displays; ++i) {
        ServiceClient::Options o =
            clientOptions(hall, QStringLiteral("display"), hall.device(QStringLiteral("display"), i));
        o.subscribe = true;
        displays.push_back(std::make_unique<ServiceClient>(o));
        displays.back()->start();
    }
    if (!waitUntil(
            [&] {
                return std::all_of(clients.cbegin(), clients.cend(),
                                   [](const auto& c) { return c->ready(); }) &&
                       std::all_of(displays.cbegin(), displays.cend(),
                                   [](const auto& d) { return d->isReady(); });
            },
            30000)) {
        std::fprintf(stderr, "bench-wal: clients did not connect\n");
        return 1;
    }
    bool running = true;
    qint64 commits = 0;
    qint64 biggest = 0;
    double sum = 0;
    int samples = 0;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        const qint64 size = QFileInfo(wal).size();
        biggest = std::max(biggest, size);
        sum += static_cast<double>(size);
        ++samples;
    });
    sampler.start(100);
    const QString loadBefore = loadAverage();
    QElapsedTimer clock;
    clock.start();
    for (auto& c : clients) {
        c->run(running, commits);
    }
    waitUntil([&] { return clock.elapsed() >= static_cast<qint64>(options->seconds * 1000); },
              static_cast<int>(options->seconds * 1000) + 1000);
    running = false;
    sampler.stop();
    const double seconds = static_cast<double>(clock.elapsed()) / 1000.0;
    waitUntil([] { return false; }, 500);
    std::printf("bench-wal: %lld commits in %.0f s (%.0f/s) from 8 clients pausing and resuming windows, "
                "%d displays subscribed\n",
                commits, seconds, static_cast<double>(commits) / seconds, options->displays);
    std::printf("  WAL largest %.1f MiB, mean %.1f MiB, at the end %.1f MiB (bound 64 MiB)\n", mib(biggest),
                samples > 0 ? sum / samples / (1024.0 * 1024.0) : 0.0, mib(QFileInfo(wal).size()));
    std::printf("  database %.1f MiB; load average %s at the start, %s at the end\n",
                mib(QFileInfo(QDir(hall.dataDir()).filePath(QStringLiteral("hall.sqlite"))).size()),
                qPrintable(loadBefore), qPrintable(loadAverage()));
    hall.stop();
    return biggest <= (64LL << 20) + (32LL << 20) ? 0 : 1;
}
