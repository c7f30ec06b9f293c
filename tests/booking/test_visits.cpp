// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingfixture.h"

using namespace hall;
using namespace hall::test;

namespace {

CheckInRequest byQr(const Booking& b, const QString& office = QStringLiteral("main"))
{
    CheckInRequest r;
    r.office = office;
    r.qrPayload = b.qrPayload();
    return r;
}

} // namespace

TEST_CASE("check-in opens 30 minutes before the slot and closes 15 minutes after its start", "[checkin]")
{
    BookingFixture fx;
    const Booking b = fx.book(fx.marriage(QStringLiteral("r1"), at(kDec1, 9)));
    fx.clock.set(at(kDec1, 8, 29, 59));
    REQUIRE_REFUSED(fx, fx.engine.checkIn(byQr(b)), BookingErrorCode::CheckInTooEarly);
    REQUIRE(fx.engine.checkIn(byQr(b)).error().until == at(kDec1, 8, 30));

    SECTION("at the opening: the kiosk gets what an appointment ticket needs")
    {
        fx.clock.set(at(kDec1, 8, 30));
        const auto c = fx.engine.checkIn(byQr(b));
        REQUIRE_BOOKED(c);
        REQUIRE(c->reference == b.code);
        REQUIRE(c->service == QStringLiteral("marriage"));
        REQUIRE(c->slotStart == at(kDec1, 9));
        REQUIRE(c->slotEnd == at(kDec1, 9, 30));
        REQUIRE(c->maskedIds.size() == 2);
        REQUIRE(c->maskedIds.first().contains(QStringLiteral("***")));
        REQUIRE(fx.engine.booking(b.code)->status == BookingStatus::CheckedIn);
        REQUIRE_REFUSED(fx, fx.engine.checkIn(byQr(b)), BookingErrorCode::InvalidTransition);
    }
    SECTION("at the last second")
    {
        fx.clock.set(at(kDec1, 9, 15));
        REQUIRE_BOOKED(fx.engine.checkIn(byQr(b)));
    }
    SECTION("one second later is too late")
    {
        fx.clock.set(at(kDec1, 9, 15, 1));
        REQUIRE_REFUSED(fx, fx.engine.checkIn(byQr(b)), BookingErrorCode::CheckInTooLate);
    }
}

TEST_CASE("check-in refuses a different couple, type or office, and unknown codes", "[checkin]")
{
    BookingFixture fx;
    const Booking b = fx.book(fx.marriage(QStringLiteral("r1"), at(kDec1, 9)));
    fx.clock.set(at(kDec1, 8, 45));
    CheckInRequest r;
    r.office = QStringLiteral("main");
    r.code = b.code.toLower();
    r.idNumber = man(2);
    REQUIRE_REFUSED(fx, fx.engine.checkIn(r), BookingErrorCode::WrongCouple);
    r.idNumber = woman();
    r.type = BookingType::DivorceApplication;
    REQUIRE_REFUSED(fx, fx.engine.checkIn(r), BookingErrorCode::WrongType);
    r.type.reset();
    r.office = QStringLiteral("east");
    REQUIRE_REFUSED(fx, fx.engine.checkIn(r), BookingErrorCode::WrongOffice);
    REQUIRE_REFUSED(fx, fx.engine.checkIn(byQr(b, QStringLiteral("east"))), BookingErrorCode::WrongOffice);
    CheckInRequest forged = byQr(b);
    forged.qrPayload = QStringLiteral("HALLBK1|main|ABCDEFGH");
    REQUIRE_REFUSED(fx, fx.engine.checkIn(forged), BookingErrorCode::UnknownBooking);
    forged.qrPayload = QStringLiteral("https://example.com");
    REQUIRE_REFUSED(fx, fx.engine.checkIn(forged), BookingErrorCode::UnknownBooking);
    r.office = QStringLiteral("main");
    r.type = BookingType::Marriage;
    REQUIRE_BOOKED(fx.engine.checkIn(r)); // code typed in lower case, ID of the bride
}

