// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Kiosk test runner: a QGuiApplication, because the journey tests run the pages offscreen.
#include "catchsession.h"

#include <QGuiApplication>

int main(int argc, char* argv[])
{
    // Test discovery runs this binary at build time, where no display exists.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    return hall::test::runCatchSession(argc, argv);
}
