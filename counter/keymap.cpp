// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keymap.h"

#include <QCoreApplication>

namespace hall {

namespace {

struct Binding
{
    const char* action;
    int functionKey; ///< Qt::Key_F1…, 0 for none
    int keypadKey;   ///< the key with Qt::KeypadModifier, 0 for none
    const char* pad; ///< how the keypad key is printed on the button
};

// One row per action. Function keys suit a full keyboard; the keypad column makes a cheap USB
// numeric keypad a hardware caller: Enter calls, + recalls, * starts, / finishes, − sets aside,
// . pauses or resumes, digits then Enter call a particular ticket.
const Binding kBindings[] = {
    {"callNext", Qt::Key_F1, Qt::Key_Enter, "Enter"}, {"recall", Qt::Key_F2, Qt::Key_Plus, "+"},
    {"start", Qt::Key_F3, Qt::Key_Asterisk, "*"},     {"finish", Qt::Key_F4, Qt::Key_Slash, "/"},
    {"setAside", Qt::Key_F5, Qt::Key_Minus, "-"},     {"transfer", Qt::Key_F6, 0, nullptr},
    {"callTicket", Qt::Key_F7, 0, nullptr},           {"requeue", Qt::Key_F8, 0, nullptr},
    {"togglePause", Qt::Key_F9, Qt::Key_Period, "."}, {"close", Qt::Key_F10, 0, nullptr},
};

// The monitor's keys (supervisor devices), taken before the desk's on the 监控 tab, so none of them
// may mean anything at the desk: arrows and F11/F12 are free there, and Ctrl+R has no desk meaning.
struct SupervisorBinding
{
    const char* action;
    int key;
    int modifiers;
    const char* label;
};

const SupervisorBinding kSupervisorBindings[] = {
    {"selectPrevious", Qt::Key_Up, 0, "↑"},
    {"selectNext", Qt::Key_Down, 0, "↓"},
    {"closeSelected", Qt::Key_F11, 0, "F11"},
    {"moveSelected", Qt::Key_F12, 0, "F12"},
    {"refresh", Qt::Key_R, Qt::ControlModifier, "Ctrl+R"},
};

} // namespace

QString KeyMap::supervisorActionFor(int key, int modifiers, bool confirming)
{
    const int plain = modifiers & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (confirming) {
        if (plain == 0 && key >= Qt::Key_0 && key <= Qt::Key_9) {
            return QStringLiteral("target:%1").arg(key - Qt::Key_0);
        }
        if (plain == 0 && (key == Qt::Key_Enter || key == Qt::Key_Return)) {
            return QStringLiteral("confirm");
        }
        if (key == Qt::Key_Escape) {
            return QStringLiteral("cancel");
        }
        return {}; // the monitor's other keys wait until the move is confirmed or cancelled
    }
    for (const SupervisorBinding& b : kSupervisorBindings) {
        if (key == b.key && plain == b.modifiers) {
            return QString::fromLatin1(b.action);
        }
    }
    return {};
}

QString KeyMap::actionFor(int key, int modifiers)
{
    const bool keypad = (modifiers & Qt::KeypadModifier) != 0;
    if (keypad && key >= Qt::Key_0 && key <= Qt::Key_9) {
        return QStringLiteral("digit:%1").arg(key - Qt::Key_0);
    }
    if (keypad && key == Qt::Key_Enter) {
        return QStringLiteral("enter");
    }
    // Some keypads send Delete for the "." key when NumLock is off.
    if (keypad && key == Qt::Key_Delete) {
        return QStringLiteral("togglePause");
    }
    if (key == Qt::Key_Backspace || key == Qt::Key_Escape) {
        return QStringLiteral("clearEntry");
    }
    const int plain = modifiers & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    for (const Binding& b : kBindings) {
        if (plain == 0 && key == b.functionKey) {
            return QString::fromLatin1(b.action);
        }
        if (keypad && b.keypadKey != 0 && key == b.keypadKey) {
            return QString::fromLatin1(b.action);
        }
    }
    return {};
}

QString KeyMap::hint(const QString& action)
{
    for (const SupervisorBinding& b : kSupervisorBindings) {
        if (action == QLatin1String(b.action)) {
            return QString::fromUtf8(b.label);
        }
    }
    if (action == QLatin1String("confirm")) {
        return QStringLiteral("Enter");
    }
    if (action == QLatin1String("cancel")) {
        return QStringLiteral("Esc");
    }
    for (const Binding& b : kBindings) {
        if (action == QLatin1String(b.action)) {
            const QString f = QStringLiteral("F%1").arg(b.functionKey - Qt::Key_F1 + 1);
            return b.pad == nullptr ? f
                                    : QCoreApplication::translate("hall::KeyMap", "%1 / 小键盘 %2")
                                          .arg(f, QString::fromLatin1(b.pad));
        }
    }
    return {};
}

} // namespace hall
