// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Bookings in a report: made in the period, and what became of those booked for its days, per type
// and per special date (双十二 in the test configuration).
#include "bookingfigures.h"
#include "bookingfixture.h"
#include "bookingstore.h"
#include "storage/sqlstore.h"

#include <QTemporaryDir>

using namespace hall;
using namespace hall::reports;
using namespace hall::test;

TEST_CASE("booking figures: made, checked in, no-shows, cancelled, by type and special date",
          "[reports][bookings]")
{
    QTemporaryDir dir;
    SqlStore::Options o;
    o.database = dir.filePath(QStringLiteral("hall.sqlite"));
    auto sql = SqlStore::open(o);
    REQUIRE(sql.ok());
    auto store =
        BookingStore::open(sql.value()->database(), QByteArrayLiteral("a hall secret of enough bytes"));
    REQUIRE(store.ok());
    BookingFixture fx;
    const auto commit = [&] { REQUIRE_FALSE(store.value()->commit(fx.engine.takeChanges())); };

    const QDate dec1(2026, 12, 1);
    const Booking checkedIn = fx.book(fx.marriage(QStringLiteral("r1"), at(dec1, 9), 1));
    const Booking cancelled = fx.book(fx.marriage(QStringLiteral("r2"), at(dec1, 9), 2));
    const Booking noShow = fx.book(fx.marriage(QStringLiteral("r3"), at(QDate(2026, 12, 2), 9), 3));
    BookingRequest replacement = fx.marriage(QStringLiteral("r4"), at(QDate(2026, 12, 3), 9), 4);
    replacement.type = BookingType::Replacement;
    replacement.second = {};
    fx.book(replacement);
    fx.book(fx.marriage(QStringLiteral("r5"), at(QDate(2026, 12, 4), 9), 5));
    REQUIRE_BOOKED(fx.engine.cancel(cancelled.code, man(2)));
    REQUIRE_BOOKED(fx.engine.cancelDay(QStringLiteral("main"), QDate(2026, 12, 4), QStringLiteral("停电"),
                                       QStringLiteral("admin")));
    commit();
    fx.clock.set(at(QDate(2026, 11, 30), 12));
    const BookingRequest special = fx.marriage(QStringLiteral("r6"), at(QDate(2026, 12, 12), 9), 6);
    fx.book(special);
    commit();
    fx.clock.set(at(dec1, 8, 45));
    auto in =
        fx.engine.checkIn(CheckInRequest{QStringLiteral("main"), std::nullopt, {}, checkedIn.code, man(1)});
    REQUIRE_BOOKED(in);
    fx.engine.confirmCheckIn(in.value());
    fx.clock.set(at(QDate(2026, 12, 2), 9, 30));
    REQUIRE_BOOKED(fx.engine.markNoShow(noShow.code, QStringLiteral("wang")));
    commit();

    BookingCalendar calendar(testBookingConfig());
    auto december = bookingReport(sql.value()->database(), dec1, QDate(2026, 12, 31), &calendar);
    REQUIRE(december.ok());
    const BookingCounts& marriage = december->byType.at(BookingType::Marriage);
    CHECK(marriage.made == 0); // all made in November
    CHECK(marriage.booked == 5);
    CHECK(marriage.checkedIn == 1);
    CHECK(marriage.noShow == 1);
    CHECK(marriage.cancelled == 1);
    CHECK(marriage.cancelledByOffice == 1);
    CHECK(marriage.pending == 1); // 12 December is still to come
    CHECK(december->byType.at(BookingType::Replacement).pending == 1);
    CHECK(december->total.booked == 6);

    QList<QDate> expected;
    for (const SpecialDate& s : calendar.specialDates(2026)) {
        if (s.date.month() == 12) {
            expected << s.date;
        }
    }
    QList<QDate> listed;
    for (const SpecialDateCounts& s : december->specialDates) {
        listed << s.date;
        if (s.date == QDate(2026, 12, 12)) {
            CHECK(s.nameZh == QStringLiteral("双十二"));
            CHECK(s.counts.booked == 1);
            CHECK(s.counts.pending == 1);
        } else {
            CHECK(s.counts.booked == 0);
        }
    }
    CHECK(listed == expected);
    CHECK(listed.contains(QDate(2026, 12, 12)));

    auto november = bookingReport(sql.value()->database(), QDate(2026, 11, 1), QDate(2026, 11, 30), nullptr);
    REQUIRE(november.ok());
    CHECK(november->total.made == 6);
    CHECK(november->total.booked == 0);
    CHECK(november->specialDates.isEmpty());
}