TEST_CASE("couples find and cancel their booking until two hours before the slot", "[cancel]")
{
    BookingFixture fx;
    const Booking b = fx.book(fx.marriage(QStringLiteral("r1"), at(kDec1, 9)));
    REQUIRE(fx.engine.find(b.code, woman())->code == b.code);
    REQUIRE_REFUSED(fx, fx.engine.find(b.code, man(5)), BookingErrorCode::UnknownBooking);
    REQUIRE_REFUSED(fx, fx.engine.cancel(b.code, man(5)), BookingErrorCode::UnknownBooking);
    REQUIRE_REFUSED(fx, fx.engine.cancel(QStringLiteral("ZZZZZZZZ"), man()),
                    BookingErrorCode::UnknownBooking);
    REQUIRE_REFUSED(fx, fx.engine.cancel(b.code, QStringLiteral("123")), BookingErrorCode::InvalidIdNumber);
    fx.clock.set(at(kDec1, 7));
    REQUIRE_REFUSED(fx, fx.engine.cancel(b.code, man()), BookingErrorCode::CancelTooLate);
    fx.clock.set(at(kDec1, 6, 59, 59));
    const auto c = fx.engine.cancel(b.code, man());
    REQUIRE_BOOKED(c);
    REQUIRE(c->status == BookingStatus::Cancelled);
    const BookingChanges changes = fx.engine.takeChanges();
    REQUIRE(changes.events.size() == 2);
    REQUIRE(changes.events.first().kind == PersonEventKind::Cancellation);
    REQUIRE_REFUSED(fx, fx.engine.cancel(b.code, man()), BookingErrorCode::InvalidTransition);
}

TEST_CASE("an office cancels a day: couples to notify, no new bookings, no penalty", "[bulk]")
{
    BookingConfig config = testBookingConfig();
    config.penalties.lateCancelHours = 24 * 60; // every cancellation of the couple counts here
    BookingFixture fx(config);
    // Two cancellations of couple 1 beforehand: a third one of their own would ban them.
    for (int i = 0; i < 2; ++i) {
        const Booking own =
            fx.book(fx.marriage(QStringLiteral("x%1").arg(i), at(QDate(2026, 12, 2 + i), 9), 1));
        REQUIRE_BOOKED(fx.engine.cancel(own.code, man(1)));
    }
    const Booking a = fx.book(fx.marriage(QStringLiteral("r1"), at(kDec1, 10), 1));
    const Booking b = fx.book(fx.marriage(QStringLiteral("r2"), at(kDec1, 9), 2));
    const Booking gone = fx.book(fx.marriage(QStringLiteral("r3"), at(kDec1, 9), 3));
    REQUIRE_BOOKED(fx.engine.cancel(gone.code, man(3)));
    fx.engine.takeChanges();

    REQUIRE_REFUSED(fx,
                    fx.engine.cancelDay(QStringLiteral("main"), kDec1, QString(), QStringLiteral("admin")),
                    BookingErrorCode::InvalidArgument);
    const auto bulk = fx.engine.cancelDay(QStringLiteral("main"), kDec1, QStringLiteral("暴雪停办"),
                                          QStringLiteral("admin"));
    REQUIRE_BOOKED(bulk);
    REQUIRE(bulk->cancelled.size() == 2);
    REQUIRE(bulk->cancelled[0].code == b.code); // ordered by slot
    REQUIRE(bulk->cancelled[1].code == a.code);
    const auto masked = bulk->maskedNotices();
    REQUIRE(masked[0].names == QStringList{QStringLiteral("张*"), QStringLiteral("李*")});
    REQUIRE(masked[0].phone == QStringLiteral("138****8000"));
    const auto full = bulk->fullNotices();
    REQUIRE(full[0].names == QStringList{QStringLiteral("张三"), QStringLiteral("李四")});
    REQUIRE(full[0].phone == QStringLiteral("13800138000"));
    const QString csv = bulk->staffExportCsv();
    REQUIRE(csv.count(QLatin1Char('\n')) == 3);
    REQUIRE(csv.contains(QStringLiteral("13800138000")));
    REQUIRE_FALSE(csv.contains(man(1)));

    SECTION("a couple booked by typed ID numbers has no names to show or export")
    {
        BookingFixture other;
        BookingRequest r = other.marriage(QStringLiteral("n1"), at(kDec1, 9), 1);
        r.first.name.clear();
        r.second.name.clear();
        other.book(r);
        const auto day = other.engine.cancelDay(QStringLiteral("main"), kDec1, QStringLiteral("暴雪停办"),
                                                QStringLiteral("admin"));
        REQUIRE_BOOKED(day);
        REQUIRE(day->maskedNotices()[0].names == QStringList{QString(), QString()});
        REQUIRE(day->staffExportCsv().contains(QStringLiteral("未登记姓名/未登记姓名")));
        REQUIRE(day->maskedNotices()[0].maskedIds.size() == 2);
    }

    const BookingChanges changes = fx.engine.takeChanges();
    REQUIRE(changes.events.isEmpty());
    REQUIRE(changes.closures.size() == 1);
    REQUIRE(changes.bookings.size() == 2);
    REQUIRE(fx.engine.booking(a.code)->status == BookingStatus::CancelledByOffice);
    REQUIRE(fx.engine.booking(gone.code)->status == BookingStatus::Cancelled);

    // The day is closed to new bookings and shows why.
    REQUIRE_REFUSED(fx, fx.engine.create(fx.marriage(QStringLiteral("r9"), at(kDec1, 11), 9)),
                    BookingErrorCode::OfficeClosed);
    const auto day = fx.engine.availability(QStringLiteral("main"), kDec1);
    REQUIRE_FALSE(day->open);
    REQUIRE(day->closedReason.contains(QStringLiteral("暴雪停办")));
    REQUIRE(day->timeSlots.first().remaining[0] == 0);
    REQUIRE_REFUSED(
        fx,
        fx.engine.cancelDay(QStringLiteral("main"), kDec1, QStringLiteral("again"), QStringLiteral("admin")),
        BookingErrorCode::InvalidTransition);

    // Couple 1 is free to book again and not banned: the office's cancellation is not theirs.
    const auto again = fx.engine.create(fx.marriage(QStringLiteral("r10"), at(QDate(2026, 12, 3), 9), 1));
    REQUIRE_BOOKED(again);
    REQUIRE_FALSE(fx.engine.banOf(fx.engine.personKey(man(1))));
    // Nor were their two own cancellations forgotten: a third bans them.
    REQUIRE_BOOKED(fx.engine.cancel(again->code, man(1)));
    REQUIRE(fx.engine.banOf(fx.engine.personKey(man(1))));
}

