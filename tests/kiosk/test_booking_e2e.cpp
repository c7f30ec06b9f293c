// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// End to end, booking: a real hall-service on loopback with its residents' pages, the kiosk's pages
// offscreen in this process, the simulated ID-card reader and printer. Book through the pages, decode
// the printed confirmation's QR code (the booking page's address: the page opens), check in with it as
// a keyboard-wedge scan on the day (the ticket's QR opens its page too), and see the counter call the
// appointment ticket before a resident who came earlier.
#include "bookingflow.h"
#include "checkinflow.h"
#include "client/serviceclient.h"
#include "hallprocess.h"
#include "httpget.h"
#include "idcard/simulatedidcardreader.h"
#include "idnumbers.h"
#include "kioskapp.h"
#include "kioskshell.h"
#include "printer/simulatedprinter.h"
#include "printer/ticketprinter.h"
#include "qr/codescanner.h"
#include "touchscript.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtQuickTest/quicktest.h>

using namespace hall;
using namespace Qt::StringLiterals;
using hall::test::waitUntil;

namespace {

using test::freePort;
using test::kBride;
using test::kGroom;

const QString kYoungGroom = test::validIdNumber(u"110105"_s, u"20060101"_s, u"137"_s);

QJsonObject card(const QString& name, const QString& sex, const QString& id)
{
    return {{u"name"_s, name},
            {u"sex"_s, sex},
            {u"nation"_s, u"汉"_s},
            {u"birthDate"_s, QDate::fromString(id.mid(6, 8), u"yyyyMMdd"_s).toString(Qt::ISODate)},
            {u"address"_s, u"北京市东城区"_s},
            {u"idNumber"_s, id},
            {u"issuer"_s, u"北京市公安局东城分局"_s},
            {u"validFrom"_s, u"2020-01-01"_s},
            {u"validUntil"_s, u"2040-01-01"_s}};
}

/// Types `text` into the window as a USB scanner does: a few milliseconds per key, then Enter.
void wedgeScan(QQuickWindow* window, const QString& text)
{
    quint64 t = 500000;
    for (const QChar c : text) {
        QKeyEvent key(QEvent::KeyPress, c.toUpper().unicode(), Qt::NoModifier, QString(c));
        key.setTimestamp(t += 5);
        QCoreApplication::sendEvent(window, &key);
    }
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    enter.setTimestamp(t + 5);
    QCoreApplication::sendEvent(window, &enter);
}

struct Pages
{
    KioskApp& app;
    TouchScript touch{app.window()};

    void tap(const QString& name)
    {
        INFO("tapping " << name.toStdString());
        REQUIRE(waitUntil([&] { return touch.find(name) != nullptr; }, 15000));
        // A page whose content just changed lays out at its next polish; tap where it will be.
        if (QQuickTest::qIsPolishScheduled(app.window())) {
            QQuickTest::qWaitForPolish(app.window(), 2000);
        }
        REQUIRE(touch.tap(name));
    }
    void type(const QString& digits)
    {
        for (const QChar c : digits) {
            tap(u"key_"_s + c);
        }
    }
    QString text(const QString& name) const
    {
        QQuickItem* item = touch.find(name);
        return item != nullptr ? item->property("text").toString() : QString();
    }
};

/// A port for the residents' pages that stays the same across the restart (the printed address's).
/// What a phone gets at a printed address: the page's status and whether it shows `what`.
bool pageOpens(quint16 port, const QString& url, const QString& what)
{
    const test::HttpResult page = test::httpGet(port, QUrl(url).path());
    INFO(url.toStdString() << ": " << page.status);
    return page.status == 200 && page.contentType.startsWith("text/html") &&
           page.body.contains(what.toUtf8());
}

ServiceReply call(ServiceClient& client, const QString& op, const QJsonObject& args)
{
    std::optional<ServiceReply> reply;
    client.request(op, args, [&](const ServiceReply& r) { reply = r; });
    REQUIRE(waitUntil([&] { return reply.has_value(); }, 15000));
    return *reply;
}

} // namespace

