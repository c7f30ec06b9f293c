// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Residents at a real kiosk window: hall-kiosk under Xvfb, tapped with the X pointer (xdotool) where
// the screen shows each key, against a real hall-service; the ticket and the booking are read back
// from the service and from the simulated printer's paper.
#include "../kiosk/idnumbers.h"
#include "frontend.h"
#include "hallprocess.h"
#include "journey.h"
#include "wsclient.h"
#include "xdisplay.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QMap>
#include <QRectF>
#include <QTemporaryDir>

using namespace hall::test;

namespace {

struct KioskRig
{
    XDisplay x;
    HallProcess hall;
    QString kioskToken;
    QString adminToken;
    QTemporaryDir paper;
    std::unique_ptr<FrontEnd> kiosk;

    explicit KioskRig(const QStringList& serviceArgs = {})
    {
        REQUIRE(x.running());
        kioskToken = hall.addDevice(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
        adminToken = hall.addDevice(QStringLiteral("admin"), QStringLiteral("admin-1"));
        REQUIRE(hall.start(serviceArgs));
        kiosk = std::make_unique<FrontEnd>(x, QStringLiteral(HALL_KIOSK_PATH),
                                           QStringList{QStringLiteral("--url"), hall.url().toString(),
                                                       QStringLiteral("--token"), kioskToken,
                                                       QStringLiteral("--size"), QStringLiteral("1080x1920"),
                                                       QStringLiteral("--printer-output"), paper.path()});
        REQUIRE(kiosk->start());
        REQUIRE(kiosk->waitFor(QStringLiteral("homeTile_0")));
    }

    /// Taps a keypad key and waits until the app took it (`field` shows `expected`).
    void tapUntil(const QString& key, const std::function<bool()>& took)
    {
        INFO("key " << key.toStdString() << "\n" << kiosk->log().toStdString());
        REQUIRE(kiosk->tap(key));
        REQUIRE(hall::waitUntil(took, 20000));
    }
};

/// Every key's place on the screen, by name: the digit keypad's (`key_`) or the letter keyboard's
/// (`code_`).
QMap<QString, QRect> keyRects(FrontEnd& f, const QString& prefix = QStringLiteral("key_"))
{
    QMap<QString, QRect> rects;
    const QJsonArray items =
        f.ask({{QStringLiteral("op"), QStringLiteral("findAll")}, {QStringLiteral("name"), prefix}})
            .value(QLatin1String("items"))
            .toArray();
    for (const QJsonValue& v : items) {
        const QJsonObject o = v.toObject();
        rects.insert(o.value(QLatin1String("name")).toString(),
                     QRectF(o.value(QLatin1String("x")).toDouble(), o.value(QLatin1String("y")).toDouble(),
                            o.value(QLatin1String("w")).toDouble(), o.value(QLatin1String("h")).toDouble())
                         .toRect());
    }
    return rects;
}

QString valueOf(FrontEnd& f, const QString& name)
{
    const auto item = f.item(name);
    return item ? item->value(QLatin1String("value")).toString() : QString();
}

} // namespace

TEST_CASE("kiosk journey: a resident takes a ticket in large-type English")
{
    KioskRig rig;
    ServiceView service(rig.hall.url(), rig.adminToken);
    FrontEnd& k = *rig.kiosk;
    const QRect normalTile = *k.rect(QStringLiteral("homeTile_0"));

    REQUIRE(k.tap(QStringLiteral("elderlySwitch")));
    REQUIRE(hall::waitUntil(
        [&] { return k.rect(QStringLiteral("homeTile_0"))->height() > normalTile.height(); }, 20000));
    REQUIRE(k.tap(QStringLiteral("languageSwitch")));
    REQUIRE(k.waitText(QStringLiteral("Marriage")));

    REQUIRE(k.tap(QStringLiteral("homeTile_0")));
    REQUIRE(k.waitFor(QStringLiteral("chooseNext")));
    // 返回 is a step back, not a new start: large type and English stay.
    REQUIRE(k.tap(QStringLiteral("chooseBack")));
    REQUIRE(k.waitFor(QStringLiteral("homeTile_0")));
    CHECK(k.waitText(QStringLiteral("Marriage")));
    CHECK(k.rect(QStringLiteral("homeTile_0"))->height() > normalTile.height());

    REQUIRE(k.tap(QStringLiteral("homeTile_0")));
    REQUIRE(k.tap(QStringLiteral("chooseNext")));
    REQUIRE(k.tap(QStringLiteral("takeTicket")));
    REQUIRE(k.waitFor(QStringLiteral("ticketView"), false));
    REQUIRE(k.waitFor(QStringLiteral("done")));

    // The service holds the ticket the screen shows; the screen says it in English.
    const QJsonArray tickets = service.snapshot().value(QLatin1String("tickets")).toArray();
    REQUIRE(tickets.size() == 1);
    const QString number = tickets.first().toObject().value(QLatin1String("number")).toString();
    CHECK(number == QLatin1String("A001"));
    CHECK(k.waitText(number));
    // No open window serves marriage registration: no wait is promised.
    CHECK(k.waitText(QStringLiteral("No window serves this")));
    INFO(k.layoutIssues().join(QLatin1Char('\n')).toStdString());
    CHECK(k.layoutIssues().isEmpty());
    // The simulated printer printed it.
    REQUIRE(hall::waitUntil(
        [&] { return !QDir(rig.paper.path()).entryList({QStringLiteral("*.png")}).isEmpty(); }, 20000));
}

TEST_CASE("kiosk journey: a couple types his passport and her ID number and a phone number, picks his sex "
          "and birth date, and nothing moves under the taps",
          "[frontend]")
{
    // The hall's registry is designated for 涉外 registrations (offices[].foreignRelated).
    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("booking.json")));
    REQUIRE(config.open(QIODevice::WriteOnly));
    config.write(R"({"offices": [{"id": "main", "nameZh": "婚姻登记处", "nameEn": "Marriage Registry",
        "foreignRelated": ["foreign", "hongKongMacaoTaiwan"],
        "sessions": [{"days": [1, 2, 3, 4, 5], "from": "09:00", "until": "12:00", "slotMinutes": 30,
                      "capacity": {"marriage": 6}}]}]})");
    config.close();
    KioskRig rig({QStringLiteral("--booking-config"), config.fileName()});
    FrontEnd& k = *rig.kiosk;
    REQUIRE(k.tap(QStringLiteral("bookingEntry")));
    REQUIRE(k.tap(QStringLiteral("bookingType_marriage")));
    // The hall's day is Tuesday 2026-11-24; tomorrow can be booked.
    REQUIRE(k.tap(QStringLiteral("calendarDay_2026-11-25")));
    REQUIRE(k.tap(QStringLiteral("bookingSlot_0")));
    REQUIRE(k.waitFor(QStringLiteral("partiesKeypad"), false));

    int taps = 0;
    // Taps each key once the app took the one before, and checks that no key moved meanwhile.
    const auto typeInto = [&](const QString& field, const QString& prefix, const QString& text) {
        const QMap<QString, QRect> keys = keyRects(k, prefix);
        REQUIRE(keys.size() >= 10);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QString before = valueOf(k, field);
            rig.tapUntil(prefix + text.at(i), [&] { return valueOf(k, field) != before; });
            ++taps;
            const QMap<QString, QRect> now = keyRects(k, prefix);
            for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
                INFO("after tap " << taps << " on " << field.toStdString() << ": " << it.key().toStdString());
                if (now.contains(it.key())) {
                    CHECK(now.value(it.key()) == it.value());
                }
            }
        }
    };
    // His passport: the document first, then its number and issuing state on the letter keyboard.
    REQUIRE(k.tap(QStringLiteral("partyFirstDocument")));
    REQUIRE(k.tap(QStringLiteral("document_passport")));
    REQUIRE(k.waitFor(QStringLiteral("letterKeypad"), false));
    typeInto(QStringLiteral("partyFirst"), QStringLiteral("code_"), QStringLiteral("E12345678"));
    REQUIRE(k.tap(QStringLiteral("code_accept")));
    REQUIRE(k.waitText(QStringLiteral("护照签发国家或地区代码")));
    typeInto(QStringLiteral("partyFirst"), QStringLiteral("code_"), QStringLiteral("USA"));
    CHECK(valueOf(k, QStringLiteral("partyFirst")).contains(QStringLiteral("USA")));
    REQUIRE(k.tap(QStringLiteral("code_accept")));
    // Sex and birth date as on the passport, by touch: the pickers start at 1 January thirty years
    // back (1996 on the hall's day); ten years and two days on, 1986-01-03.
    REQUIRE(k.waitFor(QStringLiteral("sexMale"), false));
    rig.tapUntil(QStringLiteral("sexMale"), [&] {
        return valueOf(k, QStringLiteral("partyFirstDetails")).startsWith(QStringLiteral("男"));
    });
    const auto shown = [&] {
        QString out;
        for (const QString& part :
             {QStringLiteral("birthYear"), QStringLiteral("birthMonth"), QStringLiteral("birthDay")}) {
            const auto item = k.item(part);
            out += item ? item->value(QLatin1String("text")).toString() : QString();
        }
        return out;
    };
    for (const QString& key :
         {QStringLiteral("birthYearDown10"), QStringLiteral("birthDayUp"), QStringLiteral("birthDayUp")}) {
        const QString before = shown();
        rig.tapUntil(key, [&] { return shown() != before; });
    }
    REQUIRE(k.tap(QStringLiteral("detailsNext")));
    REQUIRE(hall::waitUntil(
        [&] {
            return valueOf(k, QStringLiteral("partyFirstDetails")).contains(QStringLiteral("1986-01-03"));
        },
        20000));

    // Her ID number on the digit keypad, which the details' next step brought up.
    REQUIRE(k.waitFor(QStringLiteral("partiesKeypad"), false));
    const QString bride =
        validIdNumber(QStringLiteral("310104"), QStringLiteral("19970412"), QStringLiteral("126"));
    typeInto(QStringLiteral("partySecond"), QStringLiteral("key_"), bride);
    CHECK(valueOf(k, QStringLiteral("partySecond")).endsWith(bride.right(4)));
    CHECK_FALSE(valueOf(k, QStringLiteral("partySecond")).contains(QStringLiteral("19970412")));
    REQUIRE(k.tap(QStringLiteral("partyPhone")));
    REQUIRE(k.waitFor(QStringLiteral("phoneKeypad"), false));
    const QString phone = QStringLiteral("13800138000");
    for (const QChar c : phone) {
        const QString before = valueOf(k, QStringLiteral("partyPhone"));
        rig.tapUntil(QStringLiteral("key_") + c,
                     [&] { return valueOf(k, QStringLiteral("partyPhone")) != before; });
    }
    CHECK(valueOf(k, QStringLiteral("partyPhone")) == QLatin1String("138****8000"));
    INFO(k.layoutIssues().join(QLatin1Char('\n')).toStdString());
    CHECK(k.layoutIssues().isEmpty());
    REQUIRE(k.tap(QStringLiteral("partiesNext")));
    REQUIRE(k.tap(QStringLiteral("confirmBooking")));
    REQUIRE(k.waitFor(QStringLiteral("bookingCode"), false, 30000));
    const QString code = k.item(QStringLiteral("bookingCode"))->value(QLatin1String("text")).toString();
    REQUIRE(code.size() >= 8);

    // The service holds his passport (masked) beside her ID card, and finds the booking by it.
    WsClient admin;
    REQUIRE(admin.open(rig.hall.url()));
    REQUIRE(ok(admin.hello(QStringLiteral("admin"), QStringLiteral("admin-1"), rig.adminToken)));
    const QJsonObject found = result(admin.call(QStringLiteral("booking.find"),
                                                {{QStringLiteral("code"), code},
                                                 {QStringLiteral("idNumber"), QStringLiteral("E12345678")},
                                                 {QStringLiteral("document"), QStringLiteral("passport")},
                                                 {QStringLiteral("nationality"), QStringLiteral("USA")}}))
                                  .value(QLatin1String("booking"))
                                  .toObject();
    const QJsonArray parties = found.value(QLatin1String("parties")).toArray();
    REQUIRE(parties.size() == 2);
    CHECK(parties.at(0).toObject().value(QLatin1String("document")).toString() == QLatin1String("passport"));
    CHECK(parties.at(0).toObject().value(QLatin1String("idMasked")).toString() == QLatin1String("E******78"));
    CHECK(parties.at(1).toObject().value(QLatin1String("idMasked")).toString().endsWith(bride.right(4)));
}
