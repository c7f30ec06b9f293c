// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The pages offscreen in-process, against a real service, driven the way staff drive them: keys
// into the window, clicks on buttons, the transfer dialog, the rating turned to the resident, and
// the English translation.
#include "counterapp.h"
#include "counterfixture.h"
#include "domain/idnumber.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

using namespace hall;
using namespace hall::test;

namespace {

QQuickItem* findItem(QQuickItem* item, const QString& name)
{
    if (item == nullptr || !item->isVisible()) {
        return nullptr;
    }
    if (item->objectName() == name) {
        return item;
    }
    const auto children = item->childItems();
    for (QQuickItem* child : children) {
        if (QQuickItem* found = findItem(child, name)) {
            return found;
        }
    }
    return nullptr;
}

struct Desk
{
    CounterFixture& f;
    std::unique_ptr<CounterApp> app;

    /// li at window 1, or (`admin`) the supervisor device watching the hall without a window.
    explicit Desk(CounterFixture& fixture, bool admin = false) : f(fixture)
    {
        CounterOptions o;
        if (admin) {
            o.controller = f.options(QStringLiteral("admin-1"));
        } else {
            o.controller = f.options(QStringLiteral("counter-1"));
            o.controller.defaultUser = QStringLiteral("li");
            o.password = QStringLiteral("secret-pass");
            o.window = 1;
        }
        app = std::make_unique<CounterApp>(o);
        REQUIRE(app->load());
        app->start();
        if (admin) {
            REQUIRE(waitUntil(
                [&] {
                    return c()->stage() == CounterController::Stage::ChooseWindow &&
                           !c()->overview().isEmpty();
                },
                20000));
            c()->chooseWindow(0);
        }
        REQUIRE(waitUntil(
            [&] {
                return c()->stage() == CounterController::Stage::Desk &&
                       (admin || c()->windowStatus() == QStringLiteral("open"));
            },
            20000));
        REQUIRE(QTest::qWaitForWindowExposed(app->window()));
        app->window()->requestActivate();
        REQUIRE(QTest::qWaitForWindowActive(app->window()));
    }
    CounterController* c() const { return app->controller(); }
    QQuickItem* find(const QString& name) const { return findItem(app->window()->contentItem(), name); }
    QQuickItem* waitFor(const QString& name) const
    {
        QQuickItem* item = nullptr;
        waitUntil(
            [&] {
                item = find(name);
                return item != nullptr && item->isEnabled();
            },
            10000);
        return item;
    }
    void click(const QString& name) const
    {
        QQuickItem* item = waitFor(name);
        INFO("clicking " << name.toStdString());
        REQUIRE(item != nullptr);
        REQUIRE(item->isEnabled());
        // A popup centres itself once its content is laid out: aim after it has settled.
        QPointF before;
        waitUntil(
            [&] {
                const QPointF now = item->mapToScene(QPointF(0, 0));
                const bool still = now == before;
                before = now;
                QTest::qWait(50);
                return still;
            },
            2000);
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QTest::mouseClick(app->window(), Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    }
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) const
    {
        QTest::keyClick(app->window(), static_cast<Qt::Key>(key), modifiers);
    }
    QString text(const QString& name) const
    {
        QQuickItem* item = find(name);
        return item != nullptr ? item->property("text").toString() : QString();
    }
};

} // namespace

