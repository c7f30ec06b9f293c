// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "issuedticket.h"

#include <QTimeZone>
#include <QUrl>

namespace hall {

void IssuedTicket::set(const QJsonObject& result, const QStringList& namesZh, const QStringList& namesEn,
                       const QString& followUrl)
{
    const QJsonObject t = result.value(QLatin1String("ticket")).toObject();
    m_number = t.value(QLatin1String("number")).toString();
    m_day = t.value(QLatin1String("day")).toString();
    m_priority = t.value(QLatin1String("priority")).toString();
    m_issuedAt = QDateTime::fromString(t.value(QLatin1String("issuedAt")).toString(), Qt::ISODate);
    m_ahead = result.value(QLatin1String("ahead")).toInt();
    // -1 when no open window serves the service: the service promises no figure, nor does the ticket.
    m_waitMinutes = result.value(QLatin1String("noWindowOpen")).toBool()
                        ? -1
                        : result.value(QLatin1String("waitMinutes")).toInt();
    m_namesZh = namesZh;
    m_namesEn = namesEn;
    // The service's address of the ticket's phone page (its tag is the service's to make) when the
    // hall has one; otherwise the configured template.
    const QString served = result.value(QLatin1String("followUrl")).toString();
    QString payload = served.isEmpty() ? followUrl : served;
    m_qrPayload = payload.replace(QLatin1String("{day}"), m_day).replace(QLatin1String("{number}"), m_number);
    emit changed();
    resetPrintState();
}

void IssuedTicket::clear()
{
    m_number.clear();
    m_day.clear();
    m_namesZh.clear();
    m_namesEn.clear();
    m_priority.clear();
    m_qrPayload.clear();
    m_issuedAt = {};
    m_ahead = m_waitMinutes = 0;
    emit changed();
    resetPrintState();
}

void IssuedTicket::setEnglish(bool english)
{
    if (m_english != english) {
        m_english = english;
        emit changed();
    }
}

QString IssuedTicket::issuedAt() const
{
    // The hall's clock (UTC+8, as the service sends it), not the kiosk's time zone.
    return m_issuedAt.isValid()
               ? m_issuedAt.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
               : QString();
}

QString IssuedTicket::qrSource() const
{
    return m_qrPayload.isEmpty()
               ? QString()
               : QStringLiteral("image://qr/") + QString::fromLatin1(QUrl::toPercentEncoding(m_qrPayload));
}

PrintedTicket IssuedTicket::printed(const QString& centreNameZh) const
{
    PrintedTicket p;
    p.centreName = centreNameZh;
    p.number = m_number;
    p.serviceName = m_namesZh.join(QStringLiteral("、"));
    p.issuedAt = m_issuedAt.toOffsetFromUtc(8 * 3600);
    p.peopleAhead = m_ahead;
    p.waitMinutes = m_waitMinutes;
    p.qrPayload = m_qrPayload;
    p.notice = m_priority != QLatin1String("normal") && !m_priority.isEmpty()
                   ? QStringLiteral("绿色通道：请向窗口出示证件")
                   : QStringLiteral("过号请到咨询台");
    return p;
}

} // namespace hall
