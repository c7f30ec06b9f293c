// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The hall calendar against a real hall-service and hall-admin: the queue refuses a closed day,
// screens learn why and when the hall opens, staff are told about a missing year (snapshot,
// hall.overview, the service log), hall-admin refuses impossible arrangements and, checked as a
// reload checks it, one that would take a confirmed booking's slot, and one entered arrangement moves
// bookings and cases alike after a restart.
#include "domain/idnumber.h"
#include "hallfixture.h"
#include "test_booking_support.h"

#include <catch2/catch.hpp>

#include <csignal>

#include <QJsonArray>
#include <QJsonDocument>

using namespace hall;
using namespace hall::test;

namespace {

QStringList at(const QString& isoTime)
{
    return {QStringLiteral("--start-time"), isoTime};
}

/// A crafted 2027 (not the State Council's): the blocks around each festival, four working weekends.
const QStringList kEnter2027{
    QStringLiteral("calendar"),
    QStringLiteral("enter"),
    QStringLiteral("2027"),
    QStringLiteral("--off"),
    QStringLiteral("2027-01-01/2027-01-03,2027-02-05/2027-02-11,2027-04-03/2027-04-05,"
                   "2027-05-01/2027-05-05,2027-06-09,2027-09-15,2027-10-01/2027-10-07"),
    QStringLiteral("--workdays"),
    QStringLiteral("2027-02-20,2027-04-25,2027-09-26,2027-10-09"),
    QStringLiteral("--source"),
    QStringLiteral("test")};

QJsonObject dayOf(const QJsonObject& calendar, const QString& date)
{
    for (const QJsonValue& d : calendar.value(QLatin1String("days")).toArray()) {
        if (d.toObject().value(QLatin1String("date")).toString() == date) {
            return d.toObject();
        }
    }
    return {};
}

} // namespace

TEST_CASE("on a closed day ticket.issue is HALL_CLOSED and the snapshot says why and when the hall opens",
          "[calendar]")
{
    HallFixture f(at(QStringLiteral("2026-10-04T10:00:00+08:00"))); // 国庆 2026, a Sunday
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    const QJsonObject snapshot = result(kiosk->call(QStringLiteral("hall.snapshot")));
    const QJsonObject today = snapshot.value(QLatin1String("calendar")).toObject();
    INFO(dump(today));
    CHECK(today.value(QLatin1String("status")).toString() == QLatin1String("closed"));
    CHECK(today.value(QLatin1String("reasonZh")).toString() == QStringLiteral("国庆节假期"));
    CHECK(today.value(QLatin1String("reasonEn")).toString() == QStringLiteral("National Day holiday"));
    CHECK(today.value(QLatin1String("nextOpen")).toString() == QLatin1String("2026-10-08"));
    CHECK_FALSE(today.contains(QLatin1String("alerts"))); // for staff only

    const QJsonObject refused = kiosk->call(
        QStringLiteral("ticket.issue"), {{QStringLiteral("services"), QJsonArray{QStringLiteral("elderly")}},
                                         {QStringLiteral("requestId"), QStringLiteral("closed-1")}});
    INFO(dump(refused));
    CHECK(errorCode(refused) == QLatin1String("HALL_CLOSED"));
    CHECK(refused.value(QLatin1String("error"))
              .toObject()
              .value(QLatin1String("message"))
              .toString()
              .contains(QStringLiteral("10月8日（星期四）")));
    CHECK(result(kiosk->call(QStringLiteral("hall.snapshot"))).value(QLatin1String("seq")) ==
          snapshot.value(QLatin1String("seq")));
}

