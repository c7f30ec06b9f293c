// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "halltoday.h"

#include <QJsonArray>
#include <QLocale>

namespace hall {

void HallToday::set(const QJsonObject& calendar)
{
    if (calendar == m_calendar) {
        return;
    }
    m_calendar = calendar;
    emit changed();
}

void HallToday::setEnglish(bool english)
{
    if (english == m_english) {
        return;
    }
    m_english = english;
    emit changed();
}

QString HallToday::text(const char* zhKey, const char* enKey) const
{
    const QString en = m_calendar.value(QLatin1String(enKey)).toString();
    return m_english && !en.isEmpty() ? en : m_calendar.value(QLatin1String(zhKey)).toString();
}

QString HallToday::status() const
{
    const QString s = m_calendar.value(QLatin1String("status")).toString();
    return s.isEmpty() ? QStringLiteral("open") : s;
}

QString HallToday::reason() const
{
    return status() == QLatin1String("open") ? QString() : text("reasonZh", "reasonEn");
}

QString HallToday::nextOpenText() const
{
    const QDate next = QDate::fromString(m_calendar.value(QLatin1String("nextOpen")).toString(), Qt::ISODate);
    if (!next.isValid() || status() == QLatin1String("open")) {
        return {};
    }
    // Both languages here: hall_client has no translation of its own, and the service sends both.
    if (m_english) {
        return QStringLiteral("Open as usual from %1")
            .arg(QLocale(QLocale::English).toString(next, QStringLiteral("dddd d MMMM")));
    }
    return QStringLiteral("%1月%2日（%3）起正常办理")
        .arg(next.month())
        .arg(next.day())
        .arg(QLocale(QLocale::Chinese).dayName(next.dayOfWeek()));
}

QString HallToday::planName() const
{
    return plan() ? text("planNameZh", "planNameEn") : QString();
}

QString HallToday::planText() const
{
    if (!plan()) {
        return {};
    }
    QStringList lines;
    for (const QJsonValue& v : m_calendar.value(QLatin1String("services")).toArray()) {
        const QJsonObject s = v.toObject();
        const QString name = s.value(QLatin1String(m_english ? "nameEn" : "nameZh")).toString();
        lines << QStringLiteral("%1 %2–%3")
                     .arg(name, s.value(QLatin1String("from")).toString(),
                          s.value(QLatin1String("until")).toString());
    }
    return lines.join(m_english ? QStringLiteral("; ") : QStringLiteral("；"));
}

QStringList HallToday::openServices() const
{
    QStringList ids;
    for (const QJsonValue& v : m_calendar.value(QLatin1String("services")).toArray()) {
        ids << v.toObject().value(QLatin1String("service")).toString();
    }
    return plan() ? ids : QStringList();
}

bool HallToday::isOpen(const QString& service) const
{
    return status() == QLatin1String("open") || openServices().contains(service);
}

} // namespace hall
