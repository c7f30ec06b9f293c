// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace hall {

enum class Sex
{
    Male,
    Female
};

/// A valid resident ID number (居民身份证号码, GB 11643-1999): 6 address digits, the birth date,
/// 3 sequence digits (odd for men) and a check character. Only parse() makes one, so holding an
/// IdNumber means the number passed every check. It is personal data: show masked(), store personKey().
class IdNumber
{
public:
    /// Accepts 18 characters (spaces ignored, a final lower-case x taken as X) whose first two digits
    /// are a province-level code (GB/T 2260, or 81–83 of the 港澳台居民居住证), whose birth date is a
    /// real date from kEarliestBirth up to `today` (the hall's date, from the caller's injected
    /// clock: core never reads the wall clock) and whose check character is right. Refuses
    /// anything else with INVALID_ID_NUMBER and one neutral message that never says which part is wrong.
    static Result<IdNumber> parse(const QString& text, QDate today);

    /// Whether `code` (the first two digits) is a province-level division of GB/T 2260 (11–15,
    /// 21–23, 31–37, 41–46, 50–54, 61–65, 71 台湾, 81 香港, 82 澳门) or 83, the address code of
    /// Taiwan residents' residence permits (81/82 are also those of Hong Kong and Macau residents).
    static bool isProvinceCode(int code);

    /// No living resident was born before this; an earlier date is a typing error.
    static constexpr int kEarliestBirthYear = 1900;

    /// The check character for the first 17 digits ('0'–'9' or 'X').
    static QChar checkCharacter(QStringView first17);

    const QString& text() const { return m_text; }
    QDate birthDate() const { return m_birth; }
    Sex sex() const { return m_sex; }
    /// Completed years on `day`; someone born on 29 February turns a year older on 1 March.
    int ageOn(QDate day) const;
    /// "110***********1234": the birth date (positions 7–14) is never shown.
    QString masked() const;
    /// A keyed hash (HMAC-SHA256, hex) that recognises the same person without storing the number.
    QString personKey(const QByteArray& secret) const;

private:
    IdNumber(QString text, QDate birth, Sex sex) : m_text(std::move(text)), m_birth(birth), m_sex(sex) {}

    QString m_text;
    QDate m_birth;
    Sex m_sex;
};

/// Age from which the hall gives priority (绿色通道) by ID number alone.
constexpr int kElderPriorityAge = 70;

} // namespace hall