TEST_CASE("booking end to end: book by card, print, scan the printed QR to check in, served first")
{
    test::HallProcess hall;
    const QString token = hall.addDevice(u"kiosk"_s, u"kiosk-1"_s);
    const QString counterToken = hall.addDevice(u"counter"_s, u"counter-1"_s);
    hall.addStaff(u"li"_s, u"*"_s);
    const quint16 pagesPort = freePort();
    const QString base = u"http://127.0.0.1:%1"_s.arg(pagesPort);
    const QStringList pages{u"--resident-port"_s, QString::number(pagesPort), u"--resident-base-url"_s, base};
    REQUIRE(hall.start(pages));
    const quint16 port = hall.port();

    QTemporaryDir dir;
    QFile cards(dir.filePath(u"cards.json"_s));
    REQUIRE(cards.open(QIODevice::WriteOnly));
    cards.write(QJsonDocument(QJsonObject{{u"cards"_s, QJsonArray{card(u"张伟"_s, u"男"_s, kGroom),
                                                                  card(u"李娜"_s, u"女"_s, kBride),
                                                                  card(u"王小明"_s, u"男"_s, kYoungGroom)}}})
                    .toJson());
    cards.close();

    KioskOptions options;
    options.url = hall.url();
    options.token = token;
    options.printer = {{u"backend"_s, u"simulated"_s}, {u"outputDir"_s, dir.path()}};
    options.idCard = {{u"backend"_s, u"simulated"_s}, {u"file"_s, cards.fileName()}};
    options.backoffMaxMs = 200;
    KioskApp app(options);
    REQUIRE(app.load());
    app.start();
    KioskShell* kiosk = app.controller();
    BookingFlow* flow = app.booking();
    auto* reader = qobject_cast<SimulatedIdCardReader*>(app.idCardReader());
    REQUIRE(reader != nullptr);
    REQUIRE(waitUntil([&] { return kiosk->serviceAvailable() && app.printer()->isReady(); }, 15000));
    Pages p{app};

    // The hall's day is Tuesday 2026-11-24, 10:00: tomorrow is open until 15:00 today.
    p.tap(u"bookingEntry"_s);
    p.tap(u"bookingType_marriage"_s);
    REQUIRE(waitUntil([&] { return flow->calendar()->isLoaded(); }, 15000));
    CHECK(flow->calendar()->firstOfMonth() == QDate(2026, 11, 1));
    CHECK(flow->calendar()->stateOf(QDate(2026, 11, 24)) !=
          BookingCalendarModel::DayState::Bookable); // today
    CHECK(flow->calendar()->stateOf(QDate(2026, 11, 28)) ==
          BookingCalendarModel::DayState::OfficeClosed); // Saturday
    REQUIRE(flow->calendar()->stateOf(QDate(2026, 11, 25)) == BookingCalendarModel::DayState::Bookable);
    p.tap(u"calendarDay_2026-11-25"_s);
    REQUIRE(waitUntil([&] { return flow->timeSlots()->rowCount() > 0; }, 15000));
    p.tap(u"bookingSlot_0"_s); // 09:00–09:30
    CHECK(flow->timeSlots()->selectedText() == u"09:00–09:30"_s);

    // Both cards on the reader, each for its field; the screen shows masked names and numbers only.
    REQUIRE(reader->present(0));
    REQUIRE(waitUntil([&] { return flow->parties()->first()->fromCard(); }));
    reader->removeCard();
    p.tap(u"partySecond"_s);
    REQUIRE(reader->present(1));
    REQUIRE(waitUntil([&] { return flow->parties()->second()->fromCard(); }));
    reader->removeCard();
    p.tap(u"partyPhone"_s);
    p.type(u"13800138000"_s);
    const QString shownSecond = p.touch.find(u"partySecond"_s)->property("value").toString();
    CHECK(shownSecond == u"李*  310***********"_s + kBride.right(4));
    p.tap(u"partiesNext"_s);
    bool finished = false;
    QObject::connect(flow, &BookingFlow::finished, [&] { finished = true; });
    p.tap(u"confirmBooking"_s);
    REQUIRE(waitUntil([&] { return finished; }, 20000));
    INFO(flow->refusal()->code().toStdString() << " " << flow->refusal()->message().toStdString());
    REQUIRE(flow->step() == BookingFlow::Step::Done);
    const QString code = flow->booking()->code();
    REQUIRE(code.size() == 8);
    CHECK(flow->booking()->printState() == BookingConfirmation::PrintState::Printed);
    CHECK(flow->booking()->personsText().contains(u"110***********"_s + kGroom.right(4)));
    CHECK_FALSE(flow->booking()->personsText().contains(u"19950308"_s));

    // The paper's QR code, read as the kiosk's scanner reads it, is the booking page's address with
    // a tag the service accepts: the page opens on a phone; one wrong character and it does not.
    SimulatedPrinter* printer = app.simulatedPrinter();
    REQUIRE(printer != nullptr);
    const QImage paper(printer->lastSavedFile());
    REQUIRE_FALSE(paper.isNull());
    const QString scanned = CodeScanner::decode(paper);
    CHECK(scanned == flow->booking()->qrPayload());
    REQUIRE(scanned.startsWith(base + u"/b/"_s + code + u'/'));
    CHECK(pageOpens(pagesPort, scanned, code));
    QString forged = scanned;
    forged.back() = forged.back() == u'0' ? u'1' : u'0';
    CHECK(test::httpGet(pagesPort, QUrl(forged).path()).status == 404);
    p.tap(u"bookingDone"_s);

    // The same groom again: one active booking per person, said in words.
    p.tap(u"bookingEntry"_s);
    p.tap(u"bookingType_marriage"_s);
    p.tap(u"calendarDay_2026-11-26"_s);
    p.tap(u"bookingSlot_0"_s);
    REQUIRE(reader->present(0));
    REQUIRE(waitUntil([&] { return flow->parties()->first()->fromCard(); }));
    reader->removeCard();
    p.tap(u"partySecond"_s);
    REQUIRE(reader->present(1));
    REQUIRE(waitUntil([&] { return flow->parties()->second()->fromCard(); }));
    reader->removeCard();
    p.tap(u"partyPhone"_s);
    p.type(u"13800138000"_s);
    p.tap(u"partiesNext"_s);
    p.tap(u"confirmBooking"_s);
    REQUIRE(waitUntil([&] { return flow->step() == BookingFlow::Step::Refused; }, 15000));
    CHECK(flow->refusal()->code() == u"ALREADY_BOOKED"_s);
    CHECK(p.text(u"bookingRefusalHeadline"_s) == u"您已经有一个预约"_s);
    kiosk->reset();

    // The next morning at 08:50, inside the check-in window (08:30–09:15). A resident without a
    // booking takes a marriage ticket first.
    hall.kill();
    REQUIRE(hall.start(
        QStringList{u"--port"_s, QString::number(port), u"--start-time"_s, u"2026-11-25T08:50:00+08:00"_s} +
        pages));
    REQUIRE(waitUntil([&] { return kiosk->serviceAvailable(); }, 15000));
    REQUIRE(waitUntil([&] { return app.client()->snapshot().value(u"day"_s).toString() == u"2026-11-25"_s; },
                      15000));
    const ServiceReply walkIn =
        call(*app.client(), u"ticket.issue"_s,
             {{u"requestId"_s, ServiceClient::newRequestId()}, {u"services"_s, QJsonArray{u"marriage"_s}}});
    REQUIRE(walkIn.ok);
    const QString walkInNumber = walkIn.result.value(u"ticket"_s).toObject().value(u"number"_s).toString();

    p.tap(u"bookingEntry"_s);
    p.tap(u"bookingCheckIn"_s);
    REQUIRE(kiosk->page() == KioskShell::Page::CheckIn);
    CheckInFlow* checkIn = app.checkIn();
    bool checkedIn = false;
    QObject::connect(checkIn, &CheckInFlow::finished, [&] { checkedIn = true; });
    wedgeScan(app.window(), scanned);
    REQUIRE(waitUntil([&] { return checkedIn; }, 20000));
    INFO(checkIn->refusal()->code().toStdString() << " " << checkIn->refusal()->message().toStdString());
    REQUIRE(checkIn->step() == CheckInFlow::Step::Done);
    const QString appointmentNumber = checkIn->ticket()->number();
    CHECK(appointmentNumber.startsWith(u'A'));
    CHECK(appointmentNumber != walkInNumber);
    CHECK(checkIn->ticket()->printState() == IssuedTicket::PrintState::Printed);
    CHECK(checkIn->slot() == u"09:00–09:30"_s);
    // The appointment ticket's QR code is its live page's address: it opens with the number.
    const QImage ticketPaper(printer->lastSavedFile());
    const QString ticketCode = CodeScanner::decode(ticketPaper);
    CHECK(ticketCode.startsWith(base + u"/t/2026-11-25/"_s + appointmentNumber + u'/'));
    CHECK(pageOpens(pagesPort, ticketCode, appointmentNumber));
    p.tap(u"checkInDone"_s);

    // The same QR again: already checked in, and the screen says so.
    p.tap(u"bookingEntry"_s);
    p.tap(u"bookingCheckIn"_s);
    checkedIn = false;
    wedgeScan(app.window(), scanned);
    REQUIRE(waitUntil([&] { return checkedIn; }, 20000));
    REQUIRE(checkIn->step() == CheckInFlow::Step::Refused);
    CHECK(checkIn->refusal()->kind() == BookingRefusal::Kind::AlreadyDone);
    kiosk->reset();

    // Counter 1 serves marriage: the appointment is called before the walk-in who came earlier.
    ServiceClient::Options o;
    o.url = hall.url();
    o.role = u"counter"_s;
    o.device = u"counter-1"_s;
    o.token = counterToken;
    o.staffUser = u"li"_s;
    o.staffPassword = u"secret-pass"_s;
    o.subscribe = false;
    ServiceClient counter(o);
    counter.start();
    REQUIRE(call(counter, u"counter.open"_s, {{u"counter"_s, 1}}).ok);
    const ServiceReply called = call(counter, u"counter.callNext"_s, {{u"counter"_s, 1}});
    INFO(called.errorCode.toStdString());
    REQUIRE(called.ok);
    const QJsonObject ticket = called.result.value(u"ticket"_s).toObject();
    CHECK(ticket.value(u"number"_s).toString() == appointmentNumber);
    CHECK(ticket.value(u"appointment"_s).toObject().value(u"reference"_s).toString() == code);
    const ServiceReply booking = call(counter, u"booking.get"_s, {{u"code"_s, code}});
    REQUIRE(booking.ok);
    CHECK(booking.result.value(u"booking"_s).toObject().value(u"status"_s).toString() == u"checkedIn"_s);
}

