// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Counter test runner: a QApplication (the 报表 charts need one), because the page tests run the counter
// offscreen.
#include "catchsession.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    // Test discovery runs this binary at build time, where no display exists.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    return hall::test::runCatchSession(argc, argv);
}
