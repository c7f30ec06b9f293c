#pragma once

#include "bookingdesk.h"
#include "opcontext.h"

namespace hall {

// Booking ops of protocol v1 (docs/protocol.md, "Booking"). Reads and the couple's ops
// (bookingops.cpp), the counter's ops (bookingstaffops.cpp), divorce applications (divorceops.cpp).
void opBookingInfo(OpContext ctx);
void opBookingCalendar(OpContext ctx);
void opBookingSlots(OpContext ctx);
void opBookingCreate(OpContext ctx);
void opBookingFind(OpContext ctx);
void opBookingCancel(OpContext ctx);
void opBookingCheckIn(OpContext ctx);
void opBookingToday(OpContext ctx);
void opBookingGet(OpContext ctx);
void opBookingNoShow(OpContext ctx);
void opBookingBulkCancel(OpContext ctx);
void opBookingNotices(OpContext ctx);
void opDivorceRecordApplication(OpContext ctx);
void opDivorceWithdraw(OpContext ctx);
void opDivorceComplete(OpContext ctx);

/// How a booking op that changes state runs (bookingrunner.cpp).
struct DeskRun
{
    /// Arguments as the request ledger fingerprints them; personal data is replaced by a keyed hash
    /// before this (keyedArgs()), since a plain hash of an ID number can be reversed.
    QJsonObject fingerprintArgs;
    /// Persons whose rate budget the request spends (empty with `limited` false: staff ops).
    QList<BookingLimits::Person> persons;
    bool limited = false;
    /// Runs on the engines at once and says how it went; its changes commit with the turn.
    std::function<Outcome()> op;
};

/// Runs a changing booking op: replayed from the request ledger when its `requestId` was answered
/// before (spending nothing), refused RATE_LIMITED when a budget is empty, otherwise run now and
/// answered after the turn's group commit, its ledger row in the same transaction.
void runDeskOp(OpContext ctx, DeskRun run);

/// `args` with every `idNumber`, `name`, `phone` and `parties` replaced by one keyed hash of them.
QJsonObject keyedArgs(const QJsonObject& args, const QByteArray& secret);
/// The persons of the ID numbers given (invalid numbers are left out: the op refuses them).
QList<BookingLimits::Person> personsOf(const QStringList& idNumbers, const OpContext& ctx);
Outcome bookingRefusal(const BookingError& e);
/// The booking desk, or an answer that booking is not enabled on this service.
BookingDesk* deskOf(const OpContext& ctx);
/// Who did it, for staff ops: the staff user, or the admin device.
QString staffName(const OpContext& ctx);

} // namespace hall
