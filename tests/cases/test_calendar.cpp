// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingcalendar.h"
#include "caseprogress.h"
#include "casesfixture.h"

#include <QJsonDocument>

using namespace hall;
using namespace hall::test;

TEST_CASE("Working days skip weekends and public holidays and count 调休 weekends", "[calendar]")
{
    const WorkingCalendar cal(defaultCasesConfig().calendar);
    CHECK(cal.isWorkingDay(QDate(2026, 11, 24)));
    CHECK_FALSE(cal.isWorkingDay(QDate(2026, 11, 28))); // Saturday
    CHECK_FALSE(cal.isWorkingDay(QDate(2026, 10, 5)));  // National Day week, a Monday
    CHECK(cal.isWorkingDay(QDate(2026, 10, 10)));       // Saturday worked in exchange
    // The day a period starts is not counted: 1 working day after Wednesday 30 September is 8 October.
    CHECK(cal.addWorkingDays(QDate(2026, 9, 30), 1) == QDate(2026, 10, 8));
    CHECK(cal.addWorkingDays(QDate(2026, 9, 30), 3) == QDate(2026, 10, 10));
    CHECK(cal.addWorkingDays(QDate(2026, 11, 24), 5) == QDate(2026, 12, 1));
    CHECK(cal.addWorkingDays(QDate(2026, 11, 24), 0) == QDate(2026, 11, 24));
}

TEST_CASE("A calendar-day period ending on a rest day ends on the next working day", "[calendar]")
{
    const WorkingCalendar cal(defaultCasesConfig().calendar);
    // A 7-day notice posted on Friday 5 June 2026 runs until Friday 12 June.
    CHECK(cal.periodEnd(QDate(2026, 6, 5), 7, DayKind::Calendar) == QDate(2026, 6, 12));
    // Posted on Saturday 26 September it would end on 3 October (holiday): it runs until 8 October.
    CHECK(cal.periodEnd(QDate(2026, 9, 26), 7, DayKind::Calendar) == QDate(2026, 10, 8));
    CHECK(cal.periodEnd(QDate(2026, 11, 24), 10, DayKind::Working) == QDate(2026, 12, 8));
}

TEST_CASE("Payments fall on the 10th of each month, or of each quarter's first month", "[calendar]")
{
    const PaymentPlan monthly{PaymentFrequency::Monthly, 10};
    CHECK(paymentDates(monthly, QDate(2026, 12, 1), 3) ==
          QList<QDate>{QDate(2026, 12, 10), QDate(2027, 1, 10), QDate(2027, 2, 10)});
    CHECK(paymentDates(monthly, QDate(2026, 12, 11), 1) == QList<QDate>{QDate(2027, 1, 10)});
    const PaymentPlan quarterly{PaymentFrequency::Quarterly, 10};
    CHECK(paymentDates(quarterly, QDate(2026, 11, 25), 2) ==
          QList<QDate>{QDate(2027, 1, 10), QDate(2027, 4, 10)});
    CHECK(paymentDates(PaymentPlan{}, QDate(2026, 11, 25), 2).isEmpty());
}

namespace {

std::shared_ptr<const HallCalendar> calendarOf(const char* json)
{
    QStringList problems;
    CalendarConfig c =
        parseCalendarConfig(QJsonDocument::fromJson(json).object(), QStringLiteral("calendar"), problems);
    REQUIRE(problems.isEmpty());
    return std::make_shared<const HallCalendar>(std::move(c));
}

} // namespace

TEST_CASE("Cases and bookings read the same calendar: one change to it moves both", "[calendar]")
{
    // A 7-day 公示 posted on Tuesday 2027-09-28, and a divorce application of 2027-09-06 whose
    // cooling-off period (30 days) would end on Wednesday 2027-10-06.
    const auto check = [](const std::shared_ptr<const HallCalendar>& calendar, QDate noticeEnds,
                          QDate coolingOffEnds) {
        const WorkingCalendar cases(calendar);
        BookingConfig booking = defaultBookingConfig();
        booking.calendar = calendar;
        const BookingCalendar bookings(booking);
        CHECK(cases.periodEnd(QDate(2027, 9, 28), 7, DayKind::Calendar) == noticeEnds);
        CHECK(bookings.divorcePeriods(QDate(2027, 9, 6)).coolingOffEnds == coolingOffEnds);
        CHECK(cases.isWorkingDay(QDate(2027, 10, 6)) == bookings.isWorkingDay(QDate(2027, 10, 6)));
    };
    // 2027 not entered: 国庆 10/1–10/3 closed for certain; 10/5 and 10/6 are weekdays, so far working.
    check(calendarOf("{}"), QDate(2027, 10, 5), QDate(2027, 10, 6));
    // The centre enters an arrangement with 10/1–10/7 off: both move to Friday 10/8.
    check(
        calendarOf(
            R"({"arrangements": {"2027": {"off": ["2027-10-01/2027-10-07"], "workdays": ["2027-09-26"]}}})"),
        QDate(2027, 10, 8), QDate(2027, 10, 8));
}
