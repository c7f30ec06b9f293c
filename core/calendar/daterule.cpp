// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "daterule.h"

#include "lunarcalendar.h"

#include <QRegularExpression>

namespace hall {

namespace {

bool patternMatches(const QString& pattern, QDate d)
{
    const QString text = d.toString(Qt::ISODate);
    if (text.size() != pattern.size()) {
        return false;
    }
    QHash<QChar, QChar> bound;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar p = pattern.at(i);
        const QChar c = text.at(i);
        if (p == QLatin1Char('?')) {
            continue;
        }
        if (p.isLetter()) {
            const auto it = bound.constFind(p);
            if (it == bound.constEnd()) {
                // Different letters stand for different digits, as in 2026-06-06 ≠ 2026-06-26 for "ab".
                for (auto b = bound.constBegin(); b != bound.constEnd(); ++b) {
                    if (b.value() == c) {
                        return false;
                    }
                }
                bound.insert(p, c);
            } else if (*it != c) {
                return false;
            }
            continue;
        }
        if (p != c) {
            return false;
        }
    }
    return true;
}

std::optional<std::pair<int, int>> monthDay(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d\\d)-(\\d\\d)$"));
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    return std::pair{m.captured(1).toInt(), m.captured(2).toInt()};
}

const QStringList kLunarDays{
    QStringLiteral("初一"), QStringLiteral("初二"), QStringLiteral("初三"), QStringLiteral("初四"),
    QStringLiteral("初五"), QStringLiteral("初六"), QStringLiteral("初七"), QStringLiteral("初八"),
    QStringLiteral("初九"), QStringLiteral("初十"), QStringLiteral("十一"), QStringLiteral("十二"),
    QStringLiteral("十三"), QStringLiteral("十四"), QStringLiteral("十五"), QStringLiteral("十六"),
    QStringLiteral("十七"), QStringLiteral("十八"), QStringLiteral("十九"), QStringLiteral("二十"),
    QStringLiteral("廿一"), QStringLiteral("廿二"), QStringLiteral("廿三"), QStringLiteral("廿四"),
    QStringLiteral("廿五"), QStringLiteral("廿六"), QStringLiteral("廿七"), QStringLiteral("廿八"),
    QStringLiteral("廿九"), QStringLiteral("三十")};
const QStringList kLunarMonths{QStringLiteral("正"), QStringLiteral("二"),   QStringLiteral("三"),
                               QStringLiteral("四"), QStringLiteral("五"),   QStringLiteral("六"),
                               QStringLiteral("七"), QStringLiteral("八"),   QStringLiteral("九"),
                               QStringLiteral("十"), QStringLiteral("十一"), QStringLiteral("腊")};

} // namespace

QList<QDate> DateRule::datesIn(int year) const
{
    QList<QDate> out;
    switch (kind) {
    case Kind::Date:
        if (date.year() == year) {
            out << date;
        }
        break;
    case Kind::MonthDay:
        if (const QDate d(year, month, day); d.isValid()) {
            out << d;
        }
        break;
    case Kind::Lunar:
        // A lunar date of the eleventh or twelfth month can belong to the lunar year that began in
        // the previous Gregorian year; both candidates are checked.
        for (int lunarYear : {year - 1, year}) {
            const QDate d = LunarCalendar::toGregorian(lunarYear, month, day, leap);
            if (d.isValid() && d.year() == year) {
                out << d;
            }
        }
        break;
    case Kind::Pattern:
        for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
            if (patternMatches(pattern, d)) {
                out << d;
            }
        }
        break;
    }
    return out;
}

bool DateRule::matches(QDate d) const
{
    if (!d.isValid()) {
        return false;
    }
    switch (kind) {
    case Kind::Date:
        return d == date;
    case Kind::MonthDay:
        return d.month() == month && d.day() == day;
    case Kind::Lunar:
        return datesIn(d.year()).contains(d);
    case Kind::Pattern:
        return patternMatches(pattern, d);
    }
    return false;
}

