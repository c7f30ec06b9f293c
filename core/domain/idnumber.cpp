// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "idnumber.h"

#include "hmac.h"
#include "masking.h"

#include <QCryptographicHash>

#include <array>

namespace hall {

namespace {

constexpr std::array<int, 17> kWeights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kChecks[] = "10X98765432";

Error invalid()
{
    return Error{ErrorCode::InvalidIdNumber, QStringLiteral("身份证号码无效，请核对后重新输入")};
}

} // namespace

QChar IdNumber::checkCharacter(QStringView first17)
{
    int sum = 0;
    for (std::size_t i = 0; i < kWeights.size(); ++i) {
        sum += first17.at(static_cast<qsizetype>(i)).digitValue() * kWeights[i];
    }
    return QLatin1Char(kChecks[sum % 11]);
}

bool IdNumber::isProvinceCode(int code)
{
    // GB/T 2260's province-level divisions, by region (first digit), plus 83 (see the header).
    switch (code / 10) {
    case 1:
        return code >= 11 && code <= 15;
    case 2:
        return code >= 21 && code <= 23;
    case 3:
        return code >= 31 && code <= 37;
    case 4:
        return code >= 41 && code <= 46;
    case 5:
        return code >= 50 && code <= 54;
    case 6:
        return code >= 61 && code <= 65;
    case 7:
        return code == 71;
    case 8:
        return code >= 81 && code <= 83;
    default:
        return false;
    }
}

Result<IdNumber> IdNumber::parse(const QString& input, QDate today)
{
    QString text = input;
    text.remove(QLatin1Char(' '));
    if (text.size() != 18) {
        return invalid();
    }
    if (text.at(17) == QLatin1Char('x')) {
        text[17] = QLatin1Char('X');
    }
    for (qsizetype i = 0; i < 17; ++i) {
        if (text.at(i) < QLatin1Char('0') || text.at(i) > QLatin1Char('9')) {
            return invalid();
        }
    }
    if (checkCharacter(QStringView(text).left(17)) != text.at(17)) {
        return invalid();
    }
    // Digits are checked above; a format-string parse here was the slowest step of a booking attempt.
    const auto number = [&text](qsizetype from, qsizetype count) {
        int n = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            n = n * 10 + (text.at(i).unicode() - u'0');
        }
        return n;
    };
    if (!isProvinceCode(number(0, 2))) {
        return invalid();
    }
    const QDate birth(number(6, 4), number(10, 2), number(12, 2));
    if (!birth.isValid() || birth.year() < kEarliestBirthYear || !today.isValid() || birth > today) {
        return invalid();
    }
    const Sex sex = text.at(16).digitValue() % 2 == 1 ? Sex::Male : Sex::Female;
    return IdNumber(text, birth, sex);
}

int IdNumber::ageOn(QDate day) const
{
    int age = day.year() - m_birth.year();
    if (day.month() < m_birth.month() || (day.month() == m_birth.month() && day.day() < m_birth.day())) {
        --age;
    }
    return age;
}

QString IdNumber::masked() const
{
    return maskMiddle(m_text, 3, 4);
}

QString IdNumber::personKey(const QByteArray& secret) const
{
    return QString::fromLatin1(hmacSha256(secret, m_text.toLatin1()).toHex());
}

} // namespace hall
