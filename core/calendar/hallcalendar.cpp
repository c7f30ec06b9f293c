// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hallcalendar.h"

#include <cstdlib>

namespace hall {

namespace {

/// How far nextOpenDay() and workingDayOnOrAfter() look: a configuration cannot close the hall
/// longer than this (every year has working days; a run of closures is bounded by its list).
constexpr int kSearchDays = 400;

const QStringList kWeekdaysZh{QStringLiteral("星期一"), QStringLiteral("星期二"), QStringLiteral("星期三"),
                              QStringLiteral("星期四"), QStringLiteral("星期五"), QStringLiteral("星期六"),
                              QStringLiteral("星期日")};
const QStringList kWeekdaysEn{QStringLiteral("Monday"),    QStringLiteral("Tuesday"),
                              QStringLiteral("Wednesday"), QStringLiteral("Thursday"),
                              QStringLiteral("Friday"),    QStringLiteral("Saturday"),
                              QStringLiteral("Sunday")};

} // namespace

QString CalendarDay::reasonZh() const
{
    switch (kind) {
    case Kind::Statutory:
        return festivalNameZh(*festival);
    case Kind::DayOff:
        return festivalNameZh(*festival) + QStringLiteral("假期");
    case Kind::Weekend:
        return festival ? festivalNameZh(*festival) + QStringLiteral("假期")
                        : kWeekdaysZh.value(date.dayOfWeek() - 1);
    case Kind::WorkingWeekend:
        return QStringLiteral("调休上班");
    case Kind::Weekday:
        break;
    }
    return QStringLiteral("工作日");
}

QString CalendarDay::reasonEn() const
{
    switch (kind) {
    case Kind::Statutory:
        return festivalNameEn(*festival);
    case Kind::DayOff:
        return festivalNameEn(*festival) + QStringLiteral(" holiday");
    case Kind::Weekend:
        return festival ? festivalNameEn(*festival) + QStringLiteral(" holiday")
                        : kWeekdaysEn.value(date.dayOfWeek() - 1);
    case Kind::WorkingWeekend:
        return QStringLiteral("Working weekend (adjusted)");
    case Kind::Weekday:
        break;
    }
    return QStringLiteral("Working day");
}

QString HallDay::reasonZh() const
{
    return closure ? closure->reasonZh : day.reasonZh();
}

QString HallDay::reasonEn() const
{
    return closure ? closure->reasonEn : day.reasonEn();
}

std::optional<ServiceHours> HallDay::hoursOf(const QString& service) const
{
    for (const ServiceHours& h : services) {
        if (h.service == service) {
            return h;
        }
    }
    return std::nullopt;
}

HallCalendar::HallCalendar(CalendarConfig config) : m_config(std::move(config)) {}

std::shared_ptr<const HallCalendar> HallCalendar::builtIn()
{
    static const std::shared_ptr<const HallCalendar> calendar =
        std::make_shared<const HallCalendar>(builtInCalendarConfig());
    return calendar;
}

HallCalendar::Year HallCalendar::build(int y) const
{
    Year t;
    t.days = statutoryDays(y);
    for (const StatutoryDay& s : t.days) {
        t.statutory.insert(s.date, s.festival); // 国庆 wins over 中秋 on a shared day
    }
    const auto found = m_config.years.find(y);
    if (found == m_config.years.end()) {
        // Provisional: statutory days are certain; around them the notice may still move days.
        const int margin = m_config.provisionalMarginDays;
        for (const StatutoryDay& s : t.days) {
            for (QDate d = s.date.addDays(-margin); d <= s.date.addDays(margin); d = d.addDays(1)) {
                if (d.year() == y && !t.statutory.contains(d)) {
                    t.uncertain.insert(d);
                }
            }
        }
        return t;
    }
    const YearArrangement& a = found->second;
    for (const QDate& d : a.workdays) {
        t.workdays.insert(d);
    }
    for (const DateSpan& span : a.off) {
        // The festival of a block is the statutory day in it; a block written apart from its festival
        // (extra days after a weekend) takes the nearest one.
        std::optional<Festival> festival;
        for (QDate d = span.from; d <= span.to && !festival; d = d.addDays(1)) {
            if (const auto it = t.statutory.constFind(d); it != t.statutory.constEnd()) {
                festival = *it;
            }
        }
        if (!festival) {
            int best = 1000;
            for (const StatutoryDay& s : t.days) {
                const int distance = static_cast<int>(
                    std::min(std::abs(s.date.daysTo(span.from)), std::abs(s.date.daysTo(span.to))));
                if (distance < best) {
                    best = distance;
                    festival = s.festival;
                }
            }
        }
        for (QDate d = span.from; d <= span.to; d = d.addDays(1)) {
            if (!t.statutory.contains(d) && festival) {
                t.off.insert(d, *festival);
            }
        }
    }
    return t;
}

const HallCalendar::Year& HallCalendar::year(int y) const
{
    std::lock_guard<std::mutex> guard(m_lock);
    auto it = m_years.find(y);
    if (it == m_years.end()) {
        it = m_years.emplace(y, build(y)).first;
    }
    return it->second;
}

QList<StatutoryDay> HallCalendar::statutory(int y) const
{
    return year(y).days;
}

CalendarDay HallCalendar::day(QDate date) const
{
    CalendarDay c;
    c.date = date;
    if (!date.isValid()) {
        return c;
    }
    const Year& t = year(date.year());
    c.provisional = !isConfirmed(date.year());
    c.uncertain = t.uncertain.contains(date);
    const bool weekend = date.dayOfWeek() > 5;
    if (const auto s = t.statutory.constFind(date); s != t.statutory.constEnd()) {
        c.kind = CalendarDay::Kind::Statutory;
        c.working = false;
        c.festival = *s;
    } else if (t.workdays.contains(date)) {
        c.kind = CalendarDay::Kind::WorkingWeekend;
        c.working = true;
    } else if (const auto o = t.off.constFind(date); o != t.off.constEnd()) {
        c.kind = weekend ? CalendarDay::Kind::Weekend : CalendarDay::Kind::DayOff;
        c.working = false;
        c.festival = *o;
    } else if (weekend) {
        c.kind = CalendarDay::Kind::Weekend;
        c.working = false;
    }
    return c;
}

QDate HallCalendar::workingDayOnOrAfter(QDate date) const
{
    for (int i = 0; i < kSearchDays && !isWorkingDay(date); ++i) {
        date = date.addDays(1);
    }
    return date;
}

HallDay HallCalendar::hallDay(QDate date) const
{
    HallDay h;
    h.day = day(date);
    for (const HallClosure& c : m_config.closures) {
        if (c.date == date) {
            h.status = HallDay::Status::Closed;
            h.closure = c;
            return h;
        }
    }
    if (h.day.working) {
        return h;
    }
    h.status = HallDay::Status::Closed;
    for (const HolidayServicePlan& p : m_config.holidayPlan) {
        if (!p.on.matches(date)) {
            continue;
        }
        if (h.planNameZh.isEmpty()) {
            h.planNameZh = p.nameZh;
            h.planNameEn = p.nameEn;
        }
        for (const QString& s : p.services) {
            if (!h.hoursOf(s)) {
                h.services << ServiceHours{s, p.from, p.until};
            }
        }
    }
    if (!h.services.isEmpty()) {
        h.status = HallDay::Status::Plan;
    }
    return h;
}

QDate HallCalendar::nextOpenDay(QDate date) const
{
    QDate d = date.addDays(1);
    for (int i = 0; i < kSearchDays && hallDay(d).status != HallDay::Status::Open; ++i) {
        d = d.addDays(1);
    }
    return d;
}

QList<CalendarAlert> HallCalendar::alerts(QDate today) const
{
    QList<CalendarAlert> out;
    const int y = today.year();
    if (!isConfirmed(y)) {
        out << CalendarAlert{
            y, true,
            QStringLiteral(
                "%1 年的放假调休安排尚未录入：法定节假日照常闭馆，节日前后可能调休的日期暂不开放预约。"
                "请用 hall-admin calendar enter %1 录入，然后重启 hall-service。")
                .arg(y),
            QStringLiteral(
                "The %1 holiday arrangement has not been entered: statutory holidays stay closed and the "
                "days around them are not released for booking. Enter it with hall-admin calendar "
                "enter %1, then restart hall-service.")
                .arg(y)};
    }
    if (today >= QDate(y, 10, 1) && !isConfirmed(y + 1)) {
        out << CalendarAlert{
            y + 1, false,
            QStringLiteral(
                "%1 年的放假调休安排尚未录入（国务院办公厅一般在 11 月公布）。公布后请用 hall-admin "
                "calendar enter %1 录入，然后重启 hall-service；录入前 %1 年法定节假日照常闭馆，"
                "节日前后可能调休的日期暂不开放预约。")
                .arg(y + 1),
            QStringLiteral(
                "The %1 holiday arrangement has not been entered (the State Council usually publishes "
                "it in November). Enter it with hall-admin calendar enter %1 and restart "
                "hall-service; until then %1's statutory holidays stay closed and the days around "
                "them are not released for booking.")
                .arg(y + 1)};
    }
    return out;
}

} // namespace hall
