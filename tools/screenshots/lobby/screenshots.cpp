// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// hall-lobby-screenshots: fills a throwaway hall-service with tickets and calls (as an admin
// device), shows the lobby against it and saves docs/screenshots/lobby-<scene>.png (`./hall
// screenshots`). With --kill-pid it finally stops the service to show the reconnecting note.
#include "client/waituntil.h"
#include "hallscript.h"
#include "lobbyapp.h"
#include "lobbycontroller.h"
#include "sceneshooter.h"
#include "screenshotoptions.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QTextStream>

#include <csignal>

namespace {

int failures = 0;

/// Saves the scene (and with HALL_LAYOUT_CHECK=1 checks it as shown: one display is one language).
void shoot(hall::LobbyApp& app, const QString& dir, const QString& scene, int settleMs = 150)
{
    hall::SceneShooter shooter(app.window(), dir, QStringLiteral("lobby-%1.png"));
    shooter.shoot(scene, settleMs);
    failures += shooter.failures();
}

/// A mid-morning hall: six windows open, one paused, two closed, calls, a recall, people waiting.
bool fillHall(hall::HallScript& s)
{
    // Whatever earlier screenshots left in hand is served first; refusals (idle, open) are fine.
    for (int counter = 1; counter <= 6; ++counter) {
        for (const char* op : {"counter.open", "counter.resume", "counter.start", "counter.finish"}) {
            s.counterOp(QString::fromLatin1(op), counter);
        }
    }
    const char* services[] = {"marriage", "marriage", "divorce",      "certificates", "assistance",
                              "elderly",  "marriage", "assistance",   "elderly",      "disability",
                              "marriage", "divorce",  "certificates", "assistance",   "enquiries",
                              "marriage", "elderly",  "veterans"};
    for (const char* service : services) {
        if (s.issue(QString::fromLatin1(service)).isEmpty()) {
            return false;
        }
    }
    // Windows 1-4 served someone already; then the current calls.
    for (int counter : {1, 2, 3, 4}) {
        s.counterOp(QStringLiteral("counter.callNext"), counter);
        s.counterOp(QStringLiteral("counter.start"), counter);
        s.counterOp(QStringLiteral("counter.finish"), counter);
    }
    s.counterOp(QStringLiteral("counter.callNext"), 6);
    s.counterOp(QStringLiteral("counter.finish"), 6);
    s.counterOp(QStringLiteral("counter.pause"), 6);
    s.counterOp(QStringLiteral("counter.callNext"), 1);
    s.counterOp(QStringLiteral("counter.start"), 1);
    s.counterOp(QStringLiteral("counter.callNext"), 4);
    s.counterOp(QStringLiteral("counter.start"), 4);
    s.counterOp(QStringLiteral("counter.callNext"), 2);
    s.counterOp(QStringLiteral("counter.callNext"), 5);
    s.counterOp(QStringLiteral("counter.recall"), 2);
    return !s.counterOp(QStringLiteral("counter.callNext"), 3).isEmpty();
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication qapp(argc, argv);
    QStringList args = QGuiApplication::arguments();
    // --out DIR --admin-token T [--kill-pid PID], then the lobby's own flags (--url, --token …).
    const auto take = [&](const QString& flag) { return hall::takeOption(args, flag); };
    const QString out = take(QStringLiteral("--out"));
    const QString adminToken = take(QStringLiteral("--admin-token"));
    const QString killPid = take(QStringLiteral("--kill-pid"));
    hall::LobbyOptions options;
    const auto problem = hall::LobbyOptions::parse(args, options);
    if (problem || out.isEmpty() || adminToken.isEmpty()) {
        QTextStream(stderr)
            << "usage: hall-lobby-screenshots --out DIR --admin-token T [--kill-pid PID] --url URL "
               "--token T [--size WxH]\n"
            << problem.value_or(QString()) << "\n";
        return 2;
    }
    options.voice = {{QStringLiteral("audio"), QStringLiteral("none")}};
    QDir().mkpath(out);

    hall::HallScript script(options.url, QStringLiteral("admin-1"), adminToken);
    if (!script.waitReady() || !fillHall(script)) {
        QTextStream(stderr) << "could not fill the hall\n";
        return 1;
    }
    const auto show = [&](hall::LobbyApp& app) {
        if (!app.load()) {
            QTextStream(stderr) << app.error() << "\n";
            return false;
        }
        app.start();
        return hall::waitUntil([&] { return !app.controller()->latestTicket().isEmpty(); }, 15000);
    };
    {
        hall::LobbyOptions english = options;
        english.english = true;
        hall::LobbyApp app(english);
        if (!show(app)) {
            return 1;
        }
        shoot(app, out, QStringLiteral("english"), 3500);
    }
    hall::LobbyApp app(options);
    if (!show(app)) {
        return 1;
    }
    shoot(app, out, QStringLiteral("calls"), 3500); // after the blinking
    script.issue(QStringLiteral("assistance"));     // window 5 serves social assistance first
    script.counterOp(QStringLiteral("counter.start"), 5);
    script.counterOp(QStringLiteral("counter.finish"), 5);
    const QString called = script.counterOp(QStringLiteral("counter.callNext"), 5);
    if (called.isEmpty() ||
        !hall::waitUntil([&] { return app.controller()->latestTicket() == called; }, 5000)) {
        QTextStream(stderr) << "the new call did not reach the screen\n";
        ++failures;
    }
    shoot(app, out, QStringLiteral("new-call"), 100); // lit: the first blink
    if (!killPid.isEmpty()) {
        ::kill(killPid.toInt(), SIGKILL);
        hall::waitUntil([&] { return app.controller()->connection() != QLatin1String("connected"); }, 10000);
        shoot(app, out, QStringLiteral("reconnecting"), 3500);
    }
    return failures == 0 ? 0 : 1;
}
