// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared test runner: a QCoreApplication so that queued calls and timers work inside tests.
#include "catchsession.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    // Test discovery runs this binary at build time, where no display exists.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QCoreApplication app(argc, argv);
    return hall::test::runCatchSession(argc, argv);
}
