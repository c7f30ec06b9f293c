// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookingengine.h"
#include "domain/jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hall::bookingview {

/// The protocol's BookingView (docs/protocol.md, Booking): names, phone and ID numbers masked; a
/// ceremony says where, when and with whom (and the collective ceremony's theme).
QJsonObject booking(const Booking& b, const BookingEngine& engine);
/// The same view written straight into `w` (a booking op's reply and its request ledger row), with
/// `pageUrl`, the address of its page on the couple's phones, when the hall has one.
void writeBooking(JsonWriter& w, const Booking& b, const BookingEngine& engine, const QString& pageUrl = {});
/// CeremonyDayView: the officiants on duty and the ceremonies of a day, without personal data.
QJsonObject ceremonies(const BookingEngine& engine, const QString& office, QDate date);
/// The staff actions on a booking, oldest first: [{at, action, staff, channel, detail}].
QJsonArray audit(const QList<BookingAuditEntry>& entries);
/// The booking as the couple's phone page shows it (ResidentLinks::bookingPath): when, where, what to
/// bring, check-in and cancellation times, and no names, ID or phone numbers, nor the officiant.
QJsonObject resident(const Booking& b, const BookingEngine& engine);
/// DivorceApplicationView, with its periods as the engine holds them (extended by closures).
QJsonObject divorce(const DivorceApplication& a, const BookingEngine& engine);
/// CounsellingView: the session without personal data (the application holds the couple).
QJsonObject counselling(const CounsellingSession& c);
/// Notices of a cancelled day; `full` unmasks names and phones (admin export).
QJsonArray notices(const QList<CoupleNotice>& notices);
QJsonObject closure(const DayClosure& c);
/// booking.bulkCancel's and booking.notices' result: closure, notices (masked unless `full`) and the
/// pending divorce applications whose certificate period the closure extended.
QJsonObject bulkCancellation(const BulkCancellation& bulk, const BookingEngine& engine, bool full);

/// One Day of booking.calendar / booking.slotList for `type`, and the first moment it may change by
/// time alone (opening or closing of booking, or the next midnight).
struct DayJson
{
    QJsonObject day;
    QJsonArray slotList;
    QDateTime changesAt;
};
DayJson day(const BookingEngine& engine, const QString& office, QDate date, BookingType type,
            const QDateTime& now);

} // namespace hall::bookingview
