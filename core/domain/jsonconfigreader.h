// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <QTime>

namespace hall {

/// Reads typed values out of a JSON configuration and collects every problem (with its JSON path)
/// instead of stopping at the first, so an operator fixes a file in one pass. Each read returns the
/// fallback when the key is absent (an invalid or null fallback makes the key required).
class JsonConfigReader
{
public:
    QStringList problems;

    QString string(const QJsonObject& o, const QString& key, const QString& path,
                   const QString& fallback = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (fallback.isNull()) {
                problems << QStringLiteral("%1.%2 is required").arg(path, key);
            }
            return fallback;
        }
        if (!v.isString()) {
            problems << QStringLiteral("%1.%2 must be a string").arg(path, key);
            return fallback;
        }
        return v.toString();
    }

    int integer(const QJsonObject& o, const QString& key, const QString& path, int fallback, int min, int max)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            return fallback;
        }
        return integerValue(v, path + QLatin1Char('.') + key, fallback, min, max);
    }

    int integerValue(const QJsonValue& v, const QString& path, int fallback, int min, int max)
    {
        const double d = v.toDouble(-1e18);
        if (!v.isDouble() || d != static_cast<double>(static_cast<int>(d)) || d < min || d > max) {
            problems << QStringLiteral("%1 must be a whole number from %2 to %3").arg(path).arg(min).arg(max);
            return fallback;
        }
        return static_cast<int>(d);
    }

    bool boolean(const QJsonObject& o, const QString& key, const QString& path, bool fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            return fallback;
        }
        if (!v.isBool()) {
            problems << QStringLiteral("%1.%2 must be true or false").arg(path, key);
            return fallback;
        }
        return v.toBool();
    }

    QTime time(const QJsonObject& o, const QString& key, const QString& path, QTime fallback)
    {
        if (!o.contains(key)) {
            if (!fallback.isValid()) {
                problems << QStringLiteral("%1.%2 is required").arg(path, key);
            }
            return fallback;
        }
        const QTime t = QTime::fromString(o.value(key).toString(), QStringLiteral("HH:mm"));
        if (!t.isValid()) {
            problems << QStringLiteral("%1.%2 must be a time like \"08:30\"").arg(path, key);
            return fallback;
        }
        return t;
    }

    QDate date(const QJsonValue& v, const QString& path)
    {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!v.isString() || !d.isValid()) {
            problems << QStringLiteral("%1 must be a date like \"2026-05-20\"").arg(path);
        }
        return d;
    }

    /// Dates and ranges "2026-10-01/2026-10-07" (both ends included).
    QSet<QDate> dates(const QJsonObject& o, const QString& key, const QString& path)
    {
        QSet<QDate> out;
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            return out;
        }
        if (!v.isArray()) {
            problems << QStringLiteral("%1.%2 must be a list of dates").arg(path, key);
            return out;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString item = a.at(i).toString();
            const QString p = QStringLiteral("%1.%2[%3]").arg(path, key).arg(i);
            const QStringList ends = item.split(QLatin1Char('/'));
            if (ends.size() == 2) {
                const QDate from = QDate::fromString(ends[0], Qt::ISODate);
                const QDate to = QDate::fromString(ends[1], Qt::ISODate);
                if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) > 366) {
                    problems << QStringLiteral("%1 must be a range like \"2026-10-01/2026-10-07\"").arg(p);
                    continue;
                }
                for (QDate d = from; d <= to; d = d.addDays(1)) {
                    out.insert(d);
                }
            } else if (const QDate d = date(a.at(i), p); d.isValid()) {
                out.insert(d);
            }
        }
        return out;
    }

    QStringList strings(const QJsonObject& o, const QString& key, const QString& path)
    {
        QStringList out;
        const QJsonArray a = o.value(key).toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString() || a.at(i).toString().trimmed().isEmpty()) {
                problems << QStringLiteral("%1.%2[%3] must be a name").arg(path, key).arg(i);
            } else {
                out << a.at(i).toString();
            }
        }
        return out;
    }
};

} // namespace hall
