// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A restart in the middle of the day (even SIGKILL) loses nothing that was acknowledged.
#include "hallfixture.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace hall::test;

TEST_CASE("killing the service mid-day loses no acknowledged ticket or call")
{
    // A morning's tickets in a second, from one kiosk: far above what one kiosk prints (its budget).
    HallFixture f({QStringLiteral("--kiosk-issues-per-minute"), QStringLiteral("1000")});
    QStringList acknowledged;
    qint64 seqBefore = 0;
    {
        auto kiosk = f.connect(QStringLiteral("kiosk-1"));
        for (int i = 0; i < 20; ++i) {
            const QJsonObject r = HallFixture::issue(
                *kiosk, {i % 2 == 0 ? QStringLiteral("marriage") : QStringLiteral("elderly")},
                QStringLiteral("restart-%1").arg(i));
            acknowledged
                << r.value(QLatin1String("ticket")).toObject().value(QLatin1String("number")).toString();
        }
        auto counter = f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
        REQUIRE(ok(counter->call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), 1}})));
        REQUIRE(ok(counter->call(QStringLiteral("counter.callNext"), {{QStringLiteral("counter"), 1}})));
        seqBefore =
            result(counter->call(QStringLiteral("hall.snapshot"))).value(QLatin1String("seq")).toInteger();
    }
    REQUIRE(f.hall.restart());

    auto admin = f.connect(QStringLiteral("admin-1"));
    const QJsonObject snapshot = result(admin->call(QStringLiteral("hall.snapshot")));
    CHECK(snapshot.value(QLatin1String("seq")).toInteger() == seqBefore);
    QStringList open;
    for (const QJsonValue& t : snapshot.value(QLatin1String("tickets")).toArray()) {
        open << t.toObject().value(QLatin1String("number")).toString();
    }
    open.sort();
    acknowledged.sort();
    CHECK(open == acknowledged);
    const QJsonObject counterOne = snapshot.value(QLatin1String("counters")).toArray().at(0).toObject();
    CHECK(counterOne.value(QLatin1String("status")).toString() == QLatin1String("open"));
    CHECK(counterOne.value(QLatin1String("ticket")).toObject().value(QLatin1String("number")).toString() ==
          QLatin1String("A001"));
    CHECK(snapshot.value(QLatin1String("recentCalls")).toArray().size() == 1);

    // Numbering and seq continue where they were.
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    const QJsonObject next =
        HallFixture::issue(*kiosk, {QStringLiteral("marriage")}, QStringLiteral("after"));
    CHECK(next.value(QLatin1String("ticket")).toObject().value(QLatin1String("number")).toString() ==
          QLatin1String("A011"));
    // One change and the queue figures it left: two seq numbers.
    CHECK(result(kiosk->call(QStringLiteral("hall.snapshot"))).value(QLatin1String("seq")).toInteger() ==
          seqBefore + 2);
}
