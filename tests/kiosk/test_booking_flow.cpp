// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The booking and check-in flows against a scripted service: what they send, how they retry,
// what the pages show and what idle forgets. The real service is in test_booking_e2e.cpp.
#include "bookingflow.h"
#include "checkinflow.h"
#include "client/serviceclient.h"
#include "fakeservice.h"
#include "hallprocess.h"
#include "idcard/simulatedidcardreader.h"
#include "idnumbers.h"
#include "kioskapp.h"
#include "kioskshell.h"
#include "touchscript.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QQmlContext>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QWebSocket>
#include <QtQuickTest/quicktest.h>

#include <utility>

using namespace hall;
using namespace Qt::StringLiterals;
using hall::test::waitUntil;

namespace {

using test::kMan;
using test::kWoman;

QDate hallToday()
{
    return QDateTime::currentDateTime().toTimeZone(QTimeZone(8 * 3600)).date();
}

/// A day of next month in the middle of a week, so the test does not depend on today's date.
QDate bookableDay()
{
    QDate d = QDate(hallToday().year(), hallToday().month(), 1).addMonths(1).addDays(2);
    while (d.dayOfWeek() > 5) {
        d = d.addDays(1);
    }
    return d;
}

void send(QWebSocket* s, const QJsonObject& o)
{
    s->sendTextMessage(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

void refuse(QWebSocket* s, const QJsonObject& request, const QString& code, const QString& message,
            const Sentence& sentence = {})
{
    QJsonObject error{{u"code"_s, code}, {u"message"_s, message}};
    if (!sentence.isEmpty()) {
        error.insert(u"messageZh"_s, sentence.zh);
        error.insert(u"messageEn"_s, sentence.en);
    }
    send(s, {{u"id"_s, request.value(u"id"_s)}, {u"ok"_s, false}, {u"error"_s, error}});
}

QJsonObject bookingView(const QString& status = u"confirmed"_s)
{
    const QDate d = bookableDay();
    const QString day = d.toString(Qt::ISODate);
    return {{u"code"_s, u"7KQ2M9XA"_s},
            {u"office"_s, u"main"_s},
            {u"officeName"_s, u"婚姻登记处"_s},
            {u"type"_s, u"marriage"_s},
            {u"date"_s, day},
            {u"slotStart"_s, day + u"T09:00:00+08:00"_s},
            {u"slotEnd"_s, day + u"T09:30:00+08:00"_s},
            {u"status"_s, status},
            {u"parties"_s,
             QJsonArray{QJsonObject{{u"name"_s, u"张*"_s}, {u"idMasked"_s, u"110***********1234"_s}},
                        QJsonObject{{u"name"_s, u"李*"_s}, {u"idMasked"_s, u"110***********5678"_s}}}},
            {u"phone"_s, u"138****8000"_s},
            {u"qrPayload"_s, u"HALLBK1|main|7KQ2M9XA"_s},
            {u"checkInFrom"_s, day + u"T08:30:00+08:00"_s},
            {u"checkInUntil"_s, day + u"T09:15:00+08:00"_s},
            // What the service sends for a marriage of two (core/booking's whatToBring).
            {u"bring"_s, QJsonArray{u"双方的居民身份证原件"_s}},
            {u"bringEn"_s, QJsonArray{u"Both parties' resident ID cards (originals)"_s}}};
}

/// A booking service in a script: every weekday of a month is open with places, except the 13th
/// (sold out) and a special 12th not yet released; two slots a day, the second full. What each op
/// answers can be overridden per test through `answer`.
struct BookingFake
{
    test::FakeService fake;
    /// op → code to refuse with (once), or "silent" to leave the request unanswered (once).
    QHash<QString, QPair<QString, QString>> answer;
    /// The service's sentence for people sent with the next refusal of `answer` (once).
    Sentence sentence;
    /// booking.info's offices: by default one designated for every registration.
    QJsonArray offices{
        QJsonObject{{u"id"_s, u"main"_s},
                    {u"nameZh"_s, u"婚姻登记处"_s},
                    {u"nameEn"_s, u"Marriage Registry"_s},
                    {u"foreignRelated"_s, QJsonArray{u"hongKongMacaoTaiwan"_s, u"foreign"_s}}}};

    BookingFake()
    {
        fake.setScript([this](QWebSocket* s, const QJsonObject& r) { onRequest(s, r); });
    }

    QList<QJsonObject> sent(const QString& op) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject& r : fake.requests) {
            if (r.value(u"op"_s).toString() == op) {
                out << r.value(u"args"_s).toObject();
            }
        }
        return out;
    }

    void onRequest(QWebSocket* s, const QJsonObject& r)
    {
        const QString op = r.value(u"op"_s).toString();
        const QJsonObject args = r.value(u"args"_s).toObject();
        if (answer.contains(op)) {
            const auto [code, message] = answer.take(op);
            if (code != u"silent"_s) {
                refuse(s, r, code, message, std::exchange(sentence, {}));
            }
            return;
        }
        if (op == u"booking.info"_s) {
            QJsonArray types;
            for (const QString& t : {u"marriage"_s, u"divorceApplication"_s, u"divorceCertificate"_s,
                                     u"replacement"_s, u"ceremony"_s}) {
                types.append(QJsonObject{{u"id"_s, t}, {u"designatedOffices"_s, t != u"ceremony"_s}});
            }
            fake.reply(s, r, {{u"offices"_s, offices}, {u"types"_s, types}});
        } else if (op == u"booking.calendar"_s) {
            const QDate first = QDate::fromString(args.value(u"month"_s).toString() + u"-01"_s, Qt::ISODate);
            QJsonArray days;
            for (QDate d = first; d.month() == first.month(); d = d.addDays(1)) {
                const bool open = d.dayOfWeek() <= 5 || d.day() == 12;
                QJsonObject o{{u"date"_s, d.toString(Qt::ISODate)},
                              {u"open"_s, open},
                              {u"release"_s, open ? u"open"_s : u"closed"_s},
                              {u"offered"_s, open},
                              {u"capacity"_s, 12},
                              {u"remaining"_s, d.day() == 13 ? 0 : 5},
                              {u"soldOut"_s, open && d.day() == 13}};
                if (d.day() == 12) {
                    o.insert(u"release"_s, u"notYetOpen"_s);
                    o.insert(u"opensAt"_s, d.addDays(-30).toString(Qt::ISODate) + u"T00:00:00+08:00"_s);
                    o.insert(u"special"_s, QJsonObject{{u"nameZh"_s, u"特别日"_s}});
                }
                days.append(o);
            }
            fake.reply(s, r, {{u"month"_s, args.value(u"month"_s)}, {u"days"_s, days}});
        } else if (op == u"booking.slots"_s) {
            const QString day = args.value(u"date"_s).toString();
            fake.reply(s, r,
                       {{u"date"_s, day},
                        {u"slots"_s, QJsonArray{QJsonObject{{u"start"_s, day + u"T09:00:00+08:00"_s},
                                                            {u"end"_s, day + u"T09:30:00+08:00"_s},
                                                            {u"capacity"_s, 6},
                                                            {u"remaining"_s, 2}},
                                                QJsonObject{{u"start"_s, day + u"T09:30:00+08:00"_s},
                                                            {u"end"_s, day + u"T10:00:00+08:00"_s},
                                                            {u"capacity"_s, 6},
                                                            {u"remaining"_s, 0}}}}});
        } else if (op == u"booking.create"_s) {
            // As the service answers: a party booked without a name has the name "".
            QJsonObject view = bookingView();
            QJsonArray parties = view.value(u"parties"_s).toArray();
            const QJsonArray asked = args.value(u"parties"_s).toArray();
            for (qsizetype i = 0; i < parties.size() && i < asked.size(); ++i) {
                if (!asked.at(i).toObject().contains(u"name"_s)) {
                    QJsonObject p = parties.at(i).toObject();
                    p.insert(u"name"_s, QString());
                    parties[i] = p;
                }
            }
            view.insert(u"parties"_s, parties);
            fake.reply(s, r, {{u"booking"_s, view}});
        } else if (op == u"booking.find"_s) {
            fake.reply(s, r, {{u"booking"_s, bookingView()}});
        } else if (op == u"booking.cancel"_s) {
            fake.reply(s, r, {{u"booking"_s, bookingView(u"cancelled"_s)}});
        } else if (op == u"booking.checkIn"_s) {
            const QJsonObject b = bookingView(u"checkedIn"_s);
            fake.reply(s, r,
                       {{u"booking"_s, b},
                        {u"ticket"_s,
                         QJsonObject{{u"number"_s, u"A001"_s},
                                     {u"day"_s, hallToday().toString(Qt::ISODate)},
                                     {u"priority"_s, u"normal"_s},
                                     {u"issuedAt"_s, b.value(u"checkInFrom"_s)},
                                     {u"errands"_s, QJsonArray{QJsonObject{{u"service"_s, u"marriage"_s}}}},
                                     {u"appointment"_s, QJsonObject{{u"reference"_s, b.value(u"code"_s)},
                                                                    {u"slotStart"_s, b.value(u"slotStart"_s)},
                                                                    {u"slotEnd"_s, b.value(u"slotEnd"_s)}}}}},
                        {u"ahead"_s, 0},
                        {u"waitMinutes"_s, 0}});
        } else {
            fake.answerHandshake(s, r);
        }
    }
};

QJsonObject card(const QString& name, const QString& id)
{
    return {{u"name"_s, name},
            {u"sex"_s, id.at(16).digitValue() % 2 == 1 ? u"男"_s : u"女"_s},
            {u"nation"_s, u"汉"_s},
            {u"birthDate"_s, QDate::fromString(id.mid(6, 8), u"yyyyMMdd"_s).toString(Qt::ISODate)},
            {u"address"_s, u"北京市东城区"_s},
            {u"idNumber"_s, id},
            {u"issuer"_s, u"北京市公安局东城分局"_s},
            {u"validFrom"_s, u"2020-01-01"_s},
            {u"validUntil"_s, u"2040-01-01"_s}};
}

/// Waits until the positioners above `item` have placed it: a page whose content just changed
/// lays out at its next polish, and a finger (or this test) tapping before would hit a neighbour.
void settled(QQuickWindow* window)
{
    if (QQuickTest::qIsPolishScheduled(window)) {
        QQuickTest::qWaitForPolish(window, 2000);
    }
}

struct Kiosk
{
    QTemporaryDir cards;
    BookingFake service;
    std::unique_ptr<KioskApp> app;
    std::unique_ptr<TouchScript> touch;

