// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "masking.h"

#include <QTextBoundaryFinder>

namespace hall {

QString maskName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return {};
    }
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, trimmed);
    const qsizetype firstEnd = graphemes.toNextBoundary();
    return trimmed.left(firstEnd > 0 ? firstEnd : trimmed.size()) + QLatin1Char('*');
}

QString maskPhone(const QString& phone)
{
    if (phone.size() < 8) {
        return QString(phone.size(), QLatin1Char('*'));
    }
    return phone.left(3) + QString(phone.size() - 7, QLatin1Char('*')) + phone.right(4);
}

} // namespace hall
