// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The counter's view-models against a real hall-service: log in, choose a window, work it through
// actions and keys, errors in plain words, the resident's rating.
#include "counterfixture.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace hall;
using namespace hall::test;

namespace {

QJsonObject serviceTicket(WsClient& client, const QString& number)
{
    return result(client.call(QStringLiteral("ticket.get"), {{QStringLiteral("ticket"), number}}))
        .value(QLatin1String("ticket"))
        .toObject();
}

} // namespace

TEST_CASE("a wrong password is refused in plain words and the login page stays", "[controller][frontend]")
{
    CounterFixture f;
    CounterController c(f.options(QStringLiteral("counter-1")));
    c.start();
    CHECK(c.connection() == QStringLiteral("idle"));
    c.login(QStringLiteral("li"), QStringLiteral("wrong-password"));
    CHECK(c.loginBusy());
    REQUIRE(waitUntil([&] { return !c.loginError().isEmpty(); }, 20000));
    CHECK(c.loginError() == QStringLiteral("用户名或密码错误"));
    CHECK(c.stage() == CounterController::Stage::Login);
    CHECK_FALSE(c.loginBusy());
    CHECK(c.client() == nullptr);
    // The next try works: a refusal does not leave the client stuck.
    c.login(QStringLiteral("li"), QStringLiteral("secret-pass"));
    REQUIRE(waitUntil([&] { return c.stage() == CounterController::Stage::ChooseWindow; }, 20000));
    CHECK(c.loginError().isEmpty());
}

TEST_CASE("staff choose among the windows their account allows", "[controller][frontend]")
{
    CounterFixture f;
    CounterController c(f.options(QStringLiteral("counter-1")));
    c.login(QStringLiteral("li"), QStringLiteral("secret-pass"));
    REQUIRE(waitUntil([&] { return c.windows()->rowCount() == 8 && !c.overview().isEmpty(); }, 20000));
    REQUIRE(waitUntil([&] { return c.staffName() == QStringLiteral("测试员"); }, 5000));
    QList<int> allowed;
    for (const QVariantMap& row : c.windows()->rows()) {
        if (row.value(QStringLiteral("mayOperate")).toBool()) {
            allowed.append(row.value(QStringLiteral("number")).toInt());
        }
    }
    CHECK(allowed == QList<int>{1, 2});
    c.chooseWindow(3);
    REQUIRE(waitUntil([&] { return !c.actions()->busy(); }, 10000));
    CHECK(c.actions()->errorCode() == QStringLiteral("FORBIDDEN"));
    CHECK(c.actions()->error() == QStringLiteral("您的账号不能操作这个窗口"));
    CHECK(c.stage() == CounterController::Stage::ChooseWindow);
    CHECK(c.handleKey(Qt::Key_2, Qt::KeypadModifier) == QStringLiteral("window:2")); // the window's number
    REQUIRE(waitUntil([&] { return c.stage() == CounterController::Stage::Desk; }, 10000));
    CHECK(c.window() == 2);
    REQUIRE(waitUntil([&] { return c.windowStatus() == QStringLiteral("open"); }, 10000));
    CHECK(c.windowName() == QStringLiteral("2号窗口"));
}

TEST_CASE("a window is worked: call, recall, start, finish, and the resident rates it", "[controller]")
{
    CounterFixture f;
    const QString number =
        f.issue({QStringLiteral("marriage"), QStringLiteral("certificates")}, QStringLiteral("pregnant"));
    auto c = f.atWindow(QStringLiteral("counter-1"), QStringLiteral("li"), 1);
    REQUIRE(waitUntil([&] { return numbers(*c->waiting()) == QStringList{number}; }, 10000));
    CHECK(c->available().contains(QStringLiteral("callNext")));
    CHECK_FALSE(c->available().contains(QStringLiteral("finish")));

    REQUIRE(act(*c, QStringLiteral("callNext")));
    REQUIRE(waitUntil([&] { return c->ticket()->number() == number; }, 10000));
    CHECK(c->ticket()->state() == QStringLiteral("called"));
    CHECK(c->ticket()->errands() ==
          QStringList{QStringLiteral("结婚登记"), QStringLiteral("补领证件与婚姻档案")});
    CHECK(c->ticket()->currentErrand() == 0);
    CHECK(c->ticket()->priorityText() == QStringLiteral("孕妇优先"));
    CHECK(c->ticket()->idRef() == QStringLiteral("110***********1234"));
    CHECK(c->waiting()->rowCount() == 0);
    CHECK(c->available().contains(QStringLiteral("recall")));

    REQUIRE(act(*c, QStringLiteral("recall")));
    REQUIRE(waitUntil([&] { return c->ticket()->recalls() == 1; }, 10000));
    REQUIRE(act(*c, QStringLiteral("start")));
    REQUIRE(waitUntil([&] { return c->ticket()->state() == QStringLiteral("serving"); }, 10000));
    CHECK(c->available().contains(QStringLiteral("finish")));

    QString ratedTicket;
    QObject::connect(c->rating(), &RatingPad::rated, [&](const QString& t) { ratedTicket = t; });
    REQUIRE(act(*c, QStringLiteral("finish")));
    CHECK(c->rating()->state() == RatingPad::State::Asking);
    CHECK(c->rating()->ticket() == number);
    // One-stop: the ticket goes on to certificates, which window 1 also serves.
    REQUIRE(waitUntil(
        [&] { return !c->ticket()->present() && numbers(*c->waiting()) == QStringList{number}; }, 10000));

    c->rating()->rate(QStringLiteral("satisfied"));
    REQUIRE(waitUntil([&] { return c->rating()->state() == RatingPad::State::Thanked; }, 10000));
    CHECK(ratedTicket == number);
    auto wang = f.wang();
    const QJsonObject stored = serviceTicket(*wang, number);
    CHECK(stored.value(QLatin1String("errands")).toArray().at(0).toObject().value(QLatin1String("rating")) ==
          QStringLiteral("satisfied"));
    // The next errand is not rated (no rating is written as none or left out).
    const QString next = stored.value(QLatin1String("errands"))
                             .toArray()
                             .at(1)
                             .toObject()
                             .value(QLatin1String("rating"))
                             .toString();
    CHECK((next.isEmpty() || next == QStringLiteral("none")));
    REQUIRE(waitUntil([&] { return c->rating()->state() == RatingPad::State::Idle; }, 10000));
}

