#include "bookingcalendar.h"

#include "domain/halltime.h"
#include "lunarcalendar.h"

#include <algorithm>

namespace hall {

BookingCalendar::BookingCalendar(BookingConfig config) : m_config(std::move(config)) {}

bool BookingCalendar::isWorkingDay(QDate date) const
{
    if (m_config.holidays.workdays.contains(date)) {
        return true;
    }
    return date.dayOfWeek() <= 5 && !m_config.holidays.holidays.contains(date);
}

QDate BookingCalendar::workingDayOnOrAfter(QDate date) const
{
    // A holiday table never holds a year without working days; the bound only guards a broken one.
    for (int i = 0; i < 366 && !isWorkingDay(date); ++i) {
        date = date.addDays(1);
    }
    return date;
}

QDate BookingCalendar::qixi(int year) const
{
    auto it = m_qixi.constFind(year);
    if (it == m_qixi.constEnd()) {
        it = m_qixi.insert(year, LunarCalendar::qixi(year));
    }
    return it.value();
}

std::optional<SpecialDate> BookingCalendar::specialDate(QDate date) const
{
    const SpecialDateRules& rules = m_config.special;
    const auto make = [&](const QString& name, QDateTime release, const PerType& capacity) {
        SpecialDate s{date, name, std::move(release), rules.capacity};
        if (!s.releaseAt.isValid()) {
            s.releaseAt = halltime::at(date.addDays(-rules.releaseDaysBefore), rules.releaseTime);
        }
        for (int i = 0; i < kBookingTypeCount; ++i) {
            if (capacity[static_cast<std::size_t>(i)] >= 0) {
                s.capacity[static_cast<std::size_t>(i)] = capacity[static_cast<std::size_t>(i)];
            }
        }
        return s;
    };
    for (const SpecialDateDef& d : rules.dates) {
        if (d.date == date) {
            return make(d.nameZh, d.releaseAt, d.capacity);
        }
    }
    if (!rules.builtin) {
        return std::nullopt;
    }
    const PerType none{-1, -1, -1, -1, -1};
    const int md = date.month() * 100 + date.day();
    switch (md) {
    case 214:
        return make(QStringLiteral("情人节"), {}, none);
    case 520:
        return make(QStringLiteral("520"), {}, none);
    case 521:
        return make(QStringLiteral("521"), {}, none);
    case 1010:
        return make(QStringLiteral("十全十美"), {}, none);
    default:
        break;
    }
    if (date.month() >= 7 && date.month() <= 9 && qixi(date.year()) == date) {
        return make(QStringLiteral("七夕"), {}, none);
    }
    return std::nullopt;
}

QList<SpecialDate> BookingCalendar::specialDates(int year) const
{
    QList<QDate> candidates{QDate(year, 2, 14), QDate(year, 5, 20), QDate(year, 5, 21), QDate(year, 10, 10),
                            qixi(year)};
    for (const SpecialDateDef& d : m_config.special.dates) {
        if (d.date.year() == year) {
            candidates << d.date;
        }
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    QList<SpecialDate> out;
    for (const QDate& d : candidates) {
        if (auto s = d.isValid() ? specialDate(d) : std::nullopt) {
            out << *s;
        }
    }
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
    plan.special = specialDate(date);
    const BookingWindow& w = m_config.window;
    plan.opensAt =
        plan.special ? plan.special->releaseAt : halltime::at(date.addDays(-w.maxDaysAhead), w.opensAt);
    plan.closesAt = halltime::at(date.addDays(-w.closeDaysBefore), w.closesAt);
    if (office.closures.contains(date)) {
        plan.closedReason = QStringLiteral("%1 当日闭馆").arg(date.toString(Qt::ISODate));
        return plan;
    }
    int weekday = date.dayOfWeek();
    if (auto extra = std::find_if(office.extraOpenings.begin(), office.extraOpenings.end(),
                                  [&](const ExtraOpening& e) { return e.date == date; });
        extra != office.extraOpenings.end()) {
        weekday = extra->likeWeekday;
    } else if (!isWorkingDay(date)) {
        if (!plan.special || !m_config.special.openOnRestDays) {
            plan.closedReason =
                m_config.holidays.holidays.contains(date)
                    ? QStringLiteral("%1 为法定节假日，不办理登记").arg(date.toString(Qt::ISODate))
                    : QStringLiteral("%1 为休息日，不办理登记").arg(date.toString(Qt::ISODate));
            return plan;
        }
        weekday = m_config.special.restDayLikeWeekday;
    } else if (weekday > 5) {
        weekday = 1; // an adjusted working weekend (调休) works like a Monday
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
    }
    plan.open = !plan.timeSlots.isEmpty();
    if (!plan.open) {
        plan.closedReason = QStringLiteral("%1 不办理登记").arg(date.toString(Qt::ISODate));
    }
    return plan;
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