    Kiosk()
    {
        KioskOptions options;
        options.url = service.fake.url();
        options.token = u"token"_s;
        options.printer = {{u"backend"_s, u"none"_s}};
        QFile file(cards.filePath(u"cards.json"_s));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(
                       QJsonObject{{u"cards"_s, QJsonArray{card(u"张伟"_s, kMan), card(u"李娜"_s, kWoman)}}})
                       .toJson());
        file.close();
        options.idCard = {{u"backend"_s, u"simulated"_s}, {u"file"_s, file.fileName()}};
        app = std::make_unique<KioskApp>(options);
        REQUIRE(app->load());
        app->start();
        touch = std::make_unique<TouchScript>(app->window());
        REQUIRE(waitUntil([&] { return app->controller()->serviceAvailable(); }));
    }
    void tap(const QString& name)
    {
        INFO("tapping " << name.toStdString());
        REQUIRE(waitUntil([&] { return touch->find(name) != nullptr; }, 5000));
        settled(app->window());
        REQUIRE(touch->tap(name));
    }
    void type(const QString& digits)
    {
        for (const QChar c : digits) {
            tap(u"key_"_s + c);
        }
    }
    /// Types on the letter keyboard of a document other than the resident ID card.
    void letters(const QString& text)
    {
        for (const QChar c : text) {
            tap(u"code_"_s + c);
        }
    }
    bool shown(const QString& name) const
    {
        QQuickItem* item = touch->find(name);
        return item != nullptr && item->isVisible();
    }
    void present(int index)
    {
        auto* reader = qobject_cast<SimulatedIdCardReader*>(app->idCardReader());
        REQUIRE(reader != nullptr);
        bool read = false;
        const auto c = QObject::connect(reader, &IdCardReader::cardRead, [&] { read = true; });
        REQUIRE(reader->present(index));
        REQUIRE(waitUntil([&] { return read; }));
        QObject::disconnect(c);
        reader->removeCard();
    }
    QString text(const QString& name) const
    {
        QQuickItem* item = touch->find(name);
        return item != nullptr ? item->property("text").toString() : QString();
    }
    BookingFlow* flow() const { return app->booking(); }