TEST_CASE("errors are shown in plain words and a second press while waiting sends nothing",
          "[controller][frontend]")
{
    CounterFixture f;
    auto c = f.atWindow(QStringLiteral("counter-1"), QStringLiteral("li"), 1);
    CHECK_FALSE(act(*c, QStringLiteral("callNext")));
    CHECK(c->actions()->errorCode() == QStringLiteral("QUEUE_EMPTY"));
    CHECK(c->actions()->error() == QStringLiteral("本窗口的业务暂时没有人等候"));
    CHECK_FALSE(c->actions()->errorDetail().isEmpty()); // the service's own words, e.g. "1号窗口没有等候的号"

    const QString number = f.issue({QStringLiteral("marriage")});
    REQUIRE(waitUntil([&] { return c->waiting()->rowCount() == 1; }, 10000));
    REQUIRE(c->perform(QStringLiteral("callNext")));
    CHECK(c->actions()->busyAction() == QStringLiteral("callNext"));
    CHECK(c->actions()->error().isEmpty()); // a new press clears the old error
    CHECK_FALSE(c->perform(QStringLiteral("callNext")));
    CHECK_FALSE(c->perform(QStringLiteral("recall")));
    REQUIRE(waitUntil([&] { return !c->actions()->busy(); }, 10000));
    REQUIRE(waitUntil([&] { return c->ticket()->number() == number; }, 10000));
    CHECK_FALSE(act(*c, QStringLiteral("finish")));
    CHECK(c->actions()->errorCode() == QStringLiteral("INVALID_TRANSITION"));
    CHECK_FALSE(act(*c, QStringLiteral("close")));
    CHECK(c->actions()->errorCode() == QStringLiteral("COUNTER_BUSY"));
    CHECK(c->actions()->error() == QStringLiteral("手上还有号：请先办结、过号或转办"));
    CHECK_FALSE(c->perform(QStringLiteral("noSuchAction")));
}

