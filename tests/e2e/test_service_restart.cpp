// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The hall end to end. A real hall-service on loopback; a kiosk (KioskShell and its own
// ServiceClient, as hall-kiosk runs it) takes tickets; two counter clients (CounterController, as
// hall-counter runs it, logged in as two staff members) call, recall, start and finish them; a
// lobby display (LobbyApp, pages offscreen, voice recorded) shows and announces the calls. In the
// middle the service is killed (SIGKILL) and restarted on the same port: all three come back by
// themselves and show the service's truth, and no call is announced twice or lost.
#include "client/serviceclient.h"
#include "countercontroller.h"
#include "displayrig.h"
#include "hallprocess.h"
#include "hallscript.h"
#include "kioskshell.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& l) { return l.join(u", ").toStdString(); }
};
} // namespace Catch

using namespace hall;
using namespace Qt::StringLiterals;
using hall::test::waitUntil;

namespace {

/// The resident kiosk's controller with its own connection (no printer: the ticket is on screen).
struct Kiosk
{
    std::unique_ptr<ServiceClient> client;
    std::unique_ptr<KioskShell> controller;
    bool finished = false;

    Kiosk(const QUrl& url, const QString& token)
    {
        ServiceClient::Options o;
        o.url = url;
        o.role = u"kiosk"_s;
        o.device = u"kiosk-1"_s;
        o.token = token;
        o.backoffMaxMs = 500;
        client = std::make_unique<ServiceClient>(o);
        controller = std::make_unique<KioskShell>(client.get(), nullptr, KioskShell::Options{});
        QObject::connect(controller.get()->ticketFlow(), &hall::TicketFlow::journeyFinished,
                         [this] { finished = true; });
        client->start();
        REQUIRE(waitUntil([&] {
            return controller->serviceAvailable() && controller->ticketFlow()->services()->rowCount() > 0;
        }));
    }
    /// A resident takes a ticket for `service` the way the pages do it; its number.
    QString take(const QString& service)
    {
        finished = false;
        controller->startTicket(service);
        controller->ticketFlow()->next();
        controller->ticketFlow()->submit();
        REQUIRE(waitUntil([&] { return finished; }, 20000));
        REQUIRE(controller->page() == KioskShell::Page::Ticket);
        const QString number = controller->ticketFlow()->ticket()->number();
        controller->reset();
        return number;
    }
};

/// One counter client: a staff member logged in at a window.
struct Desk
{
    CounterController controller;
    int window;
    QString answered; ///< ticket number in the last successful reply