    /// Home → marriage → the bookable day → its first slot → both IDs by card and a phone.
    void fillBooking()
    {
        chooseSlot();
        // A typed number has no name; the card then brings its number and the name.
        type(kMan);
        REQUIRE(touch->find(u"nameMissing"_s) != nullptr);
        present(0);
        CHECK(touch->find(u"nameMissing"_s) == nullptr);
        tap(u"partySecond"_s);
        present(1);
        tap(u"partyPhone"_s);
        type(u"13800138000"_s);
        INFO("entered: first " << flow()->parties()->first()->length() << ", second "
                               << flow()->parties()->second()->length() << ", phone "
                               << flow()->parties()->phoneDisplay().toStdString());
        tap(u"partiesNext"_s);
        REQUIRE(flow()->step() == BookingFlow::Step::Confirm);
    }
    /// Home → `type` → the bookable day → its first slot: the parties page.
    void chooseSlot(const QString& type = u"marriage"_s)
    {
        tap(u"bookingEntry"_s);
        tap(u"bookingType_"_s + type);
        pickSlot();
    }
    /// The parties complete: the summary confirmed, booked; what booking.create was sent.
    QJsonObject book()
    {
        tap(u"partiesNext"_s);
        REQUIRE(flow()->step() == BookingFlow::Step::Confirm);
        tap(u"confirmBooking"_s);
        REQUIRE(waitUntil([&] { return flow()->step() == BookingFlow::Step::Done; }));
        const auto creates = service.sent(u"booking.create"_s);
        REQUIRE(creates.size() == 1);
        return creates.first();
    }
    /// On the calendar: the bookable day of next month and its first slot.
    void pickSlot()
    {
        REQUIRE(waitUntil([&] { return flow()->calendar()->isLoaded(); }));
        tap(u"nextMonth"_s);
        REQUIRE(waitUntil([&] { return flow()->calendar()->isLoaded(); }));
        tap(u"calendarDay_"_s + bookableDay().toString(Qt::ISODate));
        REQUIRE(waitUntil([&] { return flow()->timeSlots()->rowCount() == 2; }));
        tap(u"bookingSlot_0"_s);
        REQUIRE(flow()->step() == BookingFlow::Step::Parties);
    }
};

qreal smallestTarget(QQuickItem* item)
{
    qreal smallest = 1e9;
    if (!item->isVisible() || item->opacity() <= 0.0) {
        return smallest;
    }
    if (item->inherits("QQuickAbstractButton") && item->isEnabled()) {
        smallest = qMin(item->width(), item->height());
    }
    const auto children = item->childItems();
    for (QQuickItem* child : children) {
        smallest = qMin(smallest, smallestTarget(child));
    }
    return smallest;
}

} // namespace

TEST_CASE("booking through the pages: calendar, slot, both ID cards and a phone, confirmation", "[nostore]")
{
    Kiosk k;
    k.fillBooking();
    const QDate day = bookableDay();

    // The calendar was read for the type and month; the slots for the chosen date and type.
    const auto calendars = k.service.sent(u"booking.calendar"_s);
    REQUIRE(calendars.size() >= 2);
    CHECK(calendars.first().value(u"type"_s).toString() == u"marriage"_s);
    CHECK(calendars.last().value(u"month"_s).toString() == day.toString(u"yyyy-MM"_s));
    const auto slotReads = k.service.sent(u"booking.slots"_s);
    REQUIRE(slotReads.size() == 1);
    CHECK(slotReads.first() ==
          QJsonObject{{u"date"_s, day.toString(Qt::ISODate)}, {u"type"_s, u"marriage"_s}});

    // Only masked numbers on the summary.
    QQuickItem* summary = k.touch->find(u"bookingSummary"_s);
    REQUIRE(summary != nullptr);
    k.tap(u"confirmBooking"_s);
    REQUIRE(waitUntil([&] { return k.flow()->step() == BookingFlow::Step::Done; }));

    const auto creates = k.service.sent(u"booking.create"_s);
    REQUIRE(creates.size() == 1);
    const QJsonObject args = creates.first();
    CHECK(args.value(u"type"_s).toString() == u"marriage"_s);
    CHECK(QDateTime::fromString(args.value(u"slotStart"_s).toString(), Qt::ISODate) ==
          QDateTime(day, QTime(9, 0), QTimeZone(8 * 3600)));
    const QJsonArray parties = args.value(u"parties"_s).toArray();
    REQUIRE(parties.size() == 2);
    CHECK(parties.at(0).toObject().value(u"idNumber"_s).toString() == kMan);
    CHECK(parties.at(1).toObject().value(u"idNumber"_s).toString() == kWoman);
    CHECK(args.value(u"phone"_s).toString() == u"13800138000"_s);
    CHECK_FALSE(args.value(u"requestId"_s).toString().isEmpty());

    // The confirmation: code, QR, masked persons; no printer here, so on screen only.
    CHECK(k.text(u"bookingCode"_s) == u"7KQ2M9XA"_s);
    CHECK(k.flow()->booking()->printState() == BookingConfirmation::PrintState::NotPrinted);
    CHECK(k.text(u"bookingDoneTitle"_s).isEmpty() == false);
    CHECK(k.flow()->parties()->first()->isEmpty()); // the numbers are forgotten once booked
    k.tap(u"bookingDone"_s);
    CHECK(k.app->controller()->page() == KioskShell::Page::Home);
}

