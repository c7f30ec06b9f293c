// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// device.status over the wire: staff learn that a kiosk's printer is out of paper.
#include "hallfixture.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace hall::test;

namespace {

QJsonObject report(const QString& status)
{
    return {{QStringLiteral("kind"), QStringLiteral("printer")}, {QStringLiteral("status"), status}};
}

} // namespace

TEST_CASE("a kiosk's paper-out reaches staff as an event and in their snapshot")
{
    HallFixture f;
    auto counter = f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
    auto display = f.connect(QStringLiteral("display-1"));
    REQUIRE(ok(counter->call(QStringLiteral("subscribe"))));
    REQUIRE(ok(display->call(QStringLiteral("subscribe"))));
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));

    const QJsonObject reply =
        kiosk->call(QStringLiteral("device.status"), report(QStringLiteral("paperOut")));
    REQUIRE(ok(reply));
    CHECK(result(reply).value(QLatin1String("device")).toObject().value(QLatin1String("device")).toString() ==
          QLatin1String("kiosk-1"));

    const QJsonObject event = counter->waitEvent(QStringLiteral("device.status"));
    const QJsonObject device =
        event.value(QLatin1String("data")).toObject().value(QLatin1String("device")).toObject();
    CHECK(device.value(QLatin1String("device")).toString() == QLatin1String("kiosk-1"));
    CHECK(device.value(QLatin1String("status")).toString() == QLatin1String("paperOut"));
    CHECK(device.value(QLatin1String("textZh")).toString() == QStringLiteral("打印机缺纸"));
    // Every subscriber gets every seq, or its client would see a gap and resync.
    CHECK_FALSE(display->waitEvent(QStringLiteral("device.status")).isEmpty());

    const QJsonArray devices =
        result(counter->call(QStringLiteral("hall.snapshot"))).value(QLatin1String("devices")).toArray();
    REQUIRE(devices.size() == 1);
    CHECK(devices.first().toObject().value(QLatin1String("status")).toString() == QLatin1String("paperOut"));
    CHECK_FALSE(result(display->call(QStringLiteral("hall.snapshot"))).contains(QLatin1String("devices")));
}

TEST_CASE("a repeated report is acknowledged without a new event, the recovery is one")
{
    HallFixture f;
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    REQUIRE(ok(kiosk->call(QStringLiteral("device.status"), report(QStringLiteral("paperOut")))));
    auto seqNow = [&kiosk] {
        return result(kiosk->call(QStringLiteral("hall.snapshot"))).value(QLatin1String("seq")).toInteger();
    };
    const qint64 seq = seqNow();
    REQUIRE(ok(kiosk->call(QStringLiteral("device.status"), report(QStringLiteral("paperOut")))));
    CHECK(seqNow() == seq);
    REQUIRE(ok(kiosk->call(QStringLiteral("device.status"), report(QStringLiteral("ok")))));
    CHECK(seqNow() == seq + 1);
}

TEST_CASE("bad device reports are refused and change nothing")
{
    HallFixture f;
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    const qint64 seq =
        result(kiosk->call(QStringLiteral("hall.snapshot"))).value(QLatin1String("seq")).toInteger();
    CHECK(errorCode(kiosk->call(QStringLiteral("device.status"), report(QStringLiteral("melted")))) ==
          QLatin1String("INVALID_ARGUMENT"));
    CHECK(errorCode(kiosk->call(QStringLiteral("device.status"),
                                {{QStringLiteral("kind"), QStringLiteral("printer")}})) ==
          QLatin1String("INVALID_ARGUMENT"));
    // A device speaks only for itself: naming another device is an unknown argument.
    QJsonObject spoof = report(QStringLiteral("ok"));
    spoof.insert(QStringLiteral("device"), QStringLiteral("kiosk-2"));
    CHECK(errorCode(kiosk->call(QStringLiteral("device.status"), spoof)) ==
          QLatin1String("INVALID_ARGUMENT"));
    CHECK(result(kiosk->call(QStringLiteral("hall.snapshot"))).value(QLatin1String("seq")).toInteger() ==
          seq);
}
