// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fairness under load: 2,000 couples try to book a special date with 100 places at the
// moment it is released, over many connections and devices of a real hall-service.
#include "test_booking_support.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QSet>

using namespace hall::test;

namespace {

// 2026-12-05 (a Saturday) opens at 10:00:08 hall time, eight seconds after the service starts:
// four slots of 25 marriages = 100 places. The test asks before the release first thing, before it
// makes its devices and connections, so a loaded machine does not make "before" come after.
const QByteArray kBurstJson = R"({
  "offices": [ { "id": "main", "nameZh": "测试婚姻登记处",
                 "sessions": [ { "days": [1, 2, 3, 4, 5], "from": "09:00", "until": "11:00", "slotMinutes": 30,
                                 "capacity": { "marriage": 2 } } ] } ],
  "specialDates": {
                    "dates": [ { "date": "2026-12-05", "nameZh": "测试吉日",
                                 "releaseAt": "2026-11-24T10:00:08+08:00", "capacity": { "marriage": 25 } } ] }
})";

const QStringList kSlots{
    QStringLiteral("2026-12-05T09:00:00+08:00"), QStringLiteral("2026-12-05T09:30:00+08:00"),
    QStringLiteral("2026-12-05T10:00:00+08:00"), QStringLiteral("2026-12-05T10:30:00+08:00")};

constexpr int kAttempts = 2000;
constexpr int kDevices = 20;
constexpr int kConnections = 100;

} // namespace

TEST_CASE("booking burst: 2,000 attempts at the release of 100 places give exactly 100 bookings",
          "[booking][burst]")
{
    BookingConfigFile config(kBurstJson);
    HallFixture f(config.flags() +
                  QStringList{QStringLiteral("--quiet"), QStringLiteral("--max-connections-per-address"),
                              QStringLiteral("500"), QStringLiteral("--booking-device-burst"),
                              QStringLiteral("120")});
    // Before the release moment: refused, saying when it opens.
    auto early = f.connect(QStringLiteral("kiosk-1"));
    const QJsonObject before =
        early->call(QStringLiteral("booking.create"), createArgs(QStringLiteral("early"), 2100, kSlots[0]));
    INFO(QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact)).toStdString());
    REQUIRE(errorCode(before) == QLatin1String("NOT_YET_OPEN"));
    CHECK(before.value(QLatin1String("error"))
              .toObject()
              .value(QLatin1String("message"))
              .toString()
              .contains(QLatin1String("10:00")));
    QList<QPair<QString, QString>> devices;
    for (int i = 1; i <= kDevices; ++i) {
        const QString name = QStringLiteral("kiosk-burst%1").arg(i);
        devices.append({name, f.hall.addDevice(QStringLiteral("kiosk"), name)});
    }
    BurstClients clients(f.hall.url(), devices, kConnections);

    // Wait for the release as a kiosk would: watch the date's state.
    QString release;
    for (int i = 0; i < 150 && release != QLatin1String("open"); ++i) {
        waitUntil([] { return false; }, 100);
        const QJsonObject reply = early->call(QStringLiteral("booking.slots"),
                                              {{QStringLiteral("date"), QStringLiteral("2026-12-05")},
                                               {QStringLiteral("type"), QStringLiteral("marriage")}});
        INFO(QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact)).toStdString());
        REQUIRE(ok(reply));
        release = result(reply).value(QLatin1String("release")).toString();
    }
    REQUIRE(release == QLatin1String("open"));

    QHash<qint64, int> coupleOf;
    for (int i = 0; i < kAttempts; ++i) {
        const qint64 id = clients.send(i % kConnections, QStringLiteral("booking.create"),
                                       createArgs(QStringLiteral("burst-%1").arg(i), i, kSlots[i % 4]));
        coupleOf.insert(id, i);
    }
    REQUIRE(clients.waitAll(90000));

    int confirmed = 0;
    QHash<QString, int> refusals;
    QSet<QString> codes;
    QSet<QString> persons;
    QHash<QString, int> perSlot;
    for (auto it = coupleOf.cbegin(); it != coupleOf.cend(); ++it) {
        const QJsonObject reply = clients.replies().value(it.key());
        if (ok(reply)) {
            ++confirmed;
            const QJsonObject b = result(reply).value(QLatin1String("booking")).toObject();
            codes.insert(b.value(QLatin1String("code")).toString());
            perSlot[b.value(QLatin1String("slotStart")).toString().left(16)] += 1;
            for (const QJsonValue& p : b.value(QLatin1String("parties")).toArray()) {
                persons.insert(p.toObject().value(QLatin1String("idMasked")).toString() +
                               QString::number(it.value()));
            }
        } else {
            refusals[errorCode(reply)] += 1;
            REQUIRE_FALSE(reply.value(QLatin1String("error"))
                              .toObject()
                              .value(QLatin1String("message"))
                              .toString()
                              .isEmpty());
        }
    }
    INFO(QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantHash([&] {
                               QVariantHash h;
                               for (auto it = refusals.cbegin(); it != refusals.cend(); ++it) {
                                   h.insert(it.key(), it.value());
                               }
                               return h;
                           }()))
                               .toJson(QJsonDocument::Compact))
             .toStdString());
    CHECK(confirmed == 100);
    CHECK(refusals.value(QStringLiteral("SLOT_FULL")) == kAttempts - 100);
    CHECK(codes.size() == 100);
    CHECK(persons.size() == 200);
    for (const QString& slot : kSlots) {
        CHECK(perSlot.value(slot.left(16)) == 25);
    }

    // What the counter sees, also after a kill: the same 100 bookings, nobody twice.
    const auto checkStored = [&] {
        auto counter = f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
        const QJsonObject day = result(counter->call(
            QStringLiteral("booking.today"), {{QStringLiteral("date"), QStringLiteral("2026-12-05")}}));
        CHECK(day.value(QLatin1String("counts")).toObject().value(QLatin1String("confirmed")).toInt() == 100);
        QSet<QString> stored;
        QSet<QString> people;
        for (const QJsonValue& s : day.value(QLatin1String("slots")).toArray()) {
            const QJsonArray list = s.toObject().value(QLatin1String("bookings")).toArray();
            CHECK(list.size() == 25);
            for (const QJsonValue& b : list) {
                stored.insert(b.toObject().value(QLatin1String("code")).toString());
            }
        }
        CHECK(stored == codes);
        const QJsonObject daySlots = result(counter->call(
            QStringLiteral("booking.slots"), {{QStringLiteral("date"), QStringLiteral("2026-12-05")},
                                              {QStringLiteral("type"), QStringLiteral("marriage")}}));
        CHECK(daySlots.value(QLatin1String("remaining")).toInt() == 0);
        CHECK(daySlots.value(QLatin1String("soldOut")).toBool());
    };
    checkStored();
    REQUIRE(f.hall.restart());
    checkStored();
}
