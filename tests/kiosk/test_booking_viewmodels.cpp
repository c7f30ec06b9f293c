// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The booking view-models alone: calendar grid, slots, the parties form, codes, refusals and the
// confirmation, fed with the protocol's JSON (docs/protocol.md, Booking).
#include "bookingcalendarmodel.h"
#include "bookingcodeinput.h"
#include "bookingconfirmation.h"
#include "bookingparties.h"
#include "bookingrefusal.h"
#include "bookingslotmodel.h"
#include "idnumbers.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QSignalSpy>

using namespace hall;
using namespace Qt::StringLiterals;

namespace {

using test::kMan;
using test::kWoman;

QJsonObject day(const QString& date, bool open, const QString& release, int remaining,
                const QJsonObject& extra = {})
{
    QJsonObject d{{u"date"_s, date},
                  {u"open"_s, open},
                  {u"release"_s, release},
                  {u"offered"_s, true},
                  {u"capacity"_s, 12},
                  {u"remaining"_s, remaining},
                  {u"soldOut"_s, open && release == u"open"_s && remaining == 0}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        d.insert(it.key(), it.value());
    }
    return d;
}

QVariant cell(const BookingCalendarModel& m, QDate date, int role)
{
    const int row = m.firstOfMonth().dayOfWeek() - 1 + date.day() - 1;
    return m.data(m.index(row), role);
}

} // namespace

TEST_CASE("booking calendar: a Monday-first grid of the service's days, each in its state", "[nostore]")
{
    BookingCalendarModel m;
    m.setMonth(QDate(2026, 12, 15));
    // 1 December 2026 is a Tuesday: one blank before it, then 31 days.
    REQUIRE(m.firstOfMonth() == QDate(2026, 12, 1));
    REQUIRE(m.rowCount() == 1 + 31);
    CHECK(m.data(m.index(0), BookingCalendarModel::StateRole).value<BookingCalendarModel::DayState>() ==
          BookingCalendarModel::DayState::Blank);
    CHECK(m.data(m.index(1), BookingCalendarModel::DayRole).toInt() == 1);
    CHECK_FALSE(m.isLoaded());
    CHECK(m.stateOf(QDate(2026, 12, 2)) == BookingCalendarModel::DayState::Blank); // unknown until answered

    const QJsonArray days{
        day(u"2026-12-01"_s, true, u"open"_s, 5),
        day(u"2026-12-02"_s, true, u"open"_s, 0),
        day(u"2026-12-05"_s, false, u"closed"_s, 0, {{u"closedReason"_s, u"周六休息"_s}}),
        day(u"2026-12-12"_s, true, u"notYetOpen"_s, 12,
            {{u"opensAt"_s, u"2026-11-30T00:00:00+08:00"_s},
             {u"special"_s, QJsonObject{{u"nameZh"_s, u"双十二"_s}, {u"nameEn"_s, u"Double Twelve"_s}}}}),
        day(u"2026-12-24"_s, true, u"closed"_s, 3),
        day(u"2026-12-25"_s, true, u"open"_s, 3, {{u"offered"_s, false}}),
        day(u"2027-01-01"_s, true, u"open"_s, 3), // another month: ignored
    };
    QSignalSpy loaded(&m, &BookingCalendarModel::monthChanged);
    m.setDays(days, false);
    CHECK(loaded.count() == 1);
    CHECK(m.isLoaded());
    using S = BookingCalendarModel::DayState;
    CHECK(m.stateOf(QDate(2026, 12, 1)) == S::Bookable);
    CHECK(m.stateOf(QDate(2026, 12, 2)) == S::SoldOut);
    CHECK(m.stateOf(QDate(2026, 12, 5)) == S::OfficeClosed);
    CHECK(cell(m, QDate(2026, 12, 5), BookingCalendarModel::ClosedReasonRole).toString() == u"周六休息"_s);
    CHECK(m.stateOf(QDate(2026, 12, 12)) == S::NotYetOpen);
    CHECK(cell(m, QDate(2026, 12, 12), BookingCalendarModel::OpensAtRole).toString() == u"11-30 00:00"_s);
    CHECK(m.specialOf(QDate(2026, 12, 12)) == u"双十二"_s);
    CHECK(m.stateOf(QDate(2026, 12, 24)) == S::Closed);
    CHECK(m.stateOf(QDate(2026, 12, 25)) == S::OfficeClosed); // open, but not for this type
    CHECK(m.stateOf(QDate(2026, 12, 31)) == S::OfficeClosed); // the service said nothing: not bookable

    m.setDays(days, true);
    CHECK(m.specialOf(QDate(2026, 12, 12)) == u"Double Twelve"_s);
}

