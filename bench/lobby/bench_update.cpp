// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench-lobby-update: call-to-lobby-screen time. A real hall-service on loopback; an admin device
// in this process calls tickets at 8 windows at a steady rate (default 200 a minute); the lobby
// display (its pages offscreen, voice off) measures from the moment its client receives the
// ticket.called event to the first frame swapped after the screen's models took it in.
#include "client/serviceclient.h"
#include "client/waituntil.h"
#include "hallscript.h"
#include "lobbyapp.h"
#include "lobbycontroller.h"
#include "serviceprocess.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <map>
#include <memory>

namespace {

QString deviceToken(const QString& dir, const QString& role, const QString& name)
{
    return hall::ServiceProcess::admin(dir, {QStringLiteral("device"), QStringLiteral("add"),
                                             QStringLiteral("--role"), role, QStringLiteral("--name"), name})
        .out.trimmed();
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const auto i =
        static_cast<std::size_t>(std::min<double>(double(v.size() - 1), p * double(v.size() - 1) + 0.5));
    return v[i];
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication qapp(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("calls"), QStringLiteral("Calls to measure (default 200)."),
                      QStringLiteral("n"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("per-minute"), QStringLiteral("Call rate (default 200)."),
                      QStringLiteral("n"), QStringLiteral("200")});
    parser.addHelpOption();
    parser.process(qapp);
    const int calls = parser.value(QStringLiteral("calls")).toInt();
    const int perMinute = std::max(1, parser.value(QStringLiteral("per-minute")).toInt());

    QTemporaryDir dir;
    hall::ServiceProcess::admin(dir.path(), {QStringLiteral("init")});
    const QString displayToken =
        deviceToken(dir.path(), QStringLiteral("display"), QStringLiteral("lobby-1"));
    const QString adminToken = deviceToken(dir.path(), QStringLiteral("admin"), QStringLiteral("admin-1"));
    hall::ServiceProcess service; // killed on every way out, so no service outlives the benchmark
    if (!service.start(dir.path(),
                       {QStringLiteral("--quiet"), QStringLiteral("--rate-limit"), QStringLiteral("100000"),
                        QStringLiteral("--rate-burst"), QStringLiteral("100000"),
                        QStringLiteral("--start-time"), QStringLiteral("2026-11-24T09:00:00+08:00")},
                       15000)) {
        out << "bench-lobby-update: " << service.error() << "\n" << service.output() << service.log();
        return 1;
    }
    const QUrl url = service.url();

    // Tickets for every call: window n calls n, n+8, n+16, …, each of a service it serves first.
    hall::HallScript admin(url, QStringLiteral("admin-1"), adminToken);
    if (!admin.waitReady()) {
        out << "bench-lobby-update: admin not connected\n";
        return 1;
    }
    const QStringList services{QStringLiteral("marriage"),   QStringLiteral("marriage"),
                               QStringLiteral("divorce"),    QStringLiteral("assistance"),
                               QStringLiteral("assistance"), QStringLiteral("elderly"),
                               QStringLiteral("veterans"),   QStringLiteral("enquiries")};
    for (int i = 0; i < calls; ++i) {
        if (admin.issue(services.at(i % services.size())).isEmpty()) {
            out << "bench-lobby-update: could not issue ticket " << i << "\n";
            return 1;
        }
    }
    for (int counter = 1; counter <= 8; ++counter) {
        admin.counterOp(QStringLiteral("counter.open"), counter);
    }

    hall::LobbyOptions options;
    options.url = url;
    options.token = displayToken;
    options.voice = {{QStringLiteral("audio"), QStringLiteral("none")}};
    hall::LobbyApp app(options);
    if (!app.load()) {
        out << "bench-lobby-update: " << app.error() << "\n";
        return 1;
    }
    app.start();
    if (!hall::waitUntil([&] { return app.controller()->windows()->rowCount() == 8; }, 15000)) {
        out << "bench-lobby-update: the display got no snapshot\n";
        return 1;
    }

    // event received → models updated → frame swapped
    QElapsedTimer clock;
    clock.start();
    std::map<qint64, qint64> received; // seq → ns
    std::vector<qint64> renderedSeqs;
    std::vector<double> samples;
    QObject::connect(app.client(), &hall::ServiceClient::eventReceived, app.controller(),
                     [&](const QString& kind, qint64 seq, const QJsonObject&) {
                         if (kind == QLatin1String("ticket.called")) {
                             received[seq] = clock.nsecsElapsed();
                         }
                     });
    QObject::connect(app.controller(), &hall::LobbyController::rendered, app.controller(), [&](qint64 seq) {
        if (received.count(seq) != 0) {
            renderedSeqs.push_back(seq);
        }
    });
    QObject::connect(
        app.window(), &QQuickWindow::frameSwapped, app.controller(),
        [&] {
            const qint64 now = clock.nsecsElapsed();
            for (qint64 seq : renderedSeqs) {
                samples.push_back(double(now - received[seq]) / 1e6);
                received.erase(seq);
            }
            renderedSeqs.clear();
        },
        Qt::DirectConnection);

    const qint64 intervalNs = 60'000'000'000LL / perMinute;
    QElapsedTimer run;
    run.start();
    for (int i = 0; i < calls; ++i) {
        hall::waitUntil([&] { return run.nsecsElapsed() >= i * intervalNs; }, 60000);
        const int counter = 1 + i % 8;
        admin.counterOp(QStringLiteral("counter.start"), counter);
        admin.counterOp(QStringLiteral("counter.finish"), counter);
        if (admin.counterOp(QStringLiteral("counter.callNext"), counter).isEmpty()) {
            out << "bench-lobby-update: call " << i << " refused\n";
            return 1;
        }
    }
    hall::waitUntil([&] { return received.empty(); }, 5000);
    if (samples.size() < std::size_t(calls) * 9 / 10) {
        out << "bench-lobby-update: only " << samples.size() << " of " << calls
            << " calls reached the screen\n";
        return 1;
    }
    out << "bench-lobby-update: ticket.called received to frame swapped (1920x1080 offscreen, software "
           "renderer), "
        << samples.size() << " calls at " << perMinute << "/min: median "
        << QString::number(percentile(samples, 0.5), 'f', 1) << " ms, p95 "
        << QString::number(percentile(samples, 0.95), 'f', 1) << " ms, p99 "
        << QString::number(percentile(samples, 0.99), 'f', 1) << " ms, max "
        << QString::number(*std::max_element(samples.begin(), samples.end()), 'f', 1)
        << " ms; target p99 < 100 ms\n";
    return 0;
}
