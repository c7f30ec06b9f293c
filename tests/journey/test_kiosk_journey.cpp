// Residents at a real kiosk window: hall-kiosk under Xvfb, tapped with the X pointer (xdotool) where
// the screen shows each key, against a real hall-service; the ticket and the booking are read back
// from the service and from the simulated printer's paper.
#include "../kiosk/idnumbers.h"
#include "frontend.h"
#include "hallprocess.h"
#include "journey.h"
#include "xdisplay.h"

#include <catch2/catch.hpp>

#include <QDir>
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

    KioskRig()
    {
        REQUIRE(x.running());
        kioskToken = hall.addDevice(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
        adminToken = hall.addDevice(QStringLiteral("admin"), QStringLiteral("admin-1"));
        REQUIRE(hall.start());
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

/// Every keypad key's place on the screen, by name.
QMap<QString, QRect> keyRects(FrontEnd& f)
{
    QMap<QString, QRect> rects;
    const QJsonArray items = f.ask({{QStringLiteral("op"), QStringLiteral("findAll")},
                                    {QStringLiteral("name"), QStringLiteral("key_")}})
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

TEST_CASE("kiosk journey: a couple types two ID numbers and a phone number and nothing moves under the taps")
{
    KioskRig rig;
    FrontEnd& k = *rig.kiosk;
    REQUIRE(k.tap(QStringLiteral("bookingEntry")));
    REQUIRE(k.tap(QStringLiteral("bookingType_marriage")));
    // The hall's day is Tuesday 2026-11-24; tomorrow can be booked.
    REQUIRE(k.tap(QStringLiteral("calendarDay_2026-11-25")));
    REQUIRE(k.tap(QStringLiteral("bookingSlot_0")));
    REQUIRE(k.waitFor(QStringLiteral("partiesKeypad"), false));

    const QString groom =
        validIdNumber(QStringLiteral("110105"), QStringLiteral("19950308"), QStringLiteral("135"));
    const QString bride =
        validIdNumber(QStringLiteral("310104"), QStringLiteral("19970412"), QStringLiteral("126"));
    const QMap<QString, QRect> keys = keyRects(k);
    REQUIRE(keys.contains(QStringLiteral("key_1")));
    int taps = 0;
    const auto typeInto = [&](const QString& field, const QString& digits) {
        for (qsizetype i = 0; i < digits.size(); ++i) {
            const QString before = valueOf(k, field);
            rig.tapUntil(QStringLiteral("key_") + digits.at(i), [&] { return valueOf(k, field) != before; });
            ++taps;
            // Every key is where it was when the couple started: the next tap lands where they aim.
            const QMap<QString, QRect> now = keyRects(k);
            for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
                INFO("after tap " << taps << " on " << field.toStdString() << ": " << it.key().toStdString());
                if (now.contains(it.key())) {
                    CHECK(now.value(it.key()) == it.value());
                }
            }
        }
    };
    typeInto(QStringLiteral("partyFirst"), groom);
    REQUIRE(k.tap(QStringLiteral("partySecond")));
    typeInto(QStringLiteral("partySecond"), bride);
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
    REQUIRE(k.tap(QStringLiteral("partiesNext")));
    REQUIRE(k.tap(QStringLiteral("confirmBooking")));
    REQUIRE(k.waitFor(QStringLiteral("bookingCode"), false, 30000));
    const QString code = k.item(QStringLiteral("bookingCode"))->value(QLatin1String("text")).toString();
    CHECK(code.size() >= 8);
}