TEST_CASE("booking calendar: a past day reads as past, a holiday by its name, an unpublished one as such",
          "[nostore]")
{
    BookingCalendarModel m;
    m.setMonth(QDate(2027, 10, 1));
    const QJsonArray days{
        // Before today in the hall: past, whatever else the day was (here a weekday outside the range).
        day(u"2027-10-01"_s, false, u"closed"_s, 0,
            {{u"past"_s, true}, {u"holidayZh"_s, u"国庆节"_s}, {u"closedReason"_s, u"不在可预约范围内"_s}}),
        day(u"2027-10-02"_s, false, u"closed"_s, 0,
            {{u"holidayZh"_s, u"国庆节"_s}, {u"holidayEn"_s, u"National Day"_s}}),
        day(u"2027-10-09"_s, false, u"closed"_s, 0,
            {{u"closedReason"_s, u"2027-10-09 为休息日，不办理登记"_s}}),
        day(u"2027-10-11"_s, false, u"closed"_s, 0, {{u"provisional"_s, true}}),
    };
    m.setDays(days, false);
    using S = BookingCalendarModel::DayState;
    CHECK(m.stateOf(QDate(2027, 10, 1)) == S::Past);
    CHECK(m.stateOf(QDate(2027, 10, 2)) == S::OfficeClosed);
    CHECK(cell(m, QDate(2027, 10, 2), BookingCalendarModel::HolidayRole).toString() == u"国庆节"_s);
    CHECK(m.stateOf(QDate(2027, 10, 9)) == S::OfficeClosed);
    CHECK(cell(m, QDate(2027, 10, 9), BookingCalendarModel::HolidayRole).toString().isEmpty());
    CHECK(m.stateOf(QDate(2027, 10, 11)) == S::Provisional);
    CHECK_FALSE(m.select(u"2027-10-01"_s));
    CHECK_FALSE(m.select(u"2027-10-11"_s));
    m.setDays(days, true);
    CHECK(cell(m, QDate(2027, 10, 2), BookingCalendarModel::HolidayRole).toString() == u"National Day"_s);
}

TEST_CASE("booking calendar: only a bookable day can be selected, a new month forgets the choice",
          "[nostore]")
{
    BookingCalendarModel m;
    m.setMonth(QDate(2026, 12, 1));
    m.setDays({day(u"2026-12-01"_s, true, u"open"_s, 5), day(u"2026-12-02"_s, true, u"open"_s, 0),
               day(u"2026-12-12"_s, true, u"notYetOpen"_s, 12)},
              false);
    CHECK_FALSE(m.select(u"2026-12-02"_s));
    CHECK_FALSE(m.select(u"2026-12-12"_s));
    CHECK_FALSE(m.select(u"not a date"_s));
    CHECK_FALSE(m.selectedDate().isValid());
    REQUIRE(m.select(u"2026-12-01"_s));
    CHECK(m.selectedDateText() == u"2026-12-01"_s);
    CHECK(cell(m, QDate(2026, 12, 1), BookingCalendarModel::SelectedRole).toBool());
    m.setMonth(QDate(2027, 1, 1));
    CHECK_FALSE(m.selectedDate().isValid());
}