TEST_CASE("keys: F1 calls, keypad digits call a particular ticket, F9 and the keypad dot pause",
          "[controller][keys][frontend]")
{
    CounterFixture f;
    const QString a1 = f.issue({QStringLiteral("marriage")});
    const QString a2 = f.issue({QStringLiteral("marriage")});
    const QString c1 = f.issue({QStringLiteral("certificates")});
    auto c = f.atWindow(QStringLiteral("counter-1"), QStringLiteral("li"), 1);
    REQUIRE(waitUntil([&] { return c->waiting()->rowCount() == 3; }, 10000));

    // "1" matches A001 and C001: nothing is called, the screen says why.
    CHECK(c->handleKey(Qt::Key_1, Qt::KeypadModifier) == QStringLiteral("digit:1"));
    CHECK(c->keypadEntry() == QStringLiteral("1"));
    c->handleKey(Qt::Key_Enter, Qt::KeypadModifier);
    CHECK(c->keypadEntry().isEmpty());
    CHECK(c->actions()->errorCode() == QStringLiteral("AMBIGUOUS"));
    CHECK_FALSE(c->ticket()->present());
    c->handleKey(Qt::Key_Escape, Qt::NoModifier);
    CHECK(c->actions()->errorCode().isEmpty());

    c->handleKey(Qt::Key_9, Qt::KeypadModifier);
    c->handleKey(Qt::Key_Enter, Qt::KeypadModifier);
    CHECK(c->actions()->errorCode() == QStringLiteral("NO_MATCH"));

    c->handleKey(Qt::Key_0, Qt::KeypadModifier);
    c->handleKey(Qt::Key_0, Qt::KeypadModifier);
    c->handleKey(Qt::Key_2, Qt::KeypadModifier);
    c->handleKey(Qt::Key_7, Qt::KeypadModifier); // at most three digits
    CHECK(c->keypadEntry() == QStringLiteral("002"));
    c->handleKey(Qt::Key_Enter, Qt::KeypadModifier);
    REQUIRE(waitUntil([&] { return c->ticket()->number() == a2; }, 10000));
    // The view of a commit arrives before its reply: each key waits until the last one is answered.
    REQUIRE(waitUntil([&] { return !c->actions()->busy(); }, 10000));

    c->handleKey(Qt::Key_Asterisk, Qt::KeypadModifier); // start
    REQUIRE(waitUntil([&] { return c->ticket()->state() == QStringLiteral("serving"); }, 10000));
    REQUIRE(waitUntil([&] { return !c->actions()->busy(); }, 10000));
    c->handleKey(Qt::Key_Slash, Qt::KeypadModifier); // finish
    REQUIRE(waitUntil([&] { return !c->actions()->busy() && !c->ticket()->present(); }, 10000));
    c->rating()->dismiss();

    c->handleKey(Qt::Key_F9, Qt::NoModifier);
    REQUIRE(waitUntil([&] { return c->windowStatus() == QStringLiteral("paused"); }, 10000));
    REQUIRE(waitUntil([&] { return !c->actions()->busy(); }, 10000));
    c->handleKey(Qt::Key_F1, Qt::NoModifier);
    REQUIRE(waitUntil([&] { return !c->actions()->busy(); }, 10000));
    CHECK(c->actions()->errorCode() == QStringLiteral("COUNTER_PAUSED"));
    c->handleKey(Qt::Key_Period, Qt::KeypadModifier);
    REQUIRE(waitUntil([&] { return c->windowStatus() == QStringLiteral("open"); }, 10000));
    REQUIRE(waitUntil([&] { return !c->actions()->busy(); }, 10000));

    c->handleKey(Qt::Key_Enter, Qt::KeypadModifier); // nothing typed: call next
    REQUIRE(waitUntil([&] { return c->ticket()->number() == a1; }, 10000));
    CHECK(numbers(*c->waiting()) == QStringList{c1});

    // Dialog keys ask the page for their dialog.
    QStringList dialogs;
    QObject::connect(c.get(), &CounterController::dialogRequested,
                     [&](const QString& d) { dialogs.append(d); });
    c->handleKey(Qt::Key_F6, Qt::NoModifier);
    c->handleKey(Qt::Key_F7, Qt::NoModifier);
    c->handleKey(Qt::Key_F8, Qt::NoModifier);
    CHECK(dialogs ==
          QStringList{QStringLiteral("transfer"), QStringLiteral("callTicket"), QStringLiteral("requeue")});
}

TEST_CASE("transfer to a service or a window, set aside and re-queue", "[controller][frontend]")
{
    CounterFixture f;
    const QString a1 = f.issue({QStringLiteral("marriage")});
    const QString a2 = f.issue({QStringLiteral("marriage")});
    const QString a3 = f.issue({QStringLiteral("marriage")});
    auto wang = f.wang();
    REQUIRE(ok(wang->call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), 2}})));
    auto c = f.atWindow(QStringLiteral("counter-1"), QStringLiteral("li"), 1);

    REQUIRE(act(*c, QStringLiteral("callNext")));
    REQUIRE(act(*c, QStringLiteral("transferService"), QStringLiteral("divorce")));
    REQUIRE(waitUntil([&] { return !c->ticket()->present(); }, 10000));
    CHECK_FALSE(numbers(*c->waiting()).contains(a1)); // window 1 does not serve divorce
    CHECK(result(wang->call(QStringLiteral("ticket.get"), {{QStringLiteral("ticket"), a1}}))
              .value(QLatin1String("ticket"))
              .toObject()
              .value(QLatin1String("errands"))
              .toArray()
              .at(0)
              .toObject()
              .value(QLatin1String("service")) == QStringLiteral("divorce"));

    REQUIRE(act(*c, QStringLiteral("callNext")));
    REQUIRE(waitUntil([&] { return c->ticket()->number() == a2; }, 10000));
    REQUIRE(act(*c, QStringLiteral("transferWindow"), QStringLiteral("2")));
    REQUIRE(waitUntil([&] { return !c->ticket()->present(); }, 10000));
    CHECK(numbers(*c->waiting()) == QStringList{a3}); // A002 waits for window 2 alone

    REQUIRE(act(*c, QStringLiteral("callNext")));
    REQUIRE(act(*c, QStringLiteral("setAside")));
    REQUIRE(waitUntil([&] { return numbers(*c->setAside()) == QStringList{a3}; }, 10000));
    CHECK(c->available().contains(QStringLiteral("requeue")));
    REQUIRE(act(*c, QStringLiteral("requeue"), a3.toLower())); // typed in lower case
    REQUIRE(waitUntil(
        [&] { return numbers(*c->waiting()) == QStringList{a3} && c->setAside()->rowCount() == 0; }, 10000));
    CHECK_FALSE(act(*c, QStringLiteral("call"), QStringLiteral("A999")));
    CHECK(c->actions()->errorCode() == QStringLiteral("UNKNOWN_TICKET"));
}
