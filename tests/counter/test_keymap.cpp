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

TEST_CASE("every desk action has its own function key, F1 to F10 in button order", "[keys]")
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

TEST_CASE("a USB numeric keypad calls, recalls, starts, finishes, sets aside and pauses", "[keys]")
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

TEST_CASE("the hints on the buttons name the keypad key where there is one", "[keys]")
{
    CHECK(KeyMap::hint(QStringLiteral("callNext")) == QStringLiteral("F1 / 小键盘 Enter"));
    CHECK(KeyMap::hint(QStringLiteral("finish")) == QStringLiteral("F4 / 小键盘 /"));
    CHECK(KeyMap::hint(QStringLiteral("transfer")) == QStringLiteral("F6"));
    CHECK(KeyMap::hint(QStringLiteral("nonsense")).isEmpty());
}

TEST_CASE("typed ticket numbers take the service's form", "[keys]")
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
