// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: a real hall-service on loopback, the kiosk's pages offscreen in this process, and
// touches on the pages as a resident makes them.
#include "client/serviceclient.h"
#include "domain/idnumber.h"
#include "hallprocess.h"
#include "idnumbers.h"
#include "kioskapp.h"
#include "kioskshell.h"
#include "printer/simulatedprinter.h"
#include "printer/ticketprinter.h"
#include "qr/codescanner.h"
#include "touchscript.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>

using namespace hall;
using namespace Qt::StringLiterals;
using hall::test::waitUntil;

namespace {

/// A resident born on 8 March 1951: 75 on the test hall's day (2026-11-24).
const QString kElderId =
    test::validIdNumber(QStringLiteral("110105"), QStringLiteral("19510308"), QStringLiteral("123"));

struct Journey
{
    KioskApp& app;
    TouchScript touch{app.window()};
    bool finished = false;

    explicit Journey(KioskApp& a) : app(a)
    {
        QObject::connect(a.controller()->ticketFlow(), &hall::TicketFlow::journeyFinished,
                         [this] { finished = true; });
    }
    void tap(const QString& name)
    {
        INFO("tapping " << name.toStdString());
        REQUIRE(touch.tapWhenReady(name));
    }
    void takeTicket()
    {
        finished = false;
        tap(QStringLiteral("takeTicket"));
        REQUIRE(waitUntil([&] { return finished; }, 20000));
    }
    void takeTicketFromRetry()
    {
        finished = false;
        tap(QStringLiteral("retry"));
        REQUIRE(waitUntil([&] { return finished; }, 20000));
    }
    QString shownDigits() const
    {
        QQuickItem* digits = touch.find(QStringLiteral("digits"));
        return digits != nullptr ? digits->property("text").toString() : QString();
    }
};

/// Asks the service, as an admin device, how it holds a ticket.
QJsonObject serviceTicket(test::HallProcess& hall, const QString& adminToken, const QString& number)
{
    ServiceClient::Options o;
    o.url = hall.url();
    o.role = QStringLiteral("admin");
    o.device = QStringLiteral("admin-1");
    o.token = adminToken;
    o.subscribe = false;
    ServiceClient admin(o);
    admin.start();
    std::optional<ServiceReply> reply;
    admin.request(QStringLiteral("ticket.get"), {{u"ticket"_s, number}},
                  [&](const ServiceReply& r) { reply = r; });
    REQUIRE(waitUntil([&] { return reply.has_value(); }));
    INFO(reply->errorCode.toStdString());
    REQUIRE(reply->ok);
    return reply->result.value(u"ticket"_s).toObject();
}

/// What the service knows of a device's printer, as an admin sees it in the snapshot.
QString reportedPrinterStatus(test::HallProcess& hall, const QString& adminToken, const QString& device)
{
    ServiceClient::Options o;
    o.url = hall.url();
    o.role = QStringLiteral("admin");
    o.device = QStringLiteral("admin-1");
    o.token = adminToken;
    o.subscribe = false;
    ServiceClient admin(o);
    admin.start();
    std::optional<ServiceReply> reply;
    admin.request(QStringLiteral("hall.snapshot"), {}, [&](const ServiceReply& r) { reply = r; });
    REQUIRE(waitUntil([&] { return reply.has_value(); }));
    REQUIRE(reply->ok);
    for (const QJsonValue& d : reply->result.value(u"devices"_s).toArray()) {
        const QJsonObject o2 = d.toObject();
        if (o2.value(u"device"_s).toString() == device &&
            o2.value(u"kind"_s).toString() == QLatin1String("printer")) {
            return o2.value(u"status"_s).toString();
        }
    }
    return {};
}

} // namespace

