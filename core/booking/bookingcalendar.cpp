// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingcalendar.h"

#include "domain/halltime.h"
#include "enginetext.h"

#include <algorithm>

namespace hall {

namespace {

using enginetext::iso;

bool appliesTo(const SpecialDateRule& rule, const OfficeConfig& office)
{
    return rule.offices.isEmpty() || rule.offices.contains(office.id);
}

} // namespace

BookingCalendar::BookingCalendar(BookingConfig config) : m_config(std::move(config))
{
    if (!m_config.calendar) {
        m_config.calendar = HallCalendar::builtIn();
    }
}

SpecialDate BookingCalendar::special(const SpecialDateRule& rule, QDate date) const
{
    const SpecialDateRules& defaults = m_config.special;
    SpecialDate s{date, rule.nameZh, rule.nameEn, rule.releaseAt, defaults.capacity};
    if (!s.releaseAt.isValid()) {
        const int days = rule.releaseDaysBefore >= 0 ? rule.releaseDaysBefore : defaults.releaseDaysBefore;
        s.releaseAt = halltime::at(date.addDays(-days),
                                   rule.releaseTime.isValid() ? rule.releaseTime : defaults.releaseTime);
    }
    for (std::size_t i = 0; i < kBookingTypeCount; ++i) {
        if (rule.capacity[i] >= 0) {
            s.capacity[i] = rule.capacity[i];
        }
    }
    return s;
}

std::optional<SpecialDate> BookingCalendar::specialDate(const OfficeConfig& office, QDate date) const
{
    for (const SpecialDateRule& rule : m_config.special.rules) {
        if (appliesTo(rule, office) && rule.on.matches(date)) {
            return special(rule, date);
        }
    }
    return std::nullopt;
}

QList<SpecialDate> BookingCalendar::specialDates(const OfficeConfig& office, int year) const
{
    QList<QDate> candidates;
    for (const SpecialDateRule& rule : m_config.special.rules) {
        if (appliesTo(rule, office)) {
            candidates << rule.on.datesIn(year);
        }
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    QList<SpecialDate> out;
    for (const QDate& d : candidates) {
        if (auto s = specialDate(office, d)) {
            out << *s;
        }
    }
    return out;
}

QList<SpecialDate> BookingCalendar::specialDates(int year) const
{
    QList<SpecialDate> out;
    for (const OfficeConfig& office : m_config.offices) {
        for (const SpecialDate& s : specialDates(office, year)) {
            if (std::none_of(out.begin(), out.end(),
                             [&](const SpecialDate& o) { return o.date == s.date; })) {
                out << s;
            }
        }
    }
    std::sort(out.begin(), out.end(),
              [](const SpecialDate& a, const SpecialDate& b) { return a.date < b.date; });
    return out;
}

QList<SlotPlan> BookingCalendar::slotsLike(const OfficeConfig& office, QDate date, int weekday) const
{
    QList<SlotPlan> timeSlots;
    for (const SessionPlan& s : office.sessions) {
        if (!s.days.contains(weekday)) {
            continue;
        }
        const int from = s.from.msecsSinceStartOfDay() / 60000;
        const int until = s.until.msecsSinceStartOfDay() / 60000;
        for (int m = from; m + s.slotMinutes <= until; m += s.slotMinutes) {
            const QDateTime start = halltime::at(date, QTime(m / 60, m % 60));
            timeSlots << SlotPlan{start, start.addSecs(s.slotMinutes * 60), s.capacity};
        }
    }
    std::sort(timeSlots.begin(), timeSlots.end(),
              [](const SlotPlan& a, const SlotPlan& b) { return a.start < b.start; });
    return timeSlots;
}

DayPlan BookingCalendar::dayPlan(const OfficeConfig& office, QDate date) const
{
    DayPlan plan;
    plan.date = date;
    plan.special = specialDate(office, date);
    const BookingWindow& w = m_config.window;
    plan.opensAt =
        plan.special ? plan.special->releaseAt : halltime::at(date.addDays(-w.maxDaysAhead), w.opensAt);
    plan.closesAt = halltime::at(date.addDays(-w.closeDaysBefore), w.closesAt);
    if (office.closures.contains(date)) {
        plan.closedReason = QStringLiteral("%1 当日闭馆").arg(iso(date));
        return plan;
    }
    const HallDay hall = this->hall().hallDay(date);
    if (hall.day.uncertain) {
        // Never guess a year the State Council has not published: the day may yet be a day off.
        plan.provisional = true;
        plan.closedReason =
            QStringLiteral("%1 年放假调休安排尚未公布，%2 暂不开放预约").arg(date.year()).arg(iso(date));
        return plan;
    }
    int weekday = date.dayOfWeek();
    if (hall.status == HallDay::Status::Closed ||
        (hall.status == HallDay::Status::Plan && !office.openOnHolidayPlan)) {
        if (hall.closure) {
            plan.closedReason = QStringLiteral("%1 当日闭馆（%2）").arg(iso(date), hall.closure->reasonZh);
        } else if (hall.day.kind == CalendarDay::Kind::Statutory || hall.day.festival) {
            plan.closedReason =
                QStringLiteral("%1 为法定节假日（%2），不办理登记").arg(iso(date), hall.day.reasonZh());
        } else {
            plan.closedReason = QStringLiteral("%1 为休息日，不办理登记").arg(iso(date));
        }
        return plan;
    }
    if (hall.status == HallDay::Status::Plan) {
        weekday = office.holidayPlanLike;
    } else if (weekday > 5) {
        weekday = office.workingWeekendLike; // 调休上班
    }
    plan.timeSlots = slotsLike(office, date, weekday);
    for (SlotPlan& slot : plan.timeSlots) {
        for (std::size_t i = 0; i < kBookingTypeCount; ++i) {
            if (plan.special && plan.special->capacity[i] >= 0) {
                slot.capacity[i] = plan.special->capacity[i];
            }
        }
        for (const CapacityOverride& o : office.overrides) {
            if (o.date == date) {
                slot.capacity[static_cast<std::size_t>(typeIndex(o.type))] = o.perSlot;
            }
        }
        if (hall.status != HallDay::Status::Plan) {
            continue;
        }
        // On a holiday-plan day only the plan's services take bookings, within the plan's hours.
        for (std::size_t i = 0; i < kBookingTypeCount; ++i) {
            const auto hours = hall.hoursOf(m_config.services[i]);
            const QTime start = halltime::local(slot.start).time();
            const QTime end = halltime::local(slot.end).time();
            if (!hours || start < hours->from || end > hours->until) {
                slot.capacity[i] = 0;
            }
        }
    }
    plan.timeSlots.removeIf([](const SlotPlan& s) {
        return std::all_of(s.capacity.begin(), s.capacity.end(), [](int c) { return c <= 0; });
    });
    addCollective(office, hall, plan);
    plan.open = !plan.timeSlots.isEmpty();
    if (!plan.open) {
        plan.closedReason = QStringLiteral("%1 不办理登记").arg(iso(date));
    }
    return plan;
}

void BookingCalendar::addCollective(const OfficeConfig& office, const HallDay& hall, DayPlan& plan) const
{
    const auto ceremony = static_cast<std::size_t>(typeIndex(BookingType::Ceremony));
    for (const CollectiveCeremony& c : office.collective) {
        const bool today = c.on ? c.on->matches(plan.date) : plan.special.has_value();
        if (!today || plan.timeSlots.isEmpty()) {
            continue; // not its date, or the office does not open that day
        }
        if (hall.status == HallDay::Status::Plan) {
            // A rest day opened by the holiday plan: only within the plan's hours for ceremonies.
            const auto hours = hall.hoursOf(m_config.services[ceremony]);
            if (!hours || c.at < hours->from || c.at.addSecs(c.minutes * 60) > hours->until) {
                continue;
            }
        }
        const QString officiant =
            c.officiant.isEmpty() ? office.officiantsOn(plan.date).value(0) : c.officiant;
        if (officiant.isEmpty()) {
            continue; // nobody to lead it that day
        }
        const QDateTime start = halltime::at(plan.date, c.at);
        const QDateTime end = start.addSecs(c.minutes * 60LL);
        CollectiveSlot group{c.hall, officiant, c.themeZh, c.themeEn, c.couples, end};
        if (group.themeZh.isEmpty()) {
            group.themeZh = plan.special ? plan.special->nameZh + QStringLiteral("集体颁证仪式")
                                         : QStringLiteral("集体颁证仪式");
        }
        if (group.themeEn.isEmpty()) {
            const QString name = plan.special && !plan.special->nameEn.isEmpty() ? plan.special->nameEn
                                 : plan.special                                  ? plan.special->nameZh
                                                                                 : QString();
            group.themeEn = name.isEmpty() ? QStringLiteral("Collective ceremony")
                                           : QStringLiteral("%1 collective ceremony").arg(name);
        }
        auto same = std::find_if(plan.timeSlots.begin(), plan.timeSlots.end(),
                                 [&](const SlotPlan& s) { return s.start == start; });
        if (same != plan.timeSlots.end()) {
            // The group takes the slot's ceremonies: no individual ones begin with it.
            same->capacity[ceremony] = c.couples;
            same->collective = group;
            continue;
        }
        SlotPlan s{start, end, PerType{}, group};
        s.capacity[ceremony] = c.couples;
        const auto at =
            std::upper_bound(plan.timeSlots.begin(), plan.timeSlots.end(), s,
                             [](const SlotPlan& a, const SlotPlan& b) { return a.start < b.start; });
        plan.timeSlots.insert(at, s);
    }
}

DivorcePeriods BookingCalendar::divorcePeriods(QDate appliedOn) const
{
    DivorcePeriods p;
    p.appliedOn = appliedOn;
    p.coolingOffEnds = workingDayOnOrAfter(appliedOn.addDays(m_config.rules.coolingOffDays));
    p.certificateFrom = p.coolingOffEnds.addDays(1);
    p.certificateUntil = workingDayOnOrAfter(p.coolingOffEnds.addDays(m_config.rules.certificateDays));
    return p;
}

} // namespace hall