TEST_CASE("availability is refused for unknown offices and far dates", "[availability]")
{
    BookingFixture fx;
    REQUIRE_REFUSED(fx, fx.engine.availability(QStringLiteral("nowhere"), kDec1),
                    BookingErrorCode::UnknownOffice);
    REQUIRE_REFUSED(fx, fx.engine.availability(QStringLiteral("main"), QDate(2030, 1, 1)),
                    BookingErrorCode::InvalidArgument);
    const auto a = fx.engine.availability(QStringLiteral("main"), QDate(2026, 11, 28));
    REQUIRE_FALSE(a->open);
    REQUIRE(a->timeSlots.isEmpty());
}

TEST_CASE("the counter's list of a day is ordered by slot and holds every state", "[counter]")
{
    BookingFixture fx;
    const Booking late = fx.book(fx.marriage(QStringLiteral("r1"), at(kDec1, 11), 1));
    const Booking early = fx.book(fx.marriage(QStringLiteral("r2"), at(kDec1, 9), 2));
    const Booking gone = fx.book(fx.marriage(QStringLiteral("r3"), at(kDec1, 10), 3));
    REQUIRE_BOOKED(fx.engine.cancel(gone.code, woman(3)));
    fx.book(fx.marriage(QStringLiteral("r4"), at(QDate(2026, 12, 2), 9), 4));
    const QList<Booking> day = fx.engine.bookingsOn(QStringLiteral("main"), kDec1);
    REQUIRE(day.size() == 3);
    REQUIRE(day[0].code == early.code);
    REQUIRE(day[1].status == BookingStatus::Cancelled);
    REQUIRE(day[2].code == late.code);
    REQUIRE(fx.engine.bookingsOn(QStringLiteral("east"), kDec1).isEmpty());
}