TEST_CASE("booking end to end: an under-age groom is refused in words, and nothing is booked", "[frontend]")
{
    test::HallProcess hall;
    const QString token = hall.addDevice(u"kiosk"_s, u"kiosk-1"_s);
    REQUIRE(hall.start());
    QTemporaryDir dir;
    QFile cards(dir.filePath(u"cards.json"_s));
    REQUIRE(cards.open(QIODevice::WriteOnly));
    cards.write(QJsonDocument(QJsonObject{{u"cards"_s, QJsonArray{card(u"王小明"_s, u"男"_s, kYoungGroom),
                                                                  card(u"李娜"_s, u"女"_s, kBride)}}})
                    .toJson());
    cards.close();
    KioskOptions options;
    options.url = hall.url();
    options.token = token;
    options.printer = {{u"backend"_s, u"none"_s}};
    options.idCard = {{u"backend"_s, u"simulated"_s}, {u"file"_s, cards.fileName()}};
    KioskApp app(options);
    REQUIRE(app.load());
    app.start();
    BookingFlow* flow = app.booking();
    auto* reader = qobject_cast<SimulatedIdCardReader*>(app.idCardReader());
    REQUIRE(waitUntil([&] { return app.controller()->serviceAvailable(); }, 15000));
    Pages p{app};
    p.tap(u"bookingEntry"_s);
    p.tap(u"bookingType_marriage"_s);
    p.tap(u"calendarDay_2026-11-25"_s);
    p.tap(u"bookingSlot_0"_s);
    REQUIRE(reader->present(0));
    REQUIRE(waitUntil([&] { return flow->parties()->first()->fromCard(); }));
    reader->removeCard();
    p.tap(u"partySecond"_s);
    REQUIRE(reader->present(1));
    REQUIRE(waitUntil([&] { return flow->parties()->second()->fromCard(); }));
    p.tap(u"partyPhone"_s);
    p.type(u"13900139000"_s);
    p.tap(u"partiesNext"_s);
    p.tap(u"confirmBooking"_s);
    REQUIRE(waitUntil([&] { return flow->step() == BookingFlow::Step::Refused; }, 15000));
    CHECK(flow->refusal()->code() == u"UNDER_AGE"_s);
    CHECK(p.text(u"bookingRefusalHeadline"_s) == u"未到法定婚龄"_s);
    // A person was refused: back to the numbers, to change them.
    p.tap(u"bookingRefusalBack"_s);
    CHECK(flow->step() == BookingFlow::Step::Parties);
}
