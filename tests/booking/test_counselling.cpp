// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Marriage and family counselling (婚姻家庭辅导) offered with a divorce application: the room's slots
// within the cooling-off period with the counsellor on duty, one session at a time, and outcomes that
// never move the legal periods (reconciled withdraws the application).
#include "bookingfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace hall;
using namespace hall::test;

namespace {

/// The test offices; "main" has a counselling room 14:00–16:00 in one-hour slots, 陈老师 on Monday,
/// Wednesday and Friday, 周老师 on Tuesday, nobody on Thursday. "east" has none.
BookingConfig counsellingConfig()
{
    QJsonObject root = QJsonDocument::fromJson(testBookingJson()).object();
    QJsonArray offices = root.value(QStringLiteral("offices")).toArray();
    QJsonObject main = offices.at(0).toObject();
    main.insert(QStringLiteral("counselling"),
                QJsonObject{{QStringLiteral("room"), QStringLiteral("婚姻家庭辅导室")},
                            {QStringLiteral("from"), QStringLiteral("14:00")},
                            {QStringLiteral("until"), QStringLiteral("16:00")},
                            {QStringLiteral("slotMinutes"), 60},
                            {QStringLiteral("counsellors"),
                             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("陈老师")},
                                                    {QStringLiteral("days"), QJsonArray{1, 3, 5}}},
                                        QJsonObject{{QStringLiteral("name"), QStringLiteral("周老师")},
                                                    {QStringLiteral("days"), QJsonArray{2}}}}}});
    offices.replace(0, main);
    root.insert(QStringLiteral("offices"), offices);
    auto c = parseBookingConfig(QJsonDocument(root).toJson());
    REQUIRE_BOOKED(c);
    return std::move(c).value();
}

struct CounsellingFixture : BookingFixture
{
    CounsellingFixture() : BookingFixture(counsellingConfig()) {}

    /// Wednesday 2026-11-25 10:00: cooling-off until Friday 2026-12-25.
    DivorceApplication apply(const QString& office = QStringLiteral("main"), int couple = 1)
    {
        clock.set(at(QDate(2026, 11, 25), 10));
        auto a =
            engine.recordDivorceApplication(office, {QStringLiteral("王五"), man(couple)},
                                            {QStringLiteral("赵六"), woman(couple)}, QStringLiteral("wang"));
        REQUIRE_BOOKED(a);
        return a.value();
    }
};

} // namespace

TEST_CASE("Counselling slots run to the end of the cooling-off period with the counsellor on duty",
          "[booking][counselling]")
{
    CounsellingFixture fx;
    const DivorceApplication a = fx.apply();
    const auto offered = fx.engine.counsellingSlots(a.id);
    REQUIRE_BOOKED(offered);
    REQUIRE_FALSE(offered->isEmpty());
    // From the day of the application (its afternoon is still ahead) …
    CHECK(offered->first().start == at(QDate(2026, 11, 25), 14));
    CHECK(offered->first().end == at(QDate(2026, 11, 25), 15));
    CHECK(offered->first().counsellor == QStringLiteral("陈老师"));
    // … to the last day of the cooling-off period, never beyond.
    CHECK(offered->last().start == at(QDate(2026, 12, 25), 15));
    for (const CounsellingSlot& s : *offered) {
        const QDate d = halltime::local(s.start).date();
        CHECK(d.dayOfWeek() != 4); // nobody on duty on Thursdays
        CHECK(d.dayOfWeek() < 6);  // the office's working days only
        CHECK(s.counsellor == (d.dayOfWeek() == 2 ? QStringLiteral("周老师") : QStringLiteral("陈老师")));
    }
    // An office without a counselling room offers none.
    const DivorceApplication east = fx.apply(QStringLiteral("east"), 2);
    REQUIRE_REFUSED(fx, fx.engine.bookCounselling(east.id, at(QDate(2026, 11, 27), 14), QStringLiteral("li")),
                    BookingErrorCode::TypeNotOffered);
}

