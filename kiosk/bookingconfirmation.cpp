// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingconfirmation.h"

#include "bookingslotmodel.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QUrl>

namespace hall {

QString bookingTypeNameZh(const QString& type)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("marriage"), QStringLiteral("结婚登记")},
        {QStringLiteral("divorceApplication"), QStringLiteral("离婚登记申请")},
        {QStringLiteral("divorceCertificate"), QStringLiteral("离婚登记领证")},
        {QStringLiteral("replacement"), QStringLiteral("补领结婚证/离婚证")},
        {QStringLiteral("ceremony"), QStringLiteral("颁证仪式")},
    };
    return names.value(type, type);
}

void BookingConfirmation::set(const QJsonObject& booking, bool english)
{
    m_code = booking.value(QLatin1String("code")).toString();
    m_type = booking.value(QLatin1String("type")).toString();
    m_slotStart = QDateTime::fromString(booking.value(QLatin1String("slotStart")).toString(), Qt::ISODate);
    m_slotEnd = QDateTime::fromString(booking.value(QLatin1String("slotEnd")).toString(), Qt::ISODate);
    m_status = booking.value(QLatin1String("status")).toString();
    m_persons.clear();
    for (const QJsonValue& v : booking.value(QLatin1String("parties")).toArray()) {
        const QJsonObject p = v.toObject();
        m_persons << (p.value(QLatin1String("name")).toString() + QStringLiteral("  ") +
                      p.value(QLatin1String("idMasked")).toString())
                         .trimmed();
    }
    m_phone = booking.value(QLatin1String("phone")).toString();
    m_bring = booking.value(QLatin1String("bring")).toVariant().toStringList();
    m_bringEn = booking.value(QLatin1String("bringEn")).toVariant().toStringList();
    m_english = english;
    const QString zh = booking.value(QLatin1String("officeName")).toString();
    const QString en = booking.value(QLatin1String("officeNameEn")).toString();
    m_officeName = english && !en.isEmpty() ? en : zh;
    m_officeNameZh = zh;
    m_hall = booking.value(QLatin1String("hall")).toString();
    m_officiant = booking.value(QLatin1String("officiant")).toString();
    const QJsonObject group = booking.value(QLatin1String("collective")).toObject();
    m_themeZh = group.value(QLatin1String("themeZh")).toString();
    m_themeEn = group.value(QLatin1String("themeEn")).toString();
    m_checkInFrom =
        QDateTime::fromString(booking.value(QLatin1String("checkInFrom")).toString(), Qt::ISODate);
    m_checkInUntil =
        QDateTime::fromString(booking.value(QLatin1String("checkInUntil")).toString(), Qt::ISODate);
    // The booking's phone page when the hall has one (the kiosk's scanner takes it for check-in too).
    const QString page = booking.value(QLatin1String("pageUrl")).toString();
    m_qrPayload = page.isEmpty() ? booking.value(QLatin1String("qrPayload")).toString() : page;
    emit changed();
    resetPrintState();
}

void BookingConfirmation::clear()
{
    m_code.clear();
    m_type.clear();
    m_slotStart = {};
    m_slotEnd = {};
    m_status.clear();
    m_persons.clear();
    m_bring.clear();
    m_bringEn.clear();
    m_checkInFrom = {};
    m_checkInUntil = {};
    m_phone.clear();
    m_officeName.clear();
    m_officeNameZh.clear();
    m_hall.clear();
    m_officiant.clear();
    m_themeZh.clear();
    m_themeEn.clear();
    m_qrPayload.clear();
    emit changed();
    resetPrintState();
}

QString BookingConfirmation::date() const
{
    return m_slotStart.isValid() ? m_slotStart.toTimeZone(QTimeZone(8 * 3600)).date().toString(Qt::ISODate)
                                 : QString();
}

QString BookingConfirmation::slot() const
{
    return m_slotStart.isValid() ? hallClockText(m_slotStart) + QStringLiteral("–") + hallClockText(m_slotEnd)
                                 : QString();
}

QString BookingConfirmation::checkInWindow() const
{
    return m_checkInFrom.isValid()
               ? hallClockText(m_checkInFrom) + QStringLiteral("–") + hallClockText(m_checkInUntil)
               : QString();
}

QString BookingConfirmation::place() const
{
    if (m_hall.isEmpty()) {
        return {};
    }
    return m_english ? QStringLiteral("%1 · officiant %2").arg(m_hall, m_officiant)
                     : QStringLiteral("%1 · 颁证师 %2").arg(m_hall, m_officiant);
}

QString BookingConfirmation::qrSource() const
{
    return m_qrPayload.isEmpty()
               ? QString()
               : QStringLiteral("image://qr/") + QString::fromLatin1(QUrl::toPercentEncoding(m_qrPayload));
}

PrintedTicket BookingConfirmation::printed(const QString& centreNameZh) const
{
    PrintedTicket t;
    t.centreName = centreNameZh;
    t.serviceName = QStringLiteral("%1预约").arg(bookingTypeNameZh(m_type));
    t.number = m_code;
    t.issuedAt = m_slotStart; // printed as "预约时间 yyyy-MM-dd HH:mm"
    t.timeLabel = QStringLiteral("预约时间");
    t.peopleAhead = -1; // a confirmation, not a queue ticket: no wait line
    t.waitMinutes = -1;
    t.qrPayload = m_qrPayload;
    t.qrCaption = QStringLiteral("签到时请扫描此码");
    // One line per item: what the couple (or the one applicant) brings is the service's list for this
    // booking type, so the slip never says 双方 to one person.
    QStringList lines;
    // A ceremony: where and when, as the couple is to arrive.
    if (!m_hall.isEmpty()) {
        lines << QStringLiteral("地点：%1 %2").arg(m_officeNameZh, m_hall).trimmed();
        lines << QStringLiteral("时间：%1 %2").arg(date(), slot());
        lines << QStringLiteral("颁证师：%1").arg(m_officiant);
        if (!m_themeZh.isEmpty()) {
            lines << QStringLiteral("仪式：%1").arg(m_themeZh);
        }
    }
    if (!m_bring.isEmpty()) {
        lines << QStringLiteral("请携带：");
        for (const QString& item : m_bring) {
            lines << QStringLiteral("· ") + item;
        }
    }
    lines << (checkInWindow().isEmpty() ? QStringLiteral("请按时到场扫码签到")
                                        : QStringLiteral("请于 %1 扫码签到").arg(checkInWindow()));
    t.notice = lines.join(QLatin1Char('\n'));
    return t;
}

} // namespace hall
