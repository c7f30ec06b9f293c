// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace hall {

/// Which dates a rule of the configuration means: one fixed date, a month-day every year (02-14),
/// a lunar date every year (七夕 = lunar 07-07), or a number pattern a centre chooses. A pattern is
/// "YYYY-MM-DD" with digits, '?' (any digit) and letters: the same letter is the same digit
/// wherever it appears, so "???a-0a-0a" matches 2026-06-06 and 2029-09-09, "20aa-0a-aa" 2022-02-22;
/// different letters are different digits.
struct DateRule
{
    enum class Kind
    {
        Date,
        MonthDay,
        Lunar,
        Pattern
    };

    Kind kind = Kind::Date;
    QDate date;        ///< Kind::Date
    int month = 0;     ///< MonthDay, Lunar
    int day = 0;       ///< MonthDay, Lunar
    bool leap = false; ///< Lunar: the leap month of that number (闰月)
    QString pattern;   ///< Pattern, 10 characters

    bool matches(QDate d) const;
    /// The dates of a Gregorian year the rule matches, in order.
    QList<QDate> datesIn(int year) const;
    /// The rule as the configuration writes it: {"monthDay": "02-14"} …
    QJsonObject toJson() const;
    /// For people: "每年 2月14日", "每年农历七月初七", "2027-01-01", "日期形如 ???a-0a-0a".
    QString describeZh() const;

    bool operator==(const DateRule&) const = default;

    /// Reads {"date": …} | {"monthDay": "MM-DD"} | {"lunar": "MM-DD", "leap": bool} | {"pattern": …};
    /// problems (with `path`) go to `problems`.
    static std::optional<DateRule> fromJson(const QJsonValue& v, const QString& path, QStringList& problems);
};

} // namespace hall
