// Issue 17: a booking file holding only this year's holidays is the built-in booking configuration with
// those holidays (it was refused for lacking `offices`).
#include "bookingconfig.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace hall;

TEST_CASE("a booking file with only holidays keeps the built-in offices", "[config]")
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("booking.json")));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(
        R"({"holidays": {"closed": ["2027-01-01", "2027-02-05/2027-02-11"], "workdays": ["2027-02-13"]}})");
    f.close();
    const auto loaded = loadBookingConfig(f.fileName());
    INFO((loaded.ok() ? QString() : loaded.error().message).toStdString());
    REQUIRE(loaded.ok());
    const BookingConfig defaults = defaultBookingConfig();
    CHECK(loaded.value().offices.size() == defaults.offices.size());
    CHECK(loaded.value().offices.first().id == defaults.offices.first().id);
    CHECK(loaded.value().holidays.holidays.contains(QDate(2027, 2, 8)));
    CHECK(loaded.value().holidays.workdays.contains(QDate(2027, 2, 13)));
    // The list replaces the default list as a whole: the built-in 2026 days are not added back.
    CHECK_FALSE(loaded.value().holidays.holidays.contains(QDate(2026, 10, 1)));
}
