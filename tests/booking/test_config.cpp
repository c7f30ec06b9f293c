// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingfixture.h"

using namespace hall;
using namespace hall::test;

TEST_CASE("the built-in booking configuration parses and has the domain defaults", "[config]")
{
    const BookingConfig c = defaultBookingConfig();
    REQUIRE(c.offices.size() == 1);
    REQUIRE(c.offices.first().id == QStringLiteral("main"));
    REQUIRE(c.window.maxDaysAhead == 30);
    REQUIRE(c.window.closesAt == QTime(15, 0));
    REQUIRE(c.rules.minAgeMen == 22);
    REQUIRE(c.rules.minAgeWomen == 20);
    REQUIRE(c.penalties.banDays == 180);
    REQUIRE(c.penalties.rules.size() == 3);
    // Working days are the hall calendar's: 2026 National Day week and its adjusted Saturday.
    REQUIRE(c.calendar == HallCalendar::builtIn());
    REQUIRE_FALSE(c.calendar->isWorkingDay(QDate(2026, 10, 7)));
    REQUIRE(c.calendar->isWorkingDay(QDate(2026, 10, 10)));
    // The special dates of today's practice, as rules of the configuration.
    QStringList names;
    for (const SpecialDateRule& r : c.special.rules) {
        names << r.nameZh;
    }
    REQUIRE(names == QStringList{QStringLiteral("情人节"), QStringLiteral("520"), QStringLiteral("521"),
                                 QStringLiteral("七夕"), QStringLiteral("十全十美")});
    REQUIRE(c.offices.first().workingWeekendLike == 1);
}

TEST_CASE("booking has no holiday table of its own: an old configuration with one is refused", "[config]")
{
    const auto r = parseBookingConfig(R"({ "offices": [ { "id": "a", "nameZh": "甲",
        "sessions": [ { "days": [1], "from": "09:00", "until": "10:00", "capacity": { "marriage": 1 } } ],
        "extraOpenings": [ { "date": "2027-05-15", "likeWeekday": 1 } ] } ],
      "holidays": { "closed": ["2027-01-01"] },
      "specialDates": { "builtin": true, "openOnRestDays": true } })");
    REQUIRE_FALSE(r.ok());
    const QString m = r.error().message;
    CHECK(m.contains(QStringLiteral("holidays moved to the hall calendar")));
    CHECK(m.contains(QStringLiteral("offices[0].extraOpenings moved to the hall calendar")));
    CHECK(m.contains(QStringLiteral("specialDates.builtin is no longer read")));
    CHECK(m.contains(QStringLiteral("specialDates.openOnRestDays is no longer read")));
}

TEST_CASE("a configuration with problems names every one of them and their paths", "[config]")
{
    const auto r = parseBookingConfig(R"({
      "offices": [
        { "id": "a", "nameZh": "甲", "sessions": [ { "days": [8], "from": "9:xx", "until": "12:00",
                                                      "capacity": { "wedding": 2, "marriage": -1 } } ],
          "closures": ["2026-02-30", "2026-10-07/2026-10-01"] },
        { "id": "a", "sessions": [] }
      ],
      "window": { "maxDaysAhead": 0 },
      "specialDates": { "dates": [ { "date": "2027-05-20", "nameZh": "x", "releaseAt": "soon" } ],
                        "rules": [ { "nameZh": "y", "on": { "pattern": "20aa" }, "offices": ["nowhere"] },
                                   { "nameZh": "z", "on": { "monthDay": "05-20" }, "releaseAt": "2027-04-20T00:00:00+08:00" } ] },
      "penalties": { "rules": [ { "kind": "late", "count": 0 } ] },
      "services": { "divorce": "b" }
    })");
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.error().code == BookingErrorCode::InvalidArgument);
    const QString m = r.error().message;
    for (const char* expected :
         {"offices[0].sessions[0].days[0]", "offices[0].sessions[0].from",
          "offices[0].sessions[0].capacity.wedding", "offices[0].sessions[0].capacity.marriage",
          "offices[0].closures[0]", "offices[0].closures[1]", "offices[1].id \"a\" is used twice",
          "offices[1].nameZh", "offices[1].sessions", "window.maxDaysAhead",
          "specialDates.rules[0].on.pattern", "specialDates.rules[0].offices: no office \"nowhere\"",
          "specialDates.rules[1].releaseAt needs a rule of one date", "specialDates.dates[0].releaseAt",
          "penalties.rules[0].kind", "penalties.rules[0].count", "services.divorce"}) {
        INFO(expected);
        REQUIRE(m.contains(QLatin1String(expected)));
    }
}

TEST_CASE("a file that is not JSON is refused", "[config]")
{
    REQUIRE_FALSE(parseBookingConfig("{ offices: ").ok());
    REQUIRE_FALSE(loadBookingConfig(QStringLiteral("/nonexistent/booking.json")).ok());
}

TEST_CASE("ceremony sessions need halls and officiants", "[config]")
{
    const auto r = parseBookingConfig(R"({ "offices": [ { "id": "a", "nameZh": "甲",
        "sessions": [ { "days": [1], "from": "09:00", "until": "10:00", "capacity": { "ceremony": 1 } } ] } ] })");
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.error().message.contains(QStringLiteral("offices[0].ceremony")));
}

TEST_CASE("a special date released after its booking closes is refused", "[config]")
{
    const auto r = parseBookingConfig(R"({ "offices": [ { "id": "a", "nameZh": "甲",
        "sessions": [ { "days": [1], "from": "09:00", "until": "10:00", "capacity": { "marriage": 1 } } ] } ],
      "window": { "closeDaysBefore": 2 },
      "specialDates": { "releaseDaysBefore": 1,
                        "dates": [ { "date": "2027-05-20", "nameZh": "x", "releaseAt": "2027-05-18T15:00:00+08:00" } ] } })");
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.error().message.contains(QStringLiteral("specialDates.releaseDaysBefore")));
    REQUIRE(r.error().message.contains(QStringLiteral("specialDates.dates[0].releaseAt")));
}
