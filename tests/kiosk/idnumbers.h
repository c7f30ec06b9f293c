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

} // namespace hall::test
