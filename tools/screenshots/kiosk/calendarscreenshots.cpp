// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarscreenshots.h"

#include "bookingcalendarmodel.h"
#include "bookingflow.h"
#include "kioskapp.h"
#include "kioskscenes.h"
#include "kioskshell.h"
#include "touchscript.h"

#include <QQuickWindow>
#include <QTextStream>

namespace hall {

int shootClosedDayScenes(KioskApp& app, const QString& dir, const QString& run)
{
    KioskShell* kiosk = app.controller();
    SceneShooter scenes{app.window(), dir, QStringLiteral("kiosk-%1-") + run + QStringLiteral(".png"),
                        kioskVariants(kiosk)};
    int failures = 0;
    const auto wait = [&](const std::function<bool()>& done, const char* what) {
        if (!TouchScript::waitUntil(done, 10000)) {
            QTextStream(stdout) << "timed out: " << what << "\n";
            ++failures;
        }
    };
    const auto tap = [&](const QString& name) {
        if (!TouchScript(app.window()).tapWhenReady(name, 8000)) {
            QTextStream(stdout) << "cannot tap " << name << "\n";
            ++failures;
        }
    };
    kiosk->reset();
    wait([&] { return kiosk->today()->closed(); }, "a closed day");
    scenes.shoot(QStringLiteral("closed-day"));

    BookingFlow* flow = app.booking();
    tap(QStringLiteral("bookingEntry"));
    tap(QStringLiteral("bookingType_marriage"));
    wait([&] { return flow->calendar()->isLoaded(); }, "calendar");
    scenes.shoot(QStringLiteral("booking-provisional"), 200);
    kiosk->reset();
    return failures + scenes.failures();
}

} // namespace hall
