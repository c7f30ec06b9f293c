// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// booking.create through a real hall-service: real-name by both ID numbers, names optional (a
// couple at the kiosk without their cards on the reader types the numbers and has no names).
#include "test_booking_support.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace hall::test;

namespace {

const QString kSlot = QStringLiteral("2026-12-01T09:00:00+08:00");
const QString kSlot2 = QStringLiteral("2026-12-01T09:30:00+08:00");

QJsonObject withParties(const QString& requestId, const QString& slot, const QJsonArray& parties)
{
    QJsonObject a = createArgs(requestId, 1, slot);
    a.insert(QStringLiteral("parties"), parties);
    return a;
}

QJsonObject party(const QString& idNumber)
{
    return {{QStringLiteral("idNumber"), idNumber}};
}

QJsonObject party(const QString& name, const QString& idNumber)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("idNumber"), idNumber}};
}

QStringList namesOf(const QJsonObject& reply)
{
    QStringList out;
    const QJsonArray parties =
        result(reply).value(QLatin1String("booking")).toObject().value(QLatin1String("parties")).toArray();
    for (const QJsonValue& p : parties) {
        out << p.toObject().value(QLatin1String("name")).toString();
        REQUIRE(p.toObject().value(QLatin1String("idMasked")).toString().size() == 18);
    }
    return out;
}

} // namespace

TEST_CASE("booking.create: names are optional, ID numbers are not", "[booking][names]")
{
    BookingConfigFile config(generalBookingJson());
    HallFixture f(config.flags() +
                  QStringList{QStringLiteral("--booking-device-burst"), QStringLiteral("200")});
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    const auto call = [&](const QJsonObject& args) {
        const QJsonObject reply = kiosk->call(QStringLiteral("booking.create"), args);
        INFO(QJsonDocument(reply).toJson(QJsonDocument::Compact).toStdString());
        return reply;
    };

    // Both numbers typed: no "name" at all, or an empty one.
    const QJsonObject typed =
        call(withParties(QStringLiteral("n-1"), kSlot, {party(groom(11)), party(QString(), bride(11))}));
    REQUIRE(ok(typed));
    CHECK(namesOf(typed) == QStringList{QString(), QString()});
    // One from the card with its name, one typed.
    const QJsonObject mixed = call(withParties(QStringLiteral("n-2"), kSlot,
                                               {party(QStringLiteral("王五"), groom(12)), party(bride(12))}));
    REQUIRE(ok(mixed));
    CHECK(namesOf(mixed) == QStringList{QStringLiteral("王*"), QString()});
    // "My booking" finds it by code and an ID number, names or not.
    const QString code =
        result(typed).value(QLatin1String("booking")).toObject().value(QLatin1String("code")).toString();
    const QJsonObject found =
        kiosk->call(QStringLiteral("booking.find"),
                    {{QStringLiteral("code"), code}, {QStringLiteral("idNumber"), bride(11)}});
    REQUIRE(ok(found));
    CHECK(namesOf(found) == QStringList{QString(), QString()});

    // A name that is given must still be one; the number is never optional; nothing else is allowed.
    CHECK(errorCode(call(withParties(QStringLiteral("n-3"), kSlot2,
                                     {party(QStringLiteral("李\u0007四"), groom(13)), party(bride(13))}))) ==
          QLatin1String("INVALID_ARGUMENT"));
    CHECK(errorCode(call(withParties(QStringLiteral("n-4"), kSlot2,
                                     {party(QString(41, QChar(0x674E)), groom(13)), party(bride(13))}))) ==
          QLatin1String("INVALID_ARGUMENT"));
    CHECK(errorCode(call(
              withParties(QStringLiteral("n-5"), kSlot2,
                          {QJsonObject{{QStringLiteral("name"), 7}, {QStringLiteral("idNumber"), groom(13)}},
                           party(bride(13))}))) == QLatin1String("INVALID_ARGUMENT"));
    CHECK(errorCode(call(withParties(QStringLiteral("n-6"), kSlot2,
                                     {QJsonObject{{QStringLiteral("name"), QStringLiteral("张三")}},
                                      party(bride(13))}))) == QLatin1String("INVALID_ARGUMENT"));
    CHECK(errorCode(call(
              withParties(QStringLiteral("n-7"), kSlot2,
                          {QJsonObject{{QStringLiteral("idNumber"), groom(13)}, {QStringLiteral("phone"), 1}},
                           party(bride(13))}))) == QLatin1String("INVALID_ARGUMENT"));
    // The rules hold without names: the same couple cannot hold a second booking.
    CHECK(errorCode(call(withParties(QStringLiteral("n-8"), kSlot2, {party(groom(11)), party(bride(11))}))) ==
          QLatin1String("ALREADY_BOOKED"));
    // Nothing refused was booked: 09:30 still has all its places.
    const QJsonObject day = result(
        kiosk->call(QStringLiteral("booking.slots"), {{QStringLiteral("date"), QStringLiteral("2026-12-01")},
                                                      {QStringLiteral("type"), QStringLiteral("marriage")}}));
    const QJsonArray list = day.value(QLatin1String("slots")).toArray();
    REQUIRE(list.size() >= 2);
    CHECK(list.at(0).toObject().value(QLatin1String("remaining")).toInt() == 0);
    CHECK(list.at(1).toObject().value(QLatin1String("remaining")).toInt() == 2);
}
