// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hallclock.h"

#include "domain/halltime.h"

#include <QLocale>

namespace hall {

HallClock::HallClock(QObject* parent) : QObject(parent), m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // Notify only when the minute shown changes: a redraw a second is wasted on a lobby screen.
        if (time() != m_shownTime) {
            m_shownTime = time();
            emit changed();
        }
    });
    m_timer.start();
    m_shownTime = time();
}

void HallClock::setNow(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    m_shownTime = time();
    emit changed();
}

void HallClock::setEnglish(bool english)
{
    if (m_english != english) {
        m_english = english;
        emit changed();
    }
}

QDateTime HallClock::local() const
{
    return halltime::local(m_now());
}

QString HallClock::date() const
{
    const QDate d = local().date();
    if (m_english) {
        return QLocale(QLocale::English).toString(d, QStringLiteral("d MMMM yyyy"));
    }
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

QString HallClock::weekday() const
{
    const QDate d = local().date();
    return QLocale(m_english ? QLocale::English : QLocale::Chinese).toString(d, QStringLiteral("dddd"));
}

QString HallClock::time() const
{
    return local().toString(QStringLiteral("HH:mm"));
}

} // namespace hall
