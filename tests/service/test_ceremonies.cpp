// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Certificate ceremonies (颁证仪式) through a real hall-service: the kiosk sees a collective ceremony's
// theme among the slots and books it, the counter books another couple for a caller, the group fills
// by couples, the day's list (ceremony.today, also in booking.today) names halls, times and
// officiants without personal data for the lobby, and an invited officiant is on the roster only on
// their own date; all of it across a restart.
#include "test_booking_support.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace hall::test;

namespace {

QByteArray ceremonyBookingJson()
{
    return R"({
  "offices": [
    { "id": "main", "nameZh": "测试婚姻登记处",
      "sessions": [ { "days": [1, 2, 3, 4, 5], "from": "09:00", "until": "12:00", "slotMinutes": 30,
                      "capacity": { "marriage": 2, "ceremony": 1 } } ],
      "ceremony": { "halls": ["幸福厅", "同心厅"],
                    "officiants": ["李老师", { "name": "赵主持", "invited": true, "dates": ["2026-12-04"] }],
                    "collective": [ { "on": { "date": "2026-12-03" }, "at": "10:00", "minutes": 60,
                                      "hall": "幸福厅", "couples": 2, "themeZh": "冬日集体颁证",
                                      "themeEn": "Winter collective ceremony" } ] } }
  ],
  "window": { "maxDaysAhead": 30, "opensAt": "00:00", "closeDaysBefore": 0, "closesAt": "18:00" },
  "specialDates": { "rules": [] },
  "rules": { "cancelMinutesBefore": 120, "checkInMinutesBefore": 30, "checkInMinutesAfter": 15 }
})";
}

const QString kThursdayAt10 = QStringLiteral("2026-12-03T10:00:00+08:00");

} // namespace

