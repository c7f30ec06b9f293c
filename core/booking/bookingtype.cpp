#include "bookingtype.h"

namespace hall {

QString toString(BookingType type)
{
    switch (type) {
    case BookingType::Marriage:
        return QStringLiteral("marriage");
    case BookingType::DivorceApplication:
        return QStringLiteral("divorceApplication");
    case BookingType::DivorceCertificate:
        return QStringLiteral("divorceCertificate");
    case BookingType::Replacement:
        return QStringLiteral("replacement");
    case BookingType::Ceremony:
        return QStringLiteral("ceremony");
    }
    return {};
}

std::optional<BookingType> bookingTypeFromString(const QString& text)
{
    for (BookingType t : kBookingTypes) {
        if (toString(t) == text) {
            return t;
        }
    }
    return std::nullopt;
}

QString nameZh(BookingType type)
{
    switch (type) {
    case BookingType::Marriage:
        return QStringLiteral("结婚登记");
    case BookingType::DivorceApplication:
        return QStringLiteral("离婚登记申请");
    case BookingType::DivorceCertificate:
        return QStringLiteral("离婚登记领证");
    case BookingType::Replacement:
        return QStringLiteral("补领结婚证/离婚证");
    case BookingType::Ceremony:
        return QStringLiteral("颁证仪式");
    }
    return {};
}

} // namespace hall
