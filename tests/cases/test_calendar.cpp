#include "caseprogress.h"
#include "casesfixture.h"

using namespace hall;
using namespace hall::test;

TEST_CASE("Working days skip weekends and public holidays and count 调休 weekends", "[calendar]")
{
    const WorkingCalendar cal(defaultCasesConfig().holidays);
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
    const WorkingCalendar cal(defaultCasesConfig().holidays);
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