QJsonObject DateRule::toJson() const
{
    const auto md = [](int m, int d) {
        return QStringLiteral("%1-%2").arg(m, 2, 10, QLatin1Char('0')).arg(d, 2, 10, QLatin1Char('0'));
    };
    switch (kind) {
    case Kind::Date:
        return {{QStringLiteral("date"), date.toString(Qt::ISODate)}};
    case Kind::MonthDay:
        return {{QStringLiteral("monthDay"), md(month, day)}};
    case Kind::Lunar: {
        QJsonObject o{{QStringLiteral("lunar"), md(month, day)}};
        if (leap) {
            o.insert(QStringLiteral("leap"), true);
        }
        return o;
    }
    case Kind::Pattern:
        return {{QStringLiteral("pattern"), pattern}};
    }
    return {};
}

QString DateRule::describeZh() const
{
    switch (kind) {
    case Kind::Date:
        return date.toString(Qt::ISODate);
    case Kind::MonthDay:
        return QStringLiteral("每年%1月%2日").arg(month).arg(day);
    case Kind::Lunar:
        return QStringLiteral("每年农历%1%2月%3")
            .arg(leap ? QStringLiteral("闰") : QString(), kLunarMonths.value(month - 1),
                 kLunarDays.value(day - 1));
    case Kind::Pattern:
        return QStringLiteral("日期形如 %1").arg(pattern);
    }
    return {};
}

std::optional<DateRule> DateRule::fromJson(const QJsonValue& v, const QString& path, QStringList& problems)
{
    const QJsonObject o = v.toObject();
    const QStringList kinds{QStringLiteral("date"), QStringLiteral("monthDay"), QStringLiteral("lunar"),
                            QStringLiteral("pattern")};
    int given = 0;
    for (const QString& k : kinds) {
        given += o.contains(k) ? 1 : 0;
    }
    if (!v.isObject() || given != 1) {
        problems << QStringLiteral("%1 must be one of {\"date\": \"2027-01-01\"}, {\"monthDay\": \"02-14\"}, "
                                   "{\"lunar\": \"07-07\"} or {\"pattern\": \"???a-0a-0a\"}")
                        .arg(path);
        return std::nullopt;
    }
    DateRule r;
    if (o.contains(QStringLiteral("date"))) {
        r.kind = Kind::Date;
        r.date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
        if (!r.date.isValid()) {
            problems << QStringLiteral("%1.date must be a date like \"2027-01-01\"").arg(path);
            return std::nullopt;
        }
        return r;
    }
    if (o.contains(QStringLiteral("pattern"))) {
        r.kind = Kind::Pattern;
        r.pattern = o.value(QStringLiteral("pattern")).toString();
        static const QRegularExpression shape(QStringLiteral("^[0-9?a-z]{4}-[0-9?a-z]{2}-[0-9?a-z]{2}$"));
        if (!shape.match(r.pattern).hasMatch()) {
            problems << QStringLiteral("%1.pattern must look like \"???a-0a-0a\" (digits, ?, letters a-z)")
                            .arg(path);
            return std::nullopt;
        }
        // A pattern that matches nothing in a century is a typo, not a rule.
        bool any = false;
        for (int year = 2000; year < 2100 && !any; ++year) {
            any = !r.datesIn(year).isEmpty();
        }
        if (!any) {
            problems
                << QStringLiteral("%1.pattern \"%2\" matches no date from 2000 to 2099").arg(path, r.pattern);
            return std::nullopt;
        }
        return r;
    }
    const bool lunar = o.contains(QStringLiteral("lunar"));
    r.kind = lunar ? Kind::Lunar : Kind::MonthDay;
    const QString key = lunar ? QStringLiteral("lunar") : QStringLiteral("monthDay");
    const auto md = monthDay(o.value(key).toString());
    const bool valid = md && md->first >= 1 && md->first <= 12 && md->second >= 1 &&
                       md->second <= (lunar ? 30 : QDate(2024, md->first, 1).daysInMonth());
    if (!valid) {
        problems << QStringLiteral("%1.%2 must be a month and day like \"%3\"")
                        .arg(path, key, lunar ? QStringLiteral("07-07") : QStringLiteral("02-14"));
        return std::nullopt;
    }
    r.month = md->first;
    r.day = md->second;
    r.leap = lunar && o.value(QStringLiteral("leap")).toBool();
    return r;
}

} // namespace hall
