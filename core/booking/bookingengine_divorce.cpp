// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Divorce by agreement: the application visit, the cooling-off period and the certificate visit.
#include "bookingengine.h"
#include "enginetext.h"

#include "domain/halltime.h"

namespace hall {

using enginetext::iso;
using enginetext::refuse;

bool BookingEngine::officeClosedOn(const QString& officeId, QDate day) const
{
    const OfficeConfig* office = m_calendar.config().office(officeId);
    // A closure of the whole hall (the hall calendar's) closes the registry with it.
    return m_closures.contains(dayKey(officeId, day)) || (office && office->closures.contains(day)) ||
           m_calendar.hall().hallDay(day).closure.has_value();
}

DivorcePeriods BookingEngine::divorcePeriods(const DivorceApplication& a) const
{
    DivorcePeriods p = m_calendar.divorcePeriods(a.appliedOn);
    // The couple must be able to come on the last day; a closure (bounded: a year) moves it on.
    for (int i = 0; i < 366 && officeClosedOn(a.office, p.certificateUntil); ++i) {
        p.certificateUntil = m_calendar.workingDayOnOrAfter(p.certificateUntil.addDays(1));
    }
    return p;
}

bool BookingEngine::divorceExpired(const DivorceApplication& a) const
{
    return today() > divorcePeriods(a).certificateUntil;
}

const DivorceApplication* BookingEngine::pendingDivorceOf(const QList<Party>& parties) const
{
    const auto it = m_pendingDivorce.constFind(coupleKey(parties));
    if (it == m_pendingDivorce.constEnd()) {
        return nullptr;
    }
    const DivorceApplication& a = m_divorces.at(it.value());
    return divorceExpired(a) ? nullptr : &a;
}

std::optional<BookingError> BookingEngine::checkDivorce(BookingType type, const QList<Party>& parties,
                                                        QDate day, qint64* application) const
{
    if (type != BookingType::DivorceApplication && type != BookingType::DivorceCertificate) {
        return std::nullopt;
    }
    const DivorceApplication* pending = pendingDivorceOf(parties);
    if (type == BookingType::DivorceApplication) {
        if (pending) {
            return refuse(BookingErrorCode::DivorcePending,
                          QStringLiteral("双方已于 %1 提交离婚登记申请，请在领证期内预约领证")
                              .arg(iso(pending->appliedOn)));
        }
        return std::nullopt;
    }
    if (!pending) {
        return refuse(BookingErrorCode::NoDivorceApplication,
                      QStringLiteral("没有双方待领证的离婚登记申请 (超过领证期的申请视为撤回)"));
    }
    const DivorcePeriods p = divorcePeriods(*pending);
    if (day < p.certificateFrom || day > p.certificateUntil) {
        return refuse(BookingErrorCode::OutsideDivorcePeriod,
                      QStringLiteral("离婚冷静期至 %1 届满，领证只能预约 %2 至 %3")
                          .arg(iso(p.coolingOffEnds), iso(p.certificateFrom), iso(p.certificateUntil)));
    }
    *application = pending->id;
    return std::nullopt;
}

BookingResult<DivorceApplication> BookingEngine::recordDivorceApplication(const QString& officeId,
                                                                          const PartyInput& first,
                                                                          const PartyInput& second,
                                                                          const QString& staff)
{
    const OfficeConfig* office = m_calendar.config().office(officeId);
    if (!office) {
        return refuse(BookingErrorCode::UnknownOffice, QStringLiteral("没有这个婚姻登记处"));
    }
    if (staff.isEmpty()) {
        return refuse(BookingErrorCode::InvalidArgument, QStringLiteral("缺少工作人员"));
    }
    BookingRequest r;
    r.type = BookingType::DivorceApplication;
    r.first = first;
    r.second = second;
    auto parsed = parseParties(r);
    if (!parsed) {
        return parsed.error();
    }
    if (parsed->size() != 2) {
        return refuse(BookingErrorCode::InvalidArgument, QStringLiteral("离婚登记申请需要双方的证件号码"));
    }
    if (auto bad = checkEntitled(*office, BookingType::DivorceApplication, parsed.value())) {
        return *bad;
    }
    QList<Party> parties;
    for (const ParsedParty& p : parsed.value()) {
        parties << p.party;
    }
    if (const DivorceApplication* pending = pendingDivorceOf(parties)) {
        return refuse(BookingErrorCode::DivorcePending,
                      QStringLiteral("双方已于 %1 提交离婚登记申请").arg(iso(pending->appliedOn)));
    }
    // An earlier application left to lapse is marked now, so that the couple has one pending at most.
    const QString couple = coupleKey(parties);
    if (auto old = m_pendingDivorce.constFind(couple); old != m_pendingDivorce.constEnd()) {
        DivorceApplication& lapsed = m_divorces.at(old.value());
        lapsed.status = DivorceStatus::DeemedWithdrawn;
        lapsed.changedAt = m_clock.now();
        m_changes.divorces << lapsed;
    }
    DivorceApplication a;
    a.id = m_divorces.empty() ? 1 : m_divorces.rbegin()->first + 1;
    a.office = office->id;
    a.parties = parties;
    a.appliedOn = today();
    a.changedAt = m_clock.now();
    a.recordedBy = staff;
    m_divorces.emplace(a.id, a);
    m_pendingDivorce.insert(couple, a.id);
    m_changes.divorces << a;
    return a;
}

BookingResult<DivorceApplication> BookingEngine::withdrawDivorce(qint64 id, const QString& idNumber)
{
    const auto it = m_divorces.find(id);
    const QString key = personKey(idNumber);
    if (key.isEmpty()) {
        return refuse(BookingErrorCode::InvalidIdNumber, QStringLiteral("身份证号码无效，请核对后重新输入"));
    }
    if (it == m_divorces.end() || std::none_of(it->second.parties.begin(), it->second.parties.end(),
                                               [&](const Party& p) { return p.personKey == key; })) {
        return refuse(BookingErrorCode::NoDivorceApplication, QStringLiteral("没有找到该离婚登记申请"));
    }
    DivorceApplication& a = it->second;
    if (a.status != DivorceStatus::Pending || divorceExpired(a)) {
        return refuse(BookingErrorCode::InvalidTransition,
                      QStringLiteral("该申请已撤回、已办结或已视为撤回"));
    }
    const DivorcePeriods p = divorcePeriods(a);
    if (today() > p.coolingOffEnds) {
        return refuse(BookingErrorCode::OutsideDivorcePeriod,
                      QStringLiteral("离婚冷静期已于 %1 届满，不能再撤回申请").arg(iso(p.coolingOffEnds)));
    }
    withdrawNow(a);
    return a;
}

void BookingEngine::withdrawNow(DivorceApplication& a)
{
    a.status = DivorceStatus::Withdrawn;
    a.changedAt = m_clock.now();
    m_pendingDivorce.remove(coupleKey(a.parties));
    m_changes.divorces << a;
    // A certificate visit booked in advance has no purpose any more; it is freed without penalty.
    for (auto& [code, b] : m_bookings) {
        if (b.divorceApplication == a.id && b.status == BookingStatus::Confirmed) {
            b.status = BookingStatus::Cancelled;
            b.changedAt = m_clock.now();
            release(b);
            recordBooking(b);
        }
    }
}

BookingResult<DivorceApplication> BookingEngine::completeDivorce(qint64 id, const QString& staff)
{
    const auto it = m_divorces.find(id);
    if (it == m_divorces.end()) {
        return refuse(BookingErrorCode::NoDivorceApplication, QStringLiteral("没有找到该离婚登记申请"));
    }
    if (staff.isEmpty()) {
        return refuse(BookingErrorCode::InvalidArgument, QStringLiteral("缺少工作人员"));
    }
    DivorceApplication& a = it->second;
    if (a.status != DivorceStatus::Pending || divorceExpired(a)) {
        return refuse(BookingErrorCode::InvalidTransition,
                      QStringLiteral("该申请已撤回、已办结或已视为撤回"));
    }
    const DivorcePeriods p = divorcePeriods(a);
    if (today() < p.certificateFrom) {
        return refuse(BookingErrorCode::OutsideDivorcePeriod,
                      QStringLiteral("离婚冷静期至 %1 届满，之后才能领证").arg(iso(p.coolingOffEnds)));
    }
    a.status = DivorceStatus::Completed;
    a.changedAt = m_clock.now();
    m_pendingDivorce.remove(coupleKey(a.parties));
    m_changes.divorces << a;
    return a;
}

QList<DivorceApplication> BookingEngine::sweepDeemedWithdrawn()
{
    QList<DivorceApplication> out;
    for (auto& [id, a] : m_divorces) {
        if (a.status == DivorceStatus::Pending && divorceExpired(a)) {
            a.status = DivorceStatus::DeemedWithdrawn;
            a.changedAt = m_clock.now();
            m_pendingDivorce.remove(coupleKey(a.parties));
            m_changes.divorces << a;
            out << a;
        }
    }
    return out;
}

const DivorceApplication* BookingEngine::divorceApplication(qint64 id) const
{
    const auto it = m_divorces.find(id);
    return it == m_divorces.end() ? nullptr : &it->second;
}

} // namespace hall
