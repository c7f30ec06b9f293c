// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The monitor's keys (监控): a supervisor device selects a window with the arrows, closes it (F11),
// moves its transferred tickets (F12, then a target and Enter, or Esc) and refreshes (Ctrl+R);
// staff on a counter device get none of them. Against a real service, without pages.
#include "counterfixture.h"
#include "supervisorboard.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace hall;
using namespace hall::test;

namespace {

QString status(CounterController& c, int number)
{
    return windowRow(c, number).value(QStringLiteral("status")).toString();
}

int assigned(CounterController& c, int number)
{
    return windowRow(c, number).value(QStringLiteral("assignedWaiting")).toInt();
}

bool answered(SupervisorBoard& board)
{
    return waitUntil([&] { return !board.actions()->busy(); }, 10000);
}

} // namespace

TEST_CASE("supervisor keys: arrows select, F11 closes, F12 moves after a confirmation, Ctrl+R refreshes",
          "[supervisor][keys][frontend]")
{
    CounterFixture f;
    const QString a1 = f.issue({QStringLiteral("marriage")});
    f.issue({QStringLiteral("marriage")});
    auto li = f.atWindow(QStringLiteral("counter-1"), QStringLiteral("li"), 1);
    auto s = f.supervisor();
    SupervisorBoard board;
    board.setController(s.get());
    REQUIRE(waitUntil([&] { return s->windows()->rowCount() == 8; }, 10000));
    CHECK(board.keysOffered());
    CHECK(board.selected() == 1); // the first window until the arrows say otherwise

    // ↓ ↓ ↑: window 2; ↑ at the top stays on window 1.
    CHECK(board.handleKey(Qt::Key_Down, Qt::NoModifier) == QStringLiteral("selectNext"));
    CHECK(board.handleKey(Qt::Key_Down, Qt::NoModifier) == QStringLiteral("selectNext"));
    CHECK(board.selected() == 3);
    CHECK(board.handleKey(Qt::Key_Up, Qt::NoModifier) == QStringLiteral("selectPrevious"));
    CHECK(board.selected() == 2);
    board.handleKey(Qt::Key_Up, Qt::NoModifier);
    board.handleKey(Qt::Key_Up, Qt::NoModifier);
    CHECK(board.selected() == 1);

    // Window 3 opens and li sends A001 there by name.
    auto wang = f.wang();
    REQUIRE(ok(wang->call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), 3}})));
    REQUIRE(act(*li, QStringLiteral("callNext")));
    REQUIRE(act(*li, QStringLiteral("transferWindow"), QStringLiteral("3")));
    REQUIRE(waitUntil([&] { return assigned(*s, 3) == 1; }, 10000));

    // F12 on a window with nothing transferred to it says so and asks nothing.
    CHECK(board.handleKey(Qt::Key_F12, Qt::NoModifier) == QStringLiteral("moveSelected"));
    CHECK(board.moveFrom() == 0);
    CHECK(board.actions()->errorCode() == QStringLiteral("QUEUE_EMPTY"));
    CHECK_FALSE(board.actions()->busy());

    // F12 on window 3 asks where to; Esc forgets it, nothing is sent.
    board.select(3);
    CHECK(board.handleKey(Qt::Key_F12, Qt::NoModifier) == QStringLiteral("moveSelected"));
    CHECK(board.moveFrom() == 3);
    CHECK(board.moveTarget() == 0);
    CHECK_FALSE(board.actions()->busy());
    // While it waits, the monitor's and the desk's other keys do nothing (and are taken).
    CHECK(board.handleKey(Qt::Key_F11, Qt::NoModifier) == QStringLiteral("ignored"));
    CHECK(board.handleKey(Qt::Key_F1, Qt::NoModifier) == QStringLiteral("ignored"));
    CHECK_FALSE(board.actions()->busy());
    CHECK(status(*s, 3) == QStringLiteral("open"));
    CHECK(board.handleKey(Qt::Key_Escape, Qt::NoModifier) == QStringLiteral("cancel"));
    CHECK(board.moveFrom() == 0);
    CHECK_FALSE(board.actions()->busy());
    CHECK(assigned(*s, 3) == 1);

    // F12 again; 3 (itself) and 5 (closed) are no targets; 2 on the keypad is; 0 is the queues.
    board.handleKey(Qt::Key_F12, Qt::NoModifier);
    CHECK(board.handleKey(Qt::Key_3, Qt::NoModifier) == QStringLiteral("target:3"));
    CHECK(board.moveTarget() == 0);
    board.handleKey(Qt::Key_5, Qt::NoModifier);
    CHECK(board.moveTarget() == 0);
    REQUIRE(ok(wang->call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), 2}})));
    REQUIRE(waitUntil([&] { return status(*s, 2) == QStringLiteral("open"); }, 10000));
    board.handleKey(Qt::Key_2, Qt::KeypadModifier);
    CHECK(board.moveTarget() == 2);
    CHECK(board.handleKey(Qt::Key_0, Qt::NoModifier) == QStringLiteral("target:0"));
    CHECK(board.moveTarget() == 0);
    // Enter moves A001 back to the marriage queue: window 1 sees it again.
    CHECK(board.handleKey(Qt::Key_Return, Qt::NoModifier) == QStringLiteral("confirm"));
    CHECK(board.moveFrom() == 0);
    CHECK(board.actions()->busyAction() == QStringLiteral("move:3"));
    REQUIRE(answered(board));
    CHECK(board.actions()->errorCode().isEmpty());
    REQUIRE(waitUntil([&] { return assigned(*s, 3) == 0; }, 10000));
    REQUIRE(waitUntil([&] { return numbers(*li->waiting()).contains(a1); }, 10000));

    // To another window: li sends the next ticket to 3 again; F12, 2, keypad Enter.
    REQUIRE(act(*li, QStringLiteral("callNext")));
    REQUIRE(act(*li, QStringLiteral("transferWindow"), QStringLiteral("3")));
    REQUIRE(waitUntil([&] { return assigned(*s, 3) == 1; }, 10000));
    board.handleKey(Qt::Key_F12, Qt::NoModifier);
    board.handleKey(Qt::Key_2, Qt::NoModifier);
    CHECK(board.handleKey(Qt::Key_Enter, Qt::KeypadModifier) == QStringLiteral("confirm"));
    REQUIRE(answered(board));
    CHECK(board.actions()->errorCode().isEmpty());
    REQUIRE(waitUntil([&] { return assigned(*s, 2) == 1 && assigned(*s, 3) == 0; }, 10000));

    // F11 closes the selected window; again on the closed window it says why and sends nothing.
    CHECK(board.handleKey(Qt::Key_F11, Qt::NoModifier) == QStringLiteral("closeSelected"));
    CHECK(board.actions()->busyAction() == QStringLiteral("close:3"));
    REQUIRE(answered(board));
    REQUIRE(waitUntil([&] { return status(*s, 3) == QStringLiteral("closed"); }, 10000));
    board.handleKey(Qt::Key_F11, Qt::NoModifier);
    CHECK_FALSE(board.actions()->busy());
    CHECK(board.actions()->errorCode() == QStringLiteral("COUNTER_CLOSED"));

    // Ctrl+R fetches hall.overview again.
    QSignalSpy overviews(s.get(), &CounterController::overviewChanged);
    CHECK(board.handleKey(Qt::Key_R, Qt::ControlModifier) == QStringLiteral("refresh"));
    REQUIRE(waitUntil([&] { return overviews.count() >= 1; }, 10000));
    CHECK(board.actions()->errorCode().isEmpty());

    // A plain R, and the desk's keys, are not the monitor's: "" (the desk may take them).
    CHECK(board.handleKey(Qt::Key_R, Qt::NoModifier).isEmpty());
    CHECK(board.handleKey(Qt::Key_F1, Qt::NoModifier).isEmpty());
}

