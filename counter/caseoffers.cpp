// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseoffers.h"

#include <QVariantList>

namespace hall {

CaseOffers::CaseOffers(QObject* parent)
    : QObject(parent), m_outcomes({QStringLiteral("outcome"), QStringLiteral("name")})
{}

void CaseOffers::update(const QVariantMap& caseView)
{
    const QString status = caseView.value(QStringLiteral("status")).toString();
    const bool waiting = status == QLatin1String("open");
    const bool returned = status == QLatin1String("returned");
    m_hasCase = caseView.contains(QStringLiteral("number"));
    m_open = m_hasCase && (waiting || returned);
    // Only an open case's current step offers anything of its own: an objection or a decision
    // stops the case until it is resolved.
    const QVariantList steps = caseView.value(QStringLiteral("steps")).toList();
    const int step = caseView.value(QStringLiteral("step")).toInt();
    const QVariantMap current =
        m_open && step >= 0 && step < steps.size() ? steps.at(step).toMap() : QVariantMap();
    m_inProgress = m_open && waiting;
    m_jointStep = current.value(QStringLiteral("joint")).toBool();
    m_noticeStep = current.value(QStringLiteral("kind")).toString() == QLatin1String("notice");
    m_receiptStep = current.value(QStringLiteral("receipt")).toBool();
    m_objected = m_hasCase && status == QLatin1String("objected");
    m_documents = m_hasCase && returned;
    QList<QVariantMap> outcomes;
    for (const QVariant& o : current.value(QStringLiteral("outcomes")).toList()) {
        const QVariantMap outcome = o.toMap();
        outcomes.append({{QStringLiteral("outcome"), outcome.value(QStringLiteral("id")).toString()},
                         {QStringLiteral("name"), outcome.value(QStringLiteral("nameZh")).toString()}});
    }
    m_outcomes.setRows(outcomes);
    emit changed();
}

} // namespace hall
