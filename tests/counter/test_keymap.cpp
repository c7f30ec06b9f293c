// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The counter's keys: function keys, the numeric keypad as a hardware caller, and the hints the
// buttons show (docs/counter.md has the same table).
#include "countercontroller.h"
#include "keymap.h"

#include <catch2/catch.hpp>

#include <QSet>

using hall::KeyMap;

namespace {
const QStringList kActions{QStringLiteral("callNext"),    QStringLiteral("recall"),
                           QStringLiteral("start"),       QStringLiteral("finish"),
                           QStringLiteral("setAside"),    QStringLiteral("transfer"),
                           QStringLiteral("callTicket"),  QStringLiteral("requeue"),
                           QStringLiteral("togglePause"), QStringLiteral("close")};
}

TEST_CASE("every desk action has its own function key, F1 to F10 in button order", "[keys][nostore]")
{
    QSet<QString> seen;
    for (int i = 0; i < kActions.size(); ++i) {
        const QString action = KeyMap::actionFor(Qt::Key_F1 + i, Qt::NoModifier);
        INFO("F" << i + 1);
        CHECK(action == kActions.at(i));
        seen.insert(action);
        CHECK(KeyMap::hint(action).startsWith(QStringLiteral("F%1").arg(i + 1)));
    }
    CHECK(seen.size() == kActions.size());
    CHECK(KeyMap::actionFor(Qt::Key_F11, Qt::NoModifier).isEmpty());
    // With Ctrl or Alt a function key belongs to the desktop, not the desk.
    CHECK(KeyMap::actionFor(Qt::Key_F1, Qt::ControlModifier).isEmpty());
    CHECK(KeyMap::actionFor(Qt::Key_F4, Qt::AltModifier).isEmpty());
}

TEST_CASE("a USB numeric keypad calls, recalls, starts, finishes, sets aside and pauses", "[keys][nostore]")
{
    const auto pad = [](int key) { return KeyMap::actionFor(key, Qt::KeypadModifier); };
    CHECK(pad(Qt::Key_Enter) == QStringLiteral("enter"));
    CHECK(pad(Qt::Key_Plus) == QStringLiteral("recall"));
    CHECK(pad(Qt::Key_Asterisk) == QStringLiteral("start"));
    CHECK(pad(Qt::Key_Slash) == QStringLiteral("finish"));
    CHECK(pad(Qt::Key_Minus) == QStringLiteral("setAside"));
    CHECK(pad(Qt::Key_Period) == QStringLiteral("togglePause"));
    CHECK(pad(Qt::Key_Delete) == QStringLiteral("togglePause"));
    for (int d = 0; d <= 9; ++d) {
        CHECK(pad(Qt::Key_0 + d) == QStringLiteral("digit:%1").arg(d));
    }
    // The same characters on the main keyboard mean nothing: typing in a dialog must not act.
    CHECK(KeyMap::actionFor(Qt::Key_Plus, Qt::NoModifier).isEmpty());
    CHECK(KeyMap::actionFor(Qt::Key_5, Qt::NoModifier).isEmpty());
    CHECK(KeyMap::actionFor(Qt::Key_Return, Qt::NoModifier).isEmpty());
    CHECK(KeyMap::actionFor(Qt::Key_Backspace, Qt::KeypadModifier) == QStringLiteral("clearEntry"));
    CHECK(KeyMap::actionFor(Qt::Key_Escape, Qt::NoModifier) == QStringLiteral("clearEntry"));
}

TEST_CASE("the hints on the buttons name the keypad key where there is one", "[keys][nostore]")
{
    CHECK(KeyMap::hint(QStringLiteral("callNext")) == QStringLiteral("F1 / 小键盘 Enter"));
    CHECK(KeyMap::hint(QStringLiteral("finish")) == QStringLiteral("F4 / 小键盘 /"));
    CHECK(KeyMap::hint(QStringLiteral("transfer")) == QStringLiteral("F6"));
    CHECK(KeyMap::hint(QStringLiteral("nonsense")).isEmpty());
}