TEST_CASE("booking slots: the chosen type's places per slot, a full slot cannot be chosen", "[nostore]")
{
    BookingSlotModel m;
    const QJsonObject reply{
        {u"slots"_s,
         QJsonArray{
             QJsonObject{{u"start"_s, u"2026-12-01T09:00:00+08:00"_s},
                         {u"end"_s, u"2026-12-01T09:30:00+08:00"_s},
                         {u"capacity"_s, 6},
                         {u"remaining"_s, 2}},
             QJsonObject{{u"start"_s, u"2026-12-01T01:30:00Z"_s}, // the same instant in another offset
                         {u"end"_s, u"2026-12-01T02:00:00Z"_s},
                         {u"capacity"_s, 6},
                         {u"remaining"_s, 0}},
             QJsonObject{{u"start"_s, u"2026-12-01T10:00:00+08:00"_s},
                         {u"end"_s, u"2026-12-01T10:30:00+08:00"_s},
                         {u"capacity"_s, QJsonObject{{u"marriage"_s, 4}}},
                         {u"remaining"_s, QJsonObject{{u"marriage"_s, 4}}}},
             QJsonObject{{u"start"_s, u"2026-12-01T13:30:00+08:00"_s},
                         {u"end"_s, u"2026-12-01T14:00:00+08:00"_s},
                         {u"capacity"_s, QJsonObject{{u"ceremony"_s, 1}}},
                         {u"remaining"_s, QJsonObject{{u"ceremony"_s, 1}}}},
         }}};
    m.setAvailability(reply, u"marriage"_s);
    REQUIRE(m.rowCount() == 3); // the ceremony-only slot is not offered for marriage
    CHECK(m.data(m.index(0), BookingSlotModel::StartRole).toString() == u"09:00"_s);
    CHECK(m.data(m.index(1), BookingSlotModel::StartRole).toString() == u"09:30"_s);
    CHECK(m.data(m.index(1), BookingSlotModel::RemainingRole).toInt() == 0);
    CHECK(m.data(m.index(2), BookingSlotModel::RemainingRole).toInt() == 4);
    CHECK_FALSE(m.select(1));
    CHECK_FALSE(m.select(7));
    CHECK(m.selectedIndex() == -1);
    REQUIRE(m.select(2));
    CHECK(m.selectedText() == u"10:00–10:30"_s);
    CHECK(m.selectedStart() == QDateTime::fromString(u"2026-12-01T10:00:00+08:00"_s, Qt::ISODate));
    m.clear();
    CHECK(m.rowCount() == 0);
    CHECK_FALSE(m.selectedStart().isValid());
}

TEST_CASE("booking slots: a collective ceremony names its theme to a couple choosing a ceremony only",
          "[nostore]")
{
    BookingSlotModel m;
    const QJsonObject collective{{u"themeZh"_s, u"十全十美集体颁证仪式"_s},
                                 {u"themeEn"_s, u"10 October collective ceremony"_s},
                                 {u"hall"_s, u"幸福厅"_s}};
    const QJsonObject reply{
        {u"slots"_s,
         QJsonArray{QJsonObject{{u"start"_s, u"2026-12-10T09:30:00+08:00"_s},
                                {u"end"_s, u"2026-12-10T10:00:00+08:00"_s},
                                {u"capacity"_s, QJsonObject{{u"marriage"_s, 4}, {u"ceremony"_s, 1}}},
                                {u"remaining"_s, QJsonObject{{u"marriage"_s, 4}, {u"ceremony"_s, 1}}}},
                    QJsonObject{{u"start"_s, u"2026-12-10T10:00:00+08:00"_s},
                                {u"end"_s, u"2026-12-10T11:00:00+08:00"_s},
                                {u"capacity"_s, QJsonObject{{u"marriage"_s, 4}, {u"ceremony"_s, 8}}},
                                {u"remaining"_s, QJsonObject{{u"marriage"_s, 4}, {u"ceremony"_s, 6}}},
                                {u"collective"_s, collective}}}}};
    m.setAvailability(reply, u"ceremony"_s);
    REQUIRE(m.rowCount() == 2);
    CHECK(m.data(m.index(0), BookingSlotModel::ThemeZhRole).toString().isEmpty());
    CHECK(m.data(m.index(1), BookingSlotModel::ThemeZhRole).toString() == u"十全十美集体颁证仪式"_s);
    CHECK(m.data(m.index(1), BookingSlotModel::ThemeEnRole).toString() ==
          u"10 October collective ceremony"_s);
    CHECK(m.data(m.index(1), BookingSlotModel::HallRole).toString() == u"幸福厅"_s);
    CHECK(m.data(m.index(1), BookingSlotModel::RemainingRole).toInt() == 6);
    // A registration in the same slot is not part of the ceremony: no theme on its button.
    m.setAvailability(reply, u"marriage"_s);
    REQUIRE(m.rowCount() == 2);
    CHECK(m.data(m.index(1), BookingSlotModel::ThemeZhRole).toString().isEmpty());
    CHECK(m.data(m.index(1), BookingSlotModel::HallRole).toString().isEmpty());
}

