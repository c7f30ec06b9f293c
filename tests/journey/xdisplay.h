// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPoint>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSize>
#include <QStringList>

namespace hall::test {

/// A private X server (Xvfb, on a display number it picks itself) for the journeys, and real input
/// through it: xdotool moves the pointer, clicks and types with XTEST, exactly as a mouse, a touch
/// screen in mouse mode or a keyboard does. Stopped when destroyed.
class XDisplay
{
public:
    explicit XDisplay(QSize screen = {1920, 1920});
    ~XDisplay();

    bool running() const { return !m_display.isEmpty(); }
    /// ":N".
    QString display() const { return m_display; }
    /// The environment of a program shown on this display (DISPLAY set, the xcb platform).
    QProcessEnvironment environment() const;

    /// Runs xdotool with `args`; true when it succeeded.
    bool xdotool(const QStringList& args) const;
    void click(int x, int y) const;
    /// Types text as key presses (one key per character; ASCII).
    void type(const QString& text) const;
    /// Presses and releases keys by X keysym name: "F1", "KP_Enter", "KP_Add", "Escape", …
    void key(const QString& keysym) const;
    /// Gives the keyboard to the window of process `pid` (there is no window manager to do it).
    bool focusWindowOf(qint64 pid) const;

private:
    QProcess m_server;
    QString m_display;
    /// Where the last click left the pointer: `mousemove --sync` to where the pointer already is
    /// waits for a motion event that never comes (about 17 s, then xdotool gives up and clicks).
    mutable QPoint m_pointer{-1, -1};
};

} // namespace hall::test
