// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "currentticket.h"

#include "counterview.h"

#include <QJsonArray>

namespace hall {

void CurrentTicket::update(const QJsonObject& ticket, const QJsonObject& snapshot, bool english)
{
    if (ticket == m_source && english == m_english) {
        return;
    }
    m_source = ticket;
    m_english = english;
    m_number = ticket.value(QLatin1String("number")).toString();
    m_state = ticket.value(QLatin1String("state")).toString();
    m_errands.clear();
    for (const QJsonValue& e : ticket.value(QLatin1String("errands")).toArray()) {
        m_errands.append(counterview::serviceName(
            snapshot, e.toObject().value(QLatin1String("service")).toString(), english));
    }
    m_currentErrand = ticket.value(QLatin1String("currentErrand")).toInt();
    m_serviceId = counterview::currentService(ticket);
    m_priorityText = counterview::priorityText(ticket.value(QLatin1String("priority")).toString());
    // How long the resident waited before this window called them, in the service's own times.
    m_waitedMinutes = counterview::minutesBetween(
        ticket.value(QLatin1String("issuedAt")).toString(),
        QDateTime::fromString(ticket.value(QLatin1String("calledAt")).toString(), Qt::ISODate));
    m_recalls = ticket.value(QLatin1String("recalls")).toInt();
    m_idRef = ticket.value(QLatin1String("idRef")).toString();
    const QJsonObject a = ticket.value(QLatin1String("appointment")).toObject();
    m_appointment.clear();
    if (!a.isEmpty()) {
        const auto hhmm = [&](const char* key) {
            return QDateTime::fromString(a.value(QLatin1String(key)).toString(), Qt::ISODate)
                .toOffsetFromUtc(8 * 3600)
                .toString(QStringLiteral("HH:mm"));
        };
        m_appointment =
            tr("预约 %1–%2（%3）")
                .arg(hhmm("slotStart"), hhmm("slotEnd"), a.value(QLatin1String("reference")).toString());
    }
    emit changed();
}

QString CurrentTicket::stateText() const
{
    if (m_state == QLatin1String("called")) {
        return m_recalls > 0 ? tr("已呼叫（重呼 %1 次），等群众到窗口").arg(m_recalls)
                             : tr("已呼叫，等群众到窗口");
    }
    if (m_state == QLatin1String("serving")) {
        return tr("正在办理");
    }
    return {};
}

} // namespace hall
