// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadrun.h"

#include "actors.h"
#include "benchhall.h"
#include "displayreaders.h"
#include "hoptrace.h"
#include "measure.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace hall::bench {

using measure::loadAverage;

namespace {

bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer elapsed;
    elapsed.start();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || elapsed.elapsed() > timeoutMs) {
            loop.quit();
        }
    });
    poll.start(5);
    if (!done()) {
        loop.exec();
    }
    return done();
}

template <typename T>
bool allOf(const std::vector<std::unique_ptr<T>>& v, const std::function<bool(T&)>& pred)
{
    return std::all_of(v.begin(), v.end(), [&](const auto& p) { return pred(*p); });
}

int duplicates(const QHash<QString, int>& counts)
{
    int n = 0;
    for (int c : counts) {
        n += c - 1;
    }
    return n;
}

} // namespace

int runLoad(const BenchOptions& o, LoadFigures* figures)
{
    LoadFigures f;
    f.loadBefore = loadAverage();
    // The service and relays inherit it and stamp their pushes (HopTrace).
    QTemporaryDir traceDir;
    if (traceDir.isValid()) {
        qputenv("HALL_FANOUT_TRACE", traceDir.path().toLocal8Bit());
    }
    BenchHall hall;
    QString error;
    std::printf("hall-bench: preparing %d counters, %d displays, %d kiosks…\n", o.counters, o.displays,
                o.kiosks);
    std::fflush(stdout);
    if (!hall.prepare(o, error) || !hall.startRelays(o, error)) {
        std::fprintf(stderr, "hall-bench: %s\n", qPrintable(error));
        hall.stop();
        return 1;
    }
    // The hall as an admin sees it: which services to take tickets for and which counters to staff.
    ServiceClient::Options ao;
    ao.url = hall.url();
    ao.role = QStringLiteral("admin");
    ao.device = hall.device(QStringLiteral("admin"), 1);
    ao.token = hall.token(ao.device);
    ao.subscribe = false;
    ServiceClient admin(ao);
    admin.start();
    std::optional<ServiceReply> initial;
    waitFor([&] { return admin.isReady(); }, 30000);
    admin.request(QStringLiteral("hall.snapshot"), {}, [&](const ServiceReply& r) { initial = r; });
    waitFor([&] { return initial.has_value(); }, 30000);
    if (!initial || !initial->ok) {
        std::fprintf(stderr, "hall-bench: the admin session got no snapshot (%s)\n",
                     qPrintable(admin.lastError()));
        hall.stop();
        return 1;
    }
    QStringList services;
    for (const QJsonValue& sv : initial->result.value(QLatin1String("services")).toArray()) {
        services << sv.toObject().value(QLatin1String("id")).toString();
    }
    QList<int> counterNumbers;
    for (const QJsonValue& c : initial->result.value(QLatin1String("counters")).toArray()) {
        if (counterNumbers.size() < o.counters) {
            counterNumbers << c.toObject().value(QLatin1String("number")).toInt();
        }
    }
    if (counterNumbers.size() < o.counters) {
        std::printf("hall-bench: the hall has %lld counters; using all of them\n",
                    static_cast<long long>(counterNumbers.size()));
    }

    Observations obs;
    const std::unique_ptr<DisplayPool> displays =
        makeDisplays(hall, o.displays, o.readerThreads, o.leanDisplays);
    std::vector<std::unique_ptr<CounterActor>> counters;
    std::vector<std::unique_ptr<KioskActor>> kiosks;
    for (int i = 1; i <= counterNumbers.size(); ++i) {
        counters.push_back(std::make_unique<CounterActor>(hall, i, counterNumbers.at(i - 1), obs, o.thinkMs));
        counters.back()->client().start();
    }
    for (int i = 1; i <= o.kiosks; ++i) {
        kiosks.push_back(std::make_unique<KioskActor>(hall, i, services, obs, o.thinkMs));
        kiosks.back()->client().start();
    }
    // Staff logins verify Argon2id hashes (~0.1 s each on purpose), so connecting takes a while.
    const bool connected = waitFor(
        [&] {
            return displays->allReady() &&
                   allOf<CounterActor>(counters, [](CounterActor& c) { return c.client().isReady(); }) &&
                   allOf<KioskActor>(kiosks, [](KioskActor& k) { return k.client().isReady(); });
        },
        180000);
    if (!connected) {
        std::fprintf(stderr, "hall-bench: not every session connected (service log: %s)\n",
                     qPrintable(hall.logPath()));
        hall.stop();
        return 1;
    }

    const auto relaysCpuMs = [&hall] {
        double ms = 0;
        for (const qint64 pid : hall.relayPids()) {
            ms += measure::processCpuMs(pid);
        }
        return ms;
    };
    if (o.quietSeconds > 0) {
        const double serviceBefore = measure::processCpuMs(hall.pid());
        const double relaysBefore = relaysCpuMs();
        const qint64 quietFrom = nowNs();
        waitFor([] { return false; }, static_cast<int>(o.quietSeconds * 1000));
        const double quietSeconds = double(nowNs() - quietFrom) / 1e9;
        f.serviceQuietCpuMsPerSecond = (measure::processCpuMs(hall.pid()) - serviceBefore) / quietSeconds;
        f.relayQuietCpuMsPerSecond = (relaysCpuMs() - relaysBefore) / quietSeconds;
    }

    const qint64 startNs = nowNs();
    const double relayCpuStart = relaysCpuMs();
    const measure::ProcessCpu cpuStart = measure::processCpu(hall.pid());
    const double benchCpuStart = measure::processCpuMs(QCoreApplication::applicationPid());
    for (auto& c : counters) {
        c->run();
    }
    for (auto& k : kiosks) {
        k->run();
    }
    waitFor([] { return false; }, static_cast<int>(o.seconds * 1000));
    const qint64 stopNs = nowNs();
    const measure::ProcessCpu cpuEnd = measure::processCpu(hall.pid());
    f.serviceCpuMs = (cpuEnd.userMs + cpuEnd.systemMs) - (cpuStart.userMs + cpuStart.systemMs);
    f.serviceSystemCpuMs = cpuEnd.systemMs - cpuStart.systemMs;
    f.relayCpuMs = relaysCpuMs() - relayCpuStart;
    f.benchCpuMs = measure::processCpuMs(QCoreApplication::applicationPid()) - benchCpuStart;
    f.loadAfter = loadAverage();
    const qint64 okInWindow = obs.okReplies;
    const std::size_t repliesInWindow = obs.latencyNs.size();
    for (auto& c : counters) {
        c->stop();
    }
    for (auto& k : kiosks) {
        k->stop();
    }
    waitFor(
        [&] {
            return allOf<CounterActor>(counters, [](CounterActor& c) { return c.idle(); }) &&
                   allOf<KioskActor>(kiosks, [](KioskActor& k) { return k.idle(); });
        },
        30000);

    std::optional<ServiceReply> finalState;
    admin.request(QStringLiteral("hall.snapshot"), {}, [&](const ServiceReply& r) { finalState = r; });
    waitFor([&] { return finalState.has_value(); }, 30000);
    if (!finalState || !finalState->ok) {
        std::fprintf(stderr, "hall-bench: no final snapshot\n");
        hall.stop();
        return 1;
    }
    const qint64 finalSeq = finalState->result.value(QLatin1String("seq")).toInteger();
    waitFor([&] { return displays->allAtLeast(finalSeq); }, 30000);
    displays->addTo(obs);
    QSet<QString> open;
    for (const QJsonValue& t : finalState->result.value(QLatin1String("tickets")).toArray()) {
        open.insert(t.toObject().value(QLatin1String("number")).toString());
    }
    int lost = 0;
    for (auto it = obs.issued.cbegin(); it != obs.issued.cend(); ++it) {
        if (!obs.finished.contains(it.key()) && !open.contains(it.key())) {
            ++lost;
        }
    }
    const int duplicated = duplicates(obs.issued) + duplicates(obs.called) + duplicates(obs.finished);

    std::vector<qint64> delays;
    std::vector<qint64> socketDelays;
    qint64 missed = 0;
    for (auto it = obs.calledReplyNs.cbegin(); it != obs.calledReplyNs.cend(); ++it) {
        const Observations::Delivery d = obs.calledShown.value(it.key());
        if (d.displays < o.displays) {
            missed += o.displays - d.displays;
            continue;
        }
        delays.push_back(std::max<qint64>(0, d.lastNs - it.value()));
        socketDelays.push_back(std::max<qint64>(0, d.lastArrivedNs - it.value()));
    }
    const double seconds = static_cast<double>(stopNs - startNs) / 1e9;
    f.seconds = seconds;
    f.acknowledged = okInWindow;
    for (const qint64 at : obs.calledReplyNs) {
        f.calls += at >= startNs && at <= stopNs ? 1 : 0;
    }
    f.callToEveryDisplayP50Ms = percentileMs(delays, 50);
    f.callToEveryDisplayP99Ms = percentileMs(delays, 99);
    f.callToEverySocketP50Ms = percentileMs(socketDelays, 50);
    f.callToEverySocketP99Ms = percentileMs(socketDelays, 99);
    f.eventBytesPerDisplay = obs.eventBytesBetween(startNs, stopNs);
    std::printf(
        "\nhall-bench: %lld counters, %d displays (%d relays), %d kiosks, %.1f s, think %d ms%s against %s\n",
        static_cast<long long>(counters.size()), o.displays, o.relays, o.kiosks, seconds, o.thinkMs,
        o.thinkMs == 0 ? " (closed loop)" : "", qPrintable(hall.url().toString()));
    std::printf("  acknowledged durable requests: %lld (%.0f/s); all replies %zu (%.0f/s)\n",
                static_cast<long long>(okInWindow), static_cast<double>(okInWindow) / seconds,
                repliesInWindow, static_cast<double>(repliesInWindow) / seconds);
    for (auto it = obs.refusals.cbegin(); it != obs.refusals.cend(); ++it) {
        std::printf("  refused %s: %lld\n", qPrintable(it.key()), static_cast<long long>(it.value()));
    }
    std::printf("  request latency ms: p50 %.2f  p99 %.2f  max %.2f\n", percentileMs(obs.latencyNs, 50),
                percentileMs(obs.latencyNs, 99), percentileMs(obs.latencyNs, 100));
    for (auto it = obs.latencyByOp.cbegin(); it != obs.latencyByOp.cend(); ++it) {
        std::printf("    %-18s n=%-7zu p50 %.2f  p99 %.2f  max %.2f\n", qPrintable(it.key()),
                    it.value().size(), percentileMs(it.value(), 50), percentileMs(it.value(), 99),
                    percentileMs(it.value(), 100));
    }
    std::printf("  callNext reply -> ticket.called on every display ms: p50 %.2f  p99 %.2f  max %.2f"
                "  (%zu calls, %lld missed deliveries)\n",
                percentileMs(delays, 50), percentileMs(delays, 99), percentileMs(delays, 100), delays.size(),
                static_cast<long long>(missed));
    if (o.leanDisplays) {
        std::printf(
            "  callNext reply -> ticket.called in every display's socket (kernel receive stamp, before the "
            "bench reads it) ms: p50 %.2f  p99 %.2f  max %.2f\n",
            percentileMs(socketDelays, 50), percentileMs(socketDelays, 99), percentileMs(socketDelays, 100));
    }
    if (hall.pid() > 0) {
        std::printf(
            "  service CPU in the window: %.0f ms = %.1f%% of a core, %.1f us per acknowledged request, "
            "%.2f ms per call (%lld calls)\n",
            f.serviceCpuMs, f.serviceCpuMs / (seconds * 10),
            1000.0 * f.serviceCpuMs / double(qMax<qint64>(1, okInWindow)),
            f.serviceCpuMs / double(qMax<qint64>(1, f.calls)), static_cast<long long>(f.calls));
    }
    if (f.serviceQuietCpuMsPerSecond >= 0) {
        std::printf(
            "  quiet window (%.0f s, every session connected, nothing driven): service %.2f ms CPU/s, "
            "relays %.2f ms CPU/s; the window's driven work cost the service %.0f ms = %.2f ms per "
            "call\n",
            o.quietSeconds, f.serviceQuietCpuMsPerSecond, f.relayQuietCpuMsPerSecond, f.serviceDrivenCpuMs(),
            f.serviceDrivenCpuMs() / double(qMax<qint64>(1, f.calls)));
    }
    if (o.relays > 0) {
        std::printf("  relays' CPU in the window: %.0f ms together = %.2f ms per call\n", f.relayCpuMs,
                    f.relayCpuMs / double(qMax<qint64>(1, f.calls)));
    }
    std::printf("  the bench's own CPU in the window: %.0f ms = %.2f ms per call (%d display reader threads, "
                "%s displays)\n",
                f.benchCpuMs, f.benchCpuMs / double(qMax<qint64>(1, f.calls)), o.readerThreads,
                o.leanDisplays ? "lean" : "QWebSocket");
    if (o.displays > 0 && hall.pid() > 0) {
        HopTrace(traceDir.path(), hall.pid(), hall.relayPids()).print(obs, o.displays, 5, o.leanDisplays);
    }
    if (o.displays > 0) {
        std::printf("  one display received %lld bytes of events in the window = %.0f bytes per call\n",
                    static_cast<long long>(f.eventBytesPerDisplay),
                    double(f.eventBytesPerDisplay) / double(qMax<qint64>(1, f.calls)));
    }
    std::printf("  load average: %s before, %s at the end of the window (wall-clock figures mean little "
                "above 2)\n",
                qPrintable(f.loadBefore), qPrintable(f.loadAfter));
    std::printf(
        "  tickets: issued %lld, called %lld, finished %lld, open at end %lld; lost %d, duplicated %d;"
        " display seq gaps %lld\n",
        static_cast<long long>(obs.issued.size()), static_cast<long long>(obs.called.size()),
        static_cast<long long>(obs.finished.size()), static_cast<long long>(open.size()), lost, duplicated,
        static_cast<long long>(obs.seqGaps));
    std::fflush(stdout);
    hall.stop();
    if (figures != nullptr) {
        *figures = f;
    }
    return lost == 0 && duplicated == 0 && missed == 0 && obs.seqGaps == 0 ? 0 : 3;
}

} // namespace hall::bench
