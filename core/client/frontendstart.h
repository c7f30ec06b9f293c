// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace hall {

/// argv as text, read before QGuiApplication takes its own flags out of it. With --self-test and
/// no platform chosen, it also makes Qt's platform offscreen: the self-test runs headless, on CI and
/// on a device being commissioned over SSH. Call it before QGuiApplication is built.
QStringList frontEndArguments(int argc, char* argv[]);

/// Prints "<application name>: <problem>" on stderr and returns 2, the exit code for a front end
/// that could not start (bad options, pages that do not load).
int refuseToStart(const QString& problem);

} // namespace hall
