// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingfixture.h"

#include "domain/idnumber.h"

#include <QJsonDocument>

namespace hall::test {

QString idNumber(QDate birth, bool male, int n)
{
    const int sequence = (n * 2 + (male ? 1 : 0)) % 1000;
    const QString first17 = QStringLiteral("110105") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

QString man(int n)
{
    return idNumber(QDate(1995, 3, 10), true, n);
}

QString woman(int n)
{
    return idNumber(QDate(1997, 6, 20), false, n);
}

QByteArray testBookingJson()
{
    return R"({
  "offices": [
    { "id": "main", "nameZh": "测试区婚姻登记处",
      "sessions": [
        { "days": [1, 2, 3, 4, 5], "from": "09:00", "until": "12:00", "slotMinutes": 30,
          "capacity": { "marriage": 2, "divorceApplication": 1, "divorceCertificate": 1, "replacement": 1, "ceremony": 2 } },
        { "days": [1, 2, 3, 4, 5], "from": "14:00", "until": "16:00", "slotMinutes": 30,
          "capacity": { "marriage": 2 } }
      ],
      "ceremony": { "halls": ["幸福厅", "同心厅"], "officiants": ["李老师", "王老师"] },
      "closures": ["2026-12-31"],
      "capacityOverrides": [ { "date": "2026-12-24", "type": "marriage", "perSlot": 5 } ] },
    { "id": "east", "nameZh": "东区婚姻登记处", "openOnHolidayPlan": false,
      "sessions": [ { "days": [1, 2, 3, 4, 5], "from": "09:00", "until": "11:00", "slotMinutes": 60,
                      "capacity": { "marriage": 4 } } ] }
  ],
  "window": { "maxDaysAhead": 30, "opensAt": "00:00", "closeDaysBefore": 1, "closesAt": "15:00" },
  "specialDates": { "releaseDaysBefore": 20, "releaseTime": "09:00",
                    "capacity": { "marriage": 3 },
                    "dates": [ { "date": "2026-12-12", "nameZh": "双十二", "releaseAt": "2026-11-30T12:00:00+08:00",
                                 "capacity": { "marriage": 1 } } ],
                    "rules": [ { "nameZh": "情人节", "on": { "monthDay": "02-14" } },
                               { "nameZh": "520", "on": { "monthDay": "05-20" } },
                               { "nameZh": "521", "on": { "monthDay": "05-21" } },
                               { "nameZh": "七夕", "on": { "lunar": "07-07" } },
                               { "nameZh": "十全十美", "on": { "monthDay": "10-10" } } ] },
  "rules": { "cancelMinutesBefore": 120, "checkInMinutesBefore": 30, "checkInMinutesAfter": 15 }
})";
}

QByteArray testCalendarJson()
{
    return R"({
  "arrangements": { "2027": { "source": "crafted for the tests",
                              "off": ["2027-01-01/2027-01-03", "2027-02-05/2027-02-16"], "workdays": ["2027-01-09"] } },
  "holidayServicePlan": [
    { "nameZh": "特殊日期", "on": { "monthDay": "02-14" }, "services": ["marriage", "divorce", "certificates"],
      "from": "09:00", "until": "16:00" },
    { "nameZh": "特殊日期", "on": { "monthDay": "05-20" }, "services": ["marriage", "divorce", "certificates"],
      "from": "09:00", "until": "16:00" },
    { "nameZh": "特殊日期", "on": { "monthDay": "05-21" }, "services": ["marriage", "divorce", "certificates"],
      "from": "09:00", "until": "16:00" },
    { "nameZh": "特殊日期", "on": { "lunar": "07-07" }, "services": ["marriage", "divorce", "certificates"],
      "from": "09:00", "until": "16:00" },
    { "nameZh": "特殊日期", "on": { "monthDay": "10-10" }, "services": ["marriage", "divorce", "certificates"],
      "from": "09:00", "until": "16:00" },
    { "nameZh": "双十二", "on": { "date": "2026-12-12" }, "services": ["marriage", "divorce", "certificates"],
      "from": "09:00", "until": "16:00" },
    { "nameZh": "周六加班", "on": { "date": "2026-12-19" }, "services": ["marriage", "divorce", "certificates"],
      "from": "09:00", "until": "16:00" }
  ]
})";
}

std::shared_ptr<const HallCalendar> testHallCalendar(const QByteArray& json)
{
    QStringList problems;
    CalendarConfig c =
        parseCalendarConfig(QJsonDocument::fromJson(json).object(), QStringLiteral("calendar"), problems);
    INFO(problems.join(QStringLiteral("; ")).toStdString());
    REQUIRE(problems.isEmpty());
    return std::make_shared<const HallCalendar>(std::move(c));
}

BookingConfig testBookingConfig()
{
    auto r = parseBookingConfig(testBookingJson());
    REQUIRE_BOOKED(r);
    BookingConfig c = std::move(r).value();
    c.calendar = testHallCalendar();
    return c;
}

BookingFixture::BookingFixture(BookingConfig config)
    : engine(std::move(config), clock, QByteArrayLiteral("test-secret"), 42)
{}

BookingRequest BookingFixture::marriage(const QString& requestId, QDateTime slot, int couple) const
{
    BookingRequest r;
    r.requestId = requestId;
    r.office = QStringLiteral("main");
    r.type = BookingType::Marriage;
    r.slotStart = std::move(slot);
    r.first = PartyInput{QStringLiteral("张三"), man(couple)};
    r.second = PartyInput{QStringLiteral("李四"), woman(couple)};
    r.phone = QStringLiteral("13800138000");
    return r;
}

Booking BookingFixture::book(const BookingRequest& r)
{
    auto b = engine.create(r);
    REQUIRE_BOOKED(b);
    return b.value();
}

} // namespace hall::test
