#include "result.h"

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
    }
    return QStringLiteral("INTERNAL");
}

} // namespace hall