TEST_CASE("booking parties: one keypad fills the chosen field, a card brings the name, all masked",
          "[nostore]")
{
    BookingParties p;
    CHECK(p.active() == BookingParties::FirstField);
    p.setTyped(kMan.left(10));
    CHECK(p.first()->display() == kMan.left(6) + u"****"_s);
    p.setTyped(kMan);
    CHECK(p.first()->isComplete());
    CHECK_FALSE(p.isComplete());

    // The card reader fills the second person while that field is chosen, with the name.
    p.setActive(BookingParties::SecondField);
    p.setFromCard(u"李小红"_s, kWoman);
    CHECK(p.second()->fromCard());
    CHECK(p.secondNameMasked() == u"李*"_s);
    CHECK(p.activeValue().isEmpty()); // the keypad starts anew over a card's number
    p.setTyped(QString());            // ... and its empty value does not clear the card
    CHECK(p.second()->isComplete());

    p.setActive(BookingParties::PhoneField);
    p.setTyped(u"138a0013 8000 99"_s);
    CHECK(p.phoneDisplay() == u"138****8000"_s);
    CHECK(p.phoneMasked() == u"138****8000"_s);
    // A typed number has no name: real name is by the ID numbers, so it is complete all the same,
    // and the page says the cards are checked on the day.
    CHECK(p.nameMissing());
    CHECK(p.isComplete());
    const QJsonArray mixed = p.toJson().value(u"parties"_s).toArray();
    CHECK(mixed.at(0).toObject() == QJsonObject{{u"idNumber"_s, kMan}}); // no "name" at all
    p.setActive(BookingParties::FirstField);
    p.setFromCard(u"张伟"_s, kMan);
    CHECK_FALSE(p.nameMissing());
    REQUIRE(p.isComplete());

    const QJsonObject json = p.toJson();
    const QJsonArray parties = json.value(u"parties"_s).toArray();
    REQUIRE(parties.size() == 2);
    CHECK(parties.at(0).toObject() == QJsonObject{{u"name"_s, u"张伟"_s}, {u"idNumber"_s, kMan}});
    CHECK(parties.at(1).toObject().value(u"name"_s).toString() == u"李小红"_s);
    CHECK(json.value(u"phone"_s).toString() == u"13800138000"_s);

    // Typing over a card's number drops the card's name with it.
    p.setActive(BookingParties::SecondField);
    p.setTyped(kWoman.left(17));
    CHECK(p.secondNameMasked().isEmpty());

    p.clear();
    CHECK(p.first()->isEmpty());
    CHECK(p.second()->isEmpty());
    CHECK(p.phoneDisplay().isEmpty());
    CHECK(p.active() == BookingParties::FirstField);
}

TEST_CASE("booking parties: both numbers on the keypad alone are complete, without names", "[nostore]")
{
    BookingParties p;
    p.setTyped(kMan);
    CHECK_FALSE(p.isComplete());
    p.setActive(BookingParties::SecondField);
    p.setTyped(kWoman.left(17)); // one short
    p.setActive(BookingParties::PhoneField);
    p.setTyped(u"13800138000"_s);
    CHECK_FALSE(p.isComplete());
    p.setActive(BookingParties::SecondField);
    p.setTyped(kWoman);
    REQUIRE(p.isComplete());
    CHECK(p.nameMissing());
    CHECK(p.firstNameMasked().isEmpty()); // nothing shown, never a lone "*"
    CHECK(p.secondNameMasked().isEmpty());
    const QJsonObject json = p.toJson();
    CHECK(json.value(u"parties"_s).toArray() ==
          QJsonArray{QJsonObject{{u"idNumber"_s, kMan}}, QJsonObject{{u"idNumber"_s, kWoman}}});
    CHECK(json.value(u"phone"_s).toString() == u"13800138000"_s);
}

TEST_CASE("booking parties: a replacement certificate is booked by one person", "[nostore]")
{
    BookingParties p;
    p.setNeedsSecond(false);
    p.setActive(BookingParties::SecondField); // skipped: goes to the phone
    CHECK(p.active() == BookingParties::PhoneField);
    p.setFromCard(u"王五"_s, kMan); // the first person while it is empty
    CHECK(p.first()->fromCard());
    p.setTyped(u"13900139000"_s);
    REQUIRE(p.isComplete());
    CHECK(p.toJson().value(u"parties"_s).toArray().size() == 1);
}