TEST_CASE("a holiday-plan day: the kiosk sees the plan, the plan's service is issued, others are not",
          "[calendar]")
{
    // 七夕 2027 (2027-08-08) is a Sunday the default holiday plan opens for marriage registration.
    HallFixture f(at(QStringLiteral("2027-08-08T09:30:00+08:00")));
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    const QJsonObject today =
        result(kiosk->call(QStringLiteral("hall.snapshot"))).value(QLatin1String("calendar")).toObject();
    INFO(dump(today));
    CHECK(today.value(QLatin1String("status")).toString() == QLatin1String("plan"));
    CHECK(today.value(QLatin1String("planNameZh")).toString() == QStringLiteral("七夕婚姻登记"));
    const QJsonArray services = today.value(QLatin1String("services")).toArray();
    REQUIRE(services.size() == 1);
    CHECK(services.first().toObject().value(QLatin1String("nameZh")).toString() ==
          QStringLiteral("结婚登记"));
    CHECK(services.first().toObject().value(QLatin1String("from")).toString() == QLatin1String("08:30"));
    const QJsonObject ticket =
        HallFixture::issue(*kiosk, {QStringLiteral("marriage")}, QStringLiteral("qixi-1"));
    CHECK(ticket.value(QLatin1String("ticket")).toObject().value(QLatin1String("number")).toString() ==
          QLatin1String("A001"));
    const QJsonObject other =
        kiosk->call(QStringLiteral("ticket.issue"),
                    {{QStringLiteral("services"), QJsonArray{QStringLiteral("assistance")}},
                     {QStringLiteral("requestId"), QStringLiteral("qixi-2")}});
    CHECK(errorCode(other) == QLatin1String("HALL_CLOSED"));
}

TEST_CASE("a missing year: staff see the alert from 1 October, the service log names the year", "[calendar]")
{
    HallFixture f(at(QStringLiteral("2026-10-12T10:00:00+08:00")));
    auto li = f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
    const QJsonArray alerts = result(li->call(QStringLiteral("hall.snapshot")))
                                  .value(QLatin1String("calendar"))
                                  .toObject()
                                  .value(QLatin1String("alerts"))
                                  .toArray();
    REQUIRE(alerts.size() == 1);
    CHECK(alerts.first().toObject().value(QLatin1String("year")).toInt() == 2027);
    CHECK(alerts.first()
              .toObject()
              .value(QLatin1String("messageZh"))
              .toString()
              .contains(QStringLiteral("hall-admin calendar enter 2027")));
    const QJsonObject overview = result(li->call(QStringLiteral("hall.overview")));
    CHECK(overview.value(QLatin1String("calendarAlerts")).toArray() == alerts);
    CHECK(waitUntil([&] { return f.hall.log().contains(QStringLiteral("2027 年的放假调休安排尚未录入")); },
                    10000));

    // Entered, and the configuration reloaded as hall-admin says: the alert is gone, on the same
    // connection.
    const AdminRun entered = f.hall.admin(kEnter2027);
    INFO(entered.err.toStdString());
    REQUIRE(entered.exitCode == 0);
    CHECK(entered.out.contains(QStringLiteral("systemctl reload hall-service")));
    REQUIRE(::kill(static_cast<pid_t>(f.hall.pid()), SIGHUP) == 0);
    CHECK(waitUntil(
        [&] {
            return result(li->call(QStringLiteral("hall.overview")))
                .value(QLatin1String("calendarAlerts"))
                .toArray()
                .isEmpty();
        },
        10000));
}

TEST_CASE("hall-admin calendar refuses impossible arrangements in zh_CN and saves nothing",
          "[calendar][admin]")
{
    HallProcess h;
    const AdminRun bad =
        h.admin({QStringLiteral("calendar"), QStringLiteral("enter"), QStringLiteral("2027"),
                 QStringLiteral("--off"), QStringLiteral("2027-03-13/2027-03-14,2026-12-31,2027-03-10"),
                 QStringLiteral("--workdays"), QStringLiteral("2027-02-22,2027-10-02,2028-01-08")});
    CHECK(bad.exitCode == 1);
    for (const char* expected :
         {"2027 年的放假安排有", "放假日期 2026-12-31 不在 2027 年内",
          "2027-03-13/2027-03-14 本来就是休息日（星期六）", "2027-03-10（星期三）与任何法定节假日都不相连",
          "2027-02-22 是星期一，本来就上班", "2027-10-02 是法定节假日（国庆节），不能调为上班",
          "调休上班日期 2028-01-08 不在 2027 年内", "未保存"}) {
        INFO(expected);
        CHECK(bad.err.contains(QString::fromUtf8(expected)));
    }
    const AdminRun show =
        h.admin({QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("2027")});
    REQUIRE(show.exitCode == 0);
    CHECK(show.out.contains(QStringLiteral("2027 年：放假调休安排尚未录入")));
    CHECK(show.out.contains(QStringLiteral("2027-10-01 周五 国庆节")));

    QStringList check = kEnter2027;
    check[1] = QStringLiteral("check");
    const AdminRun checked = h.admin(check);
    CHECK(checked.exitCode == 0);
    CHECK(checked.out.contains(QStringLiteral("可以录入（未保存）")));
    CHECK(h.admin({QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("2027")})
              .out.contains(QStringLiteral("尚未录入")));
    CHECK(h.admin({QStringLiteral("calendar"), QStringLiteral("enter"), QStringLiteral("2027")}).exitCode ==
          1);
    CHECK(h.admin({QStringLiteral("calendar"), QStringLiteral("enter"), QStringLiteral("27")}).exitCode == 2);
    const AdminRun openDay =
        h.admin({QStringLiteral("calendar"), QStringLiteral("open-day"), QStringLiteral("2026-10-01")});
    CHECK(openDay.out.trimmed() == QLatin1String("2026-10-08"));
}

