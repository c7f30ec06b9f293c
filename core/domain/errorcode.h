// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hall {

/// The one vocabulary of refusals: every code the protocol sends, whichever part refuses (the
/// envelope, the service, the queue, bookings, cases), plus the two the client library makes up.
/// Wire spellings (errorCodeName) are stable: clients and tests compare them. docs/protocol.md
/// ("Error codes") says what each means; a new code goes at the end of its group and there.
enum class ErrorCode
{
    // The queue (core/domain).
    InvalidArgument,
    UnknownService,
    UnknownCounter,
    UnknownTicket,
    InvalidTransition,
    QuotaReached,
    OutsideHours,
    CounterClosed,
    CounterPaused,
    CounterBusy,
    CounterIdle,
    NotServedHere,
    QueueEmpty,
    RequeueLimit,
    StorageFailed,
    InvalidIdNumber,
    DuplicateTicket,
    HallClosed, ///< the hall calendar closes the day (or opens it for other services only)

    // The envelope, sessions and limits (core/protocol, service/).
    MalformedJson,
    BadRequest,
    UnknownOp,
    Unauthenticated,
    Forbidden,
    AuthFailed,
    AlreadyAuthenticated,
    ProtocolVersion,
    RateLimited,
    LoginLocked,
    RequestIdReused,

    // Bookings (core/booking).
    UnknownOffice,
    UnknownSlot,
    UnknownBooking,
    TypeNotOffered,
    OfficeClosed,
    NotYetOpen,
    BookingClosed,
    SlotFull,
    ResourceUnavailable,
    SamePerson,
    NotOneManOneWoman,
    UnderAge,
    AlreadyBooked,
    PenaltyActive,
    NoDivorceApplication,
    DivorcePending,
    OutsideDivorcePeriod,
    CancelTooLate,
    CheckInTooEarly,
    CheckInTooLate,
    WrongCouple,
    WrongType,
    WrongOffice,
    OfficeNotEntitled, ///< 涉外/涉港澳台 registrations only at the offices designated for them

    // Cases (core/cases).
    UnknownCaseType,
    UnknownCase,
    DuplicateCase,
    StepMismatch,  ///< the step named is not the case's current step (skipping or repeating one)
    NoticeRunning, ///< a public notice (公示) has not yet run its full period
    CaseClosed,    ///< approved to the end, refused or withdrawn: nothing more may happen
    AwaitingDocuments,
    NotAwaitingDocuments,
    NotPermitted, ///< the staff member may not act on this case type
    NoMatch,      ///< the neutral lookup miss
    ImportFailed,
    JointStepIncomplete, ///< a joint step (共同入户调查) passed without a second, different staff member
    DutyConflict,        ///< one account would both investigate and approve the case
    ObjectionPending,    ///< an objection received during the notice stops the case until resolved

    // Made by ServiceClient, never sent by the service.
    Timeout,
    Disconnected,
};

/// The last code; a new code goes before it in its group, or after it as the new last.
constexpr ErrorCode kLastErrorCode = ErrorCode::Disconnected;

/// The protocol spelling of a code, e.g. "QUOTA_REACHED".
QString errorCodeName(ErrorCode code);

} // namespace hall
