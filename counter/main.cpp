// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// hall-counter: the staff counter client. Only wiring: options → CounterApp → event loop (or the self-test).
#include "client/frontendstart.h"
#include "client/memorypolicy.h"
#include "counterapp.h"
#include "selftest.h"
#include "uiprobe.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    hall::keepLargeAllocationsOutOfHeap(); // before Qt allocates anything; see the header
    const QStringList args = hall::frontEndArguments(argc, argv); // --self-test: offscreen
    QApplication app(argc, argv); // a QApplication: the 报表 charts (Qt Charts) need one
    QApplication::setApplicationName(QStringLiteral("hall-counter"));

    hall::CounterOptions options;
    if (const auto problem = hall::CounterOptions::parse(args, options)) {
        return hall::refuseToStart(*problem);
    }
    hall::CounterApp counter(options);
    if (!counter.load()) {
        return hall::refuseToStart(counter.error());
    }
    counter.start();
    hall::UiProbe::startFromEnvironment(&app); // tests only: HALL_UI_PROBE (uiprobe/uiprobe.h)
    return options.selfTest ? hall::runSelfTest(counter) : QApplication::exec();
}