TEST_CASE("one entered arrangement moves bookings and cases alike (after a restart)", "[calendar]")
{
    HallFixture f(at(QStringLiteral("2027-09-27T10:00:00+08:00"))); // Monday; 2027 not entered
    auto li = f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
    REQUIRE(f.hall
                .admin({QStringLiteral("case"), QStringLiteral("staff"), QStringLiteral("li"),
                        QStringLiteral("*")})
                .exitCode == 0);
    const QString first17 = QStringLiteral("11010519560402001");
    const QJsonObject accepted =
        li->call(QStringLiteral("case.accept"),
                 {{QStringLiteral("type"), QStringLiteral("urban_dibao")},
                  {QStringLiteral("office"), QStringLiteral("center")},
                  {QStringLiteral("name"), QStringLiteral("张三")},
                  {QStringLiteral("idNumber"), first17 + IdNumber::checkCharacter(first17)},
                  {QStringLiteral("phone"), QStringLiteral("13812345678")},
                  {QStringLiteral("requestId"), QStringLiteral("accept-1")}});
    INFO(dump(accepted));
    REQUIRE(ok(accepted));
    const QString number =
        result(accepted).value(QLatin1String("case")).toObject().value(QLatin1String("number")).toString();
    const auto surveyEnds = [&](WsClient& client) {
        const QJsonObject c =
            result(client.call(QStringLiteral("case.find"), {{QStringLiteral("number"), number}}))
                .value(QLatin1String("cases"))
                .toArray()
                .first()
                .toObject();
        return c.value(QLatin1String("steps"))
            .toArray()
            .at(1)
            .toObject()
            .value(QLatin1String("expectedEnd"))
            .toString();
    };
    const auto october = [&](WsClient& kiosk) {
        return result(kiosk.call(QStringLiteral("booking.calendar"),
                                 {{QStringLiteral("month"), QStringLiteral("2027-10")},
                                  {QStringLiteral("type"), QStringLiteral("marriage")}}));
    };
    // Provisional 2027: 国庆 10/1–10/3 closed for certain; 10/5 not released; 5 working days → 10/5.
    CHECK(surveyEnds(*li) == QLatin1String("2027-10-05"));
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    const QJsonObject before = dayOf(october(*kiosk), QStringLiteral("2027-10-05"));
    INFO(dump(before));
    CHECK_FALSE(before.value(QLatin1String("open")).toBool());
    CHECK(before.value(QLatin1String("provisional")).toBool());
    CHECK(before.value(QLatin1String("closedReason")).toString().contains(QStringLiteral("尚未公布")));
    // Screens name a public holiday, and tell a past day from a closed one.
    const QJsonObject national = dayOf(october(*kiosk), QStringLiteral("2027-10-02"));
    CHECK(national.value(QLatin1String("holidayZh")).toString() == QStringLiteral("国庆节"));
    CHECK(national.value(QLatin1String("holidayEn")).toString() == QStringLiteral("National Day"));
    CHECK_FALSE(national.contains(QLatin1String("past")));
    const QJsonObject september = result(kiosk->call(QStringLiteral("booking.calendar"),
                                                     {{QStringLiteral("month"), QStringLiteral("2027-09")},
                                                      {QStringLiteral("type"), QStringLiteral("marriage")}}));
    CHECK(
        dayOf(september, QStringLiteral("2027-09-24")).value(QLatin1String("past")).toBool()); // last Friday
    CHECK(dayOf(september, QStringLiteral("2027-09-15")).value(QLatin1String("past")).toBool()); // 中秋, gone
    CHECK_FALSE(
        dayOf(september, QStringLiteral("2027-09-27")).value(QLatin1String("past")).toBool()); // today

    const AdminRun entered = f.hall.admin(kEnter2027);
    INFO(entered.err.toStdString());
    REQUIRE(entered.exitCode == 0);
    REQUIRE(f.hall.restart());
    li = f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
    kiosk = f.connect(QStringLiteral("kiosk-1"));
    // Entered: 10/1–10/7 off, Saturday 10/9 worked. The survey's 5 working days end on 10/9, and the
    // booking calendar shows 10/5 as 国庆节假期 and 10/8 open: both read the one calendar.
    CHECK(surveyEnds(*li) == QLatin1String("2027-10-09"));
    const QJsonObject days = october(*kiosk);
    const QJsonObject after = dayOf(days, QStringLiteral("2027-10-05"));
    CHECK_FALSE(after.value(QLatin1String("open")).toBool());
    CHECK_FALSE(after.value(QLatin1String("provisional")).toBool());
    CHECK(after.value(QLatin1String("closedReason")).toString().contains(QStringLiteral("国庆节假期")));
    CHECK(dayOf(days, QStringLiteral("2027-10-08")).value(QLatin1String("open")).toBool());
}

