// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// hall-kiosk-screenshots: walks the kiosk through its pages against a running hall-service and
// saves each as docs/screenshots/kiosk-<scene>-<orientation>.png (`./hall screenshots`).
#include "bookingscreenshots.h"
#include "calendarscreenshots.h"
#include "casescreenshots.h"
#include "kioskapp.h"
#include "kioskscenes.h"
#include "kioskshell.h"
#include "printer/simulatedprinter.h"
#include "printer/ticketprinter.h"
#include "screenshotoptions.h"
#include "touchscript.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QTextStream>

namespace {

struct Shooter
{
    hall::KioskApp& app;
    QString dir;
    QString suffix;
    hall::SceneShooter scenes{app.window(), dir,
                              QStringLiteral("kiosk-%1-") + suffix + QStringLiteral(".png"),
                              hall::kioskVariants(app.controller())};
    int failures = 0;

    void shoot(const QString& scene) { scenes.shoot(scene); }
    bool tap(const QString& name)
    {
        hall::TouchScript touch(app.window());
        if (!touch.tapWhenReady(name, 5000)) {
            QTextStream(stdout) << "cannot tap " << name << "\n";
            ++failures;
            return false;
        }
        return true;
    }
};

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication qapp(argc, argv);
    QStringList args = QGuiApplication::arguments();
    // --out DIR --name portrait|landscape [--walk closed-day], then the kiosk's own flags (--url,
    // --token, --size …). --walk closed-day walks only the closed-day scenes (calendarscreenshots.h).
    const auto take = [&](const QString& flag) { return hall::takeOption(args, flag); };
    const QString out = take(QStringLiteral("--out"));
    const QString name = take(QStringLiteral("--name"));
    const QString walk = take(QStringLiteral("--walk"));
    hall::KioskOptions options;
    if (const auto problem = hall::KioskOptions::parse(args, options); problem || out.isEmpty()) {
        QTextStream(stderr)
            << "usage: hall-kiosk-screenshots --out DIR --name NAME [--walk closed-day] --url URL --token T "
               "[--size WxH]\n"
            << problem.value_or(QString()) << "\n";
        return 2;
    }
    QDir().mkpath(out);
    if (options.idCard.isEmpty()) {
        options.idCard = hall::bookingScreenshotCards(name); // the booking scenes read ID cards
    }
    hall::KioskApp app(options);
    if (!app.load()) {
        QTextStream(stderr) << app.error() << "\n";
        return 2;
    }
    app.start();
    hall::KioskShell* kiosk = app.controller();
    if (!hall::TouchScript::waitUntil(
            [&] { return kiosk->serviceAvailable() && kiosk->ticketFlow()->services()->rowCount() > 0; },
            15000)) {
        QTextStream(stderr) << "no service\n";
        return 1;
    }
    if (walk == QLatin1String("closed-day")) {
        return hall::shootClosedDayScenes(app, out, name) == 0 ? 0 : 1;
    }
    Shooter s{app, out, name};
    bool finished = false;
    QObject::connect(kiosk->ticketFlow(), &hall::TicketFlow::journeyFinished, [&] { finished = true; });
    const auto takeTicket = [&] {
        finished = false;
        s.tap(QStringLiteral("takeTicket"));
        hall::TouchScript::waitUntil([&] { return finished; }, 10000);
    };

    s.shoot(QStringLiteral("home"));
    s.tap(QStringLiteral("homeTile_3"));
    s.tap(QStringLiteral("chooseTile_0"));
    s.shoot(QStringLiteral("choose"));
    s.tap(QStringLiteral("chooseNext"));
    for (const char* key :
         {"key_1", "key_1", "key_0", "key_1", "key_0", "key_5", "key_1", "key_9", "key_5", "key_1"}) {
        s.tap(QString::fromLatin1(key));
    }
    s.shoot(QStringLiteral("id-keypad"));
    s.tap(QStringLiteral("key_clear"));
    takeTicket();
    s.shoot(QStringLiteral("ticket-printed"));
    s.tap(QStringLiteral("done"));

    // The same person asks again for a service they already hold a ticket of: the refusal page.
    const QString person =
        hall::sceneIdNumber(QStringLiteral("19560402"), name == QLatin1String("landscape") ? 31 : 21);
    for (int attempt = 0; attempt < 2; ++attempt) {
        s.tap(QStringLiteral("homeTile_5"));
        s.tap(QStringLiteral("chooseNext"));
        for (const QChar c : person) {
            s.tap(QStringLiteral("key_") + c);
        }
        takeTicket();
        if (attempt == 0) {
            s.tap(QStringLiteral("done"));
        }
    }
    s.shoot(QStringLiteral("refusal"));
    s.tap(QStringLiteral("refusalHome"));

    if (hall::SimulatedPrinter* device = app.simulatedPrinter()) {
        device->loadPaper(0);
        app.printer()->refreshStatus();
        hall::TouchScript::waitUntil([&] { return !app.printer()->isReady(); }, 5000);
    }
    s.tap(QStringLiteral("homeTile_4"));
    s.tap(QStringLiteral("chooseNext"));
    takeTicket();
    s.shoot(QStringLiteral("paper-out"));
    s.tap(QStringLiteral("done"));

    s.tap(QStringLiteral("elderlySwitch"));
    s.shoot(QStringLiteral("elderly"));
    s.tap(QStringLiteral("elderlySwitch"));
    s.tap(QStringLiteral("languageSwitch"));
    s.shoot(QStringLiteral("english-home"));
    s.tap(QStringLiteral("homeTile_1"));
    s.tap(QStringLiteral("chooseTile_6"));
    s.shoot(QStringLiteral("english-choose"));
    s.failures += hall::shootBookingScenes(app, out, name);
    s.failures += hall::shootCaseScenes(app, out, name); // cases of tests/cases/sample-cases.csv
    s.failures += hall::shootCameraCheckIn(options, out, name);
    s.failures += s.scenes.failures();
    return s.failures == 0 ? 0 : 1;
}