TEST_CASE("booking code input: the service's alphabet, upper case, eight characters", "[nostore]")
{
    BookingCodeInput c;
    c.setTyped(u"7kq2-m9xa"_s);
    CHECK(c.value() == u"7KQ2M9XA"_s);
    CHECK(c.isComplete());
    c.setTyped(u"O0I1abcdefghijk"_s); // O, 0, I and 1 are not in codes
    CHECK(c.value() == u"ABCDEFGH"_s);
    c.clear();
    CHECK(c.value().isEmpty());
}

TEST_CASE("booking refusal: codes become kinds, the moment a refusal ends is read from it", "[nostore]")
{
    using K = BookingRefusal::Kind;
    CHECK(BookingRefusal::kindFor(u"SLOT_FULL"_s) == K::Full);
    CHECK(BookingRefusal::kindFor(u"RESOURCE_UNAVAILABLE"_s) == K::Full);
    CHECK(BookingRefusal::kindFor(u"UNDER_AGE"_s) == K::UnderAge);
    CHECK(BookingRefusal::kindFor(u"SAME_PERSON"_s) == K::SamePerson);
    CHECK(BookingRefusal::kindFor(u"INVALID_ID_NUMBER"_s) == K::InvalidId);
    CHECK(BookingRefusal::kindFor(u"OUTSIDE_DIVORCE_PERIOD"_s) == K::Divorce);
    CHECK(BookingRefusal::kindFor(u"WRONG_COUPLE"_s) == K::WrongCouple);
    CHECK(BookingRefusal::kindFor(u"TIMEOUT"_s) == K::Unreachable);
    CHECK(BookingRefusal::kindFor(u"RATE_LIMITED"_s) == K::Unreachable);
    CHECK(BookingRefusal::kindFor(u"DUPLICATE_TICKET"_s) == K::Other);

    BookingRefusal r;
    r.set(u"PENALTY_ACTIVE"_s, u"110***********0032 因180天内未按约到场2次，2027-06-01 前不能预约"_s);
    CHECK(r.kind() == K::Penalty);
    CHECK(r.untilText() == u"2027-06-01"_s);
    r.set(u"NOT_YET_OPEN"_s, u"2027-05-20 的预约将于 2027-04-20 00:00 开放"_s);
    CHECK(r.kind() == K::NotYetOpen);
    CHECK(r.untilText() == u"2027-04-20 00:00"_s); // the opening moment, not the date booked
    r.set(u"CHECK_IN_TOO_EARLY"_s, u"预约时段为 2026-11-25 09:00，请于 08:30 后签到"_s);
    CHECK(r.untilText() == u"2026-11-25 08:30"_s);
    r.set(u"SLOT_FULL"_s, u"2026-12-01 09:00 已约满"_s);
    CHECK(r.untilText().isEmpty()); // only refusals that end carry a moment
    r.clear();
    CHECK(r.kind() == K::None);
}

