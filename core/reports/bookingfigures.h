// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booking/bookingcalendar.h"
#include "domain/result.h"

#include <QSqlDatabase>

#include <map>

namespace hall::reports {

/// Marriage-registry bookings of a period: made in it, and what became of those booked for its days.
struct BookingCounts
{
    int made = 0;              ///< created during the period (whatever day they were for)
    int booked = 0;            ///< for a day of the period
    int checkedIn = 0;         ///< of `booked`: came and checked in
    int noShow = 0;            ///< of `booked`: did not come
    int cancelled = 0;         ///< of `booked`: cancelled by the couple
    int cancelledByOffice = 0; ///< of `booked`: the office closed the day
    int pending = 0;           ///< of `booked`: still confirmed (the day has not come, or not yet checked in)

    void add(const BookingCounts& o);
    bool operator==(const BookingCounts&) const = default;
};

struct SpecialDateCounts
{
    QDate date;
    QString nameZh;
    BookingCounts counts;
};

struct BookingReport
{
    std::map<BookingType, BookingCounts> byType;
    QList<SpecialDateCounts> specialDates; ///< every special date of the period, in order, even unbooked
    BookingCounts total;
};

/// Reads the `bookings` table (counts only: no names, IDs or phones are read). `calendar` names the
/// special dates; without one none are listed.
Result<BookingReport> bookingReport(QSqlDatabase db, QDate from, QDate to, const BookingCalendar* calendar);

} // namespace hall::reports
