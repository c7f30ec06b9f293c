// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Certificate ceremonies (颁证仪式): a couple's own ceremony with an officiant on duty that day (the
// roster: staff officiants by weekday, invited officiants 特邀颁证师 on their own dates); collective
// ceremonies with a capacity in couples, themed on special dates; the day's list.
#include "bookingfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace hall;
using namespace hall::test;

namespace {

QByteArray withCeremony(const char* ceremony)
{
    QJsonObject root = QJsonDocument::fromJson(testBookingJson()).object();
    QJsonArray offices = root.value(QStringLiteral("offices")).toArray();
    QJsonObject main = offices.at(0).toObject();
    main.insert(QStringLiteral("ceremony"), QJsonDocument::fromJson(ceremony).object());
    offices.replace(0, main);
    root.insert(QStringLiteral("offices"), offices);
    return QJsonDocument(root).toJson();
}

/// "main"'s ceremonies: 李老师 every day, 王老师 Monday to Wednesday, the invited 赵主持 only on Friday
/// 2026-12-04; a collective 冬日集体颁证 on Thursday 2026-12-03 at 10:00 for an hour in 幸福厅 for 3
/// couples, and one on every special date at 14:00 for 90 minutes in 同心厅 for 20.
BookingConfig ceremonyConfig()
{
    auto r = parseBookingConfig(withCeremony(R"({
      "halls": ["幸福厅", "同心厅"],
      "officiants": ["李老师", {"name": "王老师", "days": [1, 2, 3]},
                     {"name": "赵主持", "invited": true, "dates": ["2026-12-04"]}],
      "collective": [
        {"on": {"date": "2026-12-03"}, "at": "10:00", "minutes": 60, "hall": "幸福厅", "couples": 3,
         "themeZh": "冬日集体颁证", "themeEn": "Winter collective ceremony"},
        {"specialDates": true, "at": "14:00", "minutes": 90, "hall": "同心厅", "couples": 20}
      ]})"));
    REQUIRE_BOOKED(r);
    BookingConfig c = std::move(r).value();
    c.calendar = testHallCalendar();
    return c;
}

const QDate kWednesday{2026, 12, 2};
const QDate kThursday{2026, 12, 3};
const QDate kFriday{2026, 12, 4};

BookingRequest ceremony(const BookingFixture& fx, const QString& requestId, const QDateTime& slot, int couple,
                        const QString& officiant = {})
{
    BookingRequest r = fx.marriage(requestId, slot, couple);
    r.type = BookingType::Ceremony;
    r.officiant = officiant;
    return r;
}

const auto kCeremony = static_cast<std::size_t>(typeIndex(BookingType::Ceremony));

} // namespace

TEST_CASE("A collective ceremony fills by couples in one hall with one officiant", "[booking][ceremony]")
{
    BookingFixture fx(ceremonyConfig());
    const QDateTime ten = at(kThursday, 10);
    QStringList codes;
    for (int n = 1; n <= 3; ++n) {
        const Booking b = fx.book(ceremony(fx, QStringLiteral("g%1").arg(n), ten, n));
        CHECK(b.hall == QStringLiteral("幸福厅"));
        CHECK(b.officiant == QStringLiteral("李老师")); // the first officiant on duty on Thursdays
        CHECK(b.slotEnd == ten.addSecs(3600));          // the ceremony's hour, not the session's half hour
        REQUIRE(fx.engine.collectiveOf(b).has_value());
        CHECK(fx.engine.collectiveOf(b)->themeZh == QStringLiteral("冬日集体颁证"));
        codes << b.code;
    }
    REQUIRE_REFUSED(fx, fx.engine.create(ceremony(fx, QStringLiteral("g4"), ten, 4)),
                    BookingErrorCode::SlotFull);

    const auto day = fx.engine.availability(QStringLiteral("main"), kThursday);
    REQUIRE_BOOKED(day);
    const auto slot = std::find_if(day->timeSlots.begin(), day->timeSlots.end(),
                                   [&](const SlotAvailability& s) { return s.start == ten; });
    REQUIRE(slot != day->timeSlots.end());
    CHECK(slot->capacity[kCeremony] == 3);
    CHECK(slot->remaining[kCeremony] == 0);
    REQUIRE(slot->collective.has_value());
    CHECK(slot->collective->themeEn == QStringLiteral("Winter collective ceremony"));
    CHECK(slot->collective->couples == 3);
    // The marriages of the session's 10:00 slot are untouched by the ceremony.
    CHECK(slot->remaining[static_cast<std::size_t>(typeIndex(BookingType::Marriage))] == 2);

    // A couple cancels: the place is free again; a wish for another officiant is not the group's.
    REQUIRE_BOOKED(fx.engine.cancel(codes[1], man(2)));
    REQUIRE_REFUSED(fx,
                    fx.engine.create(ceremony(fx, QStringLiteral("g5"), ten, 5, QStringLiteral("王老师"))),
                    BookingErrorCode::ResourceUnavailable);
    fx.book(ceremony(fx, QStringLiteral("g6"), ten, 6, QStringLiteral("李老师")));

    // The day's ceremonies: the group with its couples, for the counter and the lobby.
    const QList<CeremonyOfDay> list = fx.engine.ceremoniesOn(QStringLiteral("main"), kThursday);
    REQUIRE(list.size() == 1);
    CHECK(list[0].start == ten);
    CHECK(list[0].end == ten.addSecs(3600));
    CHECK(list[0].collective);
    CHECK(list[0].couples == 3);
    CHECK(list[0].capacity == 3);
    CHECK(list[0].hall == QStringLiteral("幸福厅"));
    CHECK(list[0].themeZh == QStringLiteral("冬日集体颁证"));
}