TEST_CASE("A counselling session cannot be booked after the cooling-off period", "[booking][counselling]")
{
    CounsellingFixture fx;
    const DivorceApplication a = fx.apply();
    const DivorcePeriods periods = fx.engine.divorcePeriods(a);
    REQUIRE(periods.coolingOffEnds == QDate(2026, 12, 25));
    // The Monday after the period: a slot the room has, but not for this couple any more.
    REQUIRE_REFUSED(fx, fx.engine.bookCounselling(a.id, at(QDate(2026, 12, 28), 14), QStringLiteral("li")),
                    BookingErrorCode::OutsideDivorcePeriod);
    const auto refused = fx.engine.bookCounselling(a.id, at(QDate(2026, 12, 28), 14), QStringLiteral("li"));
    CHECK(refused.error().message.contains(QStringLiteral("2026-12-25")));
    // Once the period is over nothing is offered at all.
    fx.clock.set(at(QDate(2026, 12, 26), 9));
    REQUIRE(fx.engine.counsellingSlots(a.id).ok());
    CHECK(fx.engine.counsellingSlots(a.id)->isEmpty());
    // The last day's last slot is still bookable on that day.
    fx.clock.set(at(QDate(2026, 12, 25), 9));
    REQUIRE_BOOKED(fx.engine.bookCounselling(a.id, at(QDate(2026, 12, 25), 15), QStringLiteral("li")));
}

TEST_CASE("One session at a time, in a slot the room has, never one taken or begun", "[booking][counselling]")
{
    CounsellingFixture fx;
    const DivorceApplication a = fx.apply(QStringLiteral("main"), 1);
    const DivorceApplication b = fx.apply(QStringLiteral("main"), 2);
    const QDateTime friday = at(QDate(2026, 11, 27), 14);
    auto booked = fx.engine.bookCounselling(a.id, friday, QStringLiteral("li"));
    REQUIRE_BOOKED(booked);
    CHECK(booked->room == QStringLiteral("婚姻家庭辅导室"));
    CHECK(booked->counsellor == QStringLiteral("陈老师"));
    CHECK(booked->bookedBy == QStringLiteral("li"));
    CHECK(fx.engine.takeChanges().counselling.size() == 1);

    REQUIRE_REFUSED(fx, fx.engine.bookCounselling(b.id, friday, QStringLiteral("li")),
                    BookingErrorCode::SlotFull);
    REQUIRE_REFUSED(fx, fx.engine.bookCounselling(a.id, at(QDate(2026, 11, 30), 14), QStringLiteral("li")),
                    BookingErrorCode::AlreadyBooked);
    // Thursday: the room has no counsellor; 14:30 is not a slot.
    REQUIRE_REFUSED(fx, fx.engine.bookCounselling(b.id, at(QDate(2026, 11, 26), 14), QStringLiteral("li")),
                    BookingErrorCode::UnknownSlot);
    REQUIRE_REFUSED(fx,
                    fx.engine.bookCounselling(b.id, at(QDate(2026, 11, 27), 14, 30), QStringLiteral("li")),
                    BookingErrorCode::UnknownSlot);
    // The morning is not the room's; a slot that has begun is closed.
    REQUIRE_REFUSED(fx, fx.engine.bookCounselling(b.id, at(QDate(2026, 11, 25), 9), QStringLiteral("li")),
                    BookingErrorCode::UnknownSlot);
    fx.clock.set(at(QDate(2026, 11, 25), 14, 10));
    REQUIRE_REFUSED(fx, fx.engine.bookCounselling(b.id, at(QDate(2026, 11, 25), 14), QStringLiteral("li")),
                    BookingErrorCode::BookingClosed);
    // Without a staff member nothing is booked.
    REQUIRE_REFUSED(fx, fx.engine.bookCounselling(b.id, at(QDate(2026, 11, 25), 15), QString()),
                    BookingErrorCode::InvalidArgument);
    const auto left = fx.engine.counsellingSlots(b.id);
    CHECK(std::none_of(left->begin(), left->end(),
                       [&](const CounsellingSlot& s) { return s.start == friday; }));
}