TEST_CASE("hall-admin calendar checks a year against confirmed bookings before saving it, with the service "
          "running or not",
          "[calendar][admin]")
{
    HallFixture f(at(QStringLiteral("2027-09-27T10:00:00+08:00"))); // Monday; 2027 not entered
    REQUIRE(f.hall.admin(kEnter2027).exitCode == 0);
    auto admin = f.connect(QStringLiteral("admin-1"));
    REQUIRE(ok(admin->call(QStringLiteral("config.reload"))));
    // Friday 8 October, a working day of the entered year, is booked.
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    const QJsonObject booked =
        kiosk->call(QStringLiteral("booking.create"),
                    createArgs(QStringLiteral("b1"), 1, QStringLiteral("2027-10-08T09:00:00+08:00")));
    INFO(dump(booked));
    REQUIRE(ok(booked));
    // The same year again leaves every booking its slot: entered.
    const AdminRun same = f.hall.admin(kEnter2027);
    INFO(same.err.toStdString());
    CHECK(same.exitCode == 0);

    // A correction that also gives 8 October off would take the booking's slot: refused whole, as a
    // reload refuses it, whether the service runs (the live bookings) or not (the stored ones).
    QStringList corrected = kEnter2027;
    corrected[4].replace(QStringLiteral("2027-10-01/2027-10-07"), QStringLiteral("2027-10-01/2027-10-08"));
    corrected[6] += QStringLiteral(",2027-10-16");
    const auto refusedWhole = [&](const char* how) {
        INFO(how);
        for (const QString& verb : {QStringLiteral("check"), QStringLiteral("enter")}) {
            QStringList args = corrected;
            args[1] = verb;
            const AdminRun r = f.hall.admin(args);
            INFO(r.err.toStdString());
            CHECK(r.exitCode == 1);
            CHECK(r.err.contains(QStringLiteral("未保存")));
            CHECK(r.err.contains(QStringLiteral("已确认的预约")));
            CHECK(r.err.contains(QStringLiteral("2027-10-08")));
        }
        // What the next start would apply is still the year entered first.
        const AdminRun show =
            f.hall.admin({QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("2027")});
        REQUIRE(show.exitCode == 0);
        CHECK(show.out.contains(QStringLiteral("2027-10-07")));
        CHECK_FALSE(show.out.contains(QStringLiteral("2027-10-08")));
    };
    refusedWhole("through the running service");
    f.hall.kill();
    refusedWhole("with the service stopped");

    // Restarted on what was stored, the booking keeps its day.
    REQUIRE(f.hall.start(at(QStringLiteral("2027-09-27T10:05:00+08:00"))));
    kiosk = f.connect(QStringLiteral("kiosk-1"));
    const QJsonObject october = result(kiosk->call(QStringLiteral("booking.calendar"),
                                                   {{QStringLiteral("month"), QStringLiteral("2027-10")},
                                                    {QStringLiteral("type"), QStringLiteral("marriage")}}));
    CHECK(dayOf(october, QStringLiteral("2027-10-08")).value(QLatin1String("open")).toBool());
}
