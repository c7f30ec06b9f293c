// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Counter staff book, move and cancel for a caller (phone or walk-in) under the couple's rules, and
// every such action names the staff member in the booking's audit.
#include "bookingfixture.h"

using namespace hall;
using namespace hall::test;

namespace {

const BookingActor kPhoneWang{QStringLiteral("wang"), QStringLiteral("phone")};
const BookingActor kCounterLi{QStringLiteral("li"), QStringLiteral("walkIn")};

MoveRequest moveTo(const Booking& b, QDateTime slot, const BookingActor& actor = kPhoneWang)
{
    MoveRequest m;
    m.code = b.code;
    m.who = PartyInput{{}, man()};
    m.slotStart = std::move(slot);
    m.actor = actor;
    return m;
}

int remainingMarriages(const BookingFixture& fx, const QDateTime& slot)
{
    const auto day = fx.engine.availability(QStringLiteral("main"), halltime::local(slot).date());
    for (const SlotAvailability& s : day->timeSlots) {
        if (s.start == slot) {
            return s.remaining[static_cast<std::size_t>(typeIndex(BookingType::Marriage))];
        }
    }
    return -1;
}

} // namespace

TEST_CASE("Staff book for a caller under the same rules, and the audit names them", "[booking][staff]")
{
    BookingFixture fx;
    BookingRequest r = fx.marriage(QStringLiteral("s1"), at(QDate(2026, 12, 2), 9));
    r.actor = kPhoneWang;
    const Booking b = fx.book(r);
    const QList<BookingAuditEntry> audit = fx.engine.auditOf(b.code);
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].action == QStringLiteral("created"));
    CHECK(audit[0].staff == QStringLiteral("wang"));
    CHECK(audit[0].channel == QStringLiteral("phone"));
    CHECK(audit[0].at == fx.clock.now());
    CHECK(audit[0].detail == QStringLiteral("结婚登记 2026-12-02 09:00"));
    CHECK(fx.engine.takeChanges().audit.size() == 1);
    // A couple's own booking has no staff entry.
    const Booking own = fx.book(fx.marriage(QStringLiteral("s2"), at(QDate(2026, 12, 2), 9), 2));
    CHECK(fx.engine.auditOf(own.code).isEmpty());

    // The same rules: one booking per person, whoever books.
    BookingRequest again = fx.marriage(QStringLiteral("s3"), at(QDate(2026, 12, 3), 9));
    again.actor = kCounterLi;
    REQUIRE_REFUSED(fx, fx.engine.create(again), BookingErrorCode::AlreadyBooked);
    // Staff must say how the resident asked; a resident cannot claim a channel.
    BookingRequest noChannel = fx.marriage(QStringLiteral("s4"), at(QDate(2026, 12, 3), 9), 3);
    noChannel.actor = BookingActor{QStringLiteral("li"), QStringLiteral("email")};
    REQUIRE_REFUSED(fx, fx.engine.create(noChannel), BookingErrorCode::InvalidArgument);
    noChannel.actor = BookingActor{QString(), QStringLiteral("phone")};
    REQUIRE_REFUSED(fx, fx.engine.create(noChannel), BookingErrorCode::InvalidArgument);

    // Cancelling for the caller needs the code and one of the couple's ID numbers, as the couple's own.
    REQUIRE_REFUSED(fx, fx.engine.cancel(b.code, PartyInput{{}, man(9)}, kCounterLi),
                    BookingErrorCode::UnknownBooking);
    const auto cancelled = fx.engine.cancel(b.code, PartyInput{{}, woman()}, kCounterLi);
    REQUIRE_BOOKED(cancelled);
    CHECK(cancelled->status == BookingStatus::Cancelled);
    const QList<BookingAuditEntry> after = fx.engine.auditOf(b.code);
    REQUIRE(after.size() == 2);
    CHECK(after[1].action == QStringLiteral("cancelled"));
    CHECK(after[1].staff == QStringLiteral("li"));
    CHECK(after[1].channel == QStringLiteral("walkIn"));
}

