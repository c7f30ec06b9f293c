// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingfixture.h"
#include "domain/masking.h"

#include <QSet>

using namespace hall;
using namespace hall::test;

namespace {

int remainingMarriages(BookingFixture& fx, QDate day, int slot)
{
    auto a = fx.engine.availability(QStringLiteral("main"), day);
    REQUIRE_BOOKED(a);
    return a->timeSlots[slot].remaining[static_cast<std::size_t>(typeIndex(BookingType::Marriage))];
}

} // namespace

TEST_CASE("a valid couple books a slot and gets a code and a QR payload", "[create]")
{
    BookingFixture fx;
    const Booking b = fx.book(fx.marriage(QStringLiteral("r1"), at(kDec1, 9)));
    REQUIRE(b.status == BookingStatus::Confirmed);
    REQUIRE(b.code.size() == 8);
    for (QChar c : QStringLiteral("01IO")) {
        REQUIRE_FALSE(b.code.contains(c));
    }
    REQUIRE(b.slotEnd == at(kDec1, 9, 30));
    REQUIRE(b.parties.size() == 2);
    REQUIRE(b.parties[0].maskedId == QStringLiteral("110***********") + man().right(4));
    REQUIRE_FALSE(b.parties[0].maskedId.contains(QStringLiteral("1995")));
    REQUIRE(parseQrPayload(b.qrPayload()) == std::make_pair(QStringLiteral("main"), b.code));
    REQUIRE(remainingMarriages(fx, kDec1, 0) == 1);
    const BookingChanges changes = fx.engine.takeChanges();
    REQUIRE(changes.bookings.size() == 1);
    REQUIRE(changes.bookings.first() == b);
}

TEST_CASE("ordinary dates open on a rolling window and close at 15:00 the day before", "[create][window]")
{
    BookingFixture fx;
    const QDate dec25{2026, 12, 25}; // opens 2026-11-25 00:00
    fx.clock.set(at(QDate(2026, 11, 24), 23, 59, 59));
    REQUIRE_REFUSED(fx, fx.engine.create(fx.marriage(QStringLiteral("r1"), at(dec25, 9))),
                    BookingErrorCode::NotYetOpen);
    REQUIRE(fx.engine.create(fx.marriage(QStringLiteral("r1"), at(dec25, 9))).error().until ==
            at(QDate(2026, 11, 25), 0));
    fx.clock.set(at(QDate(2026, 11, 25), 0));
    REQUIRE_BOOKED(fx.engine.create(fx.marriage(QStringLiteral("r1"), at(dec25, 9))));

    fx.clock.set(at(QDate(2026, 11, 30), 14, 59, 59));
    REQUIRE_BOOKED(fx.engine.create(fx.marriage(QStringLiteral("r2"), at(kDec1, 9), 2)));
    fx.clock.set(at(QDate(2026, 11, 30), 15));
    REQUIRE_REFUSED(fx, fx.engine.create(fx.marriage(QStringLiteral("r3"), at(kDec1, 9), 3)),
                    BookingErrorCode::BookingClosed);
}

TEST_CASE("booking on the day itself: a slot that has started is refused", "[create][window]")
{
    BookingConfig config = testBookingConfig();
    config.window.closeDaysBefore = 0;
    config.window.closesAt = QTime(18, 0);
    BookingFixture fx(config);
    fx.clock.set(at(kToday, 9, 30));
    REQUIRE_REFUSED(fx, fx.engine.create(fx.marriage(QStringLiteral("r1"), at(kToday, 9))),
                    BookingErrorCode::BookingClosed);
    REQUIRE_REFUSED(fx, fx.engine.create(fx.marriage(QStringLiteral("r1"), at(kToday, 9, 30))),
                    BookingErrorCode::BookingClosed);
    REQUIRE_BOOKED(fx.engine.create(fx.marriage(QStringLiteral("r1"), at(kToday, 10))));
}