TEST_CASE("booking with the keypad alone: both ID numbers typed, no names, the cards checked on the day",
          "[nostore]")
{
    Kiosk k;
    k.chooseSlot();
    // Said before anything is entered: both bring their ID cards on the day.
    CHECK(k.text(u"bringIdCards"_s).contains(u"身份证原件"_s));
    k.type(kMan);
    CHECK(k.touch->find(u"nameMissing"_s) != nullptr);
    CHECK_FALSE(k.flow()->parties()->isComplete());
    k.tap(u"partySecond"_s);
    k.type(kWoman);
    k.tap(u"partyPhone"_s);
    k.type(u"13800138000"_s);
    REQUIRE(k.flow()->parties()->isComplete());
    // The request carries the numbers and no names; the confirmation shows the masked numbers only.
    CHECK(k.book().value(u"parties"_s).toArray() ==
          QJsonArray{QJsonObject{{u"idNumber"_s, kMan}}, QJsonObject{{u"idNumber"_s, kWoman}}});
    CHECK(k.flow()->booking()->persons() == QStringList{u"110***********1234"_s, u"110***********5678"_s});
    // The slip's list is the service's, item by item, with the check-in window.
    const QString notice = k.flow()->booking()->printed(u"中心"_s).notice;
    CHECK(notice.startsWith(u"请携带：\n· 双方的居民身份证原件\n请于 "_s));
    CHECK(k.flow()->booking()->bringText() == u"双方的居民身份证原件"_s);
    CHECK(k.text(u"bookingCode"_s) == u"7KQ2M9XA"_s);
}

TEST_CASE("the calendar: a sold-out day says so when tapped and is not chosen, an unreleased day cannot be "
          "tapped, a special date is named",
          "[nostore]")
{
    Kiosk k;
    k.tap(u"bookingEntry"_s);
    k.tap(u"bookingType_marriage"_s);
    k.tap(u"nextMonth"_s);
    REQUIRE(waitUntil([&] { return k.flow()->calendar()->isLoaded(); }));
    const QDate first = k.flow()->calendar()->firstOfMonth();
    const QString soldOut = u"calendarDay_"_s + first.addDays(12).toString(Qt::ISODate);
    const QString special = u"calendarDay_"_s + first.addDays(11).toString(Qt::ISODate);
    CHECK(k.touch->find(special) == nullptr); // disabled: TouchScript finds enabled items only
    // A tap on a sold-out day is answered (it once did nothing) and chooses nothing.
    REQUIRE(k.touch->tap(soldOut));
    CHECK(k.flow()->step() == BookingFlow::Step::Date);
    REQUIRE(waitUntil([&] { return k.touch->find(u"soldOutHint"_s) != nullptr; }));
    CHECK(k.touch->find(u"soldOutHint"_s)->property("text").toString().contains(u"已约满"_s));
    CHECK(k.flow()->calendar()->specialOf(first.addDays(11)) == u"特别日"_s);
}