TEST_CASE("A move keeps the code, frees the old place and takes the new one", "[booking][staff][move]")
{
    BookingFixture fx;
    const QDateTime first = at(QDate(2026, 12, 2), 9);
    const QDateTime later = at(QDate(2026, 12, 4), 14, 30);
    const Booking b = fx.book(fx.marriage(QStringLiteral("m1"), first));
    CHECK(remainingMarriages(fx, first) == 1);
    const auto moved = fx.engine.move(moveTo(b, later));
    REQUIRE_BOOKED(moved);
    CHECK(moved->code == b.code);
    CHECK(moved->slotStart == later);
    CHECK(moved->day == QDate(2026, 12, 4));
    CHECK(moved->status == BookingStatus::Confirmed);
    CHECK(remainingMarriages(fx, first) == 2);
    CHECK(remainingMarriages(fx, later) == 1);
    const QList<BookingAuditEntry> audit = fx.engine.auditOf(b.code);
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].action == QStringLiteral("moved"));
    CHECK(audit[0].detail == QStringLiteral("2026-12-02 09:00 → 2026-12-04 14:30"));
    // A move made days ahead gives the place back in time: it counts towards nothing.
    CHECK(fx.engine.takeChanges().events.isEmpty());
    // The couple finds it under the same code at the new time.
    CHECK(fx.engine.find(b.code, woman())->slotStart == later);
}

TEST_CASE("A move is refused under the rules of a new booking, changing nothing", "[booking][staff][move]")
{
    BookingFixture fx;
    const Booking b = fx.book(fx.marriage(QStringLiteral("m1"), at(QDate(2026, 12, 2), 9)));
    // Full: two other couples take 4 December 09:00.
    const QDateTime full = at(QDate(2026, 12, 4), 9);
    fx.book(fx.marriage(QStringLiteral("m2"), full, 2));
    fx.book(fx.marriage(QStringLiteral("m3"), full, 3));
    fx.engine.takeChanges();
    REQUIRE_REFUSED(fx, fx.engine.move(moveTo(b, full)), BookingErrorCode::SlotFull);
    REQUIRE_REFUSED(fx, fx.engine.move(moveTo(b, at(QDate(2026, 12, 5), 9))), BookingErrorCode::OfficeClosed);
    REQUIRE_REFUSED(fx, fx.engine.move(moveTo(b, at(QDate(2026, 12, 4), 9, 10))),
                    BookingErrorCode::UnknownSlot);
    REQUIRE_REFUSED(fx, fx.engine.move(moveTo(b, at(QDate(2027, 3, 1), 9))), BookingErrorCode::NotYetOpen);
    REQUIRE_REFUSED(fx, fx.engine.move(moveTo(b, b.slotStart)), BookingErrorCode::InvalidArgument);
    MoveRequest stranger = moveTo(b, at(QDate(2026, 12, 3), 9));
    stranger.who = PartyInput{{}, man(7)};
    REQUIRE_REFUSED(fx, fx.engine.move(stranger), BookingErrorCode::UnknownBooking);
    // Not after the cancellation deadline (120 minutes before the slot).
    fx.clock.set(at(QDate(2026, 12, 2), 7, 30));
    REQUIRE_REFUSED(fx, fx.engine.move(moveTo(b, at(QDate(2026, 12, 3), 9))),
                    BookingErrorCode::CancelTooLate);
}

TEST_CASE("A late move counts as a late cancellation of the old place", "[booking][staff][move]")
{
    BookingFixture fx;
    const Booking b = fx.book(fx.marriage(QStringLiteral("m1"), at(QDate(2026, 12, 2), 9)));
    fx.engine.takeChanges();
    fx.clock.set(at(QDate(2026, 12, 1), 14)); // 19 hours before: inside lateCancelHours (24)
    REQUIRE_BOOKED(fx.engine.move(moveTo(b, at(QDate(2026, 12, 3), 9))));
    const BookingChanges changes = fx.engine.takeChanges();
    REQUIRE(changes.events.size() == 2);
    CHECK(changes.events[0].kind == PersonEventKind::Cancellation);
    CHECK(changes.events[0].bookingCode == b.code);
}

TEST_CASE("A marriage cannot be moved to a day before both are of age", "[booking][staff][move]")
{
    BookingFixture fx;
    BookingRequest r = fx.marriage(QStringLiteral("y1"), at(QDate(2026, 12, 10), 9));
    r.first.idNumber = idNumber(QDate(2004, 12, 9), true, 5); // 22 on 2026-12-09
    const Booking b = fx.book(r);
    CHECK(b.eligibleFrom == QDate(2026, 12, 9));
    MoveRequest early = moveTo(b, at(QDate(2026, 12, 8), 9));
    early.who = PartyInput{{}, woman()};
    REQUIRE_REFUSED(fx, fx.engine.move(early), BookingErrorCode::UnderAge);
    early.slotStart = at(QDate(2026, 12, 9), 9);
    REQUIRE_BOOKED(fx.engine.move(early));
}