TEST_CASE("a special date is refused one second before its release moment and accepted at it",
          "[create][window][special]")
{
    BookingFixture fx;
    const QDate dec12{2026, 12, 12}; // 双十二: releaseAt 2026-11-30 12:00, one marriage per slot
    const QDateTime release = at(QDate(2026, 11, 30), 12);
    fx.clock.set(release.addSecs(-1));
    REQUIRE_REFUSED(fx, fx.engine.create(fx.marriage(QStringLiteral("r1"), at(dec12, 9))),
                    BookingErrorCode::NotYetOpen);
    REQUIRE(fx.engine.create(fx.marriage(QStringLiteral("r1"), at(dec12, 9))).error().until == release);
    auto before = fx.engine.availability(QStringLiteral("main"), dec12);
    REQUIRE(before->release == ReleaseState::NotYetOpen);
    REQUIRE(before->special->nameZh == QStringLiteral("双十二"));
    fx.clock.set(release);
    REQUIRE_BOOKED(fx.engine.create(fx.marriage(QStringLiteral("r1"), at(dec12, 9))));
    REQUIRE(fx.engine.availability(QStringLiteral("main"), dec12)->release == ReleaseState::Open);
    REQUIRE_REFUSED(fx, fx.engine.create(fx.marriage(QStringLiteral("r2"), at(dec12, 9), 2)),
                    BookingErrorCode::SlotFull);

    SECTION("built-in 5月20日 releases 20 days before at 09:00")
    {
        const QDate may20{2027, 5, 20};
        fx.clock.set(at(QDate(2027, 4, 30), 8, 59, 59));
        REQUIRE_REFUSED(fx, fx.engine.create(fx.marriage(QStringLiteral("m1"), at(may20, 9), 5)),
                        BookingErrorCode::NotYetOpen);
        fx.clock.set(at(QDate(2027, 4, 30), 9));
        REQUIRE_BOOKED(fx.engine.create(fx.marriage(QStringLiteral("m1"), at(may20, 9), 5)));
    }
}

TEST_CASE("capacity is never exceeded, availability counts the places", "[create][capacity]")
{
    BookingFixture fx;
    REQUIRE(remainingMarriages(fx, kDec1, 0) == 2);
    fx.book(fx.marriage(QStringLiteral("r1"), at(kDec1, 9), 1));
    fx.book(fx.marriage(QStringLiteral("r2"), at(kDec1, 9), 2));
    REQUIRE(remainingMarriages(fx, kDec1, 0) == 0);
    REQUIRE(remainingMarriages(fx, kDec1, 1) == 2);
    REQUIRE_REFUSED(fx, fx.engine.create(fx.marriage(QStringLiteral("r3"), at(kDec1, 9), 3)),
                    BookingErrorCode::SlotFull);
    REQUIRE_BOOKED(fx.engine.create(fx.marriage(QStringLiteral("r3"), at(kDec1, 9, 30), 3)));
}

TEST_CASE("a SLOT_FULL refusal names its own slot and type, the same words each time", "[create][capacity]")
{
    BookingFixture fx;
    for (int slot : {0, 1}) {
        fx.book(fx.marriage(QStringLiteral("a%1").arg(slot), at(kDec1, 9, 30 * slot), 1 + 2 * slot));
        fx.book(fx.marriage(QStringLiteral("b%1").arg(slot), at(kDec1, 9, 30 * slot), 2 + 2 * slot));
    }
    const auto refusedAt = [&](int minute, const QString& requestId) {
        const auto r = fx.engine.create(fx.marriage(requestId, at(kDec1, 9, minute), 5));
        REQUIRE_FALSE(r);
        REQUIRE(r.error().code == ErrorCode::SlotFull);
        return r.error().message;
    };
    const QString nine = refusedAt(0, QStringLiteral("r1"));
    REQUIRE(nine == QStringLiteral("2026-12-01 09:00 的结婚登记已约满"));
    REQUIRE(refusedAt(30, QStringLiteral("r2")) == QStringLiteral("2026-12-01 09:30 的结婚登记已约满"));
    REQUIRE(refusedAt(0, QStringLiteral("r3")) == nine);
}

