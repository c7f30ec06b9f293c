// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A booking file holding only what differs (here this year's special dates) is the built-in
// booking configuration with those changes (it was refused for lacking `offices`). The holiday table
// it once held is the hall calendar's now (tests/calendar/test_arrangement.cpp).
#include "bookingconfig.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace hall;

TEST_CASE("a booking file with only special dates keeps the built-in offices", "[config]")
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("booking.json")));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(R"({"specialDates": {"rules": [{"nameZh": "好日子", "on": {"pattern": "???a-0a-0a"}}]}})");
    f.close();
    const auto loaded = loadBookingConfig(f.fileName());
    INFO((loaded.ok() ? QString() : loaded.error().message).toStdString());
    REQUIRE(loaded.ok());
    const BookingConfig defaults = defaultBookingConfig();
    CHECK(loaded.value().offices.size() == defaults.offices.size());
    CHECK(loaded.value().offices.first().id == defaults.offices.first().id);
    CHECK(loaded.value().special.capacity == defaults.special.capacity); // objects merge key by key
    // The list replaces the default list as a whole: the built-in 520 is not added back.
    REQUIRE(loaded.value().special.rules.size() == 1);
    CHECK(loaded.value().special.rules.first().nameZh == QStringLiteral("好日子"));
}