TEST_CASE("resident journey: two errands with an elder's ID printed, then paper out, service down and back")
{
    test::HallProcess hall;
    const QString token = hall.addDevice(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
    const QString adminToken = hall.addDevice(QStringLiteral("admin"), QStringLiteral("admin-1"));
    REQUIRE(hall.start());
    const quint16 port = hall.port();

    QTemporaryDir paper;
    KioskOptions options;
    options.url = hall.url();
    options.token = token;
    options.printer = {{u"backend"_s, u"simulated"_s}, {u"outputDir"_s, paper.path()}};
    options.backoffMaxMs = 200;
    options.journey.offlineAfterMs = 300;
    KioskApp app(options);
    REQUIRE(app.load());
    app.start();
    KioskShell* kiosk = app.controller();
    Journey j(app);
    REQUIRE(waitUntil(
        [&] { return kiosk->serviceAvailable() && kiosk->ticketFlow()->services()->rowCount() == 11; }));
    REQUIRE(waitUntil([&] { return app.printer()->isReady(); }));

    // Social assistance (D, tile 3) first, then elderly services (E, tile 4): one ticket, two errands.
    j.tap(QStringLiteral("homeTile_3"));
    j.tap(QStringLiteral("chooseTile_4"));
    j.tap(QStringLiteral("chooseNext"));
    for (const QChar c : kElderId) {
        j.tap(QStringLiteral("key_") + c);
        // What the screen shows never holds the birth date.
        CHECK_FALSE(j.shownDigits().remove(u' ').contains(QStringLiteral("1951")));
    }
    CHECK(j.shownDigits().remove(u' ') == QStringLiteral("110105********") + kElderId.right(4));
    j.takeTicket();

    REQUIRE(kiosk->page() == KioskShell::Page::Ticket);
    const QString number = kiosk->ticketFlow()->ticket()->number();
    CHECK(number.startsWith(u'D'));
    CHECK(kiosk->ticketFlow()->ticket()->printState() == IssuedTicket::PrintState::Printed);
    CHECK(kiosk->ticketFlow()->idInput()->isEmpty());

    // The printed ticket's QR decodes to this ticket.
    SimulatedPrinter* device = app.simulatedPrinter();
    REQUIRE(device != nullptr);
    const QImage printed(device->lastSavedFile());
    REQUIRE_FALSE(printed.isNull());
    CHECK(CodeScanner::decode(printed) == QStringLiteral("hall:ticket/2026-11-24/") + number);

    // The service holds it as an elder's ticket for both errands, with the ID masked.
    const QJsonObject held = serviceTicket(hall, adminToken, number);
    CHECK(held.value(u"priority"_s).toString() == QLatin1String("elder"));
    const QJsonArray errands = held.value(u"errands"_s).toArray();
    REQUIRE(errands.size() == 2);
    CHECK(errands[0].toObject().value(u"service"_s).toString() == QLatin1String("assistance"));
    CHECK(errands[1].toObject().value(u"service"_s).toString() == QLatin1String("elderly"));
    CHECK(held.value(u"idRef"_s).toString() == QStringLiteral("110***********") + kElderId.right(4));

    SECTION("the same person cannot take a second ticket for the same errand")
    {
        j.tap(QStringLiteral("done"));
        j.tap(QStringLiteral("homeTile_4"));
        j.tap(QStringLiteral("chooseNext"));
        for (const QChar c : kElderId) {
            j.tap(QStringLiteral("key_") + c);
        }
        j.takeTicket();
        CHECK(kiosk->page() == KioskShell::Page::Refused);
        CHECK(kiosk->ticketFlow()->refusal()->kind() == Refusal::Kind::Duplicate);
        CHECK(kiosk->ticketFlow()->refusal()->heldTicket() == number);
    }

    SECTION("paper out: the ticket is on screen and its QR scans from the screen")
    {
        device->loadPaper(0);
        app.printer()->refreshStatus();
        REQUIRE(waitUntil([&] { return !app.printer()->isReady(); }));
        j.tap(QStringLiteral("done"));
        j.tap(QStringLiteral("homeTile_0"));
        j.tap(QStringLiteral("chooseNext"));
        j.takeTicket();
        REQUIRE(kiosk->page() == KioskShell::Page::Ticket);
        CHECK(kiosk->ticketFlow()->ticket()->printState() == IssuedTicket::PrintState::NotPrinted);
        CHECK(kiosk->printer()->problem() == PrintStation::Problem::PaperOut);
        REQUIRE(j.touch.find(QStringLiteral("printerProblem")) != nullptr);
        REQUIRE(waitUntil([&] {
            return CodeScanner::decode(app.window()->grabWindow()) ==
                   QStringLiteral("hall:ticket/2026-11-24/") + kiosk->ticketFlow()->ticket()->number();
        }));
        // The service was told, so staff see it.
        REQUIRE(waitUntil(
            [&] { return reportedPrinterStatus(hall, adminToken, u"kiosk-1"_s) == u"paperOut"_s; }));
        // Paper back in: staff see that too.
        device->loadPaper(-1);
        app.printer()->refreshStatus();
        REQUIRE(waitUntil([&] { return reportedPrinterStatus(hall, adminToken, u"kiosk-1"_s) == u"ok"_s; }));
    }

    SECTION("service down: unavailable; back on the same port: a ticket works")
    {
        j.tap(QStringLiteral("done"));
        hall.kill();
        REQUIRE(waitUntil([&] { return kiosk->connection() == QLatin1String("offline"); }));
        CHECK_FALSE(kiosk->serviceAvailable());
        CHECK(j.touch.find(QStringLiteral("startTicket")) == nullptr); // disabled
        CHECK(j.touch.find(QStringLiteral("homeTile_0")) == nullptr);

        REQUIRE(hall.start({QStringLiteral("--port"), QString::number(port)}));
        REQUIRE(hall.port() == port);
        REQUIRE(waitUntil([&] { return kiosk->serviceAvailable(); }, 20000));
        CHECK(kiosk->connection() == QLatin1String("connected"));
        // The restarted service keeps device reports in memory only: the kiosk reports again.
        REQUIRE(waitUntil([&] { return reportedPrinterStatus(hall, adminToken, u"kiosk-1"_s) == u"ok"_s; }));
        j.tap(QStringLiteral("homeTile_1"));
        j.tap(QStringLiteral("chooseNext"));
        j.takeTicket();
        REQUIRE(kiosk->page() == KioskShell::Page::Ticket);
        CHECK(kiosk->ticketFlow()->ticket()->number() == QStringLiteral("B001"));
        CHECK(kiosk->ticketFlow()->ticket()->printState() == IssuedTicket::PrintState::Printed);
    }

    SECTION("a ticket asked for while the service is down arrives once it is back, exactly once")
    {
        j.tap(QStringLiteral("done"));
        j.tap(QStringLiteral("homeTile_2"));
        j.tap(QStringLiteral("chooseNext"));
        hall.kill();
        REQUIRE(waitUntil([&] { return !kiosk->serviceAvailable(); }));
        j.finished = false;
        j.tap(QStringLiteral("takeTicket"));
        REQUIRE(hall.start({QStringLiteral("--port"), QString::number(port)}));
        REQUIRE(waitUntil([&] { return j.finished; }, 20000));
        if (kiosk->page() == KioskShell::Page::Refused) {
            // Slower than the kiosk's patience: the resident retries, with the same request.
            CHECK(kiosk->ticketFlow()->refusal()->kind() == Refusal::Kind::Unreachable);
            j.takeTicketFromRetry();
        }
        REQUIRE(kiosk->page() == KioskShell::Page::Ticket);
        CHECK(kiosk->ticketFlow()->ticket()->number() == QStringLiteral("C001"));
        CHECK(serviceTicket(hall, adminToken, QStringLiteral("C001")).value(u"state"_s) ==
              QLatin1String("waiting"));
    }
}

TEST_CASE("hall-kiosk --self-test takes a ticket from a real service, and fails when refused", "[frontend]")
{
    test::HallProcess hall;
    const QString token = hall.addDevice(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
    REQUIRE(hall.start());
    QTemporaryDir paper;
    const auto run = [&](const QString& useToken) {
        QProcess kiosk;
        kiosk.start(QStringLiteral(HALL_KIOSK_PATH),
                    {QStringLiteral("--self-test"), QStringLiteral("--url"), hall.url().toString(),
                     QStringLiteral("--token"), useToken, QStringLiteral("--printer-output"), paper.path()});
        REQUIRE(kiosk.waitForFinished(60000));
        INFO(kiosk.readAllStandardOutput().toStdString());
        return kiosk.exitStatus() == QProcess::NormalExit ? kiosk.exitCode() : -1;
    };
    CHECK(run(token) == 0);
    CHECK(QDir(paper.path()).entryList({QStringLiteral("ticket-*.png")}).size() == 1);
    CHECK(run(QStringLiteral("not-the-token")) == 1);
}

TEST_CASE("refusals from a real service reach the resident in words: quota, hours, invalid ID", "[frontend]")
{
    // The default hall with marriage limited to one ticket a day and divorce issued from 11:00.
    QFile defaults(QStringLiteral(HALL_DEFAULT_CONFIG));
    REQUIRE(defaults.open(QIODevice::ReadOnly));
    QJsonObject config = QJsonDocument::fromJson(defaults.readAll()).object();
    QJsonArray services = config.value(QStringLiteral("services")).toArray();
    QJsonObject marriage = services[0].toObject();
    QJsonObject divorce = services[1].toObject();
    REQUIRE(marriage.value(QStringLiteral("id")).toString() == QLatin1String("marriage"));
    REQUIRE(divorce.value(QStringLiteral("id")).toString() == QLatin1String("divorce"));
    marriage.insert(QStringLiteral("dailyQuota"), 1);
    divorce.insert(QStringLiteral("issueFrom"), QStringLiteral("11:00"));
    services[0] = marriage;
    services[1] = divorce;
    config.insert(QStringLiteral("services"), services);
    QTemporaryDir dir;
    QFile hallConfig(dir.filePath(QStringLiteral("hall.json")));
    REQUIRE(hallConfig.open(QIODevice::WriteOnly));
    hallConfig.write(QJsonDocument(config).toJson());
    hallConfig.close();

    test::HallProcess hall;
    const QString token = hall.addDevice(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
    REQUIRE(hall.start({QStringLiteral("--hall-config"), hallConfig.fileName()}));
    KioskOptions options;
    options.url = hall.url();
    options.token = token;
    options.printer = {{QStringLiteral("backend"), QStringLiteral("none")}};
    KioskApp app(options);
    REQUIRE(app.load());
    app.start();
    KioskShell* kiosk = app.controller();
    Journey j(app);
    REQUIRE(waitUntil(
        [&] { return kiosk->serviceAvailable() && kiosk->ticketFlow()->services()->rowCount() == 11; }));
    const auto headline = [&] {
        QQuickItem* item = j.touch.find(QStringLiteral("refusalHeadline"));
        return item != nullptr ? item->property("text").toString() : QString();
    };
    const auto attempt = [&](const QString& tile, const QString& id = {}) {
        j.tap(tile);
        j.tap(QStringLiteral("chooseNext"));
        for (const QChar c : id) {
            j.tap(QStringLiteral("key_") + c);
        }
        j.takeTicket();
    };

    attempt(QStringLiteral("homeTile_0"));
    REQUIRE(kiosk->page() == KioskShell::Page::Ticket);
    CHECK(kiosk->ticketFlow()->ticket()->number() == QStringLiteral("A001"));
    j.tap(QStringLiteral("done"));

    attempt(QStringLiteral("homeTile_0"));
    REQUIRE(kiosk->page() == KioskShell::Page::Refused);
    CHECK(headline() == QStringLiteral("今日号已取完"));
    j.tap(QStringLiteral("refusalHome"));

    attempt(QStringLiteral("homeTile_1"));
    REQUIRE(kiosk->page() == KioskShell::Page::Refused);
    CHECK(headline() == QStringLiteral("现在不是取号时间"));
    j.tap(QStringLiteral("refusalHome"));

    QString wrong = kElderId;
    wrong[17] = wrong[17] == u'1' ? u'2' : u'1'; // a wrong check character
    attempt(QStringLiteral("homeTile_2"), wrong);
    REQUIRE(kiosk->page() == KioskShell::Page::Refused);
    CHECK(headline() == QStringLiteral("身份证号码无效"));
    j.tap(QStringLiteral("refusalBack")); // "重新输入": back to the ID page, errands kept
    CHECK(kiosk->page() == KioskShell::Page::Identify);
    CHECK(kiosk->ticketFlow()->services()->selectedIds() == QStringList{QStringLiteral("certificates")});

    // The keypad says so itself, by the core's rule: a future birth date or a made-up province.
    const auto hint = [&] {
        QQuickItem* item = j.touch.find(QStringLiteral("idHint"));
        return item != nullptr && item->isVisible() ? item->property("text").toString() : QString();
    };
    for (const QString& first17 :
         {QStringLiteral("11010520990101002"), QStringLiteral("99010519800101002")}) {
        kiosk->ticketFlow()->idInput()->setTyped(first17 + IdNumber::checkCharacter(first17));
        REQUIRE(kiosk->ticketFlow()->idInput()->isInvalid());
        CHECK(hint() == QStringLiteral("身份证号码无效，请核对后重新输入"));
    }
    kiosk->ticketFlow()->idInput()->setTyped(kElderId);
    CHECK(hint().isEmpty());
}