TEST_CASE("booking refusals are said in words, in Chinese and English, with the way back", "[nostore]")
{
    Kiosk k;
    k.fillBooking();
    k.service.answer.insert(u"booking.create"_s, {u"SLOT_FULL"_s, u"该时段已约满"_s});
    k.tap(u"confirmBooking"_s);
    REQUIRE(waitUntil([&] { return k.flow()->step() == BookingFlow::Step::Refused; }));
    CHECK(k.text(u"bookingRefusalHeadline"_s) == u"该时段已约满"_s);
    const int calendarsBefore = static_cast<int>(k.service.sent(u"booking.calendar"_s).size());
    k.tap(u"bookingRefusalBack"_s);
    // Full: back to the calendar, read again; the numbers stay for the next choice.
    CHECK(k.flow()->step() == BookingFlow::Step::Date);
    REQUIRE(waitUntil([&] { return k.service.sent(u"booking.calendar"_s).size() > calendarsBefore; }));
    CHECK(k.flow()->parties()->isComplete());

    // A penalty with its end date, in English.
    k.tap(u"languageSwitch"_s);
    k.tap(u"calendarDay_"_s + bookableDay().toString(Qt::ISODate));
    REQUIRE(waitUntil([&] { return k.flow()->timeSlots()->rowCount() == 2; }));
    k.tap(u"bookingSlot_0"_s);
    k.tap(u"partiesNext"_s);
    k.service.answer.insert(
        u"booking.create"_s,
        {u"PENALTY_ACTIVE"_s, u"110***********1234 因180天内未按约到场2次，2027-06-01 前不能预约"_s});
    k.tap(u"confirmBooking"_s);
    REQUIRE(waitUntil([&] { return k.flow()->step() == BookingFlow::Step::Refused; }));
    CHECK(k.text(u"bookingRefusalHeadline"_s) == u"Booking is not possible for now"_s);
    CHECK(k.text(u"bookingRefusalDetail"_s).contains(u"2027-06-01"_s));
    CHECK(k.touch->find(u"bookingRefusalMessage"_s) ==
          nullptr); // the Chinese message is not shown in English
    k.tap(u"bookingRefusalBack"_s);
    CHECK(k.flow()->step() == BookingFlow::Step::Parties); // a person was refused: back to the numbers

    // Under age, in Chinese after idle.
    k.app->controller()->reset();
    CHECK(k.flow()->step() == BookingFlow::Step::Type);
    k.fillBooking();
    k.service.answer.insert(u"booking.create"_s,
                            {u"UNDER_AGE"_s, u"110***********1234 登记当日未满22周岁"_s});
    k.tap(u"confirmBooking"_s);
    REQUIRE(waitUntil([&] { return k.flow()->step() == BookingFlow::Step::Refused; }));
    CHECK(k.text(u"bookingRefusalHeadline"_s) == u"未到法定婚龄"_s);
    CHECK(k.text(u"bookingRefusalMessage"_s).contains(u"未满22周岁"_s));
}

TEST_CASE("the city database away: the service's own sentence in the resident's language, the generic "
          "words when it sends none",
          "[nostore]")
{
    Kiosk k;
    k.fillBooking();
    const Sentence away{u"市级数据库暂不可用，正在自动重新连接：本次操作没有生效，请稍后再试"_s,
                        u"The city database is unavailable and is being reconnected: nothing was changed, "
                        "please try again shortly"_s};
    k.service.answer.insert(u"booking.create"_s, {u"STORAGE_FAILED"_s, away.joined()});
    k.service.sentence = away;
    k.tap(u"confirmBooking"_s);
    REQUIRE(waitUntil([&] { return k.flow()->step() == BookingFlow::Step::Refused; }));
    CHECK(k.flow()->refusal()->kind() == BookingRefusal::Kind::Unreachable);
    CHECK(k.text(u"bookingRefusalDetail"_s) == away.zh);
    CHECK(k.touch->find(u"bookingRefusalMessage"_s) == nullptr); // not said twice
    k.app->controller()->setEnglish(true);
    CHECK(k.text(u"bookingRefusalDetail"_s) == away.en);

    // A storage failure without a sentence (the commit failed, the link is up): the kiosk's own words.
    k.service.answer.insert(u"booking.create"_s,
                            {u"STORAGE_FAILED"_s, u"存储失败，本次操作没有生效，请重试"_s});
    k.tap(u"bookingRetry"_s);
    REQUIRE(waitUntil([&] { return k.service.sent(u"booking.create"_s).size() == 2; }));
    // The page goes while the retry is in flight and comes back with the new refusal.
    REQUIRE(waitUntil([&] {
        const QString detail = k.text(u"bookingRefusalDetail"_s);
        return !detail.isEmpty() && detail != away.en;
    }));
    CHECK(
        k.text(u"bookingRefusalDetail"_s) ==
        u"The service cannot be reached or is busy. Try again shortly, or staff at the enquiry desk can help you."_s);
}

TEST_CASE("a booking without an answer is sent again with the same requestId, a new booking gets a new one",
          "[nostore]")
{
    Kiosk k;
    k.fillBooking();
    k.service.answer.insert(u"booking.create"_s,
                            {u"RATE_LIMITED"_s, u"本机预约操作过于频繁，请 12 秒后再试"_s});
    k.tap(u"confirmBooking"_s);
    REQUIRE(waitUntil([&] { return k.flow()->step() == BookingFlow::Step::Refused; }));
    CHECK(k.flow()->refusal()->kind() == BookingRefusal::Kind::Unreachable);
    k.tap(u"bookingRetry"_s);
    REQUIRE(waitUntil([&] { return k.flow()->step() == BookingFlow::Step::Done; }));
    auto creates = k.service.sent(u"booking.create"_s);
    REQUIRE(creates.size() == 2);
    CHECK(creates.at(0).value(u"requestId"_s) == creates.at(1).value(u"requestId"_s));
    CHECK(creates.at(0) == creates.at(1));

    k.tap(u"bookingDone"_s);
    k.fillBooking();
    k.tap(u"confirmBooking"_s);
    REQUIRE(waitUntil([&] { return k.flow()->step() == BookingFlow::Step::Done; }));
    creates = k.service.sent(u"booking.create"_s);
    REQUIRE(creates.size() == 3);
    CHECK(creates.at(2).value(u"requestId"_s) != creates.at(1).value(u"requestId"_s));
}

TEST_CASE("idle forgets everything entered for a booking, and a late answer changes nothing", "[nostore]")
{
    Kiosk k;
    k.fillBooking();
    k.service.answer.insert(u"booking.create"_s, {u"silent"_s, QString()});
    k.tap(u"confirmBooking"_s);
    REQUIRE(waitUntil([&] { return !k.service.sent(u"booking.create"_s).isEmpty(); }));
    k.app->controller()->reset(); // what the idle timer does
    CHECK(k.app->controller()->page() == KioskShell::Page::Home);
    CHECK(k.flow()->step() == BookingFlow::Step::Type);
    CHECK(k.flow()->parties()->first()->isEmpty());
    CHECK(k.flow()->parties()->second()->isEmpty());
    CHECK(k.flow()->parties()->phoneDisplay().isEmpty());
    CHECK(k.flow()->type().isEmpty());
    CHECK_FALSE(k.flow()->isBusy());
    CHECK(k.flow()->calendar()->rowCount() == 0);
    // The idle timer runs on the booking pages like on every other.
    k.tap(u"bookingEntry"_s);
    CHECK(k.app->controller()->idleTimeoutMs() > 0);
}

