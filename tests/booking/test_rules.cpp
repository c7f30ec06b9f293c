// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Divorce deadlines are law, no-shows swept at the end of the day, late cancellations
// only, what to bring per booking type.
#include "bookingfixture.h"

using namespace hall;
using namespace hall::test;

namespace {

struct RulesFixture : BookingFixture
{
    using BookingFixture::BookingFixture;
    DivorceApplication apply(QDate day, int couple = 1)
    {
        clock.set(at(day, 10));
        auto a =
            engine.recordDivorceApplication(QStringLiteral("main"), {QStringLiteral("王五"), man(couple)},
                                            {QStringLiteral("赵六"), woman(couple)}, QStringLiteral("wang"));
        REQUIRE_BOOKED(a);
        return a.value();
    }
    BookingRequest certificate(const QString& requestId, QDate day, int couple = 1) const
    {
        BookingRequest r = marriage(requestId, at(day, 9), couple);
        r.type = BookingType::DivorceCertificate;
        return r;
    }
};

} // namespace

TEST_CASE("a cancelled last day of the certificate period moves it to the next working day, and the "
          "couple is told",
          "[divorce][rules]")
{
    RulesFixture fx;
    // Applied 2026-11-25: the certificate period is 2026-12-26 … 2027-01-25 (Monday).
    const DivorceApplication a = fx.apply(QDate(2026, 11, 25));
    REQUIRE(fx.engine.divorcePeriods(a).certificateUntil == QDate(2027, 1, 25));
    fx.clock.set(at(QDate(2027, 1, 8), 9));
    const Booking visit = fx.book(fx.certificate(QStringLiteral("c1"), QDate(2027, 1, 25)));
    REQUIRE_REFUSED(fx, fx.engine.create(fx.certificate(QStringLiteral("c2"), QDate(2027, 1, 26), 2)),
                    BookingErrorCode::NoDivorceApplication);

    const auto bulk = fx.engine.cancelDay(QStringLiteral("main"), QDate(2027, 1, 25),
                                          QStringLiteral("停电停办"), QStringLiteral("admin"));
    REQUIRE_BOOKED(bulk);
    REQUIRE(bulk->cancelled.size() == 1);
    REQUIRE(bulk->extendedDivorces.size() == 1);
    REQUIRE(bulk->extendedDivorces.first().id == a.id);
    const CoupleNotice n = bulk->maskedNotices().first();
    REQUIRE(n.code == visit.code);
    REQUIRE(n.certificateExtended);
    REQUIRE(n.certificateUntil == QDate(2027, 1, 26));
    REQUIRE(n.messageZh.contains(QStringLiteral("顺延至 2027-01-26")));
    REQUIRE(bulk->staffExportCsv().contains(QStringLiteral("顺延至 2027-01-26")));
    // The notices read again later say the same.
    REQUIRE(fx.engine.bulkCancellationOn(QStringLiteral("main"), QDate(2027, 1, 25))
                ->maskedNotices()
                .first()
                .messageZh == n.messageZh);

    // The law's window now ends on Tuesday 01-26: bookable then, withdrawn only after it.
    REQUIRE(fx.engine.divorcePeriods(a).certificateUntil == QDate(2027, 1, 26));
    REQUIRE_BOOKED(fx.engine.create(fx.certificate(QStringLiteral("c3"), QDate(2027, 1, 26))));
    fx.clock.set(at(QDate(2027, 1, 26), 16));
    REQUIRE(fx.engine.sweepDeemedWithdrawn().isEmpty());
    SECTION("the certificate is issued on the extended day")
    {
        REQUIRE(fx.engine.completeDivorce(a.id, QStringLiteral("wang"))->status == DivorceStatus::Completed);
    }
    SECTION("after the extended day the application is deemed withdrawn")
    {
        fx.clock.set(at(QDate(2027, 1, 27), 9));
        REQUIRE_REFUSED(fx, fx.engine.completeDivorce(a.id, QStringLiteral("wang")),
                        BookingErrorCode::InvalidTransition);
        REQUIRE(fx.engine.sweepDeemedWithdrawn().size() == 1);
    }
}

