// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QString>

namespace hall {

/// The counter's keyboard: every action has a function key, and a USB numeric keypad works as a
/// hardware caller (its keys arrive with Qt::KeypadModifier). The table is in keymap.cpp and
/// docs/counter.md; buttons show hint(action) so the screen and the table cannot disagree.
class KeyMap : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by CounterController")

public:
    using QObject::QObject;

    /// What a key press means: an action name ("callNext", "recall", "start", "finish",
    /// "setAside", "transfer", "callTicket", "requeue", "togglePause", "close", "enter",
    /// "clearEntry"), "digit:N" for a keypad digit, or empty when the key means nothing here.
    /// "enter" is the keypad's Enter: call the typed number, or the next ticket when none is typed.
    Q_INVOKABLE static QString actionFor(int key, int modifiers);
    /// What a key press means on the monitor (监控) tab, before the desk's meaning: "selectPrevious"
    /// (↑), "selectNext" (↓), "closeSelected" (F11), "moveSelected" (F12), "refresh" (Ctrl+R); or,
    /// while a move waits for confirmation (`confirming`), "target:N" (0–9 on the keyboard or the
    /// keypad: N = 0 back to the queues, else window N), "confirm" (Enter) and "cancel" (Esc).
    /// Empty when the key is not the monitor's (so the desk's keys still work there).
    Q_INVOKABLE static QString supervisorActionFor(int key, int modifiers, bool confirming = false);
    /// The keys of an action as the button shows them, e.g. "F1 / 小键盘 Enter"; also the monitor's
    /// actions ("closeSelected" → "F11", …, "confirm" → "Enter", "cancel" → "Esc").
    Q_INVOKABLE static QString hint(const QString& action);
};

} // namespace hall