TEST_CASE("my booking: found by ID number and code, shown masked, cancelled with a second tap", "[nostore]")
{
    Kiosk k;
    k.tap(u"bookingEntry"_s);
    k.tap(u"bookingFindMine"_s);
    k.type(kWoman);
    k.tap(u"key_accept"_s);
    for (const QChar c : u"7kq2m9xa"_s.toUpper()) {
        k.tap(u"code_"_s + c);
    }
    k.tap(u"findBooking"_s);
    REQUIRE(waitUntil([&] { return k.flow()->step() == BookingFlow::Step::Mine; }));
    const auto finds = k.service.sent(u"booking.find"_s);
    REQUIRE(finds.size() == 1);
    CHECK(finds.first() == QJsonObject{{u"code"_s, u"7KQ2M9XA"_s}, {u"idNumber"_s, kWoman}});
    CHECK(k.flow()->booking()->personsText().contains(u"110***********5678"_s));

    k.tap(u"cancelBooking"_s); // asks first
    CHECK(k.service.sent(u"booking.cancel"_s).isEmpty());
    k.tap(u"cancelBooking"_s);
    REQUIRE(waitUntil([&] { return k.flow()->cancelled(); }));
    const auto cancels = k.service.sent(u"booking.cancel"_s);
    REQUIRE(cancels.size() == 1);
    CHECK(cancels.first().value(u"idNumber"_s).toString() == kWoman);
    CHECK(k.flow()->booking()->status() == u"cancelled"_s);
    CHECK(k.flow()->lookupId()->isEmpty());
}

TEST_CASE("check-in by a keyboard-wedge scan: the service's appointment ticket on screen", "[nostore]")
{
    Kiosk k;
    k.tap(u"bookingEntry"_s);
    k.tap(u"bookingCheckIn"_s);
    REQUIRE(k.app->controller()->page() == KioskShell::Page::CheckIn);
    // A scanner types fast and ends with Enter; people do not.
    quint64 t = 100000;
    for (const QChar c : u"HALLBK1|main|7KQ2M9XA"_s) {
        QKeyEvent key(QEvent::KeyPress, c.toUpper().unicode(), Qt::NoModifier, QString(c));
        key.setTimestamp(t += 5);
        QCoreApplication::sendEvent(k.app->window(), &key);
    }
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    enter.setTimestamp(t + 5);
    QCoreApplication::sendEvent(k.app->window(), &enter);
    REQUIRE(waitUntil([&] { return k.app->checkIn()->step() == CheckInFlow::Step::Done; }));
    const auto checkIns = k.service.sent(u"booking.checkIn"_s);
    REQUIRE(checkIns.size() == 1);
    CHECK(checkIns.first().value(u"qrPayload"_s).toString() == u"HALLBK1|main|7KQ2M9XA"_s);
    CHECK_FALSE(checkIns.first().value(u"requestId"_s).toString().isEmpty());
    CHECK(k.app->checkIn()->ticket()->number() == u"A001"_s);
    CHECK(k.app->checkIn()->slot() == u"09:00–09:30"_s);
    k.tap(u"checkInDone"_s);
    CHECK(k.app->controller()->page() == KioskShell::Page::Home);
}

TEST_CASE("check-in by code and ID number, a refusal says why", "[nostore]")
{
    Kiosk k;
    k.tap(u"bookingEntry"_s);
    k.tap(u"bookingCheckIn"_s);
    k.tap(u"checkInEnterCode"_s);
    for (const QChar c : u"7KQ2M9XA"_s) {
        k.tap(u"code_"_s + c);
    }
    k.tap(u"code_accept"_s);
    k.type(kMan);
    k.service.answer.insert(u"booking.checkIn"_s,
                            {u"CHECK_IN_TOO_EARLY"_s, u"预约时段为 2026-12-10 09:00，请于 08:30 后签到"_s});
    k.tap(u"checkInSubmit"_s);
    REQUIRE(waitUntil([&] { return k.app->checkIn()->step() == CheckInFlow::Step::Refused; }));
    CHECK(k.text(u"bookingRefusalHeadline"_s) == u"还没到签到时间"_s);
    CHECK(k.text(u"bookingRefusalDetail"_s).contains(u"2026-12-10 08:30"_s));
    const auto checkIns = k.service.sent(u"booking.checkIn"_s);
    REQUIRE(checkIns.size() == 1);
    CHECK(checkIns.first().value(u"code"_s).toString() == u"7KQ2M9XA"_s);
    CHECK(checkIns.first().value(u"idNumber"_s).toString() == kMan);

    k.service.answer.insert(u"booking.checkIn"_s, {u"WRONG_COUPLE"_s, u"身份证号码与预约不符"_s});
    k.tap(u"bookingRefusalBack"_s);
    CHECK(k.app->checkIn()->step() == CheckInFlow::Step::Enter);
    k.tap(u"checkInSubmit"_s);
    REQUIRE(waitUntil([&] { return k.app->checkIn()->step() == CheckInFlow::Step::Refused; }));
    CHECK(k.text(u"bookingRefusalHeadline"_s) == u"身份证与预约不符"_s);
}

