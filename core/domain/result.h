#pragma once

#include <QString>

#include <cassert>
#include <utility>
#include <variant>

namespace hall {

/// Stable error codes of the domain; the protocol sends them as UPPER_SNAKE strings.
enum class ErrorCode
{
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
};

/// The last code; a new code goes after it and becomes the new last.
constexpr ErrorCode kLastErrorCode = ErrorCode::DuplicateTicket;

/// The protocol spelling of a code, e.g. "QUOTA_REACHED".
QString errorCodeName(ErrorCode code);

/// A refused operation: a stable code for programs and a message for people (zh_CN, the hall's language).
struct Error
{
    ErrorCode code;
    QString message;
};

/// Either a value or the error that explains why there is none (std::expected is C++23). The error
/// type is the domain's own: Error for the queue, BookingError for bookings.
template <typename T, typename E = Error> class Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(E error) : m_v(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }

    const T& value() const&
    {
        assert(ok());
        return std::get<T>(m_v);
    }
    T&& value() &&
    {
        assert(ok());
        return std::get<T>(std::move(m_v));
    }
    const E& error() const
    {
        assert(!ok());
        return std::get<E>(m_v);
    }
    const T* operator->() const { return &value(); }
    const T& operator*() const& { return value(); }

private:
    std::variant<T, E> m_v;
};

} // namespace hall
