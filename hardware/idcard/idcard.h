// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QImage>
#include <QMetaType>
#include <QString>

namespace hall {

/// What a second-generation resident ID card (二代身份证) chip holds. Personal data: log only the
/// masked forms.
struct IdCard
{
    QString name;
    QString sex;    ///< 男 / 女, as printed on the card
    QString nation; ///< 民族, e.g. 汉
    QDate birthDate;
    QString address;
    QString idNumber; ///< 18 characters
    QString issuer;   ///< 签发机关
    QDate validFrom;
    QDate validUntil; ///< invalid for 长期 (no expiry)
    QImage photo;     ///< 102x126 on real cards

    /// 110***********1234: first 3 and last 4 characters only; the birth date never shows.
    QString maskedIdNumber() const;
    /// Problems with the card's own consistency (number shape, birth date and sex agreeing with the
    /// number), empty when none. Full number validation is the domain's business.
    QString consistencyProblem() const;
};

} // namespace hall

Q_DECLARE_METATYPE(hall::IdCard)
