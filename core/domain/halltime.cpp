// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "halltime.h"

namespace hall::halltime {

QTimeZone zone()
{
    static const QTimeZone z = QTimeZone(8 * 3600);
    return z;
}

QDateTime local(const QDateTime& utc)
{
    return utc.toTimeZone(zone());
}

QDateTime at(QDate date, QTime time)
{
    return QDateTime(date, time, zone());
}

QDate businessDay(const QDateTime& instant, QTime rollover)
{
    const QDateTime l = local(instant);
    return l.time() < rollover ? l.date().addDays(-1) : l.date();
}

namespace {

constexpr qint64 kOffsetMs = 8LL * 3600 * 1000;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr qint64 kUnixEpochJulianDay = 2440588;

void putDigits(char16_t*& out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char16_t>(u'0' + value % 10);
        value /= 10;
    }
    out += width;
}

/// Digits at text[from, from + count), or -1 if any is not a digit.
int digits(QStringView text, qsizetype from, qsizetype count)
{
    int n = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9') {
            return -1;
        }
        n = n * 10 + (c - u'0');
    }
    return n;
}

} // namespace

// Both directions run for every booking attempt and every availability row, and Qt's general
// formatter and parser cost more than the rest of a slot's view. The fast paths produce exactly what
// Qt produces (tests/core/test_halltime.cpp compares them) and hand anything unusual to Qt.
QString toIso(const QDateTime& instant)
{
    if (!instant.isValid()) {
        return {};
    }
    const qint64 ms = instant.toMSecsSinceEpoch() + kOffsetMs;
    const qint64 day = ms >= 0 ? ms / kDayMs : -((-ms + kDayMs - 1) / kDayMs);
    // One conversion from the Julian day for all three (QDate::year() and its siblings each convert).
    int year = 0;
    int month = 0;
    int dayOfMonth = 0;
    QDate::fromJulianDay(kUnixEpochJulianDay + day).getDate(&year, &month, &dayOfMonth);
    if (year < 1000 || year > 9999) {
        return local(instant).toString(Qt::ISODateWithMs);
    }
    int inDay = static_cast<int>(ms - day * kDayMs);
    QString text(29, Qt::Uninitialized); // yyyy-MM-ddTHH:mm:ss.zzz+08:00
    char16_t* out = reinterpret_cast<char16_t*>(text.data());
    putDigits(out, year, 4);
    *out++ = u'-';
    putDigits(out, month, 2);
    *out++ = u'-';
    putDigits(out, dayOfMonth, 2);
    *out++ = u'T';
    putDigits(out, inDay / 3600000, 2);
    inDay %= 3600000;
    *out++ = u':';
    putDigits(out, inDay / 60000, 2);
    inDay %= 60000;
    *out++ = u':';
    putDigits(out, inDay / 1000, 2);
    *out++ = u'.';
    putDigits(out, inDay % 1000, 3);
    for (const char16_t c : u"+08:00") {
        if (c != 0) {
            *out++ = c;
        }
    }
    return text;
}

QDate localDate(const QDateTime& instant)
{
    if (!instant.isValid()) {
        return {};
    }
    const qint64 ms = instant.toMSecsSinceEpoch() + kOffsetMs;
    const qint64 day = ms >= 0 ? ms / kDayMs : -((-ms + kDayMs - 1) / kDayMs);
    return QDate::fromJulianDay(kUnixEpochJulianDay + day);
}

QString isoDate(QDate date)
{
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid() || year < 1000 || year > 9999) {
        return date.toString(Qt::ISODate);
    }
    QString text(10, Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(text.data());
    putDigits(out, year, 4);
    *out++ = u'-';
    putDigits(out, month, 2);
    *out++ = u'-';
    putDigits(out, day, 2);
    return text;
}

QDateTime fromIso(const QString& text)
{
    if (text.isEmpty()) {
        return {};
    }
    // The form toIso() writes, with or without milliseconds; every other form goes to Qt.
    const QStringView t(text);
    const bool withMs = t.size() == 29 && t[19] == u'.';
    if ((t.size() == 25 || withMs) && t[4] == u'-' && t[7] == u'-' && t[10] == u'T' && t[13] == u':' &&
        t[16] == u':' && t.right(6) == u"+08:00") {
        const int ms = withMs ? digits(t, 20, 3) : 0;
        const QDate date(digits(t, 0, 4), digits(t, 5, 2), digits(t, 8, 2));
        const QTime time(digits(t, 11, 2), digits(t, 14, 2), digits(t, 17, 2), ms);
        if (date.isValid() && time.isValid() && date.year() >= 1000 && ms >= 0) {
            return QDateTime(date, time, Qt::OffsetFromUTC, 8 * 3600);
        }
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace hall::halltime