TEST_CASE("every touch target on every booking page is at least 15 mm", "[nostore]")
{
    Kiosk k;
    QQuickWindow* window = k.app->window();
    QQmlExpression e(qmlContext(window), window, u"Theme.pixelsPerMm"_s);
    const qreal mm15 = 15 * e.evaluate().toReal();
    REQUIRE(mm15 > 0);
    const auto check = [&](const char* page) {
        INFO(page);
        const qreal smallest = smallestTarget(window->contentItem());
        CHECK(smallest >= mm15);
        CHECK(smallest >= 64);
    };
    k.tap(u"bookingEntry"_s);
    check("type");
    k.tap(u"bookingType_marriage"_s);
    REQUIRE(waitUntil([&] { return k.flow()->calendar()->isLoaded(); }));
    check("calendar");
    k.tap(u"nextMonth"_s);
    REQUIRE(waitUntil([&] { return k.flow()->calendar()->isLoaded(); }));
    k.tap(u"calendarDay_"_s + bookableDay().toString(Qt::ISODate));
    REQUIRE(waitUntil([&] { return k.flow()->timeSlots()->rowCount() == 2; }));
    check("slots");
    k.tap(u"bookingSlot_0"_s);
    check("parties");
    k.app->controller()->reset();
    k.tap(u"bookingEntry"_s);
    k.tap(u"bookingFindMine"_s);
    check("find (ID)");
    k.tap(u"findCode"_s);
    check("find (code)");
    k.app->controller()->reset();
    k.tap(u"bookingEntry"_s);
    k.tap(u"bookingCheckIn"_s);
    check("check-in scan");
    k.tap(u"checkInEnterCode"_s);
    check("check-in code");
}

TEST_CASE("a party without a resident ID card: the document chosen on the page, its number on the letter "
          "keyboard, refused in the core's words, sex and birth date on pickers",
          "[nostore]")
{
    Kiosk k;
    k.chooseSlot();
    BookingParties* parties = k.flow()->parties();
    // The groom holds a passport: the letter keyboard offers what passport numbers contain.
    k.tap(u"partyFirstDocument"_s);
    REQUIRE(k.shown(u"document_passport"_s));
    CHECK_FALSE(k.shown(u"partiesKeypad"_s));
    k.tap(u"document_passport"_s);
    REQUIRE(k.shown(u"letterKeypad"_s));
    CHECK(k.shown(u"code_E"_s));
    CHECK(k.shown(u"code_0"_s));
    CHECK(k.shown(u"code_O"_s)); // a passport may hold the letters a booking code leaves out
    k.letters(u"E1234567"_s);
    k.tap(u"code_accept"_s);
    // Then its issuing state, in letters only.
    REQUIRE(parties->firstDocument()->editing() == PartyDocument::Nationality);
    CHECK_FALSE(k.shown(u"code_1"_s));
    k.letters(u"USA"_s);
    k.tap(u"code_accept"_s);
    // A marriage needs sex and birth date from a passport: touch pickers, nothing typed.
    REQUIRE(parties->active() == BookingParties::FirstDetails);
    CHECK(k.touch->find(u"detailsNext"_s) == nullptr); // not tappable before the sex is chosen
    k.tap(u"sexMale"_s);
    const int startYear = parties->firstDocument()->birthYear();
    k.tap(u"birthYearDown10"_s);
    k.tap(u"birthYearUp"_s);
    k.tap(u"birthMonthUp"_s);
    k.tap(u"birthMonthUp"_s);
    k.tap(u"birthDayDown"_s); // the day wheels within its month: 1 March down is 31 March
    k.tap(u"detailsNext"_s);
    const QDate groomBirth(startYear - 9, 3, 31);
    CHECK(parties->firstDocument()->birthYear() == groomBirth.year());
    REQUIRE(parties->active() == BookingParties::SecondField);

    // The bride holds a 回乡证; a number one digit short is refused in the core's words.
    k.tap(u"partySecondDocument"_s);
    k.tap(u"document_hkMacaoPermit"_s);
    CHECK_FALSE(k.shown(u"code_E"_s)); // H and M and digits only
    k.letters(u"H1234567"_s);
    k.tap(u"code_accept"_s);
    const auto refused = PersonDocument::parse(DocumentType::HkMacaoPermit, u"H1234567"_s, hallToday());
    REQUIRE_FALSE(refused);
    CHECK(k.text(u"documentError"_s) == refused.error().message);
    k.app->controller()->setEnglish(true);
    CHECK(k.text(u"documentError"_s).contains(u"Mainland Travel Permit for Hong Kong and Macao Residents"_s));
    k.app->controller()->setEnglish(false);
    CHECK(parties->active() == BookingParties::SecondField);
    k.letters(u"8"_s);
    CHECK(k.text(u"documentError"_s).isEmpty());
    k.tap(u"code_accept"_s);
    REQUIRE(parties->active() == BookingParties::SecondDetails);
    k.tap(u"sexFemale"_s);
    k.tap(u"detailsNext"_s);
    REQUIRE(parties->active() == BookingParties::PhoneField);
    k.type(u"13800138000"_s);
    // Both bring the documents they hold; the form is complete.
    CHECK(k.text(u"bringIdCards"_s).contains(u"所持证件原件"_s));
    REQUIRE(parties->isComplete());
    CHECK(k.book().value(u"parties"_s).toArray() ==
          QJsonArray{QJsonObject{{u"idNumber"_s, u"E1234567"_s},
                                 {u"document"_s, u"passport"_s},
                                 {u"nationality"_s, u"USA"_s},
                                 {u"sex"_s, u"male"_s},
                                 {u"birthDate"_s, groomBirth.toString(Qt::ISODate)}},
                     QJsonObject{{u"idNumber"_s, u"H12345678"_s},
                                 {u"document"_s, u"hkMacaoPermit"_s},
                                 {u"sex"_s, u"female"_s},
                                 {u"birthDate"_s, QDate(startYear, 1, 1).toString(Qt::ISODate)}}});
    // Forgotten once booked: the next resident starts with a resident ID card.
    CHECK_FALSE(parties->firstDocument()->isOther());
}