TEST_CASE("a burst for a special date fills it exactly, nobody twice", "[create][capacity][special]")
{
    BookingFixture fx;
    const QDate qixi{2027, 8, 8}; // Sunday, 七夕: 3 marriages per slot, 10 slots = 30 places
    fx.clock.set(at(QDate(2027, 7, 19), 9));
    int accepted = 0;
    QSet<QString> persons;
    auto a = fx.engine.availability(QStringLiteral("main"), qixi);
    REQUIRE_BOOKED(a);
    for (int i = 0; i < 300; ++i) {
        // Every third attempt repeats a man who tried before: he may hold one booking only.
        const int couple = i % 3 == 2 ? i - 1 : i;
        BookingRequest r = fx.marriage(QStringLiteral("burst-%1").arg(i), a->timeSlots[i % 10].start, couple);
        r.second.idNumber = woman(i);
        auto b = fx.engine.create(r);
        if (b) {
            ++accepted;
            for (const Party& p : b->parties) {
                REQUIRE_FALSE(persons.contains(p.personKey));
                persons.insert(p.personKey);
            }
        } else {
            REQUIRE((b.error().code == BookingErrorCode::SlotFull ||
                     b.error().code == BookingErrorCode::AlreadyBooked));
        }
    }
    REQUIRE(accepted == 30);
    const auto after = fx.engine.availability(QStringLiteral("main"), qixi);
    for (const SlotAvailability& s : after->timeSlots) {
        REQUIRE(s.remaining[0] == 0);
    }
}

TEST_CASE("marriage: one man and one woman of legal age on the registration date", "[create][rules]")
{
    BookingFixture fx;
    BookingRequest r = fx.marriage(QStringLiteral("r1"), at(kDec1, 9));

    SECTION("two men")
    {
        r.second.idNumber = man(2);
        REQUIRE_REFUSED(fx, fx.engine.create(r), BookingErrorCode::NotOneManOneWoman);
    }
    SECTION("a man turns 22 the day after the date, and on the next date may register")
    {
        r.first.idNumber = idNumber(QDate(2004, 12, 2), true);
        REQUIRE_REFUSED(fx, fx.engine.create(r), BookingErrorCode::UnderAge);
        REQUIRE_FALSE(fx.engine.create(r).error().message.contains(QStringLiteral("20041202")));
        r.slotStart = at(QDate(2026, 12, 2), 9);
        REQUIRE_BOOKED(fx.engine.create(r));
    }
    SECTION("a woman of exactly 20 on the date may register, one a day younger may not")
    {
        r.second.idNumber = idNumber(QDate(2006, 12, 1), false);
        REQUIRE_BOOKED(fx.engine.create(r));
        BookingRequest y = fx.marriage(QStringLiteral("r2"), at(kDec1, 9), 2);
        y.second.idNumber = idNumber(QDate(2006, 12, 2), false, 2);
        REQUIRE_REFUSED(fx, fx.engine.create(y), BookingErrorCode::UnderAge);
    }
    SECTION("the age rule is for marriage only")
    {
        BookingRequest c = r;
        c.type = BookingType::Ceremony;
        c.second.idNumber = idNumber(QDate(2008, 1, 1), false);
        REQUIRE_BOOKED(fx.engine.create(c));
    }
}