TEST_CASE("supervisor keys: staff on a counter device get no monitor keys", "[supervisor][keys][frontend]")
{
    CounterFixture f;
    f.issue({QStringLiteral("marriage")});
    auto li = f.atWindow(QStringLiteral("counter-1"), QStringLiteral("li"), 1);
    auto wang = f.wang();
    REQUIRE(ok(wang->call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), 2}})));
    REQUIRE(act(*li, QStringLiteral("callNext")));
    REQUIRE(act(*li, QStringLiteral("transferWindow"), QStringLiteral("2")));
    SupervisorBoard board;
    board.setController(li.get());
    REQUIRE(waitUntil([&] { return assigned(*li, 2) == 1; }, 10000));
    CHECK_FALSE(board.keysOffered());
    // li may operate window 2 (her account lists it) and could tap; the keys still do nothing.
    CHECK(windowRow(*li, 2).value(QStringLiteral("mayOperate")).toBool());
    board.select(2);
    for (const int key : {int(Qt::Key_Down), int(Qt::Key_F11), int(Qt::Key_F12)}) {
        CHECK(board.handleKey(key, Qt::NoModifier).isEmpty());
    }
    CHECK(board.handleKey(Qt::Key_R, Qt::ControlModifier).isEmpty());
    CHECK(board.selected() == 2);
    CHECK(board.moveFrom() == 0);
    CHECK_FALSE(board.actions()->busy());
    CHECK(board.actions()->errorCode().isEmpty());
    // And the desk does not read F11/F12/arrows either: nothing is sent from window 1.
    CHECK(li->handleKey(Qt::Key_F11, Qt::NoModifier).isEmpty());
    CHECK(li->handleKey(Qt::Key_F12, Qt::NoModifier).isEmpty());
    CHECK(li->handleKey(Qt::Key_Down, Qt::NoModifier).isEmpty());
    CHECK_FALSE(li->actions()->busy());
    CHECK(status(*li, 2) == QStringLiteral("open"));
    CHECK(assigned(*li, 2) == 1);
}
