// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "masking.h"

#include <QTextBoundaryFinder>

#include <algorithm>

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

QString maskMiddle(QStringView text, qsizetype head, qsizetype tail)
{
    const qsizetype n = text.size();
    const qsizetype shownHead = std::min(head, n);
    const qsizetype stars = std::max<qsizetype>(0, n - head - tail);
    const qsizetype shownTail = std::min(tail, n);
    QString out(shownHead + stars + shownTail, Qt::Uninitialized);
    QChar* c = out.data();
    c = std::copy(text.begin(), text.begin() + shownHead, c);
    c = std::fill_n(c, stars, QLatin1Char('*'));
    std::copy(text.end() - shownTail, text.end(), c);
    return out;
}

} // namespace hall