TEST_CASE("typed ticket numbers take the service's form", "[keys][nostore]")
{
    using hall::CounterController;
    CHECK(CounterController::typedNumber(QStringLiteral("a12")) == QStringLiteral("A012"));
    CHECK(CounterController::typedNumber(QStringLiteral(" A 7 ")) == QStringLiteral("A007"));
    CHECK(CounterController::typedNumber(QStringLiteral("c0012")) == QStringLiteral("C012"));
    CHECK(CounterController::typedNumber(QStringLiteral("B123")) == QStringLiteral("B123"));
    // Not a ticket number: passed on as typed (upper case), and the service says it does not exist.
    CHECK(CounterController::typedNumber(QStringLiteral("12")) == QStringLiteral("12"));
    CHECK(CounterController::typedNumber(QStringLiteral("ab1")) == QStringLiteral("AB1"));
}

TEST_CASE("the monitor's keys: one per supervisor action, none of them a desk key",
          "[keys][supervisor][nostore]")
{
    struct Key
    {
        int key;
        int modifiers;
        const char* action;
        const char* hint;
    };
    const Key keys[] = {{Qt::Key_Up, Qt::NoModifier, "selectPrevious", "↑"},
                        {Qt::Key_Down, Qt::NoModifier, "selectNext", "↓"},
                        {Qt::Key_F11, Qt::NoModifier, "closeSelected", "F11"},
                        {Qt::Key_F12, Qt::NoModifier, "moveSelected", "F12"},
                        {Qt::Key_R, Qt::ControlModifier, "refresh", "Ctrl+R"}};
    for (const Key& k : keys) {
        INFO(k.action);
        CHECK(KeyMap::supervisorActionFor(k.key, k.modifiers) == QLatin1String(k.action));
        CHECK(KeyMap::hint(QLatin1String(k.action)) == QString::fromUtf8(k.hint));
        // Taken before the desk's keys on the 监控 tab: none may mean anything at the desk.
        CHECK(KeyMap::actionFor(k.key, k.modifiers).isEmpty());
    }
    // The desk's keys are not the monitor's, so they keep working on the 监控 tab.
    for (int i = 0; i < kActions.size(); ++i) {
        CHECK(KeyMap::supervisorActionFor(Qt::Key_F1 + i, Qt::NoModifier).isEmpty());
    }
    CHECK(KeyMap::supervisorActionFor(Qt::Key_Enter, Qt::KeypadModifier).isEmpty());
    CHECK(KeyMap::supervisorActionFor(Qt::Key_Escape, Qt::NoModifier).isEmpty());
    CHECK(KeyMap::supervisorActionFor(Qt::Key_1, Qt::KeypadModifier).isEmpty());
    CHECK(KeyMap::supervisorActionFor(Qt::Key_R, Qt::NoModifier).isEmpty());
    CHECK(KeyMap::supervisorActionFor(Qt::Key_F11, Qt::AltModifier).isEmpty());
    // A keypad without NumLock sends its 8 and 2 as arrows.
    CHECK(KeyMap::supervisorActionFor(Qt::Key_Up, Qt::KeypadModifier) == QStringLiteral("selectPrevious"));
    CHECK(KeyMap::supervisorActionFor(Qt::Key_Down, Qt::KeypadModifier) == QStringLiteral("selectNext"));
}

TEST_CASE("a move waiting for confirmation takes a target, Enter and Esc only", "[keys][supervisor][nostore]")
{
    const auto confirming = [](int key, int modifiers = Qt::NoModifier) {
        return KeyMap::supervisorActionFor(key, modifiers, true);
    };
    CHECK(confirming(Qt::Key_0) == QStringLiteral("target:0"));
    CHECK(confirming(Qt::Key_7) == QStringLiteral("target:7"));
    CHECK(confirming(Qt::Key_3, Qt::KeypadModifier) == QStringLiteral("target:3"));
    CHECK(confirming(Qt::Key_Return) == QStringLiteral("confirm"));
    CHECK(confirming(Qt::Key_Enter, Qt::KeypadModifier) == QStringLiteral("confirm"));
    CHECK(confirming(Qt::Key_Escape) == QStringLiteral("cancel"));
    // Everything else waits, the monitor's own keys too.
    CHECK(confirming(Qt::Key_F11).isEmpty());
    CHECK(confirming(Qt::Key_Down).isEmpty());
    CHECK(confirming(Qt::Key_1, Qt::ControlModifier).isEmpty());
    CHECK(KeyMap::hint(QStringLiteral("confirm")) == QStringLiteral("Enter"));
    CHECK(KeyMap::hint(QStringLiteral("cancel")) == QStringLiteral("Esc"));
}
