// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The day of the visit: check-in at the kiosk, no-shows, and an office cancelling a whole day.
#include "bookingengine.h"
#include "enginetext.h"

#include "domain/halltime.h"
#include "domain/masking.h"

#include <algorithm>

namespace hall {

namespace {

using enginetext::refuse;

QString clockTime(const QDateTime& t)
{
    return halltime::local(t).toString(QStringLiteral("HH:mm"));
}

CoupleNotice notice(const Booking& b, bool full, const BulkCancellation& bulk)
{
    CoupleNotice n{b.code, b.type, b.slotStart, {}, full ? b.phone : maskPhone(b.phone), {}};
    for (const Party& p : b.parties) {
        n.names << (full ? p.name : maskName(p.name));
        n.maskedIds << p.maskedId;
    }
    if (const auto it = bulk.certificatePeriods.constFind(b.code); it != bulk.certificatePeriods.constEnd()) {
        n.certificateUntil = it->first;
        n.certificateExtended = it->second;
        n.messageZh = it->second ? QStringLiteral("因登记处暂停办理，您的离婚登记领证期限依法顺延至 %1，"
                                                  "请在此前重新预约或到场领证")
                                       .arg(it->first.toString(Qt::ISODate))
                                 : QStringLiteral("您的离婚登记领证期至 %1，请在此前重新预约或到场领证")
                                       .arg(it->first.toString(Qt::ISODate));
    }
    return n;
}

QString csvField(QString s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))) {
        s.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s;
}

/// "张三/未登记姓名": staff phoning a couple see which party's name is unknown (typed ID number).
QString namesForStaff(const QStringList& names)
{
    QStringList out;
    for (const QString& name : names) {
        out << (name.isEmpty() ? QStringLiteral("未登记姓名") : name);
    }
    return out.join(QLatin1Char('/'));
}

} // namespace

QList<CoupleNotice> BulkCancellation::maskedNotices() const
{
    QList<CoupleNotice> out;
    for (const Booking& b : cancelled) {
        out << notice(b, false, *this);
    }
    return out;
}

QList<CoupleNotice> BulkCancellation::fullNotices() const
{
    QList<CoupleNotice> out;
    for (const Booking& b : cancelled) {
        out << notice(b, true, *this);
    }
    return out;
}

