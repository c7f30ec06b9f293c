// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingfixture.h"

using namespace hall;
using namespace hall::test;

namespace {

struct DivorceFixture : BookingFixture
{
    DivorceApplication apply(QDate day)
    {
        clock.set(at(day, 10));
        auto a = engine.recordDivorceApplication(QStringLiteral("main"), {QStringLiteral("王五"), man()},
                                                 {QStringLiteral("赵六"), woman()}, QStringLiteral("wang"));
        REQUIRE_BOOKED(a);
        return a.value();
    }
    BookingRequest certificate(const QString& requestId, QDate day)
    {
        BookingRequest r = marriage(requestId, at(day, 9));
        r.type = BookingType::DivorceCertificate;
        return r;
    }
};

} // namespace

TEST_CASE("the certificate visit can be booked only on days 31 to 60 after the application", "[divorce]")
{
    DivorceFixture fx;
    const DivorceApplication a = fx.apply(QDate(2026, 11, 25)); // cooling-off ends 2026-12-25 (Fri)
    REQUIRE(a.status == DivorceStatus::Pending);
    fx.clock.set(at(QDate(2026, 12, 10), 9));
    REQUIRE_REFUSED(fx, fx.engine.create(fx.certificate(QStringLiteral("c1"), QDate(2026, 12, 24))),
                    BookingErrorCode::OutsideDivorcePeriod);
    const auto refused = fx.engine.create(fx.certificate(QStringLiteral("c1"), QDate(2026, 12, 24)));
    REQUIRE(refused.error().message.contains(QStringLiteral("2026-12-26")));
    REQUIRE(refused.error().message.contains(QStringLiteral("2027-01-25")));
    const Booking b = fx.book(fx.certificate(QStringLiteral("c1"), QDate(2026, 12, 28)));
    REQUIRE(b.divorceApplication == a.id);

    SECTION("the last day moves past a Sunday: 2027-01-25 is bookable, 01-26 is not")
    {
        REQUIRE_BOOKED(fx.engine.cancel(b.code, man()));
        fx.clock.set(at(QDate(2027, 1, 4), 9));
        REQUIRE_REFUSED(fx, fx.engine.create(fx.certificate(QStringLiteral("c3"), QDate(2027, 1, 26))),
                        BookingErrorCode::OutsideDivorcePeriod);
        REQUIRE_BOOKED(fx.engine.create(fx.certificate(QStringLiteral("c2"), QDate(2027, 1, 25))));
    }
}

TEST_CASE("a cooling-off period ending on New Year's Day ends on the next working day", "[divorce]")
{
    DivorceFixture fx;
    const DivorceApplication a = fx.apply(QDate(2026, 12, 2));
    fx.clock.set(at(QDate(2026, 12, 20), 9));
    REQUIRE_REFUSED(fx, fx.engine.create(fx.certificate(QStringLiteral("c1"), QDate(2027, 1, 4))),
                    BookingErrorCode::OutsideDivorcePeriod);
    REQUIRE_BOOKED(fx.engine.create(fx.certificate(QStringLiteral("c1"), QDate(2027, 1, 5))));

    // Day 30 is a holiday, so the last day to withdraw is Monday 4 January.
    fx.clock.set(at(QDate(2027, 1, 4), 16));
    fx.engine.takeChanges();
    const auto w = fx.engine.withdrawDivorce(a.id, woman());
    REQUIRE_BOOKED(w);
    REQUIRE(w->status == DivorceStatus::Withdrawn);
    // The booked certificate visit is freed, without a penalty event.
    const BookingChanges changes = fx.engine.takeChanges();
    REQUIRE(changes.events.isEmpty());
    REQUIRE(changes.bookings.size() == 1);
    REQUIRE(changes.bookings.first().status == BookingStatus::Cancelled);
}

