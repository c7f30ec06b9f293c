// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// hall-counter-screenshots: works a counter against a running hall-service and saves what staff
// see as docs/screenshots/counter-<scene>.png (`./hall screenshots`): idle, serving (also in
// English), the transfer dialog, the rating, and the supervisor view of an admin device with a
// kiosk out of paper (with its key hints, and the move's keyboard confirmation), and its 报表 tab
// (the month by window, its table, waits by hour of day, in English too); 指定叫号 (F7) and the
// resident's rating screen; the 预约 page with the day's certificate ceremonies and the 辅导 page
// with a counselling session booked; 代约 with a caller's booking and its audit.
#include "bookingdesk.h"
#include "callerbookingdesk.h"
#include "client/serviceclient.h"
#include "client/waituntil.h"
#include "counsellingdesk.h"
#include "counterapp.h"
#include "countercontroller.h"
#include "domain/idnumber.h"
#include "itemtree.h"
#include "reportboard.h"
#include "sceneshooter.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTextStream>

#include <algorithm>

namespace {

int failures = 0;

void settle()
{
    QElapsedTimer t;
    t.start();
    hall::waitUntil([&] { return t.elapsed() > 250; }, 1000);
}

/// Saves the window's scene; with HALL_LAYOUT_CHECK=1 also checks it in Chinese and in English.
void shoot(QQuickWindow* window, hall::CounterController* c, const QString& dir, const QString& scene)
{
    hall::SceneShooter shooter(window, dir, QStringLiteral("counter-%1.png"),
                               {{QStringLiteral("zh"), QStringLiteral("en")},
                                [c] { return c->english() ? 1 : 0; },
                                [c](int i) { c->setEnglish(i == 1); }});
    shooter.shoot(scene, 250);
    failures += shooter.failures();
}

void shoot(hall::CounterApp& app, const QString& dir, const QString& scene)
{
    shoot(app.window(), app.controller(), dir, scene);
}

/// The small screen facing the resident (评价器), when the counter has one.
void shootRatingWindow(hall::CounterApp& app, const QString& dir, const QString& scene)
{
    if (app.ratingWindow() == nullptr) {
        QTextStream(stderr) << "no rating window\n";
        ++failures;
        return;
    }
    shoot(app.ratingWindow(), app.controller(), dir, scene);
}

/// A key pressed and released on the window, as a keyboard sends it. The window is made the active
/// one first: the resident's rating screen beside the desk takes activation when it is shown, and a
/// window that is not active has no focused item to deliver keys to (the Ctrl+N tabs went nowhere).
void pressKey(QQuickWindow* window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    if (!window->isActive()) {
        window->requestActivate();
        hall::waitUntil([&] { return window->isActive(); }, 2000);
    }
    QKeyEvent down(QEvent::KeyPress, key, modifiers);
    QCoreApplication::sendEvent(window, &down);
    QKeyEvent up(QEvent::KeyRelease, key, modifiers);
    QCoreApplication::sendEvent(window, &up);
}

/// The result of a request, or nothing (said on stderr) when it was refused or not answered.
std::optional<QJsonObject> answer(hall::ServiceClient& client, const QString& op, const QJsonObject& args)
{
    std::optional<hall::ServiceReply> reply;
    client.request(op, args, [&](const hall::ServiceReply& r) { reply = r; });
    hall::waitUntil([&] { return reply.has_value(); }, 10000);
    if (!reply || !reply->ok) {
        QTextStream(stderr) << op << " refused: " << (reply ? reply->errorCode : QStringLiteral("no reply"))
                            << "\n";
        return std::nullopt;
    }
    return reply->result;
}

bool request(hall::ServiceClient& client, const QString& op, const QJsonObject& args)
{
    return answer(client, op, args).has_value();
}

/// A made-up resident's ID number (Dongcheng, Beijing) with its check character.
QString madeUpId(const QString& birth, int sequence)
{
    const QString first17 =
        QStringLiteral("110105") + birth + QStringLiteral("%1").arg(sequence, 3, 10, QChar(u'0'));
    return first17 + hall::IdNumber::checkCharacter(first17);
}

/// Today's certificate ceremonies for the 预约 page (tools/screenshots/booking-screenshots.json): a couple's
/// own at 10:30 and two couples of the winter collective ceremony at 14:00, booked as a kiosk does.
bool bookTodaysCeremonies(hall::ServiceClient& kiosk)
{
    const auto snapshot = answer(kiosk, QStringLiteral("hall.snapshot"), {});
    const QString today = snapshot ? snapshot->value(QLatin1String("day")).toString() : QString();
    const auto offered =
        answer(kiosk, QStringLiteral("booking.slots"),
               {{QStringLiteral("date"), today}, {QStringLiteral("type"), QStringLiteral("ceremony")}});
    if (!offered) {
        return false;
    }
    const auto startAt = [&](const QString& hhmm) {
        for (const QJsonValue& slot : offered->value(QLatin1String("slots")).toArray()) {
            if (slot.toObject()
                    .value(QLatin1String("start"))
                    .toString()
                    .contains(QLatin1String("T") + hhmm)) {
                return slot.toObject().value(QLatin1String("start"));
            }
        }
        return QJsonValue();
    };
    const QList<std::pair<QString, int>> couples{
        {QStringLiteral("10:30"), 1}, {QStringLiteral("14:00"), 2}, {QStringLiteral("14:00"), 3}};
    for (const auto& [at, n] : couples) {
        const QJsonArray parties{
            QJsonObject{{QStringLiteral("name"), QStringLiteral("吴%1").arg(n)},
                        {QStringLiteral("idNumber"), madeUpId(QStringLiteral("19910704"), 300 + 2 * n + 1)}},
            QJsonObject{{QStringLiteral("name"), QStringLiteral("郑%1").arg(n)},
                        {QStringLiteral("idNumber"), madeUpId(QStringLiteral("19930916"), 300 + 2 * n)}}};
        if (!request(kiosk, QStringLiteral("booking.create"),
                     {{QStringLiteral("requestId"), QStringLiteral("screenshots-ceremony-%1").arg(n)},
                      {QStringLiteral("type"), QStringLiteral("ceremony")},
                      {QStringLiteral("slotStart"), startAt(at)},
                      {QStringLiteral("parties"), parties},
                      {QStringLiteral("phone"), QStringLiteral("13800138000")}})) {
            return false;
        }
    }
    return true;
}

/// 辅导: a divorce application recorded at the 预约 page, its number typed on the 辅导 page (Ctrl+3)
/// and Enter, the second free slot of the counselling room tapped; the page then shows the session.
bool bookCounselling(hall::CounterApp& app)
{
    const auto bookingDesks = app.window()->findChildren<hall::BookingDesk*>();
    if (bookingDesks.size() != 1) {
        return false;
    }
    hall::BookingDesk* booking = bookingDesks.first();
    if (!booking->recordDivorce(QStringLiteral("张伟"), madeUpId(QStringLiteral("19890308"), 135),
                                QStringLiteral("李娜"), madeUpId(QStringLiteral("19900412"), 126)) ||
        !hall::waitUntil([&] { return !booking->actions()->busy(); }, 10000) ||
        !booking->actions()->errorCode().isEmpty()) {
        QTextStream(stderr) << "divorce application refused: " << booking->actions()->errorDetail() << "\n";
        return false;
    }
    const int application = booking->application().value(QStringLiteral("id")).toInt();
    pressKey(app.window(), Qt::Key_3, Qt::ControlModifier);
    const auto counsellingDesks = app.window()->findChildren<hall::CounsellingDesk*>();
    QQuickItem* number = nullptr;
    if (counsellingDesks.size() != 1 ||
        !hall::waitUntil(
            [&] {
                return (number =
                            hall::itemtree::find(app.window(), QStringLiteral("counsellingApplication")));
            },
            10000)) {
        return false;
    }
    hall::CounsellingDesk* desk = counsellingDesks.first();
    number->setProperty("text", QString::number(application));
    QMetaObject::invokeMethod(number, "accepted");
    if (!hall::waitUntil([&] { return desk->slotRows()->rowCount() > 1; }, 10000)) {
        QTextStream(stderr) << "no counselling slots: " << desk->actions()->errorDetail() << "\n";
        return false;
    }
    const QString chosen = desk->slotRows()->get(1).value(QStringLiteral("start")).toString();
    QQuickItem* slot = nullptr;
    if (!hall::waitUntil(
            [&] {
                return (slot =
                            hall::itemtree::find(app.window(), QStringLiteral("counsellingSlot_") + chosen));
            },
            10000)) {
        return false;
    }
    QMetaObject::invokeMethod(slot, "clicked");
    return hall::waitUntil([&] { return desk->sessions()->rowCount() == 1 && !desk->actions()->busy(); },
                           10000);
}

bool act(hall::CounterController* c, const QString& action)
{
    return c->perform(action) && hall::waitUntil([&] { return !c->actions()->busy(); }, 10000) &&
           c->actions()->errorCode().isEmpty();
}

/// 代约 (Ctrl+4): a caller's marriage booking made by phone for tomorrow's first slot, then moved at
/// the counter to the day after; the page shows the booking and its audit naming li.
bool bookForCaller(hall::CounterApp& app)
{
    pressKey(app.window(), Qt::Key_4, Qt::ControlModifier);
    const auto desks = app.window()->findChildren<hall::CallerBookingDesk*>();
    if (desks.size() != 1 || app.controller()->client() == nullptr) {
        return false;
    }
    hall::CallerBookingDesk* desk = desks.first();
    const QDate today = QDate::fromString(
        app.controller()->client()->snapshot().value(QLatin1String("day")).toString(), Qt::ISODate);
    const auto firstSlot = [&](int days) {
        desk->loadSlots(QStringLiteral("marriage"), today.addDays(days).toString(Qt::ISODate));
        hall::waitUntil([&] { return desk->slotRows()->rowCount() > 0 && !desk->reading(); }, 10000);
        return desk->slotRows()->rowCount() > 0
                   ? desk->slotRows()->get(0).value(QStringLiteral("start")).toString()
                   : QString();
    };
    const QString groom = madeUpId(QStringLiteral("19920615"), 411);
    const QString bride = madeUpId(QStringLiteral("19940820"), 402);
    const auto settled = [&](int lines) {
        return hall::waitUntil(
            [&] {
                return !desk->actions()->busy() && desk->auditText().count(QLatin1Char('\n')) + 1 == lines;
            },
            10000);
    };
    return desk->book(QStringLiteral("marriage"), firstSlot(1), groom, bride, QStringLiteral("13900139000"),
                      QStringLiteral("phone")) &&
           settled(1) && desk->move(desk->code(), bride, firstSlot(2), QStringLiteral("walkIn")) &&
           settled(2);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication qapp(argc, argv); // a QApplication: the 报表 charts (Qt Charts) need one
    const QStringList args = QApplication::arguments();
    const auto value = [&](const char* flag) {
        const qsizetype i = args.indexOf(QLatin1String(flag));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
    };
    const QString out = value("--out");
    const QUrl url(value("--url"));
    if (out.isEmpty() || !url.isValid() || value("--counter-token").isEmpty() ||
        value("--admin-token").isEmpty() || value("--kiosk-token").isEmpty() ||
        value("--password").isEmpty()) {
        QTextStream(stderr) << "usage: hall-counter-screenshots --out DIR --url URL --kiosk-token T "
                               "--counter-token T --admin-token T --password P (staff li, counters 1-3)\n";
        return 2;
    }
    QDir().mkpath(out);

    // A kiosk takes a few tickets and reports that its printer ran out of paper.
    hall::ServiceClient::Options k;
    k.url = url;
    k.role = QStringLiteral("kiosk");
    k.device = QStringLiteral("kiosk-1");
    k.token = value("--kiosk-token");
    k.subscribe = false;
    hall::ServiceClient kiosk(k);
    kiosk.start();
    const QList<std::pair<QStringList, QString>> tickets{
        {{QStringLiteral("marriage"), QStringLiteral("certificates")}, QStringLiteral("normal")},
        {{QStringLiteral("marriage")}, QStringLiteral("normal")},
        {{QStringLiteral("certificates")}, QStringLiteral("normal")},
        {{QStringLiteral("marriage")}, QStringLiteral("pregnant")},
        {{QStringLiteral("divorce")}, QStringLiteral("normal")},
        {{QStringLiteral("marriage")}, QStringLiteral("normal")},
    };
    for (const auto& [services, priority] : tickets) {
        if (!request(kiosk, QStringLiteral("ticket.issue"),
                     {{QStringLiteral("services"), QJsonArray::fromStringList(services)},
                      {QStringLiteral("priority"), priority},
                      {QStringLiteral("idRef"), QStringLiteral("110***********1234")},
                      {QStringLiteral("requestId"), hall::ServiceClient::newRequestId()}})) {
            return 1;
        }
    }
    request(kiosk, QStringLiteral("device.status"),
            {{QStringLiteral("kind"), QStringLiteral("printer")},
             {QStringLiteral("status"), QStringLiteral("paperOut")}});
    if (!bookTodaysCeremonies(kiosk)) {
        QTextStream(stderr) << "today's ceremonies could not be booked\n";
        return 1;
    }

    // Colleagues at windows 2 and 3, so a ticket can be sent there (refused if already open: fine).
    hall::ServiceClient::Options ad;
    ad.url = url;
    ad.role = QStringLiteral("admin");
    ad.device = QStringLiteral("admin-1");
    ad.token = value("--admin-token");
    ad.subscribe = false;
    hall::ServiceClient colleague(ad);
    colleague.start();
    for (int window : {2, 3}) {
        request(colleague, QStringLiteral("counter.open"), {{QStringLiteral("counter"), window}});
    }

    hall::CounterOptions o;
    o.controller.url = url;
    o.controller.device = QStringLiteral("counter-1");
    o.controller.token = value("--counter-token");
    o.controller.defaultUser = QStringLiteral("li");
    o.password = value("--password");
    o.window = 1;
    o.ratingWindow = true; // the resident's rating screen beside the desk
    hall::CounterApp app(o);
    if (!app.load()) {
        QTextStream(stderr) << app.error() << "\n";
        return 2;
    }
    app.start();
    hall::CounterController* c = app.controller();
    if (!hall::waitUntil(
            [&] {
                return c->stage() == hall::CounterController::Stage::Desk && c->waiting()->rowCount() > 0;
            },
            20000)) {
        QTextStream(stderr) << "the counter did not reach its desk\n";
        return 1;
    }
    shoot(app, out, QStringLiteral("idle"));
    // Every other tab (预约, 办件, 监控 and those other parts add), reached by Ctrl+N as staff do.
    const QList<QQuickItem*> tabs = hall::itemtree::findAll(app.window(), QStringLiteral("tab_"));
    for (qsizetype i = 1; i < tabs.size() && i < 9; ++i) {
        pressKey(app.window(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        shoot(app, out, QStringLiteral("tab-") + tabs.at(i)->objectName().mid(4));
    }
    // 预约 with the day's ceremonies; 辅导 with a session booked for a divorce application.
    pressKey(app.window(), Qt::Key_2, Qt::ControlModifier);
    const auto bookingDesks = app.window()->findChildren<hall::BookingDesk*>();
    if (!hall::waitUntil(
            [&] { return bookingDesks.size() == 1 && !bookingDesks.first()->ceremoniesText().isEmpty(); },
            10000)) {
        QTextStream(stderr) << "the 预约 page shows no ceremonies\n";
        ++failures;
    }
    shoot(app, out, QStringLiteral("ceremonies"));
    if (!bookCounselling(app)) {
        QTextStream(stderr) << "the counselling session could not be booked\n";
        return 1;
    }
    shoot(app, out, QStringLiteral("counselling"));
    if (!bookForCaller(app)) {
        QTextStream(stderr) << "the booking for a caller could not be made\n";
        return 1;
    }
    shoot(app, out, QStringLiteral("for-caller"));
    pressKey(app.window(), Qt::Key_1, Qt::ControlModifier);
    shootRatingWindow(app, out, QStringLiteral("rating-window-idle"));
    // 指定叫号 (F7): the waiting tickets of this window listed to tap, a field to type one.
    c->perform(QStringLiteral("callTicket"));
    settle();
    shoot(app, out, QStringLiteral("pick-dialog"));
    pressKey(app.window(), Qt::Key_Escape);
    settle();
    if (!act(c, QStringLiteral("callNext")) || !act(c, QStringLiteral("start"))) {
        QTextStream(stderr) << "could not call: " << c->actions()->errorCode() << "\n";
        return 1;
    }
    c->handleKey(Qt::Key_1, Qt::KeypadModifier); // the keypad entry shows under the number
    shoot(app, out, QStringLiteral("serving"));
    c->setEnglish(true);
    shoot(app, out, QStringLiteral("english-serving"));
    c->setEnglish(false);
    c->handleKey(Qt::Key_Escape, 0);
    c->perform(QStringLiteral("transfer"));
    shoot(app, out, QStringLiteral("transfer-dialog"));
    QQuickWindow* w = app.window();
    QKeyEvent esc(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QCoreApplication::sendEvent(w, &esc);
    settle();
    if (!act(c, QStringLiteral("finish"))) {
        QTextStream(stderr) << "could not finish: " << c->actions()->errorCode() << "\n";
        return 1;
    }
    shoot(app, out, QStringLiteral("rating"));
    shootRatingWindow(app, out, QStringLiteral("rating-window"));
    c->rating()->rate(QStringLiteral("satisfied"));
    hall::waitUntil([&] { return c->rating()->state() == hall::RatingPad::State::Thanked; }, 10000);
    c->rating()->dismiss();
    // A second window's ticket transferred to window 2, so the supervisor has something to move.
    act(c, QStringLiteral("callNext"));
    c->perform(QStringLiteral("transferWindow"), QStringLiteral("2"));
    hall::waitUntil([&] { return !c->actions()->busy(); }, 10000);

    hall::CounterOptions a;
    a.controller.url = url;
    a.controller.device = QStringLiteral("admin-1");
    a.controller.token = value("--admin-token");
    a.controller.role = QStringLiteral("admin");
    hall::CounterApp admin(a);
    if (!admin.load()) {
        return 2;
    }
    admin.start();
    hall::CounterController* s = admin.controller();
    hall::waitUntil(
        [&] {
            return s->stage() == hall::CounterController::Stage::ChooseWindow && !s->overview().isEmpty();
        },
        20000);
    shoot(admin, out, QStringLiteral("choose-window"));
    s->chooseWindow(0);
    hall::waitUntil([&] { return s->alerts()->rowCount() > 0; }, 5000);
    // Keys as staff press them: ↓ selects window 2 (the one with a ticket to move), so its buttons
    // show F11 and F12; then F12 opens the move's confirmation, 0 picks the queues.
    const auto press = [&](Qt::Key key) { pressKey(admin.window(), key); };
    press(Qt::Key_Down);
    shoot(admin, out, QStringLiteral("supervisor"));
    press(Qt::Key_F12);
    press(Qt::Key_0);
    shoot(admin, out, QStringLiteral("supervisor-move"));
    press(Qt::Key_Escape);

    // 报表: this month by window, then waits by hour of day, in both languages.
    if (QQuickItem* tab = hall::itemtree::find(admin.window(), QStringLiteral("tab_report"))) {
        QMetaObject::invokeMethod(tab, "clicked");
    }
    const auto boards = admin.window()->findChildren<hall::ReportBoard*>();
    if (boards.size() != 1) {
        QTextStream(stderr) << "no 报表 tab for the admin device\n";
        return 1;
    }
    hall::ReportBoard* board = boards.first();
    const auto loaded = [&] {
        return hall::waitUntil([&] { return board->loaded() && !board->busy(); }, 20000);
    };
    if (!loaded()) {
        QTextStream(stderr) << "the report did not come: " << board->actions()->errorDetail() << "\n";
        return 1;
    }
    // Each scene scrolled to its charts: the month by window, then the waits by hour of day.
    QQuickItem* scroller = hall::itemtree::find(admin.window(), QStringLiteral("reportScroller"));
    const auto scrollTo = [&](const QString& chart) {
        QQuickItem* item = nullptr;
        hall::waitUntil([&] { return (item = hall::itemtree::find(admin.window(), chart)) != nullptr; },
                        10000);
        if (scroller != nullptr && item != nullptr) {
            scroller->setProperty("contentY", 0);
            const qreal bottom =
                scroller->property("contentHeight").toReal() - scroller->property("height").toReal();
            const qreal top = item->mapToItem(scroller, QPointF(0, 0)).y() - 8;
            scroller->setProperty("contentY", std::max(0.0, std::min(top, bottom)));
        }
    };
    // The month at the top: the summary line and each day's tickets and errands served.
    shoot(admin, out, QStringLiteral("report-month"));
    scrollTo(QStringLiteral("groupCountChart"));
    shoot(admin, out, QStringLiteral("report"));
    // The table under the charts: names fixed, the figures scrolling sideways under a shown bar.
    scrollTo(QStringLiteral("reportTable"));
    shoot(admin, out, QStringLiteral("report-table"));
    s->setEnglish(true);
    shoot(admin, out, QStringLiteral("english-report-table"));
    s->setEnglish(false);
    board->setGrouping(QStringLiteral("hour"));
    loaded();
    scrollTo(QStringLiteral("hourChart"));
    shoot(admin, out, QStringLiteral("report-hours"));
    s->setEnglish(true);
    shoot(admin, out, QStringLiteral("english-report-hours"));
    s->setEnglish(false);

    // The login page of a counter nobody has signed in to yet.
    hall::CounterOptions fresh;
    fresh.controller.url = url;
    fresh.controller.device = QStringLiteral("counter-1");
    fresh.controller.token = value("--counter-token");
    hall::CounterApp login(fresh);
    if (!login.load()) {
        return 2;
    }
    login.start();
    hall::waitUntil([&] { return login.controller()->connection() == QLatin1String("connected"); }, 20000);
    shoot(login, out, QStringLiteral("login"));
    return failures == 0 ? 0 : 1;
}