TEST_CASE("pages: keys and buttons work the window, the transfer dialog sends a ticket on",
          "[pages][frontend]")
{
    CounterFixture f;
    const QString a1 = f.issue({QStringLiteral("marriage")});
    const QString a2 = f.issue({QStringLiteral("marriage")});
    auto wang = f.wang();
    REQUIRE(ok(wang->call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), 3}})));
    Desk d(f);
    REQUIRE(waitUntil([&] { return d.find(QStringLiteral("waiting_") + a2) != nullptr; }, 10000));

    d.key(Qt::Key_F1);
    REQUIRE(waitUntil([&] { return d.text(QStringLiteral("currentNumber")) == a1; }, 10000));
    CHECK(d.text(QStringLiteral("currentState")) == QStringLiteral("已呼叫，等群众到窗口"));
    // The view of a commit arrives before its reply: the call is still in flight for a moment.
    REQUIRE(waitUntil([&] { return !d.c()->actions()->busy(); }, 10000));
    d.click(QStringLiteral("action_start"));
    REQUIRE(waitUntil([&] { return d.c()->ticket()->state() == QStringLiteral("serving"); }, 10000));

    d.key(Qt::Key_F6);
    // Only another window that takes tickets is offered: 3 (open), not 1 (this one) or 2 (closed),
    // and its number key does nothing for a closed one.
    REQUIRE(waitUntil([&] { return d.find(QStringLiteral("transferWindow_3")) != nullptr; }, 5000));
    CHECK(d.find(QStringLiteral("transferWindow_3"))->isEnabled());
    CHECK_FALSE(d.find(QStringLiteral("transferWindow_2"))->isEnabled());
    CHECK_FALSE(d.find(QStringLiteral("transferWindow_1"))->isEnabled());
    d.key(Qt::Key_2);
    QTest::qWait(200);
    CHECK(d.find(QStringLiteral("transferCancel")) != nullptr);
    CHECK(d.c()->ticket()->state() == QStringLiteral("serving"));
    d.click(QStringLiteral("transferService_certificates"));
    REQUIRE(waitUntil([&] { return !d.c()->ticket()->present(); }, 10000));
    CHECK(d.text(QStringLiteral("currentNumber")) == QStringLiteral("—"));
    // Window 1 also serves certificates: A001 is back in its list, under its new service.
    REQUIRE(waitUntil([&] { return d.find(QStringLiteral("waiting_") + a1) != nullptr; }, 10000));

    // A tap on a waiting ticket calls it.
    d.click(QStringLiteral("waiting_") + a2);
    REQUIRE(waitUntil([&] { return d.c()->ticket()->number() == a2; }, 10000));
    REQUIRE(waitUntil([&] { return !d.c()->actions()->busy(); }, 10000));
    d.key(Qt::Key_Asterisk, Qt::KeypadModifier);
    REQUIRE(waitUntil([&] { return d.c()->ticket()->state() == QStringLiteral("serving"); }, 10000));
    REQUIRE(waitUntil([&] { return !d.c()->actions()->busy(); }, 10000));
    // Close while serving: refused, and the page says why.
    d.key(Qt::Key_F10);
    REQUIRE(waitUntil([&] { return d.find(QStringLiteral("errorBox")) != nullptr; }, 10000));
    CHECK(d.c()->actions()->errorCode() == QStringLiteral("COUNTER_BUSY"));
    CHECK(d.text(QStringLiteral("errorText")).startsWith(QStringLiteral("手上还有号：请先办结、过号或转办")));
}

TEST_CASE("pages: after the finish the rating is turned to the resident and stored", "[pages][frontend]")
{
    CounterFixture f;
    const QString a1 = f.issue({QStringLiteral("marriage")});
    Desk d(f);
    d.key(Qt::Key_Enter, Qt::KeypadModifier);
    REQUIRE(waitUntil([&] { return d.c()->ticket()->number() == a1; }, 10000));
    REQUIRE(waitUntil([&] { return !d.c()->actions()->busy(); }, 10000));
    d.key(Qt::Key_F3);
    REQUIRE(waitUntil([&] { return d.c()->ticket()->state() == QStringLiteral("serving"); }, 10000));
    REQUIRE(waitUntil([&] { return !d.c()->actions()->busy(); }, 10000));
    d.key(Qt::Key_F4);
    REQUIRE(waitUntil([&] { return d.find(QStringLiteral("ratingOverlay")) != nullptr; }, 10000));
    d.click(QStringLiteral("rate_basic"));
    REQUIRE(waitUntil([&] { return d.c()->rating()->state() == RatingPad::State::Thanked; }, 10000));
    auto wang = f.wang();
    const QJsonObject t = result(wang->call(QStringLiteral("ticket.get"), {{QStringLiteral("ticket"), a1}}));
    CHECK(t.value(QLatin1String("ticket"))
              .toObject()
              .value(QLatin1String("errands"))
              .toArray()
              .at(0)
              .toObject()
              .value(QLatin1String("rating")) == QStringLiteral("basic"));
    REQUIRE(waitUntil([&] { return d.find(QStringLiteral("ratingOverlay")) == nullptr; }, 10000));
}

