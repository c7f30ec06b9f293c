// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// hall-kiosk: the resident kiosk. Only wiring: options → KioskApp → event loop (or the self-test).
#include "client/frontendstart.h"
#include "client/memorypolicy.h"
#include "kioskapp.h"
#include "selftest.h"
#include "uiprobe.h"

#include <QGuiApplication>

int main(int argc, char* argv[])
{
    hall::keepLargeAllocationsOutOfHeap(); // before Qt allocates anything; see the header
    const QStringList args = hall::frontEndArguments(argc, argv); // --self-test: offscreen
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("hall-kiosk"));

    hall::KioskOptions options;
    if (const auto problem = hall::KioskOptions::parse(args, options)) {
        return hall::refuseToStart(*problem);
    }
    hall::KioskApp kiosk(options);
    if (!kiosk.load()) {
        return hall::refuseToStart(kiosk.error());
    }
    kiosk.start();
    hall::UiProbe::startFromEnvironment(&app); // tests only: HALL_UI_PROBE (uiprobe/uiprobe.h)
    return options.selfTest ? hall::runSelfTest(kiosk) : QGuiApplication::exec();
}
