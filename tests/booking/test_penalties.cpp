// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingfixture.h"

using namespace hall;
using namespace hall::test;

namespace {

PersonEvent event(PersonEventKind kind, QDateTime at)
{
    return PersonEvent{0, QStringLiteral("p"), kind, std::move(at), QStringLiteral("CODE")};
}

} // namespace

TEST_CASE("penalty rules: 2 no-shows in 180 days, 5 cancellations in 180, 3 in 30", "[penalties]")
{
    const PenaltyPolicy policy{PenaltyConfig{}};
    const QDateTime t0 = at(QDate(2026, 1, 5), 10);
    using K = PersonEventKind;

    SECTION("one no-show is no ban; the second within 180 days bans for 180 days from it")
    {
        QList<PersonEvent> e{event(K::NoShow, t0)};
        REQUIRE_FALSE(policy.banAt(e, t0.addDays(1)));
        e << event(K::NoShow, t0.addDays(179));
        const auto ban = policy.banAt(e, t0.addDays(180));
        REQUIRE(ban);
        REQUIRE(ban->until == t0.addDays(179 + 180));
        REQUIRE(ban->reasonZh == QStringLiteral("180天内未按约到场2次"));
        REQUIRE_FALSE(policy.banAt(e, t0.addDays(179 + 180)));
    }
    SECTION("two no-shows 181 days apart are no ban")
    {
        const QList<PersonEvent> e{event(K::NoShow, t0), event(K::NoShow, t0.addDays(181))};
        REQUIRE_FALSE(policy.banAt(e, t0.addDays(182)));
    }
    SECTION("three cancellations within 30 days")
    {
        QList<PersonEvent> e{event(K::Cancellation, t0), event(K::Cancellation, t0.addDays(10))};
        REQUIRE_FALSE(policy.banAt(e, t0.addDays(20)));
        e << event(K::Cancellation, t0.addDays(30));
        REQUIRE(policy.banAt(e, t0.addDays(30))->until == t0.addDays(210));
    }
    SECTION("five cancellations within 180 days, never three within 30")
    {
        QList<PersonEvent> e;
        for (int i = 0; i < 4; ++i) {
            e << event(K::Cancellation, t0.addDays(20 * i));
        }
        REQUIRE_FALSE(policy.banAt(e, t0.addDays(70)));
        e << event(K::Cancellation, t0.addDays(80));
        const auto ban = policy.banAt(e, t0.addDays(80));
        REQUIRE(ban);
        REQUIRE(ban->rule.count == 5);
        REQUIRE(ban->until == t0.addDays(260));
    }
    SECTION("events in the future of `now` do not count")
    {
        const QList<PersonEvent> e{event(K::NoShow, t0), event(K::NoShow, t0.addDays(5))};
        REQUIRE_FALSE(policy.banAt(e, t0.addDays(4)));
    }
}

TEST_CASE("two no-shows refuse the next booking with the reason and the end date", "[penalties]")
{
    BookingFixture fx;
    const Booking a = fx.book(fx.marriage(QStringLiteral("r1"), at(QDate(2026, 12, 1), 9)));
    REQUIRE_REFUSED(fx, fx.engine.markNoShow(a.code, QStringLiteral("wang")),
                    BookingErrorCode::InvalidTransition);
    fx.clock.set(at(QDate(2026, 12, 1), 9, 29, 59)); // check-in is over, the slot is not
    REQUIRE_REFUSED(fx, fx.engine.markNoShow(a.code, QStringLiteral("wang")),
                    BookingErrorCode::InvalidTransition);
    fx.clock.set(at(QDate(2026, 12, 1), 9, 30));
    REQUIRE(fx.engine.markNoShow(a.code, QStringLiteral("wang"))->status == BookingStatus::NoShow);
    REQUIRE(fx.engine.takeChanges().events.size() == 2); // one per person

    const Booking b = fx.book(fx.marriage(QStringLiteral("r2"), at(QDate(2026, 12, 3), 9)));
    const QDateTime second = at(QDate(2026, 12, 3), 10);
    fx.clock.set(second);
    REQUIRE_BOOKED(fx.engine.markNoShow(b.code, QStringLiteral("wang")));

    const auto r = fx.engine.create(fx.marriage(QStringLiteral("r3"), at(QDate(2026, 12, 7), 9)));
    REQUIRE_REFUSED(fx, fx.engine.create(fx.marriage(QStringLiteral("r3"), at(QDate(2026, 12, 7), 9))),
                    BookingErrorCode::PenaltyActive);
    REQUIRE(r.error().until == second.addDays(180));
    REQUIRE(r.error().message.contains(QStringLiteral("未按约到场")));
    REQUIRE(r.error().message.contains(QStringLiteral("2027-06-01")));
    REQUIRE_FALSE(r.error().message.contains(man()));

    // The partner is banned too; someone else is not.
    BookingRequest partner = fx.marriage(QStringLiteral("r4"), at(QDate(2026, 12, 7), 9), 2);
    partner.second.idNumber = woman(1);
    REQUIRE_REFUSED(fx, fx.engine.create(partner), BookingErrorCode::PenaltyActive);
    REQUIRE_BOOKED(fx.engine.create(fx.marriage(QStringLiteral("r5"), at(QDate(2026, 12, 7), 9), 3)));

    // The ban ends exactly 180 days after the second no-show.
    fx.clock.set(second.addDays(180));
    REQUIRE(fx.engine.banOf(fx.engine.personKey(man())) == std::nullopt);
}

