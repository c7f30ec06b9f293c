// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changerunner.h"
#include "desks/bookingdesk.h"
#include "protocol/argreader.h"

namespace hall {

// Booking ops of protocol v1 (docs/protocol.md, "Booking"). Reads and the couple's ops
// (bookingops.cpp), the counter's ops (bookingstaffops.cpp), divorce applications (divorceops.cpp),
// counselling during the cooling-off period (counsellingops.cpp).
void opBookingInfo(OpContext ctx);
void opBookingCalendar(OpContext ctx);
void opBookingSlots(OpContext ctx);
void opBookingCreate(OpContext ctx);
void opBookingFind(OpContext ctx);
void opBookingCancel(OpContext ctx);
void opBookingMove(OpContext ctx);
/// The couple's cancellation from their phone page (Dispatcher::dispatchResident; no protocol op):
/// {code, phoneLastFour}.
void opBookingCancelByPhone(OpContext ctx);
void opBookingCheckIn(OpContext ctx);
void opBookingToday(OpContext ctx);
void opBookingGet(OpContext ctx);
void opBookingNoShow(OpContext ctx);
void opBookingBulkCancel(OpContext ctx);
void opBookingNotices(OpContext ctx);
void opCeremonyToday(OpContext ctx);
void opDivorceRecordApplication(OpContext ctx);
void opDivorceWithdraw(OpContext ctx);
void opDivorceComplete(OpContext ctx);
void opCounsellingOffer(OpContext ctx);
void opCounsellingBook(OpContext ctx);
void opCounsellingRecord(OpContext ctx);

// Shared by the booking op files (bookingsupport.cpp).

/// A gate for runChange: spends one token of the device's and of each person's booking budget
/// (BookingLimits), or refuses RATE_LIMITED saying whose budget ran out. Invalid document numbers
/// spend nothing: the op refuses them.
std::function<std::optional<Outcome>()> bookingBudget(BookingDesk& desk, const OpContext& ctx,
                                                      const QList<PartyInput>& parties);
/// Who acts: a counter's staff member for a caller (`channel` "phone" or "walkIn", audited), an admin
/// the same when it names a channel, a kiosk the resident themself (a channel from it is refused,
/// answered here: nullopt).
std::optional<BookingActor> actorOf(const std::optional<QString>& channel, const OpContext& ctx);
/// The booking desk, or an answer that booking is not enabled on this service.
BookingDesk* deskOf(const OpContext& ctx);
/// The same once the op's arguments are read: nullptr after answering what was wrong with them.
BookingDesk* deskOf(const protocol::ArgReader& args, const OpContext& ctx);
/// `slotStart` as a slot list gave it (`from`: the op that lists them); nullopt after answering
/// INVALID_ARGUMENT.
std::optional<QDateTime> slotStartOf(const QString& text, const QString& from, const OpContext& ctx);
/// The office asked for, or the default one; nullopt (after answering UNKNOWN_OFFICE) when unknown.
std::optional<QString> officeOf(const std::optional<QString>& asked, BookingDesk& desk, const OpContext& ctx);

} // namespace hall