TEST_CASE("withdrawal is allowed within the cooling-off period only, by either party", "[divorce]")
{
    DivorceFixture fx;
    const DivorceApplication a = fx.apply(QDate(2026, 11, 25));
    REQUIRE_REFUSED(fx, fx.engine.withdrawDivorce(a.id, man(7)), BookingErrorCode::NoDivorceApplication);
    fx.clock.set(at(QDate(2026, 12, 26), 9));
    REQUIRE_REFUSED(fx, fx.engine.withdrawDivorce(a.id, man()), BookingErrorCode::OutsideDivorcePeriod);
    fx.clock.set(at(QDate(2026, 12, 25), 23, 59));
    REQUIRE_BOOKED(fx.engine.withdrawDivorce(a.id, man()));
    REQUIRE_REFUSED(fx, fx.engine.withdrawDivorce(a.id, man()), BookingErrorCode::InvalidTransition);
}

TEST_CASE("a pending application blocks a second one, a certificate needs one", "[divorce]")
{
    DivorceFixture fx;
    BookingRequest cert = fx.certificate(QStringLiteral("c1"), QDate(2026, 12, 1));
    REQUIRE_REFUSED(fx, fx.engine.create(cert), BookingErrorCode::NoDivorceApplication);
    fx.apply(QDate(2026, 11, 25));
    BookingRequest again = fx.marriage(QStringLiteral("d1"), at(QDate(2026, 12, 1), 9));
    again.type = BookingType::DivorceApplication;
    REQUIRE_REFUSED(fx, fx.engine.create(again), BookingErrorCode::DivorcePending);
    REQUIRE_REFUSED(
        fx,
        fx.engine.recordDivorceApplication(QStringLiteral("main"), {QStringLiteral("王五"), man()},
                                           {QStringLiteral("赵六"), woman()}, QStringLiteral("wang")),
        BookingErrorCode::DivorcePending);
}

TEST_CASE("after the certificate period the application is deemed withdrawn", "[divorce]")
{
    DivorceFixture fx;
    const DivorceApplication a = fx.apply(QDate(2026, 11, 25)); // certificate until 2027-01-25
    fx.clock.set(at(QDate(2027, 1, 25), 18));
    REQUIRE(fx.engine.sweepDeemedWithdrawn().isEmpty());
    fx.clock.set(at(QDate(2027, 1, 26), 0));
    REQUIRE_REFUSED(fx, fx.engine.completeDivorce(a.id, QStringLiteral("wang")),
                    BookingErrorCode::InvalidTransition);
    REQUIRE_REFUSED(fx, fx.engine.create(fx.certificate(QStringLiteral("c1"), QDate(2027, 1, 27))),
                    BookingErrorCode::NoDivorceApplication);
    const auto swept = fx.engine.sweepDeemedWithdrawn();
    REQUIRE(swept.size() == 1);
    REQUIRE(fx.engine.divorceApplication(a.id)->status == DivorceStatus::DeemedWithdrawn);
    // The couple may apply again.
    fx.engine.takeChanges();
    auto second =
        fx.engine.recordDivorceApplication(QStringLiteral("main"), {QStringLiteral("王五"), man()},
                                           {QStringLiteral("赵六"), woman()}, QStringLiteral("wang"));
    REQUIRE_BOOKED(second);
    REQUIRE(second->id == a.id + 1);
}

TEST_CASE("the certificate is issued within the certificate period only", "[divorce]")
{
    DivorceFixture fx;
    const DivorceApplication a = fx.apply(QDate(2026, 11, 25));
    fx.clock.set(at(QDate(2026, 12, 25), 10));
    REQUIRE_REFUSED(fx, fx.engine.completeDivorce(a.id, QStringLiteral("wang")),
                    BookingErrorCode::OutsideDivorcePeriod);
    fx.clock.set(at(QDate(2026, 12, 28), 10));
    REQUIRE(fx.engine.completeDivorce(a.id, QStringLiteral("wang"))->status == DivorceStatus::Completed);
    REQUIRE_REFUSED(fx, fx.engine.withdrawDivorce(a.id, man()), BookingErrorCode::InvalidTransition);
}