TEST_CASE("pages: the English switch translates the desk, and the monitor tab shows the hall",
          "[pages][i18n][frontend]")
{
    CounterFixture f;
    Desk d(f);
    CHECK(d.find(QStringLiteral("action_callNext"))->property("text").toString() ==
          QStringLiteral("叫下一位"));
    d.click(QStringLiteral("languageSwitch"));
    REQUIRE(waitUntil([&] { return d.c()->english(); }, 5000));
    REQUIRE(waitUntil(
        [&] {
            return d.find(QStringLiteral("action_callNext"))->property("text").toString() ==
                   QStringLiteral("Call next");
        },
        5000));
    CHECK(d.text(QStringLiteral("waitingTitle")).startsWith(QStringLiteral("Waiting (0)")));
    CHECK(d.find(QStringLiteral("action_callNext"))->property("hint").toString() ==
          QStringLiteral("F1 / keypad Enter"));
    d.click(QStringLiteral("tab_monitor"));
    REQUIRE(waitUntil([&] { return d.find(QStringLiteral("supervisorWindows")) != nullptr; }, 5000));
    CHECK(d.find(QStringLiteral("waitingList")) == nullptr);
    d.key(Qt::Key_1, Qt::ControlModifier); // Ctrl+1: the first tab, calling
    REQUIRE(waitUntil([&] { return d.find(QStringLiteral("waitingList")) != nullptr; }, 5000));
    d.click(QStringLiteral("languageSwitch"));
}

TEST_CASE("pages: with a rating window the resident rates on the second screen, the desk stays free",
          "[pages][frontend]")
{
    CounterFixture f;
    const QString a1 = f.issue({QStringLiteral("marriage")});
    CounterOptions o;
    o.controller = f.options(QStringLiteral("counter-1"));
    o.controller.defaultUser = QStringLiteral("li");
    o.password = QStringLiteral("secret-pass");
    o.window = 1;
    o.ratingWindow = true;
    CounterApp app(o);
    REQUIRE(app.load());
    REQUIRE(app.ratingWindow() != nullptr);
    app.start();
    CounterController* c = app.controller();
    REQUIRE(waitUntil([&] { return c->stage() == CounterController::Stage::Desk; }, 20000));
    REQUIRE(act(*c, QStringLiteral("callNext")));
    REQUIRE(act(*c, QStringLiteral("start")));
    REQUIRE(act(*c, QStringLiteral("finish")));
    QQuickItem* panel = nullptr;
    REQUIRE(waitUntil(
        [&] {
            panel = findItem(app.ratingWindow()->contentItem(), QStringLiteral("rate_unsatisfied"));
            return panel != nullptr;
        },
        10000));
    CHECK(findItem(app.window()->contentItem(), QStringLiteral("ratingOverlay")) == nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(app.ratingWindow()));
    const QPointF centre = panel->mapToScene(QPointF(panel->width() / 2, panel->height() / 2));
    QTest::mouseClick(app.ratingWindow(), Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    REQUIRE(waitUntil([&] { return c->rating()->state() == RatingPad::State::Thanked; }, 10000));
    auto wang = f.wang();
    const QJsonObject t = result(wang->call(QStringLiteral("ticket.get"), {{QStringLiteral("ticket"), a1}}));
    CHECK(t.value(QLatin1String("ticket"))
              .toObject()
              .value(QLatin1String("errands"))
              .toArray()
              .at(0)
              .toObject()
              .value(QLatin1String("rating")) == QStringLiteral("unsatisfied"));
}

TEST_CASE("pages: a supervisor works the monitor by key, the hints on its buttons",
          "[pages][supervisor][keys][frontend]")
{
    CounterFixture f;
    f.issue({QStringLiteral("marriage")});
    auto li = f.atWindow(QStringLiteral("counter-1"), QStringLiteral("li"), 1);
    auto wang = f.wang();
    REQUIRE(ok(wang->call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), 3}})));
    REQUIRE(act(*li, QStringLiteral("callNext")));
    REQUIRE(act(*li, QStringLiteral("transferWindow"), QStringLiteral("3")));

    Desk d(f, true);
    REQUIRE(waitUntil([&] { return d.find(QStringLiteral("supervisorWindows")) != nullptr; }, 5000));
    REQUIRE(waitUntil([&] { return d.find(QStringLiteral("move_3")) != nullptr; }, 10000));
    CHECK(d.find(QStringLiteral("refreshOverview"))->property("hint").toString() == QStringLiteral("Ctrl+R"));
    // Window 1 is selected first: its close button shows F11, window 3's none until selected.
    REQUIRE(waitUntil(
        [&] {
            return d.find(QStringLiteral("close_1"))->property("hint").toString() == QStringLiteral("F11");
        },
        5000));
    CHECK(d.find(QStringLiteral("close_3"))->property("hint").toString().isEmpty());
    d.key(Qt::Key_Down);
    d.key(Qt::Key_Down);
    REQUIRE(waitUntil(
        [&] {
            return d.find(QStringLiteral("close_3"))->property("hint").toString() == QStringLiteral("F11");
        },
        5000));
    CHECK(d.find(QStringLiteral("move_3"))->property("hint").toString() == QStringLiteral("F12"));
    CHECK(d.find(QStringLiteral("close_1"))->property("hint").toString().isEmpty());

    // F12: the confirmation shows; Esc closes it and nothing moved.
    d.key(Qt::Key_F12);
    REQUIRE(waitUntil([&] { return d.find(QStringLiteral("moveConfirm")) != nullptr; }, 5000));
    CHECK(d.find(QStringLiteral("moveConfirm"))->property("hint").toString() == QStringLiteral("Enter"));
    CHECK(d.find(QStringLiteral("moveToQueue"))->property("hint").toString() == QStringLiteral("0"));
    d.key(Qt::Key_Escape);
    REQUIRE(waitUntil([&] { return d.find(QStringLiteral("moveConfirm")) == nullptr; }, 5000));
    // F12, 0, Enter: back to the queue.
    d.key(Qt::Key_F12);
    REQUIRE(waitUntil([&] { return d.find(QStringLiteral("moveConfirm")) != nullptr; }, 5000));
    d.key(Qt::Key_0);
    d.key(Qt::Key_Return);
    REQUIRE(waitUntil([&] { return d.find(QStringLiteral("move_3")) == nullptr; }, 10000));
    CHECK(d.find(QStringLiteral("moveConfirm")) == nullptr);
    // F11 closes window 3, once the move is answered: its row can change (the event) before the reply,
    // and while an action is in flight the buttons are greyed and a key does nothing, as staff see.
    REQUIRE(
        waitUntil([&] { return d.find(QStringLiteral("close_3"))->property("enabled").toBool(); }, 10000));
    d.key(Qt::Key_F11);
    REQUIRE(waitUntil([&] { return d.find(QStringLiteral("close_3")) == nullptr; }, 10000));
    CHECK(d.text(QStringLiteral("boardError")).isEmpty());
}

