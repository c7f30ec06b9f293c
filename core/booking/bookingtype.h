// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

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
/// The English name, for pages that switch language without Qt's translations (the phone pages).
QString nameEn(BookingType type);

/// What to bring on the day of a visit of `type` booked for `persons` people (1 or 2), one item per
/// entry, zh_CN: the one list that the kiosk's confirmation, the printed slip and the counter show.
/// Divorce: both ID cards, the marriage certificate and the signed divorce agreement (《婚姻登记条例》);
/// a replacement for one person: that person's ID card only ("双方" only where two people come).
/// `otherDocuments`: some party booked with a permit, passport or permanent residence card, so the
/// documents booked with, not "居民身份证".
QStringList whatToBringZh(BookingType type, int persons, bool otherDocuments = false);
/// The same list in English, item for item.
QStringList whatToBringEn(BookingType type, int persons, bool otherDocuments = false);

/// Bookings of one category do not block each other's persons: a couple may hold a registration
/// and a ceremony on the same day, but not two registrations.
inline bool isCeremony(BookingType t)
{
    return t == BookingType::Ceremony;
}

/// Registrations of residents of Hong Kong, Macao and Taiwan and of foreigners are done only at the
/// offices designated for them; a ceremony is not a registration, and any office may hold it.
inline bool needsDesignatedOffice(BookingType t)
{
    return t != BookingType::Ceremony;
}

} // namespace hall