TEST_CASE("A collective ceremony holds its hall and officiant for its whole length", "[booking][ceremony]")
{
    BookingFixture fx(ceremonyConfig());
    // 10:30 lies inside the 10:00–11:00 group: 幸福厅 and 李老师 (the only officiant on duty on
    // Thursdays) are taken, so no couple's own ceremony fits.
    REQUIRE_REFUSED(fx, fx.engine.create(ceremony(fx, QStringLiteral("h1"), at(kThursday, 10, 30), 1)),
                    BookingErrorCode::SlotFull);
    const auto day = fx.engine.availability(QStringLiteral("main"), kThursday);
    REQUIRE_BOOKED(day);
    for (const SlotAvailability& s : day->timeSlots) {
        if (s.start == at(kThursday, 10, 30)) {
            CHECK(s.remaining[kCeremony] == 0);
        }
    }
    // Before and after it, 李老师 leads a couple's own ceremony in the first free hall.
    CHECK(fx.book(ceremony(fx, QStringLiteral("h2"), at(kThursday, 9, 30), 2)).hall ==
          QStringLiteral("幸福厅"));
    const Booking after = fx.book(ceremony(fx, QStringLiteral("h3"), at(kThursday, 11), 3));
    CHECK(after.officiant == QStringLiteral("李老师"));
    CHECK(after.slotEnd == at(kThursday, 11, 30));
    CHECK_FALSE(fx.engine.collectiveOf(after).has_value());
    // Wednesday has both officiants on duty: a couple's own ceremony at 10:30 takes a hall each.
    fx.book(ceremony(fx, QStringLiteral("h4"), at(kWednesday, 10, 30), 4));
    fx.book(ceremony(fx, QStringLiteral("h5"), at(kWednesday, 10, 30), 5));
}

TEST_CASE("An officiant's day: only the officiants on duty lead a couple's ceremony", "[booking][ceremony]")
{
    BookingFixture fx(ceremonyConfig());
    CHECK(fx.engine.officiantsOn(QStringLiteral("main"), kThursday) == QStringList{QStringLiteral("李老师")});
    CHECK(fx.engine.officiantsOn(QStringLiteral("main"), kFriday) ==
          (QStringList{QStringLiteral("李老师"), QStringLiteral("赵主持")}));
    CHECK(fx.engine.officiantsOn(QStringLiteral("main"), kWednesday) ==
          (QStringList{QStringLiteral("李老师"), QStringLiteral("王老师")}));

    // Thursday: 李老师 only (王老师 works Monday to Wednesday, 赵主持 is invited for Friday).
    const QDateTime thursday = at(kThursday, 9);
    REQUIRE_REFUSED(
        fx, fx.engine.create(ceremony(fx, QStringLiteral("o1"), thursday, 1, QStringLiteral("王老师"))),
        BookingErrorCode::ResourceUnavailable);
    const auto refused =
        fx.engine.create(ceremony(fx, QStringLiteral("o1"), thursday, 1, QStringLiteral("赵主持")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("不在岗")));
    REQUIRE_REFUSED(
        fx, fx.engine.create(ceremony(fx, QStringLiteral("o1"), thursday, 1, QStringLiteral("钱老师"))),
        BookingErrorCode::InvalidArgument);
    const Booking first = fx.book(ceremony(fx, QStringLiteral("o2"), thursday, 1));
    CHECK(first.officiant == QStringLiteral("李老师"));
    CHECK_FALSE(fx.engine.collectiveOf(first).has_value());
    // Two halls and two places per slot, but one officiant on duty: the slot is full.
    REQUIRE_REFUSED(fx, fx.engine.create(ceremony(fx, QStringLiteral("o3"), thursday, 2)),
                    BookingErrorCode::SlotFull);

    // Friday: 李老师 and the invited 赵主持.
    const QDateTime friday = at(kFriday, 9);
    const Booking invited = fx.book(ceremony(fx, QStringLiteral("o4"), friday, 3, QStringLiteral("赵主持")));
    CHECK(invited.officiant == QStringLiteral("赵主持"));
    const Booking other = fx.book(ceremony(fx, QStringLiteral("o5"), friday, 4));
    CHECK(other.officiant == QStringLiteral("李老师"));
    CHECK(other.hall != invited.hall);
    // Wednesday: 王老师 is on duty.
    CHECK(fx.book(ceremony(fx, QStringLiteral("o6"), at(kWednesday, 9), 5, QStringLiteral("王老师")))
              .officiant == QStringLiteral("王老师"));

    // A move keeps the wish only where the officiant is on duty: to Thursday, with no wish, 李老师.
    MoveRequest stay{
        invited.code, PartyInput{{}, man(3)}, at(kThursday, 9, 30), QStringLiteral("赵主持"), {}};
    REQUIRE_REFUSED(fx, fx.engine.move(stay), BookingErrorCode::ResourceUnavailable);
    MoveRequest any{invited.code, PartyInput{{}, man(3)}, at(kThursday, 9, 30), {}, {}};
    const auto moved = fx.engine.move(any);
    REQUIRE_BOOKED(moved);
    CHECK(moved->officiant == QStringLiteral("李老师"));

    // The day's list: each couple's own ceremony, by start then hall.
    const QList<CeremonyOfDay> friday2 = fx.engine.ceremoniesOn(QStringLiteral("main"), kFriday);
    REQUIRE(friday2.size() == 1); // 赵主持's couple moved to Thursday
    CHECK(friday2[0].officiant == QStringLiteral("李老师"));
    CHECK_FALSE(friday2[0].collective);
    CHECK(friday2[0].capacity == 1);
}

