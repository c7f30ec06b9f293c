// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontendstart.h"

#include <QCoreApplication>
#include <QTextStream>

namespace hall {

QStringList frontEndArguments(int argc, char* argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        // Qt's own window placement (`./hall demo` lays its three windows out with it): QGuiApplication
        // applies it to the window and takes it out of argv; the front end's options never see it.
        if ((arg == QLatin1String("-qwindowgeometry") || arg == QLatin1String("-qwindowtitle")) &&
            i + 1 < argc) {
            ++i;
            continue;
        }
        args.append(arg);
    }
    if (args.contains(QStringLiteral("--self-test")) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    return args;
}

int refuseToStart(const QString& problem)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << problem << "\n";
    return 2;
}

} // namespace hall