TEST_CASE("Reconciled withdraws the application, continuing and declined leave the legal periods alone",
          "[booking][counselling]")
{
    CounsellingFixture fx;
    const DivorceApplication a = fx.apply();
    const DivorcePeriods before = fx.engine.divorcePeriods(a);
    const QDateTime friday = at(QDate(2026, 11, 27), 14);
    const CounsellingSession s = fx.engine.bookCounselling(a.id, friday, QStringLiteral("li")).value();

    // Not before it began (declined excepted: it frees the room).
    REQUIRE_REFUSED(fx,
                    fx.engine.recordCounselling(s.id, CounsellingOutcome::Continuing, QStringLiteral("li")),
                    BookingErrorCode::InvalidTransition);
    REQUIRE_REFUSED(fx, fx.engine.recordCounselling(s.id, CounsellingOutcome::None, QStringLiteral("li")),
                    BookingErrorCode::InvalidArgument);
    REQUIRE_REFUSED(fx, fx.engine.recordCounselling(99, CounsellingOutcome::Declined, QStringLiteral("li")),
                    BookingErrorCode::UnknownBooking);
    fx.clock.set(at(QDate(2026, 11, 27), 15));

    SECTION("continuing: another session may follow, the periods stay")
    {
        const auto done =
            fx.engine.recordCounselling(s.id, CounsellingOutcome::Continuing, QStringLiteral("zhou"));
        REQUIRE_BOOKED(done);
        CHECK(done->recordedBy == QStringLiteral("zhou"));
        CHECK(fx.engine.divorceApplication(a.id)->status == DivorceStatus::Pending);
        CHECK(fx.engine.divorcePeriods(*fx.engine.divorceApplication(a.id)) == before);
        REQUIRE_REFUSED(fx,
                        fx.engine.recordCounselling(s.id, CounsellingOutcome::Declined, QStringLiteral("li")),
                        BookingErrorCode::InvalidTransition);
        REQUIRE_BOOKED(fx.engine.bookCounselling(a.id, at(QDate(2026, 12, 4), 14), QStringLiteral("li")));
    }
    SECTION("reconciled: the application is withdrawn and its certificate visit freed")
    {
        fx.clock.set(at(QDate(2026, 11, 28), 9)); // booking for 2026-12-28 opens 30 days ahead
        BookingRequest visit = fx.marriage(QStringLiteral("cert"), at(QDate(2026, 12, 28), 9));
        visit.type = BookingType::DivorceCertificate;
        const Booking cert = fx.book(visit);
        REQUIRE_BOOKED(
            fx.engine.recordCounselling(s.id, CounsellingOutcome::Reconciled, QStringLiteral("li")));
        CHECK(fx.engine.divorceApplication(a.id)->status == DivorceStatus::Withdrawn);
        CHECK(fx.engine.booking(cert.code)->status == BookingStatus::Cancelled);
        CHECK(fx.engine.counsellingOf(a.id).first().outcome == CounsellingOutcome::Reconciled);
        // A withdrawn application offers no more counselling.
        REQUIRE_REFUSED(fx, fx.engine.bookCounselling(a.id, at(QDate(2026, 12, 4), 14), QStringLiteral("li")),
                        BookingErrorCode::InvalidTransition);
    }
    SECTION("reconciled after the cooling-off period cannot withdraw: the law lets it lapse")
    {
        fx.clock.set(at(QDate(2026, 12, 28), 9));
        REQUIRE_REFUSED(
            fx, fx.engine.recordCounselling(s.id, CounsellingOutcome::Reconciled, QStringLiteral("li")),
            BookingErrorCode::OutsideDivorcePeriod);
        REQUIRE_BOOKED(
            fx.engine.recordCounselling(s.id, CounsellingOutcome::Continuing, QStringLiteral("li")));
        CHECK(fx.engine.divorcePeriods(*fx.engine.divorceApplication(a.id)) == before);
    }
}

TEST_CASE("Declined before the session frees the room, and sessions survive a restore",
          "[booking][counselling]")
{
    CounsellingFixture fx;
    const DivorceApplication a = fx.apply(QStringLiteral("main"), 1);
    const DivorceApplication b = fx.apply(QStringLiteral("main"), 2);
    const QDateTime friday = at(QDate(2026, 11, 27), 14);
    const CounsellingSession s = fx.engine.bookCounselling(a.id, friday, QStringLiteral("li")).value();
    REQUIRE_BOOKED(fx.engine.recordCounselling(s.id, CounsellingOutcome::Declined, QStringLiteral("li")));
    REQUIRE_BOOKED(fx.engine.bookCounselling(b.id, friday, QStringLiteral("li")));
    CHECK(fx.engine.counsellingOn(QStringLiteral("main"), QDate(2026, 11, 27)).size() == 2);

    BookingEngine again(counsellingConfig(), fx.clock, QByteArrayLiteral("test-secret"), 7);
    again.restore(fx.engine.state());
    CHECK(again.state() == fx.engine.state());
    CHECK(again.counsellingOf(a.id).first().outcome == CounsellingOutcome::Declined);
    // Declined closed the first session: the couple may still book another.
    CHECK(again.bookCounselling(a.id, at(QDate(2026, 11, 30), 14), QStringLiteral("li")).ok());
}