    Desk(const QUrl& url, const QString& device, const QString& token, const QString& user, int number)
        : controller(CounterController::Options{url, device, token}), window(number)
    {
        QObject::connect(controller.actions(), &DeskActions::succeeded,
                         [this](const QString&, const QJsonObject& r) {
                             answered = r.value(u"ticket"_s).toObject().value(u"number"_s).toString();
                         });
        controller.start();
        controller.login(user, u"secret-pass"_s);
        REQUIRE(waitUntil([&] { return controller.stage() == CounterController::Stage::ChooseWindow; }));
        REQUIRE(waitUntil([&] { return controller.windows()->rowCount() > 0; }));
        controller.chooseWindow(number);
        REQUIRE(waitUntil([&] { return controller.stage() == CounterController::Stage::Desk; }));
    }
    /// Presses `action` once the desk is free and waits for the answer; the ticket it concerned, and
    /// waits until the desk's own view shows what the service holds.
    QString press(const QString& action)
    {
        REQUIRE(waitUntil(
            [&] { return !controller.actions()->busy() && controller.connection() == u"connected"_s; },
            20000));
        INFO(action.toStdString());
        REQUIRE(controller.perform(action));
        REQUIRE(waitUntil([&] { return !controller.actions()->busy(); }, 20000));
        INFO(controller.actions()->errorCode().toStdString());
        REQUIRE(controller.actions()->errorCode().isEmpty());
        const bool inHand = action != u"finish"_s;
        REQUIRE(waitUntil([&] { return controller.ticket()->number() == (inHand ? answered : QString()); }));
        return answered;
    }
    QString call(QStringList& expected)
    {
        const QString t = press(u"callNext"_s);
        expected << t + u"@"_s + QString::number(window);
        return t;
    }
    void recall(QStringList& expected)
    {
        const QString t = press(u"recall"_s);
        expected << t + u"@"_s + QString::number(window) + u"R"_s;
    }
    void serve()
    {
        press(u"start"_s);
        press(u"finish"_s);
    }
};

/// What the service holds, asked by an admin device: the windows as the lobby shows them, the recent
/// calls in the lobby's form, and the waiting figures.
struct Truth
{
    QList<WindowListModel::Window> windows;
    QStringList calls;
    QList<ServiceFiguresModel::Figures> services;
};

Truth serviceTruth(HallScript& admin)
{
    const ServiceReply r = admin.run(u"hall.snapshot"_s);
    INFO(r.errorCode.toStdString() << ": " << r.errorMessage.toStdString());
    REQUIRE(r.ok);
    Truth t;
    for (const QJsonValue& c : r.result.value(u"counters"_s).toArray()) {
        t.windows << WindowListModel::Window::fromJson(c.toObject());
    }
    for (const QJsonValue& v : r.result.value(u"recentCalls"_s).toArray()) {
        const QJsonObject c = v.toObject();
        t.calls << QStringLiteral("%1@%2%3")
                       .arg(c.value(u"ticket"_s).toString())
                       .arg(c.value(u"counter"_s).toInt())
                       .arg(QLatin1String(c.value(u"recall"_s).toBool() ? "R" : ""));
    }
    ServiceFiguresModel figures;
    figures.setServices(r.result.value(u"services"_s).toArray());
    t.services = figures.services();
    return t;
}

/// The display shows exactly the service's truth.
bool displayShowsTruth(test::DisplayRig& d, HallScript& admin)
{
    const Truth t = serviceTruth(admin);
    return d.lobby()->windows()->windows() == t.windows && d.shownCalls() == t.calls &&
           d.lobby()->services()->services() == t.services;
}

} // namespace