QString BulkCancellation::staffExportCsv() const
{
    QString csv = QStringLiteral("预约码,业务,时段,姓名,手机号码,身份证号码(遮蔽),告知事项\n");
    for (const CoupleNotice& n : fullNotices()) {
        csv +=
            QStringList{csvField(n.code),
                        csvField(nameZh(n.type)),
                        csvField(halltime::local(n.slotStart).toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                        csvField(namesForStaff(n.names)),
                        csvField(n.phone),
                        csvField(n.maskedIds.join(QLatin1Char('/'))),
                        csvField(n.messageZh)}
                .join(QLatin1Char(','));
        csv += QLatin1Char('\n');
    }
    return csv;
}

BookingResult<CheckIn> BookingEngine::checkInPreview(const CheckInRequest& r) const
{
    QString code;
    if (!r.qrPayload.isEmpty()) {
        const auto qr = parseQrPayload(r.qrPayload);
        if (!qr) {
            return refuse(BookingErrorCode::UnknownBooking,
                          QStringLiteral("无法识别该二维码，请出示预约确认单上的二维码"));
        }
        if (qr->first != r.office) {
            return refuse(BookingErrorCode::WrongOffice, QStringLiteral("该预约不是本登记处的预约"));
        }
        code = qr->second;
    } else {
        code = ConfirmationCode::normalise(r.code);
        if (r.idNumber.isEmpty()) {
            return refuse(BookingErrorCode::InvalidArgument,
                          QStringLiteral("请输入预约码和身份证号码，或扫描预约二维码"));
        }
    }
    QString key;
    if (!r.idNumber.isEmpty()) {
        auto id = IdNumber::parse(r.idNumber, today());
        if (!id) {
            return refuse(BookingErrorCode::InvalidIdNumber, id.error().message);
        }
        key = id->personKey(m_secret);
    }
    const auto it = m_bookings.find(code);
    if (code.isEmpty() || it == m_bookings.end()) {
        return refuse(BookingErrorCode::UnknownBooking, QStringLiteral("没有找到该预约，请核对预约码"));
    }
    const Booking& b = it->second;
    if (!key.isEmpty() && std::none_of(b.parties.begin(), b.parties.end(),
                                       [&](const Party& p) { return p.personKey == key; })) {
        return refuse(BookingErrorCode::WrongCouple,
                      QStringLiteral("身份证号码与预约人不符，请由预约的当事人签到"));
    }
    if (b.office != r.office) {
        return refuse(BookingErrorCode::WrongOffice, QStringLiteral("该预约不是本登记处的预约"));
    }
    if (r.type && *r.type != b.type) {
        return refuse(BookingErrorCode::WrongType,
                      QStringLiteral("该预约办理的是%1，不是%2").arg(nameZh(b.type), nameZh(*r.type)));
    }
    if (b.status != BookingStatus::Confirmed) {
        return refuse(BookingErrorCode::InvalidTransition, b.status == BookingStatus::CheckedIn
                                                               ? QStringLiteral("该预约已签到")
                                                               : QStringLiteral("该预约已取消或已失效"));
    }
    const BookingRules& rules = m_calendar.config().rules;
    const QDateTime now = m_clock.now();
    const QDateTime from = b.slotStart.addSecs(-qint64(rules.checkInMinutesBefore) * 60);
    const QDateTime until = b.slotStart.addSecs(qint64(rules.checkInMinutesAfter) * 60);
    if (now < from) {
        BookingError e =
            refuse(BookingErrorCode::CheckInTooEarly,
                   QStringLiteral("预约时段为 %1 %2，请于 %3 后签到")
                       .arg(b.day.toString(Qt::ISODate), clockTime(b.slotStart), clockTime(from)));
        e.until = from;
        return e;
    }
    if (now > until) {
        return refuse(BookingErrorCode::CheckInTooLate,
                      QStringLiteral("签到时间已过 (%1 前)，请取普通号排队或重新预约").arg(clockTime(until)));
    }
    CheckIn c{b.code,      b.office,
              b.type,      m_calendar.config().services[static_cast<std::size_t>(typeIndex(b.type))],
              b.slotStart, b.slotEnd,
              {},          b.parties.first().personKey};
    for (const Party& p : b.parties) {
        c.maskedIds << p.maskedId;
    }
    return c;
}

BookingResult<CheckIn> BookingEngine::checkIn(const CheckInRequest& r)
{
    auto c = checkInPreview(r);
    if (c) {
        confirmCheckIn(c.value());
    }
    return c;
}

void BookingEngine::confirmCheckIn(const CheckIn& c)
{
    Booking& b = m_bookings.at(c.reference);
    b.status = BookingStatus::CheckedIn;
    b.changedAt = m_clock.now();
    recordBooking(b);
}

BookingResult<Booking> BookingEngine::markNoShow(const QString& code, const QString& staff)
{
    const auto it = m_bookings.find(ConfirmationCode::normalise(code));
    if (it == m_bookings.end()) {
        return refuse(BookingErrorCode::UnknownBooking, QStringLiteral("没有找到该预约"));
    }
    if (staff.isEmpty()) {
        return refuse(BookingErrorCode::InvalidArgument, QStringLiteral("缺少工作人员"));
    }
    Booking& b = it->second;
    if (b.status != BookingStatus::Confirmed) {
        return refuse(BookingErrorCode::InvalidTransition,
                      QStringLiteral("只有未签到的有效预约才能标记为未到"));
    }
    // After the slot, and never while the couple could still check in.
    const QDateTime from = std::max(
        b.slotEnd, b.slotStart.addSecs(qint64(m_calendar.config().rules.checkInMinutesAfter) * 60 + 1));
    if (m_clock.now() < from) {
        return refuse(BookingErrorCode::InvalidTransition,
                      QStringLiteral("预约时段尚未结束，%1 后才能标记为未到").arg(clockTime(from)));
    }
    markNoShowNow(b);
    audit(b.code, QStringLiteral("noShow"), BookingActor{staff, {}}, {});
    return b;
}

void BookingEngine::markNoShowNow(Booking& b)
{
    b.status = BookingStatus::NoShow;
    b.changedAt = m_clock.now();
    for (const Party& p : b.parties) {
        addEvent(p.personKey, PersonEventKind::NoShow, b.code);
    }
    recordBooking(b);
}

BookingSweep BookingEngine::tick()
{
    BookingSweep out;
    const QDate day = today();
    if (m_sweptBefore.isValid() && m_sweptBefore >= day) {
        return out;
    }
    // Bookings are kept by code, not by day: one pass per new date (and one after a restart).
    for (auto& [code, b] : m_bookings) {
        if (b.status == BookingStatus::Confirmed && b.day < day) {
            markNoShowNow(b);
            out.noShows << b;
        }
    }
    out.lapsed = sweepDeemedWithdrawn();
    m_sweptBefore = day;
    return out;
}

BookingResult<BulkCancellation> BookingEngine::cancelDay(const QString& officeId, QDate day,
                                                         const QString& reason, const QString& staff)
{
    const OfficeConfig* office = m_calendar.config().office(officeId);
    if (!office) {
        return refuse(BookingErrorCode::UnknownOffice, QStringLiteral("没有这个婚姻登记处"));
    }
    if (reason.trimmed().isEmpty() || staff.isEmpty() || !day.isValid()) {
        return refuse(BookingErrorCode::InvalidArgument, QStringLiteral("请填写日期和取消原因"));
    }
    if (day < today()) {
        return refuse(BookingErrorCode::InvalidArgument, QStringLiteral("不能取消已过去的日期"));
    }
    const QString key = dayKey(office->id, day);
    if (m_closures.contains(key)) {
        return refuse(BookingErrorCode::InvalidTransition,
                      QStringLiteral("%1 已经暂停办理").arg(day.toString(Qt::ISODate)));
    }
    BulkCancellation out;
    out.closure = DayClosure{office->id, day, reason.trimmed(), m_clock.now(), staff};
    m_closures.insert(key, out.closure);
    dayState(*office, day).closure = out.closure;
    m_changes.closures << out.closure;
    for (auto& [code, b] : m_bookings) {
        if (b.office != office->id || b.day != day || b.status != BookingStatus::Confirmed) {
            continue;
        }
        b.status = BookingStatus::CancelledByOffice;
        b.changedAt = m_clock.now();
        release(b);
        recordBooking(b);
        out.cancelled << b;
    }
    std::stable_sort(out.cancelled.begin(), out.cancelled.end(),
                     [](const Booking& a, const Booking& b) { return a.slotStart < b.slotStart; });
    describeDivorces(out);
    return out;
}

void BookingEngine::describeDivorces(BulkCancellation& bulk) const
{
    const QString office = bulk.closure.office;
    const QDate day = bulk.closure.day;
    for (const auto& [id, a] : m_divorces) {
        if (a.status != DivorceStatus::Pending || a.office != office || divorceExpired(a)) {
            continue;
        }
        // Its last day was this day (or moved onto it by an earlier closure) and is now later.
        const DivorcePeriods now = divorcePeriods(a);
        if (m_calendar.divorcePeriods(a.appliedOn).certificateUntil <= day && now.certificateFrom <= day &&
            now.certificateUntil > day) {
            bulk.extendedDivorces << a;
        }
    }
    for (const Booking& b : bulk.cancelled) {
        if (b.type != BookingType::DivorceCertificate || b.divorceApplication == 0) {
            continue;
        }
        if (const DivorceApplication* a = divorceApplication(b.divorceApplication)) {
            const QDate until = divorcePeriods(*a).certificateUntil;
            bulk.certificatePeriods.insert(
                b.code, {until, until != m_calendar.divorcePeriods(a->appliedOn).certificateUntil});
        }
    }
}

std::optional<BulkCancellation> BookingEngine::bulkCancellationOn(const QString& office, QDate day) const
{
    const auto closure = closureOn(office, day);
    if (!closure) {
        return std::nullopt;
    }
    BulkCancellation bulk{*closure, {}, {}, {}};
    for (const Booking& b : bookingsOn(office, day)) {
        if (b.status == BookingStatus::CancelledByOffice) {
            bulk.cancelled << b;
        }
    }
    describeDivorces(bulk);
    return bulk;
}

} // namespace hall