TEST_CASE("three late cancellations within 30 days ban the couple", "[penalties]")
{
    BookingFixture fx;
    for (int i = 0; i < 3; ++i) {
        fx.clock.set(at(kToday, 9));
        const Booking b = fx.book(fx.marriage(QStringLiteral("r%1").arg(i), at(QDate(2026, 12, 1 + i), 9)));
        fx.clock.set(at(QDate(2026, 11, 30).addDays(i), 10)); // the day before, inside the 24-hour window
        REQUIRE_BOOKED(fx.engine.cancel(b.code, man()));
    }
    REQUIRE_REFUSED(fx, fx.engine.create(fx.marriage(QStringLiteral("r9"), at(QDate(2026, 12, 8), 9))),
                    BookingErrorCode::PenaltyActive);
    REQUIRE(fx.engine.banOf(fx.engine.personKey(woman()))->until == at(QDate(2026, 12, 2), 10).addDays(180));
}

TEST_CASE("penalty thresholds are configurable", "[penalties]")
{
    BookingConfig config = testBookingConfig();
    config.penalties.rules = {{PersonEventKind::Cancellation, 1, 7}};
    config.penalties.banDays = 10;
    config.penalties.lateCancelHours = 24 * 30; // a cancellation a week ahead counts too
    BookingFixture fx(config);
    const Booking b = fx.book(fx.marriage(QStringLiteral("r1"), at(QDate(2026, 12, 1), 9)));
    REQUIRE_BOOKED(fx.engine.cancel(b.code, man()));
    REQUIRE(fx.engine.banOf(fx.engine.personKey(man()))->until == at(kToday, 9).addDays(10));
}

TEST_CASE("cancelling from the phone: the code and the phone's last four digits, the same rules",
          "[penalties]")
{
    const QString kGuest = QStringLiteral("private");
    BookingFixture fx;
    fx.clock.set(at(kToday, 9));
    const Booking b = fx.book(fx.marriage(QStringLiteral("r1"), at(QDate(2026, 12, 1), 9)));
    fx.engine.takeChanges();
    const QString lastFour = b.phone.right(4);
    REQUIRE(lastFour.size() == 4);
    const QString wrong = QString::number((lastFour.toInt() + 1) % 10000).rightJustified(4, QLatin1Char('0'));

    // Refusals change nothing: wrong digits, malformed digits, an unknown code.
    REQUIRE_REFUSED(fx, fx.engine.cancelByPhone(b.code, wrong, kGuest), BookingErrorCode::UnknownBooking);
    REQUIRE_REFUSED(fx, fx.engine.cancelByPhone(b.code, QStringLiteral("12a4"), kGuest),
                    BookingErrorCode::InvalidArgument);
    REQUIRE_REFUSED(fx, fx.engine.cancelByPhone(b.code, b.phone, kGuest), BookingErrorCode::InvalidArgument);
    REQUIRE_REFUSED(fx, fx.engine.cancelByPhone(QStringLiteral("ZZZZZZZZ"), lastFour, kGuest),
                    BookingErrorCode::UnknownBooking);
    REQUIRE(fx.engine.booking(b.code)->status == BookingStatus::Confirmed);
    REQUIRE(fx.engine.takeChanges().bookings.isEmpty());

    // Inside the late window it counts towards the penalties, as a cancellation with an ID would.
    fx.clock.set(at(QDate(2026, 11, 30), 10));
    REQUIRE(fx.engine.cancelByPhone(b.code.toLower(), lastFour, kGuest)->status == BookingStatus::Cancelled);
    const BookingChanges changes = fx.engine.takeChanges();
    REQUIRE(changes.events.size() == 2); // one per person
    // Audited as the couple's phone page from the guest network: no staff, no address, no person.
    const QList<BookingAuditEntry> audit = fx.engine.auditOf(b.code);
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].action == QStringLiteral("cancelled"));
    CHECK(audit[0].staff.isEmpty());
    CHECK(audit[0].channel == QStringLiteral("residentPage:private"));
    CHECK(audit[0].at == at(QDate(2026, 11, 30), 10));
    CHECK(audit[0].detail == QStringLiteral("2026-12-01 09:00"));
    CHECK(changes.audit == audit);
    REQUIRE_REFUSED(fx, fx.engine.cancelByPhone(b.code, lastFour, kGuest),
                    BookingErrorCode::InvalidTransition);
    CHECK(fx.engine.auditOf(b.code).size() == 1);
}
