// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor's view (admin device): every window, today's counts, device alerts, closing a
// window and moving the tickets waiting for it.
#include "counterfixture.h"
#include "supervisorboard.h"

#include <catch2/catch.hpp>

using namespace hall;
using namespace hall::test;

TEST_CASE("the supervisor sees every window and moves, closes and counts", "[supervisor]")
{
    CounterFixture f;
    const QString a1 = f.issue({QStringLiteral("marriage")});
    f.issue({QStringLiteral("marriage")});
    auto li = f.atWindow(QStringLiteral("counter-1"), QStringLiteral("li"), 1);
    auto s = f.supervisor();
    SupervisorBoard board;
    board.setController(s.get());
    CHECK(s->supervisor());
    CHECK(s->staffName().isEmpty());
    REQUIRE(waitUntil([&] { return s->windows()->rowCount() == 8; }, 10000));
    for (const QVariantMap& row : s->windows()->rows()) {
        CHECK(row.value(QStringLiteral("mayOperate")).toBool()); // an admin device may operate every window
    }
    REQUIRE(waitUntil([&] { return board.issued() == 2 && board.waiting() == 2; }, 10000));

    // Window 3 opens; li sends A001 there by name.
    auto wang = f.wang();
    REQUIRE(ok(wang->call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), 3}})));
    REQUIRE(act(*li, QStringLiteral("callNext")));
    REQUIRE(act(*li, QStringLiteral("transferWindow"), QStringLiteral("3")));
    REQUIRE(waitUntil([&] { return windowRow(*s, 3).value(QStringLiteral("assignedWaiting")).toInt() == 1; },
                      10000));
    CHECK(windowRow(*s, 3).value(QStringLiteral("status")).toString() == QStringLiteral("open"));
    CHECK(windowRow(*s, 1).value(QStringLiteral("staff")).toString() == QStringLiteral("li"));

    // Moved back to the marriage queue: window 1 sees it again.
    REQUIRE(board.moveWaiting(3, 0));
    CHECK(board.actions()->busyAction() == QStringLiteral("move:3"));
    REQUIRE(waitUntil([&] { return !board.actions()->busy(); }, 10000));
    CHECK(board.actions()->errorCode().isEmpty());
    REQUIRE(waitUntil([&] { return windowRow(*s, 3).value(QStringLiteral("assignedWaiting")).toInt() == 0; },
                      10000));
    REQUIRE(waitUntil([&] { return numbers(*li->waiting()).contains(a1); }, 10000));
    REQUIRE(board.moveWaiting(3, 0));
    REQUIRE(waitUntil([&] { return !board.actions()->busy(); }, 10000));
    CHECK(board.actions()->errorCode() == QStringLiteral("QUEUE_EMPTY"));

    REQUIRE(board.closeWindow(3));
    REQUIRE(waitUntil(
        [&] {
            return windowRow(*s, 3).value(QStringLiteral("status")).toString() == QStringLiteral("closed");
        },
        10000));

    // A window with a ticket in hand cannot be closed from afar.
    REQUIRE(act(*li, QStringLiteral("callNext")));
    REQUIRE(waitUntil([&] { return !windowRow(*s, 1).value(QStringLiteral("ticket")).toString().isEmpty(); },
                      10000));
    REQUIRE(board.closeWindow(1));
    REQUIRE(waitUntil([&] { return !board.actions()->busy(); }, 10000));
    CHECK(board.actions()->errorCode() == QStringLiteral("COUNTER_BUSY"));

    // Finishes and ratings reach today's counts.
    REQUIRE(act(*li, QStringLiteral("start")));
    REQUIRE(act(*li, QStringLiteral("finish")));
    li->rating()->rate(QStringLiteral("basic"));
    REQUIRE(waitUntil([&] { return board.finished() == 1 && board.basic() == 1; }, 10000));
    CHECK(windowRow(*s, 1).value(QStringLiteral("finished")).toInt() == 1);
}

TEST_CASE("a kiosk out of paper shows as an alert on the supervisor's screen", "[supervisor][frontend]")
{
    CounterFixture f;
    auto s = f.supervisor();
    // The hall day is 2026-11-24: the 2027 调休 arrangement is not entered, and the calendar says so
    // first, before any device alert.
    REQUIRE(waitUntil([&] { return s->alerts()->rowCount() == 1; }, 10000));
    CHECK(s->alerts()->get(0).value(QStringLiteral("kind")).toString() == QStringLiteral("calendar"));
    CHECK(s->alerts()
              ->get(0)
              .value(QStringLiteral("text"))
              .toString()
              .startsWith(QStringLiteral("2027 年的放假调休安排尚未录入")));
    REQUIRE(ok(f.kiosk->call(QStringLiteral("device.status"),
                             {{QStringLiteral("kind"), QStringLiteral("printer")},
                              {QStringLiteral("status"), QStringLiteral("paperOut")}})));
    REQUIRE(waitUntil([&] { return s->alerts()->rowCount() == 2; }, 10000));
    CHECK(s->alerts()->get(1).value(QStringLiteral("text")).toString() == QStringLiteral("1号取号机缺纸"));
    REQUIRE(ok(
        f.kiosk->call(QStringLiteral("device.status"), {{QStringLiteral("kind"), QStringLiteral("printer")},
                                                        {QStringLiteral("status"), QStringLiteral("ok")}})));
    REQUIRE(waitUntil([&] { return s->alerts()->rowCount() == 1; }, 10000));
}

TEST_CASE("the supervisor's view names the staff member serving at a window, not the one who opened it",
          "[supervisor][staff][frontend]")
{
    CounterFixture f;
    f.issue({QStringLiteral("marriage")});
    auto wang = f.wang();
    REQUIRE(ok(wang->call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), 1}})));
    auto s = f.supervisor();
    REQUIRE(waitUntil(
        [&] { return windowRow(*s, 1).value(QStringLiteral("staff")).toString() == QStringLiteral("wang"); },
        10000));

    // li chooses window 1, open under wang's name: choosing it takes it over.
    auto li = f.atWindow(QStringLiteral("counter-1"), QStringLiteral("li"), 1);
    CHECK(li->window() == 1);
    REQUIRE(waitUntil(
        [&] { return windowRow(*s, 1).value(QStringLiteral("staff")).toString() == QStringLiteral("li"); },
        10000));
    REQUIRE(act(*li, QStringLiteral("callNext")));
    CHECK(windowRow(*s, 1).value(QStringLiteral("staff")).toString() == QStringLiteral("li"));
}
