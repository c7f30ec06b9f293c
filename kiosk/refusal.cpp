// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "refusal.h"

#include "domain/errorretry.h"

#include <QRegularExpression>

namespace hall {

Refusal::Kind Refusal::kindFor(const QString& code)
{
    if (code == QLatin1String("QUOTA_REACHED")) {
        return Kind::QuotaReached;
    }
    if (code == QLatin1String("OUTSIDE_HOURS")) {
        return Kind::OutsideHours;
    }
    if (code == QLatin1String("INVALID_ID_NUMBER")) {
        return Kind::InvalidId;
    }
    if (code == QLatin1String("DUPLICATE_TICKET")) {
        return Kind::Duplicate;
    }
    if (code == QLatin1String("HALL_CLOSED")) {
        return Kind::HallClosed;
    }
    if (mayNotHaveRun(code)) {
        return Kind::Unreachable;
    }
    return Kind::Other;
}

void Refusal::set(const QString& code, const QString& message, const Sentence& sentence)
{
    m_code = code;
    m_sentence = sentence;
    m_kind = kindFor(code);
    m_heldTicket.clear();
    if (m_kind == Kind::Duplicate) {
        // The service names the ticket already held ("…已持有 A012 号…"); the screen repeats it.
        static const QRegularExpression number(QStringLiteral("\\b([A-Z]\\d{3})\\b"));
        m_heldTicket = number.match(message).captured(1);
    }
    emit changed();
}

void Refusal::setEnglish(bool english)
{
    if (m_english == english) {
        return;
    }
    m_english = english;
    emit changed();
}

void Refusal::clear()
{
    if (m_kind == Kind::None) {
        return;
    }
    m_kind = Kind::None;
    m_code.clear();
    m_sentence = {};
    m_heldTicket.clear();
    emit changed();
}

} // namespace hall
