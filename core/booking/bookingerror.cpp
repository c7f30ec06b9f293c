#include "bookingerror.h"

namespace hall {

QString bookingErrorCodeName(BookingErrorCode code)
{
    switch (code) {
    case BookingErrorCode::InvalidArgument:
        return QStringLiteral("INVALID_ARGUMENT");
    case BookingErrorCode::InvalidIdNumber:
        return QStringLiteral("INVALID_ID_NUMBER");
    case BookingErrorCode::UnknownOffice:
        return QStringLiteral("UNKNOWN_OFFICE");
    case BookingErrorCode::UnknownSlot:
        return QStringLiteral("UNKNOWN_SLOT");
    case BookingErrorCode::UnknownBooking:
        return QStringLiteral("UNKNOWN_BOOKING");
    case BookingErrorCode::TypeNotOffered:
        return QStringLiteral("TYPE_NOT_OFFERED");
    case BookingErrorCode::OfficeClosed:
        return QStringLiteral("OFFICE_CLOSED");
    case BookingErrorCode::NotYetOpen:
        return QStringLiteral("NOT_YET_OPEN");
    case BookingErrorCode::BookingClosed:
        return QStringLiteral("BOOKING_CLOSED");
    case BookingErrorCode::SlotFull:
        return QStringLiteral("SLOT_FULL");
    case BookingErrorCode::ResourceUnavailable:
        return QStringLiteral("RESOURCE_UNAVAILABLE");
    case BookingErrorCode::SamePerson:
        return QStringLiteral("SAME_PERSON");
    case BookingErrorCode::NotOneManOneWoman:
        return QStringLiteral("NOT_ONE_MAN_ONE_WOMAN");
    case BookingErrorCode::UnderAge:
        return QStringLiteral("UNDER_AGE");
    case BookingErrorCode::AlreadyBooked:
        return QStringLiteral("ALREADY_BOOKED");
    case BookingErrorCode::PenaltyActive:
        return QStringLiteral("PENALTY_ACTIVE");
    case BookingErrorCode::RequestIdReused:
        return QStringLiteral("REQUEST_ID_REUSED");
    case BookingErrorCode::NoDivorceApplication:
        return QStringLiteral("NO_DIVORCE_APPLICATION");
    case BookingErrorCode::DivorcePending:
        return QStringLiteral("DIVORCE_PENDING");
    case BookingErrorCode::OutsideDivorcePeriod:
        return QStringLiteral("OUTSIDE_DIVORCE_PERIOD");
    case BookingErrorCode::CancelTooLate:
        return QStringLiteral("CANCEL_TOO_LATE");
    case BookingErrorCode::InvalidTransition:
        return QStringLiteral("INVALID_TRANSITION");
    case BookingErrorCode::CheckInTooEarly:
        return QStringLiteral("CHECK_IN_TOO_EARLY");
    case BookingErrorCode::CheckInTooLate:
        return QStringLiteral("CHECK_IN_TOO_LATE");
    case BookingErrorCode::WrongCouple:
        return QStringLiteral("WRONG_COUPLE");
    case BookingErrorCode::WrongType:
        return QStringLiteral("WRONG_TYPE");
    case BookingErrorCode::WrongOffice:
        return QStringLiteral("WRONG_OFFICE");
    case BookingErrorCode::StorageFailed:
        return QStringLiteral("STORAGE_FAILED");
    }
    return QStringLiteral("INTERNAL");
}

} // namespace hall