TEST_CASE("real name: valid ID numbers, two different people, valid names if any, and a phone",
          "[create][rules]")
{
    BookingFixture fx;
    BookingRequest r = fx.marriage(QStringLiteral("r1"), at(kDec1, 9));
    SECTION("a wrong check character")
    {
        QString bad = r.second.idNumber;
        bad[17] = bad[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        r.second.idNumber = bad;
        REQUIRE_REFUSED(fx, fx.engine.create(r), BookingErrorCode::InvalidIdNumber);
    }
    SECTION("an impossible birth date")
    {
        const QString first17 = QStringLiteral("11010519970230002");
        r.second.idNumber = first17 + IdNumber::checkCharacter(first17);
        REQUIRE_REFUSED(fx, fx.engine.create(r), BookingErrorCode::InvalidIdNumber);
    }
    SECTION("the same number twice")
    {
        r.second.idNumber = r.first.idNumber;
        REQUIRE_REFUSED(fx, fx.engine.create(r), BookingErrorCode::SamePerson);
    }
    SECTION("a name that is given must be one: not too long")
    {
        r.second.name = QString(41, QChar(0x674E));
        REQUIRE_REFUSED(fx, fx.engine.create(r), BookingErrorCode::InvalidArgument);
    }
    SECTION("a name that is given must be one: no control characters")
    {
        r.first.name = QStringLiteral("张\u0007三");
        REQUIRE_REFUSED(fx, fx.engine.create(r), BookingErrorCode::InvalidArgument);
    }
    SECTION("a missing second person")
    {
        r.second = {};
        REQUIRE_REFUSED(fx, fx.engine.create(r), BookingErrorCode::InvalidArgument);
    }
    SECTION("a phone that is not a mobile number")
    {
        // Each as the expression ^1[3-9][0-9]{9}$ refused it.
        for (const QString& phone :
             {QStringLiteral("12345"), QStringLiteral("12800138000"), QStringLiteral("1380013800"),
              QStringLiteral("138001380000"), QStringLiteral("1380013800a"),
              QStringLiteral("\uFF1138001380000"), QStringLiteral("13800138000\n\n"),
              QStringLiteral(" 13800138000"), QString()}) {
            r.phone = phone;
            REQUIRE_REFUSED(fx, fx.engine.create(r), BookingErrorCode::InvalidArgument);
        }
    }
    SECTION("no request id")
    {
        r.requestId.clear();
        REQUIRE_REFUSED(fx, fx.engine.create(r), BookingErrorCode::InvalidArgument);
    }
}

TEST_CASE("real name by both ID numbers: two typed numbers without names book", "[create][rules][names]")
{
    BookingFixture fx;
    BookingRequest r = fx.marriage(QStringLiteral("r1"), at(kDec1, 9));
    r.first.name.clear();
    r.second.name = QStringLiteral("   "); // blank is "not given", as the keypad sends it
    const Booking b = fx.book(r);
    REQUIRE(b.parties.size() == 2);
    REQUIRE(b.parties[0].name.isEmpty());
    REQUIRE(b.parties[1].name.isEmpty());
    REQUIRE(b.parties[0].maskedId.size() == 18);
    REQUIRE(maskName(b.parties[0].name).isEmpty()); // nothing shown, never a lone "*"
    REQUIRE(remainingMarriages(fx, kDec1, 0) == 1);

    SECTION("the same request again is a repeat, not a second booking")
    {
        REQUIRE(fx.book(r).code == b.code);
    }
    SECTION("the rules still hold without names: one active booking per person")
    {
        BookingRequest again = fx.marriage(QStringLiteral("r2"), at(kDec1, 10));
        again.first.name.clear();
        again.second.name.clear();
        REQUIRE_REFUSED(fx, fx.engine.create(again), BookingErrorCode::AlreadyBooked);
    }
    SECTION("the rules still hold without names: checksum, same person, sex and age")
    {
        BookingRequest other = fx.marriage(QStringLiteral("r3"), at(kDec1, 10), 2);
        other.first.name.clear();
        other.second.name.clear();
        BookingRequest bad = other;
        bad.second.idNumber[17] =
            bad.second.idNumber[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        REQUIRE_REFUSED(fx, fx.engine.create(bad), BookingErrorCode::InvalidIdNumber);
        bad = other;
        bad.second.idNumber = bad.first.idNumber;
        REQUIRE_REFUSED(fx, fx.engine.create(bad), BookingErrorCode::SamePerson);
        bad = other;
        bad.second.idNumber = man(3);
        REQUIRE_REFUSED(fx, fx.engine.create(bad), BookingErrorCode::NotOneManOneWoman);
        bad = other;
        bad.second.idNumber = idNumber(QDate(2008, 1, 1), false, 4);
        REQUIRE_REFUSED(fx, fx.engine.create(bad), BookingErrorCode::UnderAge);
    }
}

TEST_CASE("real name by both ID numbers: one card with its name, one typed number", "[create][rules][names]")
{
    BookingFixture fx;
    BookingRequest r = fx.marriage(QStringLiteral("r1"), at(kDec1, 9));
    r.second.name.clear();
    const Booking b = fx.book(r);
    REQUIRE(b.parties[0].name == QStringLiteral("张三"));
    REQUIRE(maskName(b.parties[0].name) == QStringLiteral("张*"));
    REQUIRE(b.parties[1].name.isEmpty());

    SECTION("the same couple with the name now given is a different request")
    {
        BookingRequest named = r;
        named.second.name = QStringLiteral("李四");
        REQUIRE_REFUSED(fx, fx.engine.create(named), BookingErrorCode::RequestIdReused);
    }
    SECTION("a name given with the typed number must still be valid")
    {
        BookingRequest bad = fx.marriage(QStringLiteral("r2"), at(kDec1, 10), 2);
        bad.first.name.clear();
        bad.second.name = QStringLiteral("李\n四");
        REQUIRE_REFUSED(fx, fx.engine.create(bad), BookingErrorCode::InvalidArgument);
    }
}

TEST_CASE("unknown offices and slots, closed days and types not offered are refused", "[create][rules]")
{
    BookingFixture fx;
    BookingRequest r = fx.marriage(QStringLiteral("r1"), at(kDec1, 9));
    r.office = QStringLiteral("nowhere");
    REQUIRE_REFUSED(fx, fx.engine.create(r), BookingErrorCode::UnknownOffice);
    r.office = QStringLiteral("main");
    r.slotStart = at(kDec1, 9, 10);
    REQUIRE_REFUSED(fx, fx.engine.create(r), BookingErrorCode::UnknownSlot);
    r.slotStart = at(QDate(2026, 12, 5), 9); // Saturday
    REQUIRE_REFUSED(fx, fx.engine.create(r), BookingErrorCode::OfficeClosed);
    r.slotStart = at(QDate(2026, 12, 31), 9); // office closure
    REQUIRE_REFUSED(fx, fx.engine.create(r), BookingErrorCode::OfficeClosed);
    r.slotStart = at(kDec1, 14);
    r.type = BookingType::Replacement;
    REQUIRE_REFUSED(fx, fx.engine.create(r), BookingErrorCode::TypeNotOffered);
    r.slotStart = at(QDate(2026, 11, 23), 9); // yesterday
    r.type = BookingType::Marriage;
    REQUIRE_REFUSED(fx, fx.engine.create(r), BookingErrorCode::BookingClosed);
}

TEST_CASE("one active booking per person across dates and offices", "[create][person]")
{
    BookingFixture fx;
    const Booking first = fx.book(fx.marriage(QStringLiteral("r1"), at(kDec1, 9)));
    BookingRequest other = fx.marriage(QStringLiteral("r2"), at(QDate(2026, 12, 2), 10), 2);
    other.first.idNumber = man(1); // the same man with someone else on another day
    REQUIRE_REFUSED(fx, fx.engine.create(other), BookingErrorCode::AlreadyBooked);
    other.office = QStringLiteral("east");
    other.slotStart = at(QDate(2026, 12, 2), 9);
    REQUIRE_REFUSED(fx, fx.engine.create(other), BookingErrorCode::AlreadyBooked);
    REQUIRE_FALSE(fx.engine.create(other).error().message.contains(man(1)));

    SECTION("after cancelling, the person can book again")
    {
        REQUIRE_BOOKED(fx.engine.cancel(first.code, man(1)));
        REQUIRE_BOOKED(fx.engine.create(other));
    }
    SECTION("a ceremony can be booked beside a registration, but only one ceremony")
    {
        BookingRequest c = fx.marriage(QStringLiteral("c1"), at(kDec1, 10));
        c.type = BookingType::Ceremony;
        REQUIRE_BOOKED(fx.engine.create(c));
        c.requestId = QStringLiteral("c2");
        c.slotStart = at(kDec1, 11);
        REQUIRE_REFUSED(fx, fx.engine.create(c), BookingErrorCode::AlreadyBooked);
    }
    SECTION("once the check-in window of a booking has passed, it no longer blocks")
    {
        fx.clock.set(at(kDec1, 9, 15, 1));
        other.office = QStringLiteral("main");
        other.slotStart = at(QDate(2026, 12, 3), 9);
        REQUIRE_BOOKED(fx.engine.create(other));
    }
}

TEST_CASE("create is idempotent by request id", "[create][idempotency]")
{
    BookingFixture fx;
    const BookingRequest r = fx.marriage(QStringLiteral("kiosk-1:42"), at(kDec1, 9));
    const Booking first = fx.book(r);
    fx.engine.takeChanges();
    const BookingState state = fx.engine.state();
    const auto again = fx.engine.create(r);
    REQUIRE_BOOKED(again);
    REQUIRE(again.value() == first);
    REQUIRE(fx.engine.state() == state);
    REQUIRE(fx.engine.takeChanges().isEmpty());

    SECTION("even after booking has closed for the date")
    {
        fx.clock.set(at(QDate(2026, 11, 30), 16));
        REQUIRE(fx.engine.create(r).value() == first);
    }
    SECTION("the same id for a different request is refused")
    {
        BookingRequest changed = r;
        changed.slotStart = at(kDec1, 10);
        REQUIRE_REFUSED(fx, fx.engine.create(changed), BookingErrorCode::RequestIdReused);
    }
}

TEST_CASE("a ceremony takes a hall and an officiant, a wished officiant must be free", "[create][ceremony]")
{
    BookingFixture fx;
    BookingRequest a = fx.marriage(QStringLiteral("c1"), at(kDec1, 9), 1);
    a.type = BookingType::Ceremony;
    a.officiant = QStringLiteral("李老师");
    const Booking first = fx.book(a);
    REQUIRE(first.officiant == QStringLiteral("李老师"));
    REQUIRE(first.hall == QStringLiteral("幸福厅"));

    BookingRequest b = fx.marriage(QStringLiteral("c2"), at(kDec1, 9), 2);
    b.type = BookingType::Ceremony;
    b.officiant = QStringLiteral("李老师");
    REQUIRE_REFUSED(fx, fx.engine.create(b), BookingErrorCode::ResourceUnavailable);
    b.officiant = QStringLiteral("张老师");
    REQUIRE_REFUSED(fx, fx.engine.create(b), BookingErrorCode::InvalidArgument);
    b.officiant.clear();
    const Booking second = fx.book(b);
    REQUIRE(second.officiant == QStringLiteral("王老师"));
    REQUIRE(second.hall == QStringLiteral("同心厅"));

    BookingRequest c = fx.marriage(QStringLiteral("c3"), at(kDec1, 9), 3);
    c.type = BookingType::Ceremony;
    REQUIRE_REFUSED(fx, fx.engine.create(c), BookingErrorCode::SlotFull);
    REQUIRE_BOOKED(fx.engine.cancel(first.code, woman(1)));
    const Booking third = fx.book(c);
    REQUIRE(third.officiant == QStringLiteral("李老师"));
    REQUIRE(third.hall == QStringLiteral("幸福厅"));
}

TEST_CASE("a replacement certificate can be booked by one person", "[create]")
{
    BookingFixture fx;
    BookingRequest r = fx.marriage(QStringLiteral("r1"), at(kDec1, 9));
    r.type = BookingType::Replacement;
    r.second = {};
    const Booking b = fx.book(r);
    REQUIRE(b.parties.size() == 1);
}

TEST_CASE("the city's count of a slot floors this hall's availability and first check, across a restore",
          "[create][city]")
{
    BookingFixture fx;
    REQUIRE(remainingMarriages(fx, kDec1, 0) == 2);
    // Another hall of the city took one place: this hall shows it, though it holds no booking there.
    fx.engine.setCityTaken(QStringLiteral("main"), at(kDec1, 9), BookingType::Marriage, 1);
    REQUIRE(remainingMarriages(fx, kDec1, 0) == 1);
    REQUIRE(remainingMarriages(fx, kDec1, 1) == 2);
    REQUIRE(fx.engine.capacityOf(QStringLiteral("main"), at(kDec1, 9), BookingType::Marriage) == 2);
    // The city's count is a floor, not an addition: this hall's own booking is among those counted.
    fx.book(fx.marriage(QStringLiteral("r1"), at(kDec1, 9)));
    REQUIRE(remainingMarriages(fx, kDec1, 0) == 1);
    fx.engine.restore(fx.engine.state());
    REQUIRE(remainingMarriages(fx, kDec1, 0) == 1);
    // Full in the city: refused at once, no database round trip.
    fx.engine.setCityTaken(QStringLiteral("main"), at(kDec1, 9), BookingType::Marriage, 2);
    REQUIRE_REFUSED(fx, fx.engine.create(fx.marriage(QStringLiteral("r2"), at(kDec1, 9), 2)),
                    BookingErrorCode::SlotFull);
}

TEST_CASE("a mobile number of 13 to 19 is accepted, as the expression ^1[3-9][0-9]{9}$ accepted it",
          "[create]")
{
    BookingFixture fx;
    int n = 0;
    // The expression's `$` also matched before one final newline: kept as it was.
    for (const QString& phone :
         {QStringLiteral("13000000000"), QStringLiteral("19999999999"), QStringLiteral("15012345678\n")}) {
        ++n;
        BookingRequest r = fx.marriage(QStringLiteral("m%1").arg(n), at(kDec1, 8 + n), n);
        r.phone = phone;
        REQUIRE_BOOKED(fx.engine.create(r));
    }
}
