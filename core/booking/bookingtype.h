#pragma once

#include <QString>

#include <array>
#include <optional>

namespace hall {

/// What a couple books a visit for.
enum class BookingType
{
    Marriage,           ///< 结婚登记
    DivorceApplication, ///< 离婚登记申请 (starts the cooling-off period once recorded)
    DivorceCertificate, ///< 离婚登记领证 (days 31–60 after the application)
    Replacement,        ///< 补领结婚证/离婚证
    Ceremony,           ///< 颁证仪式, with an officiant and a ceremony hall
};

constexpr int kBookingTypeCount = 5;
constexpr std::array<BookingType, kBookingTypeCount> kBookingTypes{
    BookingType::Marriage, BookingType::DivorceApplication, BookingType::DivorceCertificate,
    BookingType::Replacement, BookingType::Ceremony};

/// Per booking type, indexed by static_cast<int>(type).
using PerType = std::array<int, kBookingTypeCount>;

inline int typeIndex(BookingType t)
{
    return static_cast<int>(t);
}

/// Stable identifier used by configuration, storage and the protocol, e.g. "divorceCertificate".
QString toString(BookingType type);
std::optional<BookingType> bookingTypeFromString(const QString& text);
QString nameZh(BookingType type);

/// Bookings of one category do not block each other's persons: a couple may hold a registration
/// and a ceremony on the same day, but not two registrations.
inline bool isCeremony(BookingType t)
{
    return t == BookingType::Ceremony;
}

} // namespace hall
