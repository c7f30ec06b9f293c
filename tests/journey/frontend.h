// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "xdisplay.h"

#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QRect>
#include <QTemporaryDir>

#include <optional>

namespace hall::test {

/// One real front-end binary (hall-kiosk, hall-counter, hall-lobby) shown on an XDisplay and driven
/// like a person drives it: it finds where an item is from the program's test probe (uiprobe/:
/// HALL_UI_PROBE, read-only) and then clicks and types there through the X server. What the screen
/// shows is read back through the same probe.
class FrontEnd
{
public:
    FrontEnd(const XDisplay& display, QString program, QStringList args);
    ~FrontEnd();

    /// Starts the program and waits until its window is up and the probe answers.
    bool start();
    bool running() const { return m_process.state() == QProcess::Running; }
    qint64 pid() const { return m_process.processId(); }
    /// Everything the program printed so far (stdout and stderr).
    QString log();

    /// One probe question (uiprobe.cpp lists them); {} when the program does not answer.
    QJsonObject ask(const QJsonObject& question);
    /// The visible item named `name` on the screen: x, y, w, h (screen pixels), enabled, text, focus.
    std::optional<QJsonObject> item(const QString& name);
    /// Its rectangle on the screen.
    std::optional<QRect> rect(const QString& name);
    /// Waits until `name` is visible (and enabled, when asked).
    bool waitFor(const QString& name, bool enabled = true, int timeoutMs = 20000);
    /// Waits until `name` is gone from the screen.
    bool waitGone(const QString& name, int timeoutMs = 20000);
    /// Clicks the centre of `name` with the X pointer; false when it is not on the screen or disabled.
    bool tap(const QString& name, int timeoutMs = 20000);
    /// Every visible text on the screen.
    QStringList texts();
    /// Waits until some visible text contains `part`.
    bool waitText(const QString& part, int timeoutMs = 20000);
    /// The objectName of the item that has the keyboard ("" for none or an unnamed item).
    QString focused();
    /// Text that does not fit (LayoutCheck), one line per problem.
    QStringList layoutIssues();
    bool grab(const QString& path);
    /// Gives this program's window the keyboard.
    bool focusWindow() { return m_display.focusWindowOf(pid()); }

private:
    const XDisplay& m_display;
    QString m_program;
    QStringList m_args;
    QTemporaryDir m_dir;
    QProcess m_process;
    QLocalSocket m_probe;
    QString m_log;
};

} // namespace hall::test
