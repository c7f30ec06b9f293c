// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingtype.h"

#include <QList>

#include <utility>

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

QString nameEn(BookingType type)
{
    switch (type) {
    case BookingType::Marriage:
        return QStringLiteral("Marriage registration");
    case BookingType::DivorceApplication:
        return QStringLiteral("Divorce application");
    case BookingType::DivorceCertificate:
        return QStringLiteral("Divorce certificate");
    case BookingType::Replacement:
        return QStringLiteral("Certificate replacement");
    case BookingType::Ceremony:
        return QStringLiteral("Certificate ceremony");
    }
    return {};
}

namespace {

/// The list once, zh_CN and English side by side, so the two can never disagree.
QList<std::pair<QString, QString>> whatToBring(BookingType type, int persons, bool otherDocuments)
{
    QList<std::pair<QString, QString>> out{
        otherDocuments
            ? (persons >= 2 ? std::pair{QStringLiteral("双方预约所用证件的原件"),
                                        QStringLiteral("The documents both parties booked with (originals)")}
                            : std::pair{QStringLiteral("本人预约所用证件的原件"),
                                        QStringLiteral("The document you booked with (original)")})
        : persons >= 2 ? std::pair{QStringLiteral("双方的居民身份证原件"),
                                   QStringLiteral("Both parties' resident ID cards (originals)")}
                       : std::pair{QStringLiteral("本人的居民身份证原件"),
                                   QStringLiteral("Your own resident ID card (original)")}};
    if (type == BookingType::DivorceApplication || type == BookingType::DivorceCertificate) {
        out << std::pair{QStringLiteral("结婚证（双方各一本）"), QStringLiteral("Both marriage certificates")}
            << std::pair{QStringLiteral("双方签名的离婚协议书"),
                         QStringLiteral("The divorce agreement signed by both parties")};
    }
    return out;
}

} // namespace

QStringList whatToBringZh(BookingType type, int persons, bool otherDocuments)
{
    QStringList out;
    for (const auto& [zh, en] : whatToBring(type, persons, otherDocuments)) {
        out << zh;
    }
    return out;
}

QStringList whatToBringEn(BookingType type, int persons, bool otherDocuments)
{
    QStringList out;
    for (const auto& [zh, en] : whatToBring(type, persons, otherDocuments)) {
        out << en;
    }
    return out;
}

} // namespace hall
