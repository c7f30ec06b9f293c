// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseoffers.h"

#include <QVariantList>

namespace hall {

QVariantMap caseOffers(const QVariantMap& caseView)
{
    const bool hasCase = caseView.contains(QStringLiteral("number"));
    const QString status = caseView.value(QStringLiteral("status")).toString();
    const bool waiting = status == QLatin1String("open");
    const bool returned = status == QLatin1String("returned");
    const bool open = hasCase && (waiting || returned);
    const QVariantList steps = caseView.value(QStringLiteral("steps")).toList();
    const int step = caseView.value(QStringLiteral("step")).toInt();
    const QVariantMap current =
        open && step >= 0 && step < steps.size() ? steps.at(step).toMap() : QVariantMap();
    return {
        {QStringLiteral("hasCase"), hasCase},
        {QStringLiteral("open"), open},
        {QStringLiteral("inProgress"), open && waiting},
        {QStringLiteral("jointStep"), current.value(QStringLiteral("joint")).toBool()},
        {QStringLiteral("noticeStep"),
         current.value(QStringLiteral("kind")).toString() == QLatin1String("notice")},
        {QStringLiteral("receiptStep"), current.value(QStringLiteral("receipt")).toBool()},
        {QStringLiteral("outcomes"), current.value(QStringLiteral("outcomes")).toList()},
        {QStringLiteral("objected"), hasCase && status == QLatin1String("objected")},
        {QStringLiteral("documents"), hasCase && returned},
    };
}

} // namespace hall
