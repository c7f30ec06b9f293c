// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingfigures.h"

#include "booking/booking.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hall::reports {

void BookingCounts::add(const BookingCounts& o)
{
    made += o.made;
    booked += o.booked;
    checkedIn += o.checkedIn;
    noShow += o.noShow;
    cancelled += o.cancelled;
    cancelledByOffice += o.cancelledByOffice;
    pending += o.pending;
}

namespace {

void count(BookingCounts& c, BookingStatus status, int n)
{
    c.booked += n;
    switch (status) {
    case BookingStatus::Confirmed:
        c.pending += n;
        break;
    case BookingStatus::CheckedIn:
        c.checkedIn += n;
        break;
    case BookingStatus::Cancelled:
        c.cancelled += n;
        break;
    case BookingStatus::CancelledByOffice:
        c.cancelledByOffice += n;
        break;
    case BookingStatus::NoShow:
        c.noShow += n;
        break;
    }
}

Error failure(const QSqlError& e)
{
    return Error{ErrorCode::StorageFailed, QStringLiteral("报表读取失败 (bookings): %1").arg(e.text())};
}

} // namespace

Result<BookingReport> bookingReport(QSqlDatabase db, QDate from, QDate to, const BookingCalendar* calendar)
{
    BookingReport out;
    std::map<QDate, BookingCounts> special;
    if (calendar != nullptr) {
        for (int year = from.year(); year <= to.year(); ++year) {
            for (const SpecialDate& s : calendar->specialDates(year)) {
                if (s.date >= from && s.date <= to) {
                    out.specialDates.append(SpecialDateCounts{s.date, s.nameZh, {}});
                }
            }
        }
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // created_at is ISO-8601 in hall time: its first ten characters are the hall's date.
    q.prepare(QStringLiteral("SELECT type, COUNT(*) FROM bookings WHERE substr(created_at, 1, 10) >= ?"
                             " AND substr(created_at, 1, 10) <= ? GROUP BY type"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec()) {
        return failure(q.lastError());
    }
    while (q.next()) {
        if (const auto type = bookingTypeFromString(q.value(0).toString())) {
            out.byType[*type].made += q.value(1).toInt();
        }
    }
    q.prepare(QStringLiteral("SELECT type, status, day, COUNT(*) FROM bookings WHERE day >= ? AND day <= ?"
                             " GROUP BY type, status, day"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec()) {
        return failure(q.lastError());
    }
    while (q.next()) {
        const auto type = bookingTypeFromString(q.value(0).toString());
        const auto status = bookingStatusFromString(q.value(1).toString());
        if (!type || !status) {
            continue;
        }
        const int n = q.value(3).toInt();
        count(out.byType[*type], *status, n);
        count(special[QDate::fromString(q.value(2).toString(), Qt::ISODate)], *status, n);
    }
    for (SpecialDateCounts& s : out.specialDates) {
        s.counts = special[s.date];
    }
    for (const auto& [type, c] : out.byType) {
        out.total.add(c);
    }
    return out;
}

} // namespace hall::reports
