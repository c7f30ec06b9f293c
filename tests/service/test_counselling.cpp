// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Counselling (婚姻家庭辅导) through a real hall-service with the built-in booking configuration: the
// offer made with a divorce application, the room's slots within the cooling-off period, staff only,
// a booking refused after the period, outcomes (reconciled withdraws the application) surviving a
// restart, and the month's report counting sessions and outcomes.
#include "test_booking_support.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace hall::test;

namespace {

QJsonObject sessionOf(const QJsonObject& reply)
{
    return result(reply).value(QLatin1String("session")).toObject();
}

} // namespace

TEST_CASE(
    "Counselling through the service: offered, booked within the cooling-off period, recorded, reported",
    "[booking][counselling]")
{
    HallFixture f; // 2026-11-24 10:00, a Tuesday; the built-in office's room: 周老师 on Tuesdays
    auto wang = f.counter(QStringLiteral("counter-2"), QStringLiteral("wang"));
    const QJsonObject recorded = wang->call(
        QStringLiteral("divorce.recordApplication"),
        {{QStringLiteral("parties"), couple(3)}, {QStringLiteral("requestId"), QStringLiteral("dv-1")}});
    INFO(text(recorded).toStdString());
    REQUIRE(ok(recorded));
    const QJsonObject app = result(recorded).value(QLatin1String("application")).toObject();
    const int id = app.value(QLatin1String("id")).toInt();
    const QJsonObject offer = app.value(QLatin1String("counselling")).toObject();
    CHECK(offer.value(QLatin1String("room")).toString() == QStringLiteral("婚姻家庭辅导室"));
    CHECK(offer.value(QLatin1String("until")).toString() == QLatin1String("2026-12-24"));

    const QJsonObject slotList =
        result(wang->call(QStringLiteral("counselling.offer"), {{QStringLiteral("application"), id}}));
    const QJsonArray free = slotList.value(QLatin1String("slots")).toArray();
    REQUIRE_FALSE(free.isEmpty());
    CHECK(free.first()
              .toObject()
              .value(QLatin1String("start"))
              .toString()
              .startsWith(QLatin1String("2026-11-24T14:00")));
    CHECK(free.first().toObject().value(QLatin1String("counsellor")).toString() == QStringLiteral("周老师"));
    CHECK(free.last()
              .toObject()
              .value(QLatin1String("start"))
              .toString()
              .startsWith(QLatin1String("2026-12-24")));
    // Staff only: a kiosk never sees who is in counselling.
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    CHECK(errorCode(kiosk->call(QStringLiteral("counselling.offer"),
                                {{QStringLiteral("application"), id}})) == QLatin1String("FORBIDDEN"));

    const auto book = [&](const QString& start, const QString& requestId) {
        return wang->call(QStringLiteral("counselling.book"), {{QStringLiteral("application"), id},
                                                               {QStringLiteral("slotStart"), start},
                                                               {QStringLiteral("requestId"), requestId}});
    };
    const QJsonObject late = book(QStringLiteral("2026-12-28T14:00:00+08:00"), QStringLiteral("cb-0"));
    CHECK(errorCode(late) == QLatin1String("OUTSIDE_DIVORCE_PERIOD"));
    const QJsonObject first = book(QStringLiteral("2026-11-24T14:00:00+08:00"), QStringLiteral("cb-1"));
    INFO(text(first).toStdString());
    REQUIRE(ok(first));
    CHECK(sessionOf(first).value(QLatin1String("room")).toString() == QStringLiteral("婚姻家庭辅导室"));
    CHECK(sessionOf(first).value(QLatin1String("counsellor")).toString() == QStringLiteral("周老师"));
    CHECK(sessionOf(first).value(QLatin1String("bookedBy")).toString() == QLatin1String("wang"));
    // The couple only masked: neither a full name nor an ID number leaves the service.
    CHECK(text(first).contains(QStringLiteral("张*")));
    CHECK_FALSE(text(first).contains(QStringLiteral("张三")));
    CHECK_FALSE(text(first).contains(groom(3)));
    // The same request again is answered once; another while this one is open is refused.
    CHECK(sessionOf(book(QStringLiteral("2026-11-24T14:00:00+08:00"), QStringLiteral("cb-1"))) ==
          sessionOf(first));
    CHECK(errorCode(book(QStringLiteral("2026-11-25T14:00:00+08:00"), QStringLiteral("cb-2"))) ==
          QLatin1String("ALREADY_BOOKED"));
    const int session = sessionOf(first).value(QLatin1String("id")).toInt();
    const auto record = [&](int s, const QString& outcome, const QString& requestId) {
        return wang->call(QStringLiteral("counselling.record"), {{QStringLiteral("session"), s},
                                                                 {QStringLiteral("outcome"), outcome},
                                                                 {QStringLiteral("requestId"), requestId}});
    };
    CHECK(errorCode(record(session, QStringLiteral("continuing"), QStringLiteral("cr-0"))) ==
          QLatin1String("INVALID_TRANSITION"));
    CHECK(errorCode(record(session, QStringLiteral("maybe"), QStringLiteral("cr-x"))) ==
          QLatin1String("INVALID_ARGUMENT"));
    REQUIRE(ok(record(session, QStringLiteral("declined"), QStringLiteral("cr-1"))));
    const QJsonObject second = book(QStringLiteral("2026-11-25T14:00:00+08:00"), QStringLiteral("cb-3"));
    REQUIRE(ok(second));
    CHECK(sessionOf(second).value(QLatin1String("counsellor")).toString() == QStringLiteral("陈老师"));

    // The next afternoon, after a restart: the couple reconciled and withdraw their application.
    wang.reset();
    kiosk.reset();
    f.hall.kill();
    REQUIRE(f.hall.start({QStringLiteral("--start-time"), QStringLiteral("2026-11-25T15:10:00+08:00")}));
    wang = f.counter(QStringLiteral("counter-2"), QStringLiteral("wang"));
    const QJsonObject reconciled = record(sessionOf(second).value(QLatin1String("id")).toInt(),
                                          QStringLiteral("reconciled"), QStringLiteral("cr-2"));
    INFO(text(reconciled).toStdString());
    REQUIRE(ok(reconciled));
    CHECK(result(reconciled)
              .value(QLatin1String("application"))
              .toObject()
              .value(QLatin1String("status"))
              .toString() == QLatin1String("withdrawn"));
    const QJsonObject after =
        result(wang->call(QStringLiteral("counselling.offer"), {{QStringLiteral("application"), id}}));
    CHECK(after.value(QLatin1String("slots")).toArray().isEmpty());
    REQUIRE(after.value(QLatin1String("sessions")).toArray().size() == 2);
    CHECK(after.value(QLatin1String("sessions"))
              .toArray()
              .at(0)
              .toObject()
              .value(QLatin1String("outcome"))
              .toString() == QLatin1String("declined"));

    const QJsonObject report = result(wang->call(QStringLiteral("report.bookings"),
                                                 {{QStringLiteral("period"), QStringLiteral("month")}}))
                                   .value(QLatin1String("report"))
                                   .toObject();
    INFO(text(report).toStdString());
    const QJsonObject figures = report.value(QLatin1String("counselling")).toObject();
    CHECK(figures.value(QLatin1String("sessions")).toInt() == 2);
    CHECK(figures.value(QLatin1String("couples")).toInt() == 1);
    CHECK(figures.value(QLatin1String("reconciled")).toInt() == 1);
    CHECK(figures.value(QLatin1String("declined")).toInt() == 1);
    CHECK(figures.value(QLatin1String("pending")).toInt() == 0);
}