TEST_CASE("a card on the reader is a resident ID card whatever was chosen, and only a marriage asks for "
          "sex and birth date",
          "[nostore]")
{
    Kiosk k;
    k.chooseSlot(u"divorceApplication"_s);
    BookingParties* parties = k.flow()->parties();
    k.tap(u"partyFirstDocument"_s);
    k.tap(u"document_taiwanPermit"_s);
    k.letters(u"12345678"_s);
    k.tap(u"code_accept"_s);
    CHECK_FALSE(parties->firstDocument()->needsDetails());
    REQUIRE(parties->active() == BookingParties::SecondField);
    CHECK_FALSE(k.shown(u"partyFirstDetails"_s));
    k.tap(u"partySecondDocument"_s);
    k.tap(u"document_passport"_s);
    k.present(1); // her ID card after all
    CHECK_FALSE(parties->secondDocument()->isOther());
    CHECK(parties->second()->number() == kWoman);
    CHECK(parties->secondNameMasked() == u"李*"_s);
}

TEST_CASE("an office not designated for 涉外 registrations says so at once and offers the hall's office that "
          "is, and with none where to ask",
          "[nostore]")
{
    Kiosk k;
    k.service.offices = QJsonArray{QJsonObject{{u"id"_s, u"main"_s},
                                               {u"nameZh"_s, u"婚姻登记处"_s},
                                               {u"nameEn"_s, u"Marriage Registry"_s},
                                               {u"foreignRelated"_s, QJsonArray{u"hongKongMacaoTaiwan"_s}}},
                                   QJsonObject{{u"id"_s, u"east"_s},
                                               {u"nameZh"_s, u"东区婚姻登记处"_s},
                                               {u"nameEn"_s, u"East Registry"_s},
                                               {u"foreignRelated"_s, QJsonArray{u"foreign"_s}}}};
    k.chooseSlot();
    // A 回乡证 is fine here.
    k.tap(u"partyFirstDocument"_s);
    k.tap(u"document_hkMacaoPermit"_s);
    CHECK_FALSE(k.flow()->notEntitled());
    // A passport is not: the office's refusal in the core's words, the office that is, no next step.
    k.tap(u"partyFirstDocument"_s);
    k.tap(u"document_passport"_s);
    REQUIRE(k.flow()->notEntitled());
    CHECK(k.text(u"notEntitled"_s) ==
          notEntitledZh(u"婚姻登记处"_s, Jurisdiction::Foreign, QStringList{u"东区婚姻登记处"_s}));
    CHECK_FALSE(k.shown(u"letterKeypad"_s));
    CHECK_FALSE(k.shown(u"entitledOffice_main"_s));
    CHECK(k.touch->find(u"partiesNext"_s) == nullptr); // not tappable
    k.app->controller()->setEnglish(true);
    CHECK(k.text(u"notEntitled"_s).contains(u"East Registry"_s));
    k.app->controller()->setEnglish(false);
    // Booked at the east office instead: its calendar, the parties kept.
    k.tap(u"entitledOffice_east"_s);
    REQUIRE(k.flow()->step() == BookingFlow::Step::Date);
    REQUIRE(waitUntil([&] { return k.flow()->calendar()->isLoaded(); }));
    CHECK(k.service.sent(u"booking.calendar"_s).last().value(u"office"_s).toString() == u"east"_s);
    CHECK(k.flow()->parties()->firstDocument()->isOther());
    CHECK_FALSE(k.flow()->notEntitled());
    k.pickSlot();
    CHECK(k.service.sent(u"booking.slots"_s).last().value(u"office"_s).toString() == u"east"_s);
    // A passport holder is not asked for an ID card by the page's title.
    CHECK(k.text(u"partiesTitle"_s).endsWith(u"证件号码和联系电话"_s));
    CHECK_FALSE(k.text(u"partiesTitle"_s).contains(u"身份证"_s));
    CHECK(k.shown(u"letterKeypad"_s));
    // Idle forgets the office with everything else.
    k.app->controller()->reset();
    k.chooseSlot();
    CHECK(k.service.sent(u"booking.slots"_s).last().value(u"office"_s).isUndefined());

    // No office of the hall registers foreigners: where to ask, and no office to choose.
    k.service.offices = QJsonArray{QJsonObject{{u"id"_s, u"main"_s}, {u"nameZh"_s, u"婚姻登记处"_s}}};
    Kiosk other;
    other.service.offices = k.service.offices;
    other.chooseSlot();
    other.tap(u"partyFirstDocument"_s);
    other.tap(u"document_foreignPermanentResidence"_s);
    REQUIRE(other.flow()->notEntitled());
    CHECK(other.text(u"notEntitled"_s) == notEntitledZh(u"婚姻登记处"_s, Jurisdiction::Foreign, {}));
    CHECK(other.flow()->entitledOffices().isEmpty());
    // Another document after all.
    other.tap(u"changeDocument"_s);
    other.tap(u"document_mainlandId"_s);
    CHECK_FALSE(other.flow()->notEntitled());
    CHECK(other.shown(u"partiesKeypad"_s));
}
