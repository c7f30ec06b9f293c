// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Marriage and family counselling (婚姻家庭辅导) offered to a couple during the divorce cooling-off
// period: the counselling room's slots, the booking of one, and what came of it.
#include "bookingengine.h"
#include "enginetext.h"

#include "domain/halltime.h"

namespace hall {

using enginetext::iso;
using enginetext::refuse;

QList<CounsellingSlot> BookingEngine::counsellingPlanOn(const OfficeConfig& office, QDate day) const
{
    const CounsellingPlan& plan = office.counselling;
    const QString counsellor = plan.counsellorOn(day.dayOfWeek());
    if (!plan.offered() || counsellor.isEmpty() || !m_calendar.isWorkingDay(day) ||
        officeClosedOn(office.id, day)) {
        return {};
    }
    QList<CounsellingSlot> out;
    const int from = plan.from.msecsSinceStartOfDay() / 60000;
    const int until = plan.until.msecsSinceStartOfDay() / 60000;
    for (int m = from; m + plan.slotMinutes <= until; m += plan.slotMinutes) {
        const QDateTime start = halltime::at(day, QTime(m / 60, m % 60));
        out << CounsellingSlot{start, start.addSecs(plan.slotMinutes * 60LL), counsellor};
    }
    return out;
}

BookingResult<QList<CounsellingSlot>> BookingEngine::counsellingSlots(qint64 application) const
{
    const DivorceApplication* a = divorceApplication(application);
    if (a == nullptr) {
        return refuse(BookingErrorCode::NoDivorceApplication, QStringLiteral("没有找到该离婚登记申请"));
    }
    const OfficeConfig* office = m_calendar.config().office(a->office);
    if (office == nullptr || !office->counselling.offered()) {
        return refuse(BookingErrorCode::TypeNotOffered, QStringLiteral("本登记处未设婚姻家庭辅导室"));
    }
    if (a->status != DivorceStatus::Pending || divorceExpired(*a)) {
        return refuse(BookingErrorCode::InvalidTransition,
                      QStringLiteral("该申请已撤回、已办结或已视为撤回"));
    }
    const DivorcePeriods p = divorcePeriods(*a);
    const QDateTime now = m_clock.now();
    QList<CounsellingSlot> out;
    for (QDate d = std::max(today(), a->appliedOn); d <= p.coolingOffEnds; d = d.addDays(1)) {
        for (const CounsellingSlot& s : counsellingPlanOn(*office, d)) {
            const bool taken = std::any_of(m_counselling.begin(), m_counselling.end(), [&](const auto& kv) {
                const CounsellingSession& c = kv.second;
                return c.office == office->id && c.start == s.start &&
                       c.outcome != CounsellingOutcome::Declined;
            });
            if (s.start > now && !taken) {
                out << s;
            }
        }
    }
    return out;
}

BookingResult<CounsellingSession> BookingEngine::bookCounselling(qint64 application, const QDateTime& start,
                                                                 const QString& staff)
{
    if (staff.isEmpty() || staff.size() > 64) {
        return refuse(BookingErrorCode::InvalidArgument, QStringLiteral("缺少工作人员"));
    }
    auto freeSlots = counsellingSlots(application);
    if (!freeSlots) {
        return freeSlots.error();
    }
    const DivorceApplication& a = m_divorces.at(application);
    const DivorcePeriods p = divorcePeriods(a);
    const QDate day = halltime::local(start).date();
    if (!start.isValid() || day > p.coolingOffEnds || day < a.appliedOn) {
        return refuse(BookingErrorCode::OutsideDivorcePeriod,
                      QStringLiteral("婚姻家庭辅导在离婚冷静期内进行：%1 至 %2")
                          .arg(iso(a.appliedOn), iso(p.coolingOffEnds)));
    }
    for (const auto& [id, c] : m_counselling) {
        if (c.application == application && c.outcome == CounsellingOutcome::None) {
            return refuse(BookingErrorCode::AlreadyBooked,
                          QStringLiteral("已预约 %1 的辅导，请先记录结果")
                              .arg(halltime::local(c.start).toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        }
    }
    const OfficeConfig& office = *m_calendar.config().office(a.office);
    const QList<CounsellingSlot> plan = counsellingPlanOn(office, day);
    const auto planned =
        std::find_if(plan.begin(), plan.end(), [&](const CounsellingSlot& s) { return s.start == start; });
    if (planned == plan.end()) {
        return refuse(BookingErrorCode::UnknownSlot,
                      QStringLiteral("辅导室该时段不开放，请从可约时段中选择"));
    }
    if (start <= m_clock.now()) {
        return refuse(BookingErrorCode::BookingClosed, QStringLiteral("该时段已开始，请选择以后的时段"));
    }
    const auto slot = std::find_if(freeSlots->begin(), freeSlots->end(),
                                   [&](const CounsellingSlot& s) { return s.start == start; });
    if (slot == freeSlots->end()) {
        return refuse(BookingErrorCode::SlotFull, QStringLiteral("辅导室该时段已有预约"));
    }
    CounsellingSession c;
    c.id = m_counselling.empty() ? 1 : m_counselling.rbegin()->first + 1;
    c.application = application;
    c.office = office.id;
    c.start = slot->start;
    c.end = slot->end;
    c.room = office.counselling.room;
    c.counsellor = slot->counsellor;
    c.bookedBy = staff;
    c.createdAt = m_clock.now();
    c.changedAt = c.createdAt;
    m_counselling.emplace(c.id, c);
    m_changes.counselling << c;
    return c;
}

BookingResult<CounsellingSession> BookingEngine::recordCounselling(qint64 session, CounsellingOutcome outcome,
                                                                   const QString& staff)
{
    if (staff.isEmpty() || staff.size() > 64 || outcome == CounsellingOutcome::None) {
        return refuse(
            BookingErrorCode::InvalidArgument,
            QStringLiteral(
                "请记录辅导结果：reconciled（和好撤回）、continuing（继续辅导）或 declined（拒绝辅导）"));
    }
    const auto it = m_counselling.find(session);
    if (it == m_counselling.end()) {
        return refuse(BookingErrorCode::UnknownBooking, QStringLiteral("没有找到该辅导预约"));
    }
    CounsellingSession& c = it->second;
    if (c.outcome != CounsellingOutcome::None) {
        return refuse(BookingErrorCode::InvalidTransition, QStringLiteral("该次辅导已记录结果"));
    }
    const QDateTime now = m_clock.now();
    if (outcome != CounsellingOutcome::Declined && now < c.start) {
        return refuse(BookingErrorCode::InvalidTransition,
                      QStringLiteral("辅导 %1 开始，之后才能记录结果")
                          .arg(halltime::local(c.start).toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    DivorceApplication& a = m_divorces.at(c.application);
    if (outcome == CounsellingOutcome::Reconciled) {
        // Reconciled means withdrawn: only the couple may withdraw, and only within the cooling-off
        // period (art. 1077); after it the application lapses by itself if nobody comes.
        if (a.status != DivorceStatus::Pending || divorceExpired(a)) {
            return refuse(BookingErrorCode::InvalidTransition,
                          QStringLiteral("该申请已撤回、已办结或已视为撤回"));
        }
        const DivorcePeriods p = divorcePeriods(a);
        if (today() > p.coolingOffEnds) {
            return refuse(
                BookingErrorCode::OutsideDivorcePeriod,
                QStringLiteral("离婚冷静期已于 %1 届满，不能再撤回申请；未在领证期内到场领证的，视为撤回")
                    .arg(iso(p.coolingOffEnds)));
        }
        withdrawNow(a);
    }
    c.outcome = outcome;
    c.recordedBy = staff;
    c.changedAt = now;
    m_changes.counselling << c;
    return c;
}

QList<CounsellingSession> BookingEngine::counsellingOf(qint64 application) const
{
    QList<CounsellingSession> out;
    for (const auto& [id, c] : m_counselling) {
        if (c.application == application) {
            out << c;
        }
    }
    return out;
}

QList<CounsellingSession> BookingEngine::counsellingOn(const QString& office, QDate day) const
{
    QList<CounsellingSession> out;
    for (const auto& [id, c] : m_counselling) {
        if (c.office == office && halltime::local(c.start).date() == day) {
            out << c;
        }
    }
    std::sort(out.begin(), out.end(),
              [](const CounsellingSession& a, const CounsellingSession& b) { return a.start < b.start; });
    return out;
}

} // namespace hall