TEST_CASE("a certificate period whose last day the whole hall is closed runs on to the next open working day",
          "[divorce][rules]")
{
    // The hall calendar closes the hall on Monday 2027-01-25 (停电检修): the registry with it.
    QByteArray json = testCalendarJson();
    json.replace(R"("holidayServicePlan")",
                 R"("closures": [ { "date": "2027-01-25", "reasonZh": "停电检修" } ], "holidayServicePlan")");
    BookingConfig config = testBookingConfig();
    config.calendar = testHallCalendar(json);
    RulesFixture fx(config);
    // Applied 2026-11-25: by the law's rest days alone the period would end on Monday 2027-01-25.
    const DivorceApplication a = fx.apply(QDate(2026, 11, 25));
    REQUIRE(fx.engine.calendar().divorcePeriods(a.appliedOn).certificateUntil == QDate(2027, 1, 25));
    REQUIRE(fx.engine.officeClosedOn(QStringLiteral("main"), QDate(2027, 1, 25)));
    REQUIRE(fx.engine.divorcePeriods(a).certificateUntil == QDate(2027, 1, 26));
    // The cooling-off period still ends by the law's rest days only (a closure is a working day).
    REQUIRE(fx.engine.divorcePeriods(a).coolingOffEnds == QDate(2026, 12, 25));
    fx.clock.set(at(QDate(2027, 1, 8), 9));
    REQUIRE_BOOKED(fx.engine.create(fx.certificate(QStringLiteral("c1"), QDate(2027, 1, 26))));
    fx.clock.set(at(QDate(2027, 1, 26), 16));
    REQUIRE(fx.engine.sweepDeemedWithdrawn().isEmpty());
    fx.clock.set(at(QDate(2027, 1, 27), 9));
    REQUIRE(fx.engine.sweepDeemedWithdrawn().size() == 1);
}

TEST_CASE("a certificate period ending on a configured closure runs on to the next open working day",
          "[divorce][rules]")
{
    RulesFixture fx; // "main" is closed on 2026-12-31; 2027-01-01/03 are holidays
    const DivorceApplication a = fx.apply(QDate(2026, 11, 1));
    REQUIRE(fx.engine.calendar().divorcePeriods(a.appliedOn).certificateUntil == QDate(2026, 12, 31));
    REQUIRE(fx.engine.divorcePeriods(a).certificateUntil == QDate(2027, 1, 4));
    fx.clock.set(at(QDate(2026, 12, 20), 9));
    REQUIRE_BOOKED(fx.engine.create(fx.certificate(QStringLiteral("c1"), QDate(2027, 1, 4))));
    fx.clock.set(at(QDate(2027, 1, 4), 9));
    REQUIRE_BOOKED(fx.engine.completeDivorce(a.id, QStringLiteral("wang")));
}

TEST_CASE("a booking ban never blocks the certificate visit of a pending divorce",
          "[divorce][penalties][rules]")
{
    RulesFixture fx;
    // Two no-shows: couple 1 is banned for 180 days.
    for (int i = 0; i < 2; ++i) {
        fx.clock.set(at(kToday, 9));
        const Booking b = fx.book(fx.marriage(QStringLiteral("m%1").arg(i), at(kDec1.addDays(i), 9)));
        fx.clock.set(at(kDec1.addDays(i), 11));
        REQUIRE_BOOKED(fx.engine.markNoShow(b.code, QStringLiteral("wang")));
    }
    REQUIRE(fx.engine.banOf(fx.engine.personKey(man(1))));
    const DivorceApplication a = fx.apply(QDate(2026, 12, 3)); // certificate 2027-01-05 … 2027-02-03
    fx.clock.set(at(QDate(2027, 1, 4), 9));
    REQUIRE(fx.engine.banOf(fx.engine.personKey(man(1))));
    const auto visit = fx.engine.create(fx.certificate(QStringLiteral("c1"), QDate(2027, 1, 6)));
    REQUIRE_BOOKED(visit);
    REQUIRE(visit->divorceApplication == a.id);
    // Every other booking is still refused while the ban lasts.
    REQUIRE_REFUSED(fx, fx.engine.create(fx.marriage(QStringLiteral("m9"), at(QDate(2027, 1, 7), 9))),
                    BookingErrorCode::PenaltyActive);
    // Another couple without an application cannot book a certificate visit at all.
    REQUIRE_REFUSED(fx, fx.engine.create(fx.certificate(QStringLiteral("c9"), QDate(2027, 1, 7), 5)),
                    BookingErrorCode::NoDivorceApplication);
}