TEST_CASE("pages: staff on the monitor tab see no monitor keys, and the keys do nothing",
          "[pages][supervisor][keys][frontend]")
{
    CounterFixture f;
    Desk d(f);
    d.click(QStringLiteral("tab_monitor"));
    REQUIRE(waitUntil([&] { return d.find(QStringLiteral("close_1")) != nullptr; }, 5000));
    CHECK(d.find(QStringLiteral("close_1"))->property("hint").toString().isEmpty());
    CHECK(d.find(QStringLiteral("refreshOverview"))->property("hint").toString().isEmpty());
    d.key(Qt::Key_F11);
    d.key(Qt::Key_Down);
    d.key(Qt::Key_F12);
    QTest::qWait(300);
    CHECK_FALSE(d.c()->actions()->busy());
    CHECK(d.find(QStringLiteral("moveConfirm")) == nullptr);
    CHECK(d.c()->windowStatus() == QStringLiteral("open"));
    CHECK(d.c()->stage() == CounterController::Stage::Desk);
    // The desk's keys still work on this tab: F9 pauses window 1.
    d.key(Qt::Key_F9);
    REQUIRE(waitUntil([&] { return d.c()->windowStatus() == QStringLiteral("paused"); }, 10000));
}

TEST_CASE("pages: 代约 books, moves and cancels for a caller by keyboard, the audit names the staff member",
          "[pages][booking]")
{
    const auto person = [](const QString& birth, const QString& sequence) {
        const QString first17 = QStringLiteral("110105") + birth + sequence;
        return first17 + IdNumber::checkCharacter(first17);
    };
    const QString groom = person(QStringLiteral("19950308"), QStringLiteral("135"));
    const QString bride = person(QStringLiteral("19970412"), QStringLiteral("126"));
    CounterFixture f; // the hall on Tuesday 2026-11-24, 10:00; booking opens the day after
    Desk d(f);
    d.key(Qt::Key_4, Qt::ControlModifier); // 叫号 | 预约 | 辅导 | 代约
    REQUIRE(d.waitFor(QStringLiteral("callerDate")) != nullptr);
    REQUIRE(waitUntil([&] { return d.find(QStringLiteral("callerType"))->property("count").toInt() > 0; },
                      10000));
    CHECK(d.find(QStringLiteral("callerType"))->property("currentValue").toString() ==
          QStringLiteral("marriage"));
    const auto type = [&](const QString& field, const QString& text) {
        d.click(field);
        QTest::keyClick(d.app->window(), Qt::Key_A, Qt::ControlModifier);
        for (const QChar c : text) {
            QTest::keyClick(d.app->window(), c.toLatin1());
        }
    };
    const auto slotsOf = [&](const QString& date) {
        type(QStringLiteral("callerDate"), date);
        d.key(Qt::Key_Return); // Enter in the date reads its slots; the desk's keys ignore it
        REQUIRE(waitUntil(
            [&] {
                return d.find(QStringLiteral("callerSlot"))
                    ->property("currentValue")
                    .toString()
                    .startsWith(date + QStringLiteral("T09:00"));
            },
            10000));
    };
    const auto auditLines = [&] {
        return d.text(QStringLiteral("callerAudit")).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    };

    // Booked by phone: the couple's numbers, the phone; the code and one audit line naming li.
    slotsOf(QStringLiteral("2026-11-25"));
    type(QStringLiteral("callerFirstId"), groom);
    type(QStringLiteral("callerSecondId"), bride);
    type(QStringLiteral("callerPhone"), QStringLiteral("13800138000"));
    d.click(QStringLiteral("callerBook"));
    REQUIRE(waitUntil([&] { return auditLines().size() == 1; }, 15000));
    CHECK(d.c()->windowStatus() == QStringLiteral("open")); // Enter in a field called nobody
    const QString code = d.text(QStringLiteral("callerCode"));
    CHECK(code.size() == 8);
    CHECK(d.text(QStringLiteral("callerBooking")).contains(QStringLiteral("2026-11-25")));
    CHECK(d.text(QStringLiteral("callerBooking")).contains(QStringLiteral("110***********")));
    CHECK_FALSE(d.text(QStringLiteral("callerBooking")).contains(groom));
    CHECK(auditLines().at(0).contains(QStringLiteral("代约 li 电话")));

    // Moved for a caller at the counter to the next day: the same code, a second line 改约 … 现场.
    slotsOf(QStringLiteral("2026-11-26"));
    type(QStringLiteral("callerProofId"), bride);
    d.click(QStringLiteral("callerWalkIn"));
    d.click(QStringLiteral("callerMove"));
    REQUIRE(waitUntil([&] { return auditLines().size() == 2; }, 15000));
    CHECK(d.text(QStringLiteral("callerBooking")).startsWith(code + QStringLiteral("  2026-11-26")));
    CHECK(auditLines().at(1).contains(QStringLiteral("改约 li 现场")));

    // Somebody else's number cannot cancel it: refused in words, nothing changes.
    type(QStringLiteral("callerProofId"), person(QStringLiteral("19800101"), QStringLiteral("013")));
    d.click(QStringLiteral("callerCancel"));
    REQUIRE(waitUntil([&] { return !d.text(QStringLiteral("callerError")).isEmpty(); }, 15000));
    CHECK(auditLines().size() == 2);

    // Cancelled by phone with the groom's number: a third line.
    type(QStringLiteral("callerProofId"), groom);
    d.click(QStringLiteral("callerByPhone"));
    d.click(QStringLiteral("callerCancel"));
    REQUIRE(waitUntil([&] { return auditLines().size() == 3; }, 15000));
    CHECK(auditLines().at(2).contains(QStringLiteral("取消 li 电话")));
    CHECK(d.text(QStringLiteral("callerBooking")).contains(QStringLiteral("已取消")));
}