TEST_CASE("Ceremonies through the service: a themed collective ceremony fills, the day's list for every "
          "screen, the officiants' roster",
          "[booking][ceremony]")
{
    BookingConfigFile config(ceremonyBookingJson());
    HallFixture f(config.flags());
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    auto wang = f.counter(QStringLiteral("counter-2"), QStringLiteral("wang"));

    // The kiosk's slot list names the collective ceremony and its own end.
    const QJsonObject offered =
        kiosk->call(QStringLiteral("booking.slots"), {{QStringLiteral("date"), QStringLiteral("2026-12-03")},
                                                      {QStringLiteral("type"), QStringLiteral("ceremony")}});
    INFO(text(offered).toStdString());
    REQUIRE(ok(offered));
    QJsonObject group;
    for (const QJsonValue& v : result(offered).value(QLatin1String("slots")).toArray()) {
        if (v.toObject()
                .value(QLatin1String("start"))
                .toString()
                .startsWith(QLatin1String("2026-12-03T10:00"))) {
            group = v.toObject();
        }
    }
    REQUIRE_FALSE(group.isEmpty());
    CHECK(group.value(QLatin1String("capacity")).toInt() == 2);
    CHECK(group.value(QLatin1String("end")).toString().startsWith(QLatin1String("2026-12-03T11:00")));
    CHECK(group.value(QLatin1String("collective")).toObject().value(QLatin1String("themeZh")).toString() ==
          QStringLiteral("冬日集体颁证"));

    // A couple books it at the kiosk: the confirmation says where, when and with whom.
    const QJsonObject first =
        kiosk->call(QStringLiteral("booking.create"),
                    createArgs(QStringLiteral("c-1"), 1, kThursdayAt10, QStringLiteral("ceremony")));
    INFO(text(first).toStdString());
    REQUIRE(ok(first));
    CHECK(bookingOf(first).value(QLatin1String("hall")).toString() == QStringLiteral("幸福厅"));
    CHECK(bookingOf(first).value(QLatin1String("officiant")).toString() == QStringLiteral("李老师"));
    CHECK(bookingOf(first)
              .value(QLatin1String("slotEnd"))
              .toString()
              .startsWith(QLatin1String("2026-12-03T11:00")));
    CHECK(bookingOf(first)
              .value(QLatin1String("collective"))
              .toObject()
              .value(QLatin1String("themeEn"))
              .toString() == QStringLiteral("Winter collective ceremony"));

    // The counter books a second couple for a caller; a third finds the group full.
    QJsonObject byPhone = createArgs(QStringLiteral("c-2"), 2, kThursdayAt10, QStringLiteral("ceremony"));
    byPhone.insert(QStringLiteral("channel"), QStringLiteral("phone"));
    REQUIRE(ok(wang->call(QStringLiteral("booking.create"), byPhone)));
    CHECK(errorCode(kiosk->call(QStringLiteral("booking.create"),
                                createArgs(QStringLiteral("c-3"), 3, kThursdayAt10,
                                           QStringLiteral("ceremony")))) == QLatin1String("SLOT_FULL"));
    // Another officiant than the group's is refused in words.
    QJsonObject other = createArgs(QStringLiteral("c-4"), 4, QStringLiteral("2026-12-03T09:00:00+08:00"),
                                   QStringLiteral("ceremony"));
    other.insert(QStringLiteral("officiant"), QStringLiteral("赵主持"));
    CHECK(errorCode(kiosk->call(QStringLiteral("booking.create"), other)) ==
          QLatin1String("RESOURCE_UNAVAILABLE"));

    const auto check = [&](const QString& when) {
        INFO(when.toStdString());
        // The lobby's list: the group with its couples, no names, no ID numbers.
        auto lobby = f.connect(QStringLiteral("display-1"));
        const QJsonObject day = lobby->call(QStringLiteral("ceremony.today"),
                                            {{QStringLiteral("date"), QStringLiteral("2026-12-03")}});
        INFO(text(day).toStdString());
        REQUIRE(ok(day));
        const QJsonArray list = result(day).value(QLatin1String("ceremonies")).toArray();
        REQUIRE(list.size() == 1);
        const QJsonObject c = list.first().toObject();
        CHECK(c.value(QLatin1String("start")).toString().startsWith(QLatin1String("2026-12-03T10:00")));
        CHECK(c.value(QLatin1String("hall")).toString() == QStringLiteral("幸福厅"));
        CHECK(c.value(QLatin1String("officiant")).toString() == QStringLiteral("李老师"));
        CHECK(c.value(QLatin1String("collective")).toBool());
        CHECK(c.value(QLatin1String("couples")).toInt() == 2);
        CHECK(c.value(QLatin1String("capacity")).toInt() == 2);
        CHECK_FALSE(text(day).contains(QStringLiteral("张")));
        CHECK_FALSE(text(day).contains(groom(1)));
        // The counter's day view carries the same list.
        const QJsonObject today = wang->call(QStringLiteral("booking.today"),
                                             {{QStringLiteral("date"), QStringLiteral("2026-12-03")}});
        REQUIRE(ok(today));
        CHECK(result(today).value(QLatin1String("ceremonies")).toObject() == result(day));
        // The invited officiant is on the roster only on their date.
        const QJsonObject friday = lobby->call(QStringLiteral("ceremony.today"),
                                               {{QStringLiteral("date"), QStringLiteral("2026-12-04")}});
        CHECK(result(friday).value(QLatin1String("officiants")).toArray() ==
              QJsonArray{QStringLiteral("李老师"), QStringLiteral("赵主持")});
        CHECK(result(day).value(QLatin1String("officiants")).toArray() ==
              QJsonArray{QStringLiteral("李老师")});
    };
    check(QStringLiteral("before the restart"));
    REQUIRE(f.hall.restart());
    wang = f.counter(QStringLiteral("counter-2"), QStringLiteral("wang"));
    check(QStringLiteral("after the restart"));

    // A bad date is refused in words and changes nothing.
    auto lobby = f.connect(QStringLiteral("display-1"));
    CHECK(errorCode(lobby->call(QStringLiteral("ceremony.today"),
                                {{QStringLiteral("date"), QStringLiteral("3 Dec")}})) ==
          QLatin1String("INVALID_ARGUMENT"));
}