TEST_CASE("a booking neither checked in nor cancelled by the end of its day is a no-show, once",
          "[noshow][rules]")
{
    RulesFixture fx;
    const Booking missed = fx.book(fx.marriage(QStringLiteral("r1"), at(kDec1, 9), 1));
    const Booking early = fx.book(fx.marriage(QStringLiteral("r2"), at(kDec1, 9), 2));
    const Booking came = fx.book(fx.marriage(QStringLiteral("r3"), at(kDec1, 10), 3));
    const Booking cancelled = fx.book(fx.marriage(QStringLiteral("r4"), at(kDec1, 10), 4));
    const Booking tomorrow = fx.book(fx.marriage(QStringLiteral("r5"), at(kDec1.addDays(1), 9), 5));
    REQUIRE_BOOKED(fx.engine.cancel(cancelled.code, man(4)));
    fx.clock.set(at(kDec1, 9, 50));
    REQUIRE_BOOKED(fx.engine.checkIn(CheckInRequest{QStringLiteral("main"), {}, came.qrPayload(), {}, {}}));
    fx.clock.set(at(kDec1, 11));
    REQUIRE_BOOKED(fx.engine.markNoShow(early.code, QStringLiteral("wang"))); // staff mark early
    fx.engine.takeChanges();

    // Still the day itself: nothing is swept, whatever the hour.
    fx.clock.set(at(kDec1, 23, 59, 59));
    REQUIRE(fx.engine.tick().noShows.isEmpty());
    REQUIRE(fx.engine.pendingChanges().isEmpty());

    fx.clock.set(at(kDec1.addDays(1), 0, 0, 1));
    const BookingSweep sweep = fx.engine.tick();
    REQUIRE(sweep.noShows.size() == 1);
    REQUIRE(sweep.noShows.first().code == missed.code);
    REQUIRE(fx.engine.booking(missed.code)->status == BookingStatus::NoShow);
    REQUIRE(fx.engine.booking(early.code)->status == BookingStatus::NoShow);
    REQUIRE(fx.engine.booking(came.code)->status == BookingStatus::CheckedIn);
    REQUIRE(fx.engine.booking(cancelled.code)->status == BookingStatus::Cancelled);
    REQUIRE(fx.engine.booking(tomorrow.code)->status == BookingStatus::Confirmed);
    const BookingChanges changes = fx.engine.takeChanges();
    REQUIRE(changes.bookings.size() == 1);
    REQUIRE(changes.events.size() == 2); // one no-show per person of the missed couple
    for (const PersonEvent& e : changes.events) {
        REQUIRE(e.kind == PersonEventKind::NoShow);
        REQUIRE(e.bookingCode == missed.code);
    }

    // Again, on the same day or after a restart: nothing counted twice.
    fx.clock.advanceSecs(3600);
    REQUIRE(fx.engine.tick().noShows.isEmpty());
    const BookingState stored = fx.engine.state();
    fx.engine.restore(stored);
    REQUIRE(fx.engine.tick().noShows.isEmpty());
    REQUIRE(fx.engine.state() == stored);
    // Staff can no longer mark it: it is counted already.
    REQUIRE_REFUSED(fx, fx.engine.markNoShow(missed.code, QStringLiteral("wang")),
                    BookingErrorCode::InvalidTransition);
    // The next day's booking is swept the day after.
    fx.clock.set(at(kDec1.addDays(2), 8));
    REQUIRE(fx.engine.tick().noShows.size() == 1);
}