TEST_CASE("booking confirmation: the service's booking, masked, and what the printer prints", "[nostore]")
{
    const QJsonObject view{
        {u"code"_s, u"7KQ2M9XA"_s},
        {u"office"_s, u"main"_s},
        {u"officeName"_s, u"婚姻登记处"_s},
        {u"type"_s, u"marriage"_s},
        {u"date"_s, u"2026-12-01"_s},
        {u"slotStart"_s, u"2026-12-01T09:00:00+08:00"_s},
        {u"slotEnd"_s, u"2026-12-01T09:30:00+08:00"_s},
        {u"status"_s, u"confirmed"_s},
        {u"parties"_s,
         QJsonArray{QJsonObject{{u"name"_s, u"张*"_s}, {u"idMasked"_s, u"110***********1234"_s}},
                    QJsonObject{{u"name"_s, u"李*"_s}, {u"idMasked"_s, u"110***********5678"_s}}}},
        {u"phone"_s, u"138****8000"_s},
        {u"qrPayload"_s, u"HALLBK1|main|7KQ2M9XA"_s},
        {u"checkInFrom"_s, u"2026-12-01T08:30:00+08:00"_s},
        {u"checkInUntil"_s, u"2026-12-01T09:15:00+08:00"_s},
    };
    BookingConfirmation c;
    c.set(view, false);
    CHECK(c.isValid());
    CHECK(c.date() == u"2026-12-01"_s);
    CHECK(c.slot() == u"09:00–09:30"_s);
    CHECK(c.checkInWindow() == u"08:30–09:15"_s);
    CHECK(c.persons() == QStringList{u"张*  110***********1234"_s, u"李*  110***********5678"_s});
    CHECK(c.officeName() == u"婚姻登记处"_s);
    CHECK(c.qrSource().startsWith(u"image://qr/HALLBK1"_s));

    const PrintedTicket paper = c.printed(u"社区事务受理服务中心"_s);
    CHECK(paper.number == u"7KQ2M9XA"_s);
    CHECK(paper.qrPayload == u"HALLBK1|main|7KQ2M9XA"_s);
    CHECK(paper.serviceName == u"结婚登记预约"_s);
    CHECK(paper.issuedAt == c.slotStart());
    CHECK(paper.timeLabel == u"预约时间"_s);
    CHECK(paper.peopleAhead < 0); // no "people ahead" line on a confirmation
    CHECK(paper.qrCaption == u"签到时请扫描此码"_s);
    CHECK(paper.notice.contains(u"08:30–09:15"_s));

    SECTION("a replacement for one person: the slip and screen list what the service says, no 双方")
    {
        QJsonObject one = view;
        one.insert(u"type"_s, u"replacement"_s);
        one.insert(u"parties"_s,
                   QJsonArray{QJsonObject{{u"name"_s, u"张*"_s}, {u"idMasked"_s, u"110***********1234"_s}}});
        one.insert(u"bring"_s, QJsonArray{u"本人的居民身份证原件"_s});
        one.insert(u"bringEn"_s, QJsonArray{u"Your own resident ID card (original)"_s});
        c.set(one, false);
        const QString notice = c.printed(u"社区事务受理服务中心"_s).notice;
        CHECK(notice.contains(u"本人的居民身份证原件"_s));
        CHECK_FALSE(notice.contains(u"双方"_s));
        CHECK(c.bringText() == u"本人的居民身份证原件"_s);
        c.set(one, true);
        CHECK(c.bringText() == u"Your own resident ID card (original)"_s);
    }

    SECTION("a collective ceremony: the page and the slip say where, when, with whom and its theme")
    {
        QJsonObject ceremony = view;
        ceremony.insert(u"type"_s, u"ceremony"_s);
        ceremony.insert(u"slotStart"_s, u"2026-12-03T10:00:00+08:00"_s);
        ceremony.insert(u"slotEnd"_s, u"2026-12-03T11:00:00+08:00"_s);
        ceremony.insert(u"hall"_s, u"幸福厅"_s);
        ceremony.insert(u"officiant"_s, u"李老师"_s);
        ceremony.insert(u"collective"_s, QJsonObject{{u"themeZh"_s, u"冬日集体颁证"_s},
                                                     {u"themeEn"_s, u"Winter collective ceremony"_s}});
        c.set(ceremony, false);
        CHECK(c.place() == u"幸福厅 · 颁证师 李老师"_s);
        CHECK(c.ceremony() == u"冬日集体颁证"_s);
        const QString notice = c.printed(u"社区事务受理服务中心"_s).notice;
        CHECK(notice.contains(u"地点：婚姻登记处 幸福厅"_s));
        CHECK(notice.contains(u"时间：2026-12-03 10:00–11:00"_s));
        CHECK(notice.contains(u"颁证师：李老师"_s));
        CHECK(notice.contains(u"仪式：冬日集体颁证"_s));
        c.set(ceremony, true);
        CHECK(c.place() == u"幸福厅 · officiant 李老师"_s);
        CHECK(c.ceremony() == u"Winter collective ceremony"_s);
        // Any other booking has neither line.
        c.set(view, false);
        CHECK(c.place().isEmpty());
        CHECK(c.ceremony().isEmpty());
        CHECK_FALSE(c.printed(u"社区事务受理服务中心"_s).notice.contains(u"颁证师"_s));
    }

    c.setPrintState(BookingConfirmation::PrintState::Printed);
    c.clear();
    CHECK_FALSE(c.isValid());
    CHECK(c.persons().isEmpty());
    CHECK(c.printState() == BookingConfirmation::PrintState::None);
}
