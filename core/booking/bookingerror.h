#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QString>

namespace hall {

/// Stable codes of booking refusals. They live here rather than in ErrorCode because core/domain
/// belongs to the queue; the protocol sends them as UPPER_SNAKE strings (bookingErrorCodeName).
enum class BookingErrorCode
{
    InvalidArgument,
    InvalidIdNumber,
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
    RequestIdReused,
    NoDivorceApplication,
    DivorcePending,
    OutsideDivorcePeriod,
    CancelTooLate,
    InvalidTransition,
    CheckInTooEarly,
    CheckInTooLate,
    WrongCouple,
    WrongType,
    WrongOffice,
    StorageFailed,
};

QString bookingErrorCodeName(BookingErrorCode code);

/// A refused booking operation: a stable code, a message for people (zh_CN) and, where the refusal
/// lasts until a known moment (not yet open, penalty), that moment.
struct BookingError
{
    BookingErrorCode code;
    QString message;
    QDateTime until; ///< NOT_YET_OPEN: when booking opens; PENALTY_ACTIVE: when the ban ends
};

/// Either a value or the BookingError that explains why there is none.
template <typename T> using BookingResult = Result<T, BookingError>;

} // namespace hall