TEST_CASE("only late cancellations count towards penalties", "[penalties][rules]")
{
    RulesFixture fx;
    REQUIRE(fx.engine.calendar().config().penalties.lateCancelHours == 24);
    // Three cancellations made days ahead: places freed, nothing counted, no ban.
    for (int i = 0; i < 3; ++i) {
        const Booking b = fx.book(fx.marriage(QStringLiteral("e%1").arg(i), at(kDec1.addDays(i), 9)));
        REQUIRE_BOOKED(fx.engine.cancel(b.code, man()));
    }
    REQUIRE(fx.engine.takeChanges().events.isEmpty());
    REQUIRE_FALSE(fx.engine.banOf(fx.engine.personKey(man())));

    // Inside 24 hours before the slot each cancellation counts; the third within 30 days bans.
    for (int i = 0; i < 3; ++i) {
        const QDate day = QDate(2026, 12, 7).addDays(i);
        fx.clock.set(at(kToday, 9));
        const Booking b = fx.book(fx.marriage(QStringLiteral("l%1").arg(i), at(day, 9)));
        fx.clock.set(at(day, 9).addSecs(-24 * 3600)); // exactly 24 hours before: late
        REQUIRE_BOOKED(fx.engine.cancel(b.code, man()));
    }
    REQUIRE(fx.engine.takeChanges().events.size() == 6);
    const auto ban = fx.engine.banOf(fx.engine.personKey(man()));
    REQUIRE(ban);
    REQUIRE(ban->until == at(QDate(2026, 12, 8), 9).addDays(180));

    SECTION("a window of 0 hours counts no cancellation at all")
    {
        BookingConfig config = testBookingConfig();
        config.penalties.lateCancelHours = 0;
        RulesFixture none(config);
        const Booking b = none.book(none.marriage(QStringLiteral("z"), at(kDec1, 9)));
        none.clock.set(at(kDec1, 6));
        REQUIRE_BOOKED(none.engine.cancel(b.code, man()));
        REQUIRE(none.engine.takeChanges().events.isEmpty());
    }
}

TEST_CASE("the late-cancellation window is configuration, checked", "[penalties][config][rules]")
{
    QByteArray json = testBookingJson();
    json.replace("\"rules\": {", "\"penalties\": { \"lateCancelHours\": 48 }, \"rules\": {");
    auto c = parseBookingConfig(json);
    REQUIRE_BOOKED(c);
    REQUIRE(c->penalties.lateCancelHours == 48);
    json.replace("\"lateCancelHours\": 48", "\"lateCancelHours\": -1");
    auto bad = parseBookingConfig(json);
    REQUIRE_FALSE(bad.ok());
    REQUIRE(bad.error().message.contains(QStringLiteral("penalties.lateCancelHours")));
    REQUIRE(defaultBookingConfig().penalties.lateCancelHours == 24);
}

TEST_CASE("what to bring is right for each booking type and number of people", "[bring][rules]")
{
    const QStringList divorce = whatToBringZh(BookingType::DivorceApplication, 2);
    REQUIRE(divorce.size() == 3);
    REQUIRE(divorce.join(u'|').contains(QStringLiteral("双方的居民身份证")));
    REQUIRE(divorce.join(u'|').contains(QStringLiteral("结婚证")));
    REQUIRE(divorce.join(u'|').contains(QStringLiteral("离婚协议书")));
    REQUIRE(whatToBringZh(BookingType::DivorceCertificate, 2) == divorce);
    const QStringList replacement = whatToBringZh(BookingType::Replacement, 1);
    REQUIRE(replacement == QStringList{QStringLiteral("本人的居民身份证原件")});
    for (BookingType t : kBookingTypes) {
        INFO(toString(t).toStdString());
        // A divorce is always two people; the others may be booked by one (a replacement).
        if (t != BookingType::DivorceApplication && t != BookingType::DivorceCertificate) {
            REQUIRE_FALSE(whatToBringZh(t, 1).join(u'|').contains(QStringLiteral("双方")));
        }
        REQUIRE(whatToBringZh(t, 2).join(u'|').contains(QStringLiteral("双方")));
        REQUIRE(whatToBringEn(t, 1).size() == whatToBringZh(t, 1).size());
        REQUIRE(whatToBringEn(t, 2).size() == whatToBringZh(t, 2).size());
    }
    REQUIRE(whatToBringZh(BookingType::Marriage, 2) == QStringList{QStringLiteral("双方的居民身份证原件")});
    // A party with a passport or permit brings that, not a resident ID card.
    REQUIRE(whatToBringZh(BookingType::Marriage, 2, true) ==
            QStringList{QStringLiteral("双方预约所用证件的原件")});
    REQUIRE(whatToBringEn(BookingType::Replacement, 1, true).first().contains(QStringLiteral("document")));
    REQUIRE_FALSE(whatToBringZh(BookingType::DivorceApplication, 2, true)
                      .join(u'|')
                      .contains(QStringLiteral("居民身份证")));
}