TEST_CASE("kiosk, two counters and the lobby, with the service killed and restarted mid-stream")
{
    test::HallProcess hall;
    const QString kioskToken = hall.addDevice(u"kiosk"_s, u"kiosk-1"_s);
    const QString counter1Token = hall.addDevice(u"counter"_s, u"counter-1"_s);
    const QString counter2Token = hall.addDevice(u"counter"_s, u"counter-2"_s);
    const QString lobbyToken = hall.addDevice(u"display"_s, u"lobby-1"_s);
    const QString adminToken = hall.addDevice(u"admin"_s, u"admin-1"_s);
    hall.addStaff(u"li"_s, u"1"_s);
    hall.addStaff(u"wang"_s, u"2"_s);
    // The admin below polls hall.snapshot for the truth (until the lobby, whose pushes are paced up
    // to a second, shows it), far above a real client's budgets.
    const QStringList polled{u"--snapshot-rate"_s, u"100000"_s, u"--snapshot-burst"_s, u"100000"_s,
                             u"--rate-limit"_s,    u"100000"_s, u"--rate-burst"_s,     u"100000"_s};
    REQUIRE(hall.start(polled));
    const quint16 port = hall.port();

    test::DisplayRig display(hall.url(), u"lobby-1"_s, lobbyToken);
    REQUIRE(waitUntil([&] { return display.lobby()->windows()->rowCount() == 8; }));
    Kiosk kiosk(hall.url(), kioskToken);
    Desk desk1(hall.url(), u"counter-1"_s, counter1Token, u"li"_s, 1);
    Desk desk2(hall.url(), u"counter-2"_s, counter2Token, u"wang"_s, 2);
    HallScript admin(hall.url(), u"admin-1"_s, adminToken); // only reads the truth
    REQUIRE(admin.waitReady());

    // Marriage: windows 1 and 2 both serve it first.
    QStringList issued;
    for (int i = 0; i < 6; ++i) {
        issued << kiosk.take(u"marriage"_s);
    }
    CHECK(issued == QStringList{u"A001"_s, u"A002"_s, u"A003"_s, u"A004"_s, u"A005"_s, u"A006"_s});

    QStringList expected; // every call, in the order the counters made them
    CHECK(desk1.call(expected) == u"A001"_s);
    CHECK(desk2.call(expected) == u"A002"_s);
    desk1.recall(expected); // A001 did not come: called again
    desk1.serve();
    CHECK(desk1.call(expected) == u"A003"_s);
    desk2.serve();

    // The lobby shows the latest call large, the calls newest first and each window's state; the
    // announcer got every call in order, the recall marked.
    REQUIRE(waitUntil([&] { return display.spoken() == expected; }));
    CHECK(expected == QStringList{u"A001@1"_s, u"A002@2"_s, u"A001@1R"_s, u"A003@1"_s});
    REQUIRE(waitUntil([&] { return displayShowsTruth(display, admin); }));
    CHECK(display.lobby()->latestTicket() == u"A003"_s);
    CHECK(display.lobby()->latestCounterName() == u"1号窗口"_s);
    CHECK(display.shownCalls() == QStringList{u"A003@1"_s, u"A001@1R"_s, u"A002@2"_s, u"A001@1"_s});
    CHECK(display.windowText(1).contains(u"请 A003 号"_s));
    CHECK(display.windowText(2).contains(u"等候叫号"_s));
    CHECK(screenquery::find(display.app->window(), u"latestTicket"_s)->property("text").toString() ==
          u"A003"_s);
    REQUIRE(waitUntil([&] { return display.player->played.size() == 4; }));
    CHECK(display.player->played.at(2).last().endsWith(u"chonghu.wav"_s));

    // Kill the service mid-stream. Everyone notices; the lobby keeps the last picture meanwhile.
    hall.kill();
    REQUIRE(waitUntil([&] {
        return display.lobby()->connection() == u"reconnecting"_s && !kiosk.controller->serviceAvailable() &&
               desk1.controller.connection() != u"connected"_s &&
               desk2.controller.connection() != u"connected"_s;
    }));
    CHECK(display.lobby()->latestTicket() == u"A003"_s);

    REQUIRE(hall.start(polled + QStringList{u"--port"_s, QString::number(port)}));
    REQUIRE(admin.waitReady());
    // All three come back by themselves and show the truth: A003 still called at window 1.
    REQUIRE(waitUntil(
        [&] {
            return display.lobby()->connection() == u"connected"_s && kiosk.controller->serviceAvailable() &&
                   desk1.controller.connection() == u"connected"_s &&
                   desk2.controller.connection() == u"connected"_s;
        },
        30000));
    REQUIRE(waitUntil([&] { return desk1.controller.ticket()->number() == u"A003"_s; }));
    CHECK_FALSE(desk2.controller.ticket()->present());
    REQUIRE(waitUntil([&] { return displayShowsTruth(display, admin); }));

    // The hall goes on: calls at both windows, a recall, a new ticket. (The restarted test service
    // runs its clock from 10:00 again, so a ticket taken now would sort before A004: it comes last.)
    CHECK(desk2.call(expected) == u"A004"_s);
    desk2.recall(expected);
    desk1.serve();
    CHECK(desk1.call(expected) == u"A005"_s);
    CHECK(kiosk.take(u"marriage"_s) == u"A007"_s);
    REQUIRE(waitUntil([&] { return display.spoken() == expected; }));
    CHECK(display.spoken() == expected); // each call once, none lost across the restart
    REQUIRE(waitUntil([&] { return displayShowsTruth(display, admin); }));
    CHECK(display.lobby()->latestTicket() == u"A005"_s);
    CHECK(display.windowText(2).contains(u"请 A004 号"_s));
    REQUIRE(waitUntil([&] { return display.player->played.size() == expected.size(); }));

    // Nothing the display received or shows identifies a person.
    const QString wire = QString::fromUtf8(QJsonDocument(display.app->client()->snapshot()).toJson());
    CHECK_FALSE(wire.contains(u"idRef"_s));
    CHECK_FALSE(wire.contains(u"测试员"_s)); // the staff members' name
    CHECK_FALSE(screenquery::visibleTexts(display.app->window()).join(u'|').contains(u"测试员"_s));
}
