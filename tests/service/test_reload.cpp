// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The service reloads the notices, the hall calendar and booking's special dates on SIGHUP or
// config.reload, without dropping a connection; a bad file, or a calendar that would take a
// confirmed booking's slot, is refused whole and nothing changes; every client hears of it.
#include "test_booking_support.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <csignal>

using namespace hall::test;

namespace {

void write(const QString& path, const QByteArray& text)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

/// The hall file at `path` with `closures` as its calendar's closures (other keys as they were).
void setClosures(const QString& path, const QJsonArray& closures)
{
    QJsonObject hall = readJson(path);
    QJsonObject calendar = hall.value(QLatin1String("calendar")).toObject();
    calendar.insert(QStringLiteral("closures"), closures);
    hall.insert(QStringLiteral("calendar"), calendar);
    write(path, QJsonDocument(hall).toJson());
}

QJsonObject closure(const QString& date)
{
    return {{QStringLiteral("date"), date},
            {QStringLiteral("reasonZh"), QStringLiteral("设备检修")},
            {QStringLiteral("reasonEn"), QStringLiteral("Maintenance")}};
}

QJsonObject dayOf(WsClient& client, const QString& date)
{
    const QJsonObject reply = client.call(
        QStringLiteral("booking.calendar"),
        {{QStringLiteral("month"), date.left(7)}, {QStringLiteral("type"), QStringLiteral("marriage")}});
    REQUIRE(ok(reply));
    for (const QJsonValue& d : result(reply).value(QLatin1String("days")).toArray()) {
        if (d.toObject().value(QLatin1String("date")).toString() == date) {
            return d.toObject();
        }
    }
    FAIL("no such day");
    return {};
}

bool bookable(WsClient& client, const QString& date)
{
    return dayOf(client, date).value(QLatin1String("open")).toBool();
}

QStringList noticeTexts(const QJsonArray& notices)
{
    QStringList out;
    for (const QJsonValue& n : notices) {
        out << n.toObject().value(QLatin1String("zh")).toString();
    }
    return out;
}

QString issueCode(WsClient& kiosk, const QString& requestId)
{
    const QJsonObject reply =
        kiosk.call(QStringLiteral("ticket.issue"),
                   {{QStringLiteral("requestId"), requestId},
                    {QStringLiteral("services"), QJsonArray{QStringLiteral("enquiries")}}});
    return ok(reply) ? QStringLiteral("OK") : errorCode(reply);
}

/// config.reload's files as "what=outcome", and its reply as text (for the problems).
QStringList outcomes(const QJsonObject& reloadResult)
{
    QStringList out;
    for (const QJsonValue& v : reloadResult.value(QLatin1String("files")).toArray()) {
        out << v.toObject().value(QLatin1String("what")).toString() + QLatin1Char('=') +
                   v.toObject().value(QLatin1String("outcome")).toString();
    }
    return out;
}

const QString kToday = QStringLiteral("2026-11-24"); // the fixture's hall day, a Tuesday

} // namespace

TEST_CASE("SIGHUP reloads the notices and the hall calendar for the queue and bookings, keeps connections")
{
    BookingConfigFile config(generalBookingJson());
    const QString notices = config.dir.filePath(QStringLiteral("notices.json"));
    write(notices, R"({"notices": ["办公时间：周一至周五"]})");
    HallFixture f(config.flags() + QStringList{QStringLiteral("--notices"), notices});
    auto display = f.connect(QStringLiteral("display-1"));
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    REQUIRE(ok(display->call(QStringLiteral("subscribe"))));
    const QJsonObject before = result(display->call(QStringLiteral("hall.snapshot")));
    CHECK(noticeTexts(before.value(QLatin1String("notices")).toArray()) ==
          QStringList{QStringLiteral("办公时间：周一至周五")});
    CHECK(bookable(*kiosk, QStringLiteral("2026-12-01")));
    CHECK(issueCode(*kiosk, QStringLiteral("before")) == QLatin1String("OK"));

    // Today and 1 December closed by the hall; new notices.
    write(
        notices,
        R"({"notices": ["12月1日临时闭馆", {"zh": "婚姻登记免费", "en": "Marriage registration is free"}]})");
    setClosures(config.hallPath, QJsonArray{closure(kToday), closure(QStringLiteral("2026-12-01"))});
    REQUIRE(::kill(static_cast<pid_t>(f.hall.pid()), SIGHUP) == 0);
    const QJsonObject event = display->waitEvent(QStringLiteral("notices.changed"));
    REQUIRE_FALSE(event.isEmpty());
    CHECK(noticeTexts(
              event.value(QLatin1String("data")).toObject().value(QLatin1String("notices")).toArray()) ==
          QStringList{QStringLiteral("12月1日临时闭馆"), QStringLiteral("婚姻登记免费")});
    CHECK_FALSE(display->waitEvent(QStringLiteral("calendar.changed")).isEmpty());
    // The same connections, still there, on the new calendar: bookings, the queue and the snapshot.
    CHECK_FALSE(bookable(*kiosk, QStringLiteral("2026-12-01")));
    CHECK(issueCode(*kiosk, QStringLiteral("after")) == QLatin1String("HALL_CLOSED"));
    const QJsonObject today =
        result(display->call(QStringLiteral("hall.snapshot"))).value(QLatin1String("calendar")).toObject();
    INFO(text(today).toStdString());
    CHECK(today.value(QLatin1String("status")).toString() == QLatin1String("closed"));
    CHECK(text(today).contains(QStringLiteral("设备检修")));
    CHECK(waitUntil([&] { return f.hall.log().contains(QStringLiteral("configuration reloaded")); }, 10000));
}

