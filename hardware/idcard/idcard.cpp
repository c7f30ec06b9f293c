// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "idcard.h"

#include <QRegularExpression>

namespace hall {

QString IdCard::maskedIdNumber() const
{
    if (idNumber.size() < 8) {
        return QString(idNumber.size(), QLatin1Char('*'));
    }
    return idNumber.left(3) + QString(idNumber.size() - 7, QLatin1Char('*')) + idNumber.right(4);
}

QString IdCard::consistencyProblem() const
{
    static const QRegularExpression shape(QStringLiteral("^\\d{17}[\\dX]$"));
    if (!shape.match(idNumber).hasMatch()) {
        return QStringLiteral("身份证号码格式不正确");
    }
    if (QDate::fromString(idNumber.mid(6, 8), QStringLiteral("yyyyMMdd")) != birthDate) {
        return QStringLiteral("出生日期与身份证号码不符");
    }
    const bool male = idNumber.at(16).digitValue() % 2 == 1;
    if (sex != (male ? QStringLiteral("男") : QStringLiteral("女"))) {
        return QStringLiteral("性别与身份证号码不符");
    }
    return {};
}

} // namespace hall