TEST_CASE("Themed collective ceremonies on special dates", "[booking][ceremony]")
{
    BookingFixture fx(ceremonyConfig());
    // 双十二 (a Saturday the holiday plan opens) is released at 2026-11-30 12:00.
    fx.clock.set(at(QDate(2026, 11, 30), 12));
    const QDateTime two = at(QDate(2026, 12, 12), 14);
    const Booking b = fx.book(ceremony(fx, QStringLiteral("t1"), two, 1));
    CHECK(b.hall == QStringLiteral("同心厅"));
    CHECK(b.officiant == QStringLiteral("李老师"));
    CHECK(b.slotEnd == two.addSecs(90 * 60));
    REQUIRE(fx.engine.collectiveOf(b).has_value());
    CHECK(fx.engine.collectiveOf(b)->themeZh == QStringLiteral("双十二集体颁证仪式"));
    // An ordinary day has no group at 14:00 (the afternoon session takes marriages only).
    REQUIRE_REFUSED(fx, fx.engine.create(ceremony(fx, QStringLiteral("t2"), at(QDate(2026, 12, 10), 14), 2)),
                    BookingErrorCode::TypeNotOffered);
    const auto list = fx.engine.ceremoniesOn(QStringLiteral("main"), QDate(2026, 12, 12));
    REQUIRE(list.size() == 1);
    CHECK(list[0].capacity == 20);
    CHECK(list[0].couples == 1);
    CHECK(list[0].hall == QStringLiteral("同心厅"));
    CHECK(list[0].themeEn == QStringLiteral("双十二 collective ceremony"));
    // A day the office cancels holds no ceremony.
    REQUIRE_BOOKED(fx.engine.cancelDay(QStringLiteral("main"), QDate(2026, 12, 12), QStringLiteral("停电"),
                                       QStringLiteral("S1")));
    CHECK(fx.engine.ceremoniesOn(QStringLiteral("main"), QDate(2026, 12, 12)).isEmpty());
}

TEST_CASE("A broken ceremony configuration is named by path", "[booking][ceremony][config]")
{
    const auto problem = [](const char* ceremony) {
        const auto r = parseBookingConfig(withCeremony(ceremony));
        REQUIRE_FALSE(r.ok());
        return r.error().message;
    };
    CHECK(problem(R"({"halls": ["幸福厅"], "officiants": ["李老师"],
                      "collective": [{"on": {"date": "2026-12-03"}, "at": "10:00", "hall": "礼堂", "couples": 3}]})")
              .contains(QStringLiteral("offices[0].ceremony.collective[0].hall")));
    CHECK(problem(R"({"halls": ["幸福厅"], "officiants": ["李老师"],
                      "collective": [{"at": "10:00", "hall": "幸福厅", "couples": 3}]})")
              .contains(QStringLiteral("offices[0].ceremony.collective[0] needs either")));
    CHECK(problem(R"({"halls": ["幸福厅"], "officiants": ["李老师"],
                      "collective": [{"specialDates": true, "at": "10:00", "hall": "幸福厅"}]})")
              .contains(QStringLiteral("offices[0].ceremony.collective[0].couples")));
    CHECK(problem(R"({"halls": ["幸福厅"], "officiants": ["李老师"],
                      "collective": [{"specialDates": true, "at": "10:00", "hall": "幸福厅", "couples": 3,
                                      "officiant": "钱老师"}]})")
              .contains(QStringLiteral("offices[0].ceremony.collective[0].officiant")));
    CHECK(problem(R"({"halls": ["幸福厅"], "officiants": [{"name": "赵主持", "invited": true}]})")
              .contains(QStringLiteral("offices[0].ceremony.officiants[0]")));
    CHECK(problem(R"({"halls": ["幸福厅"], "officiants": ["李老师", "李老师"]})")
              .contains(QStringLiteral("listed twice")));
}
