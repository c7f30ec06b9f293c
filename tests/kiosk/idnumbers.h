// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hall::test {

/// A GB 11643 number with its check character computed, for test residents born on `birth`
/// (YYYYMMDD): the kiosk must send numbers the service accepts, so tests build valid ones.
inline QString validIdNumber(const QString& address, const QString& birth, const QString& sequence)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    const QString body = address + birth + sequence;
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        sum += body.at(i).digitValue() * weights[i];
    }
    return body + QStringLiteral("10X98765432").at(sum % 11);
}

/// The couples of the booking tests: a groom (odd sequence: a man) and a bride (even: a woman), and
/// a man and a woman of one address.
inline const QString kGroom =
    validIdNumber(QStringLiteral("110105"), QStringLiteral("19950308"), QStringLiteral("135"));
inline const QString kBride =
    validIdNumber(QStringLiteral("310104"), QStringLiteral("19970412"), QStringLiteral("126"));
inline const QString kMan =
    validIdNumber(QStringLiteral("110105"), QStringLiteral("19950308"), QStringLiteral("123"));
inline const QString kWoman =
    validIdNumber(QStringLiteral("110105"), QStringLiteral("19960412"), QStringLiteral("124"));

} // namespace hall::test
