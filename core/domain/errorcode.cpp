// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorcode.h"
#include "errorretry.h"

#include <algorithm>
#include <iterator>

namespace hall {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return QStringLiteral("INVALID_ARGUMENT");
    case ErrorCode::UnknownService:
        return QStringLiteral("UNKNOWN_SERVICE");
    case ErrorCode::UnknownCounter:
        return QStringLiteral("UNKNOWN_COUNTER");
    case ErrorCode::UnknownTicket:
        return QStringLiteral("UNKNOWN_TICKET");
    case ErrorCode::InvalidTransition:
        return QStringLiteral("INVALID_TRANSITION");
    case ErrorCode::QuotaReached:
        return QStringLiteral("QUOTA_REACHED");
    case ErrorCode::OutsideHours:
        return QStringLiteral("OUTSIDE_HOURS");
    case ErrorCode::CounterClosed:
        return QStringLiteral("COUNTER_CLOSED");
    case ErrorCode::CounterPaused:
        return QStringLiteral("COUNTER_PAUSED");
    case ErrorCode::CounterBusy:
        return QStringLiteral("COUNTER_BUSY");
    case ErrorCode::CounterIdle:
        return QStringLiteral("COUNTER_IDLE");
    case ErrorCode::NotServedHere:
        return QStringLiteral("NOT_SERVED_HERE");
    case ErrorCode::QueueEmpty:
        return QStringLiteral("QUEUE_EMPTY");
    case ErrorCode::RequeueLimit:
        return QStringLiteral("REQUEUE_LIMIT");
    case ErrorCode::StorageFailed:
        return QStringLiteral("STORAGE_FAILED");
    case ErrorCode::InvalidIdNumber:
        return QStringLiteral("INVALID_ID_NUMBER");
    case ErrorCode::DuplicateTicket:
        return QStringLiteral("DUPLICATE_TICKET");
    case ErrorCode::HallClosed:
        return QStringLiteral("HALL_CLOSED");
    case ErrorCode::MalformedJson:
        return QStringLiteral("MALFORMED_JSON");
    case ErrorCode::BadRequest:
        return QStringLiteral("BAD_REQUEST");
    case ErrorCode::UnknownOp:
        return QStringLiteral("UNKNOWN_OP");
    case ErrorCode::Unauthenticated:
        return QStringLiteral("UNAUTHENTICATED");
    case ErrorCode::Forbidden:
        return QStringLiteral("FORBIDDEN");
    case ErrorCode::AuthFailed:
        return QStringLiteral("AUTH_FAILED");
    case ErrorCode::AlreadyAuthenticated:
        return QStringLiteral("ALREADY_AUTHENTICATED");
    case ErrorCode::ProtocolVersion:
        return QStringLiteral("PROTOCOL_VERSION");
    case ErrorCode::RateLimited:
        return QStringLiteral("RATE_LIMITED");
    case ErrorCode::LoginLocked:
        return QStringLiteral("LOGIN_LOCKED");
    case ErrorCode::RequestIdReused:
        return QStringLiteral("REQUEST_ID_REUSED");
    case ErrorCode::UnknownOffice:
        return QStringLiteral("UNKNOWN_OFFICE");
    case ErrorCode::UnknownSlot:
        return QStringLiteral("UNKNOWN_SLOT");
    case ErrorCode::UnknownBooking:
        return QStringLiteral("UNKNOWN_BOOKING");
    case ErrorCode::TypeNotOffered:
        return QStringLiteral("TYPE_NOT_OFFERED");
    case ErrorCode::OfficeClosed:
        return QStringLiteral("OFFICE_CLOSED");
    case ErrorCode::NotYetOpen:
        return QStringLiteral("NOT_YET_OPEN");
    case ErrorCode::BookingClosed:
        return QStringLiteral("BOOKING_CLOSED");
    case ErrorCode::SlotFull:
        return QStringLiteral("SLOT_FULL");
    case ErrorCode::ResourceUnavailable:
        return QStringLiteral("RESOURCE_UNAVAILABLE");
    case ErrorCode::SamePerson:
        return QStringLiteral("SAME_PERSON");
    case ErrorCode::NotOneManOneWoman:
        return QStringLiteral("NOT_ONE_MAN_ONE_WOMAN");
    case ErrorCode::UnderAge:
        return QStringLiteral("UNDER_AGE");
    case ErrorCode::AlreadyBooked:
        return QStringLiteral("ALREADY_BOOKED");
    case ErrorCode::PenaltyActive:
        return QStringLiteral("PENALTY_ACTIVE");
    case ErrorCode::NoDivorceApplication:
        return QStringLiteral("NO_DIVORCE_APPLICATION");
    case ErrorCode::DivorcePending:
        return QStringLiteral("DIVORCE_PENDING");
    case ErrorCode::OutsideDivorcePeriod:
        return QStringLiteral("OUTSIDE_DIVORCE_PERIOD");
    case ErrorCode::CancelTooLate:
        return QStringLiteral("CANCEL_TOO_LATE");
    case ErrorCode::CheckInTooEarly:
        return QStringLiteral("CHECK_IN_TOO_EARLY");
    case ErrorCode::CheckInTooLate:
        return QStringLiteral("CHECK_IN_TOO_LATE");
    case ErrorCode::WrongCouple:
        return QStringLiteral("WRONG_COUPLE");
    case ErrorCode::WrongType:
        return QStringLiteral("WRONG_TYPE");
    case ErrorCode::WrongOffice:
        return QStringLiteral("WRONG_OFFICE");
    case ErrorCode::OfficeNotEntitled:
        return QStringLiteral("OFFICE_NOT_ENTITLED");
    case ErrorCode::UnknownCaseType:
        return QStringLiteral("UNKNOWN_CASE_TYPE");
    case ErrorCode::UnknownCase:
        return QStringLiteral("UNKNOWN_CASE");
    case ErrorCode::DuplicateCase:
        return QStringLiteral("DUPLICATE_CASE");
    case ErrorCode::StepMismatch:
        return QStringLiteral("STEP_MISMATCH");
    case ErrorCode::NoticeRunning:
        return QStringLiteral("NOTICE_RUNNING");
    case ErrorCode::CaseClosed:
        return QStringLiteral("CASE_CLOSED");
    case ErrorCode::AwaitingDocuments:
        return QStringLiteral("AWAITING_DOCUMENTS");
    case ErrorCode::NotAwaitingDocuments:
        return QStringLiteral("NOT_AWAITING_DOCUMENTS");
    case ErrorCode::NotPermitted:
        return QStringLiteral("NOT_PERMITTED");
    case ErrorCode::NoMatch:
        return QStringLiteral("NO_MATCH");
    case ErrorCode::ImportFailed:
        return QStringLiteral("IMPORT_FAILED");
    case ErrorCode::JointStepIncomplete:
        return QStringLiteral("JOINT_STEP_INCOMPLETE");
    case ErrorCode::DutyConflict:
        return QStringLiteral("DUTY_CONFLICT");
    case ErrorCode::ObjectionPending:
        return QStringLiteral("OBJECTION_PENDING");
    case ErrorCode::Timeout:
        return QStringLiteral("TIMEOUT");
    case ErrorCode::Disconnected:
        return QStringLiteral("DISCONNECTED");
    }
    return QStringLiteral("INTERNAL"); // not a code: only a value outside the enum gets here
}

namespace {

constexpr ErrorCode kMayNotHaveRun[] = {ErrorCode::Timeout, ErrorCode::Disconnected, ErrorCode::StorageFailed,
                                        ErrorCode::RateLimited, ErrorCode::Unauthenticated};

} // namespace

bool mayNotHaveRun(ErrorCode code)
{
    return std::find(std::begin(kMayNotHaveRun), std::end(kMayNotHaveRun), code) != std::end(kMayNotHaveRun);
}

bool mayNotHaveRun(const QString& codeName)
{
    return std::any_of(std::begin(kMayNotHaveRun), std::end(kMayNotHaveRun),
                       [&](ErrorCode code) { return errorCodeName(code) == codeName; });
}

} // namespace hall