TEST_CASE(
    "a reload that is bad or would take a confirmed booking's slot is refused whole and changes nothing")
{
    BookingConfigFile config(generalBookingJson());
    HallFixture f(config.flags());
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    auto admin = f.connect(QStringLiteral("admin-1"));
    const QJsonObject booked =
        kiosk->call(QStringLiteral("booking.create"),
                    createArgs(QStringLiteral("b1"), 1, QStringLiteral("2026-12-02T09:00:00+08:00")));
    INFO(text(booked).toStdString());
    REQUIRE(ok(booked));

    // Closing the booked day (and today) while raising the special date's capacity: refused, both files.
    setClosures(config.hallPath, QJsonArray{closure(kToday), closure(QStringLiteral("2026-12-02"))});
    write(config.path, generalBookingJson().replace(R"("capacity": { "marriage": 3 })",
                                                    R"("capacity": { "marriage": 4 })"));
    QJsonObject reply = admin->call(QStringLiteral("config.reload"));
    REQUIRE(ok(reply));
    INFO(text(reply).toStdString());
    CHECK_FALSE(result(reply).value(QLatin1String("ok")).toBool());
    CHECK(outcomes(result(reply)).contains(QStringLiteral("hall=refused")));
    CHECK(outcomes(result(reply)).contains(QStringLiteral("booking=refused")));
    CHECK(text(result(reply)).contains(QStringLiteral("已确认的预约")));
    CHECK(text(result(reply)).contains(QStringLiteral("2026-12-02")));
    // Nothing changed: the queue issues today, the booked day and the special date are as they were.
    CHECK(issueCode(*kiosk, QStringLiteral("t1")) == QLatin1String("OK"));
    CHECK(bookable(*kiosk, QStringLiteral("2026-12-02")));
    CHECK(dayOf(*kiosk, QStringLiteral("2026-12-12")).value(QLatin1String("capacity")).toInt() == 18);

    // A hall file with a bad date: refused with its JSON path; the good booking file applies alone.
    setClosures(config.hallPath, QJsonArray{closure(QStringLiteral("2026-13-01"))});
    reply = admin->call(QStringLiteral("config.reload"));
    REQUIRE(ok(reply));
    CHECK(outcomes(result(reply)).contains(QStringLiteral("hall=refused")));
    CHECK(outcomes(result(reply)).contains(QStringLiteral("booking=applied")));
    CHECK(text(result(reply)).contains(QStringLiteral("calendar.closures[0].date")));
    CHECK(issueCode(*kiosk, QStringLiteral("t2")) == QLatin1String("OK"));
    CHECK(dayOf(*kiosk, QStringLiteral("2026-12-12")).value(QLatin1String("capacity")).toInt() == 24);

    // A closure away from the booking applies; a change outside the calendar waits for a restart.
    setClosures(config.hallPath, QJsonArray{closure(QStringLiteral("2026-12-03"))});
    QJsonObject hall = readJson(config.hallPath);
    hall.insert(QStringLiteral("rollover"), QStringLiteral("04:00"));
    write(config.hallPath, QJsonDocument(hall).toJson());
    reply = admin->call(QStringLiteral("config.reload"));
    REQUIRE(ok(reply));
    CHECK(outcomes(result(reply)).contains(QStringLiteral("hall=applied, restart needed")));
    CHECK(outcomes(result(reply)).contains(QStringLiteral("booking=unchanged")));
    CHECK_FALSE(bookable(*kiosk, QStringLiteral("2026-12-03")));
    CHECK(bookable(*kiosk, QStringLiteral("2026-12-02")));

    // Only admins reload.
    auto display = f.connect(QStringLiteral("display-1"));
    CHECK(errorCode(display->call(QStringLiteral("config.reload"))) == QLatin1String("FORBIDDEN"));
}

TEST_CASE("a bad notices file is refused and the displays keep the old notices")
{
    QTemporaryDir dir;
    const QString notices = dir.filePath(QStringLiteral("notices.json"));
    write(notices, R"({"notices": ["办公时间：周一至周五"]})");
    HallFixture f({QStringLiteral("--notices"), notices});
    auto admin = f.connect(QStringLiteral("admin-1"));
    auto display = f.connect(QStringLiteral("display-1"));
    write(notices, R"({"notices": [{"en": "no Chinese"}]})");
    const QJsonObject reply = admin->call(QStringLiteral("config.reload"));
    REQUIRE(ok(reply));
    CHECK_FALSE(result(reply).value(QLatin1String("ok")).toBool());
    CHECK(outcomes(result(reply)).contains(QStringLiteral("notices=refused")));
    CHECK(outcomes(result(reply)).contains(QStringLiteral("hall=unchanged")));
    CHECK(text(result(reply)).contains(QStringLiteral("notices[0].zh")));
    const QJsonObject after = result(display->call(QStringLiteral("hall.snapshot")));
    CHECK(noticeTexts(after.value(QLatin1String("notices")).toArray()) ==
          QStringList{QStringLiteral("办公时间：周一至周五")});
}
