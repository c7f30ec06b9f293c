// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingengine.h"
#include "enginetext.h"

#include "domain/halltime.h"
#include "domain/plaintext.h"

#include <QCryptographicHash>

#include <algorithm>

namespace hall {

namespace {

using enginetext::refuse;

QString hhmm(const QDateTime& t)
{
    // toIso's fixed form cut to the minute: the same text as Qt's formatter gives, which cost a
    // fifth of a refused attempt (every SLOT_FULL message names its slot).
    QString text = halltime::toIso(t).left(16);
    if (text.size() == 16) {
        text[10] = u' ';
    }
    return text;
}

/// ^1[3-9][0-9]{9}$ as the regular expression it replaces read it (a fifth of the engine's part of
/// an attempt), `$` included: it also matched before one final newline.
bool mainlandMobile(QStringView phone)
{
    if (phone.size() == 12 && phone.back() == u'\n') {
        phone.chop(1);
    }
    if (phone.size() != 11 || phone[0] != u'1' || phone[1] < u'3' || phone[1] > u'9') {
        return false;
    }
    return std::all_of(phone.begin() + 2, phone.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

/// A name is optional (a number typed on the kiosk's keypad comes without one; the office checks
/// the ID cards on the day), but one that is given must look like a name on an ID card.
bool validName(const QString& name, int maxLength)
{
    const QString n = name.trimmed();
    if (n.isEmpty()) {
        return true;
    }
    if (n.size() > maxLength) {
        return false;
    }
    return !hasControlCharacters(n);
}

} // namespace

BookingEngine::BookingEngine(BookingConfig config, const Clock& clock, QByteArray personSecret,
                             quint32 codeSeed)
    : m_calendar(std::move(config)), m_clock(clock), m_secret(std::move(personSecret)),
      m_penalties(m_calendar.config().penalties),
      m_codes(codeSeed == 0 ? ConfirmationCode() : ConfirmationCode(codeSeed))
{}

std::optional<Error> BookingEngine::reconfigure(BookingConfig config)
{
    BookingCalendar next(std::move(config));
    int orphaned = 0;
    QDate first;
    for (const auto& [code, b] : m_bookings) {
        if (b.status != BookingStatus::Confirmed || b.day < today()) {
            continue;
        }
        const OfficeConfig* office = next.config().office(b.office);
        bool kept = false;
        if (office != nullptr) {
            const DayPlan plan = next.dayPlan(*office, b.day);
            for (const SlotPlan& slot : plan.timeSlots) {
                kept = kept || (plan.open && slot.start == b.slotStart);
            }
        }
        if (!kept) {
            ++orphaned;
            first = first.isValid() ? qMin(first, b.day) : b.day;
        }
    }
    if (orphaned > 0) {
        return Error{
            ErrorCode::InvalidArgument,
            QStringLiteral("新的日历会让 %1 个已确认的预约失去时段 (最早 %2)：请先用 booking.bulkCancel "
                           "取消这些日期的预约并通知预约人，再重新载入")
                .arg(orphaned)
                .arg(first.toString(Qt::ISODate))};
    }
    m_calendar = std::move(next);
    m_days.clear();
    return std::nullopt;
}

Result<KeyedDocument> keyedDocument(const PartyInput& p, QDate today, const QByteArray& secret)
{
    if (p.once) {
        return p.once->get(p.document, p.idNumber, today, p.nationality, secret);
    }
    return KeyedDocument::parse(p.document, p.idNumber, today, p.nationality, secret);
}

QDate BookingEngine::today() const
{
    return halltime::localDate(m_clock.now());
}

QString BookingEngine::personKey(const QString& idNumber) const
{
    auto id = IdNumber::parse(idNumber, today());
    return id ? id->personKey(m_secret) : QString();
}

QString BookingEngine::dayKey(const QString& office, QDate day)
{
    return office + QLatin1Char('|') + halltime::isoDate(day);
}

BookingEngine::DayState& BookingEngine::dayState(const OfficeConfig& office, QDate day) const
{
    const DayId id{office.id, day.toJulianDay()};
    auto it = m_days.find(id);
    if (it != m_days.end()) {
        return it.value();
    }
    DayState d;
    d.office = &office;
    d.plan = m_calendar.dayPlan(office, day);
    d.use.resize(d.plan.timeSlots.size());
    if (auto c = m_closures.constFind(dayKey(office.id, day)); c != m_closures.constEnd()) {
        d.closure = c.value();
    }
    // Places taken are counted once here, then kept up to date by take() and release().
    for (const auto& [code, b] : m_bookings) {
        if (b.office != office.id || b.day != day || b.status == BookingStatus::Cancelled ||
            b.status == BookingStatus::CancelledByOffice) {
            continue;
        }
        const int slot = slotIndex(d, b.slotStart);
        if (slot >= 0) {
            SlotUse& u = d.use[slot];
            ++u.booked[static_cast<std::size_t>(typeIndex(b.type))];
            if (!b.hall.isEmpty()) {
                u.halls << b.hall;
                u.officiants << b.officiant;
            }
        }
    }
    return m_days.insert(id, std::move(d)).value();
}

int BookingEngine::slotIndex(const DayState& d, const QDateTime& start) const
{
    for (qsizetype i = 0; i < d.plan.timeSlots.size(); ++i) {
        if (d.plan.timeSlots[i].start == start) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int BookingEngine::remaining(const DayState& d, int slot, BookingType type) const
{
    const auto t = static_cast<std::size_t>(typeIndex(type));
    const SlotUse& u = d.use[slot];
    int booked = u.booked[t];
    if (!m_cityTaken.isEmpty()) {
        const auto city = m_cityTaken.constFind(d.office->id + QLatin1Char('|') +
                                                halltime::toIso(d.plan.timeSlots[slot].start));
        if (city != m_cityTaken.constEnd()) {
            booked = std::max(booked, (*city)[t]);
        }
    }
    int left = d.plan.timeSlots[slot].capacity[t] - booked;
    // A collective ceremony is limited by its couples; a couple's own by the free halls and the free
    // officiants on duty that day.
    if (type == BookingType::Ceremony && !d.plan.timeSlots[slot].collective) {
        const auto [heldHalls, heldOfficiants] = heldByCollective(d, slot);
        int halls = 0;
        for (const QString& h : d.office->halls) {
            halls += u.halls.contains(h) || heldHalls.contains(h) ? 0 : 1;
        }
        int officiants = 0;
        for (const QString& o : d.office->officiantsOn(d.plan.date)) {
            officiants += u.officiants.contains(o) || heldOfficiants.contains(o) ? 0 : 1;
        }
        left = std::min({left, halls, officiants});
    }
    return std::max(0, left);
}

std::pair<QStringList, QStringList> BookingEngine::heldByCollective(const DayState& d, int slot) const
{
    std::pair<QStringList, QStringList> held;
    const SlotPlan& s = d.plan.timeSlots[slot];
    for (qsizetype i = 0; i < d.plan.timeSlots.size(); ++i) {
        const auto& group = d.plan.timeSlots[i].collective;
        if (i != slot && group && d.plan.timeSlots[i].start < s.end && s.start < group->end) {
            held.first << group->hall;
            held.second << group->officiant;
        }
    }
    return held;
}

void BookingEngine::setCityTaken(const QString& office, const QDateTime& slotStart, BookingType type,
                                 int taken)
{
    m_cityTaken[office + QLatin1Char('|') + halltime::toIso(slotStart)]
               [static_cast<std::size_t>(typeIndex(type))] = taken;
}

int BookingEngine::capacityOf(const QString& officeId, const QDateTime& slotStart, BookingType type) const
{
    const OfficeConfig* office = m_calendar.config().office(officeId);
    if (office == nullptr) {
        return 0;
    }
    const DayState& d = dayState(*office, halltime::local(slotStart).date());
    const int slot = slotIndex(d, slotStart);
    return slot < 0 ? 0 : d.plan.timeSlots[slot].capacity[static_cast<std::size_t>(typeIndex(type))];
}

bool BookingEngine::isActive(const Booking& b) const
{
    return b.status == BookingStatus::Confirmed &&
           m_clock.now() <= b.slotStart.addSecs(qint64(m_calendar.config().rules.checkInMinutesAfter) * 60);
}

const Booking* BookingEngine::activeBookingOf(const QString& personKey, BookingType type) const
{
    const QHash<QString, QString>& index = isCeremony(type) ? m_ceremonyOf : m_registrationOf;
    const auto it = index.constFind(personKey);
    if (it == index.constEnd()) {
        return nullptr;
    }
    const Booking* b = booking(it.value());
    return b && isActive(*b) ? b : nullptr;
}

const Booking* BookingEngine::booking(const QString& code) const
{
    const auto it = m_bookings.find(code);
    return it == m_bookings.end() ? nullptr : &it->second;
}

BookingResult<BookingEngine::ParsedParty> BookingEngine::parseParty(const PartyInput& p, BookingType type,
                                                                    QDate day) const
{
    if (p.idNumber.trimmed().isEmpty()) {
        return refuse(BookingErrorCode::InvalidArgument,
                      type == BookingType::Replacement
                          ? QStringLiteral("请输入身份证号码 (实名预约)")
                          : QStringLiteral("%1需要双方的身份证号码 (实名预约)").arg(nameZh(type)));
    }
    // Names on passports and permits are written in full in Latin letters, and can be long.
    if (!validName(p.name, p.document == DocumentType::MainlandId ? 40 : 80)) {
        return refuse(BookingErrorCode::InvalidArgument,
                      QStringLiteral("姓名须与证件上一致 (最多 %1 字)，也可不填姓名、只填证件号码")
                          .arg(p.document == DocumentType::MainlandId ? 40 : 80));
    }
    const auto keyed = keyedDocument(p, day, m_secret);
    if (!keyed) {
        return refuse(BookingErrorCode::InvalidIdNumber, keyed.error().message);
    }
    const PersonDocument& doc = keyed->document;
    if (!doc.birthDate() && p.birthDate.isValid() &&
        (p.birthDate > day || p.birthDate.year() < IdNumber::kEarliestBirthYear)) {
        return refuse(BookingErrorCode::InvalidArgument, QStringLiteral("出生日期无效，请按证件填写"));
    }
    // What the number holds wins over what was typed beside it.
    return ParsedParty{Party{keyed->key, keyed->masked, p.name.trimmed(), p.document},
                       doc.sex() ? doc.sex() : p.sex, doc.birthDate().value_or(p.birthDate),
                       doc.jurisdiction()};
}

BookingResult<QList<BookingEngine::ParsedParty>> BookingEngine::parseParties(const BookingRequest& r) const
{
    QList<ParsedParty> out;
    const bool single =
        r.type == BookingType::Replacement && r.second.idNumber.isEmpty() && r.second.name.isEmpty();
    const QDate day = today(); // once for both persons: the clock's QDateTime is not free
    for (const PartyInput* p : {&r.first, &r.second}) {
        if (single && p == &r.second) {
            break;
        }
        auto parsed = parseParty(*p, r.type, day);
        if (!parsed) {
            return parsed.error();
        }
        out << parsed.value();
    }
    if (out.size() == 2 && out[0].party.personKey == out[1].party.personKey) {
        return refuse(BookingErrorCode::SamePerson,
                      QStringLiteral("双方证件号码相同，请输入两个人的证件号码"));
    }
    return out;
}

BookingResult<QDate> BookingEngine::eligibleFrom(BookingType type, const QList<ParsedParty>& parties) const
{
    if (type != BookingType::Marriage) {
        return QDate();
    }
    for (const ParsedParty& p : parties) {
        if (!p.sex || !p.birth.isValid()) {
            return refuse(BookingErrorCode::InvalidArgument,
                          QStringLiteral("%1 持%2，结婚登记须按证件填写性别和出生日期")
                              .arg(p.party.maskedId, nameZh(p.party.document)));
        }
    }
    if (parties[0].sex == parties[1].sex) {
        return refuse(BookingErrorCode::NotOneManOneWoman, QStringLiteral("结婚登记须为一男一女"));
    }
    const BookingRules& rules = m_calendar.config().rules;
    QDate eligible;
    for (const ParsedParty& p : parties) {
        const int age = p.sex == Sex::Male ? rules.minAgeMen : rules.minAgeWomen;
        // The birthday of that year; a 29 February birthday counts from 1 March (IdNumber::ageOn).
        QDate from(p.birth.year() + age, p.birth.month(), p.birth.day());
        if (!from.isValid()) {
            from = QDate(p.birth.year() + age, 3, 1);
        }
        eligible = std::max(eligible, from);
    }
    return eligible;
}

std::optional<BookingError> BookingEngine::checkEntitled(const OfficeConfig& office, BookingType type,
                                                         const QList<ParsedParty>& parties) const
{
    if (!needsDesignatedOffice(type)) {
        return std::nullopt;
    }
    Jurisdiction j = Jurisdiction::Mainland;
    for (const ParsedParty& p : parties) {
        j = std::max(j, p.jurisdiction); // a foreigner and a Hong Kong resident: 涉外
    }
    if (office.handles(j)) {
        return std::nullopt;
    }
    QStringList entitled;
    for (const OfficeConfig& o : m_calendar.config().offices) {
        if (o.handles(j)) {
            entitled << o.nameZh;
        }
    }
    return refuse(BookingErrorCode::OfficeNotEntitled, notEntitledZh(office.nameZh, j, entitled));
}

BookingResult<BookingEngine::Placement> BookingEngine::place(const OfficeConfig& office, BookingType type,
                                                             const QDateTime& slotStart,
                                                             const QList<Party>& parties, QDate eligible,
                                                             const QString& officiant,
                                                             const Booking* moving) const
{
    const QDateTime now = m_clock.now();
    const QDate day = halltime::local(slotStart).date();
    if (const QDate first = today(); day < first || day > first.addDays(400)) {
        return refuse(BookingErrorCode::BookingClosed,
                      QStringLiteral("%1 不在可预约范围内").arg(day.toString(Qt::ISODate)));
    }
    if (eligible.isValid() && day < eligible) {
        return refuse(BookingErrorCode::UnderAge,
                      QStringLiteral("双方在登记日 %1 未都满法定婚龄，%2 起才能登记")
                          .arg(day.toString(Qt::ISODate), eligible.toString(Qt::ISODate)));
    }
    DayState& d = dayState(office, day);
    if (d.closure) {
        return refuse(BookingErrorCode::OfficeClosed,
                      QStringLiteral("%1 暂停办理: %2").arg(day.toString(Qt::ISODate), d.closure->reason));
    }
    if (!d.plan.open) {
        return refuse(BookingErrorCode::OfficeClosed, d.plan.closedReason);
    }
    const int slot = slotIndex(d, slotStart);
    if (slot < 0) {
        return refuse(BookingErrorCode::UnknownSlot,
                      QStringLiteral("%1 没有这个预约时段").arg(hhmm(slotStart)));
    }
    if (d.plan.timeSlots[slot].capacity[static_cast<std::size_t>(typeIndex(type))] <= 0) {
        return refuse(BookingErrorCode::TypeNotOffered,
                      QStringLiteral("%1 该时段不办理%2").arg(hhmm(slotStart), nameZh(type)));
    }
    if (now < d.plan.opensAt) {
        BookingError e = refuse(
            BookingErrorCode::NotYetOpen,
            QStringLiteral("%1 的预约将于 %2 开放").arg(day.toString(Qt::ISODate), hhmm(d.plan.opensAt)));
        e.until = d.plan.opensAt;
        return e;
    }
    if (now >= d.plan.closesAt) {
        return refuse(
            BookingErrorCode::BookingClosed,
            QStringLiteral("%1 的预约已于 %2 截止").arg(day.toString(Qt::ISODate), hhmm(d.plan.closesAt)));
    }
    if (d.plan.timeSlots[slot].start <= now) {
        // Only reachable when booking closes on the day itself (closeDaysBefore 0).
        return refuse(BookingErrorCode::BookingClosed,
                      QStringLiteral("%1 的时段已经开始，请选择之后的时段").arg(hhmm(slotStart)));
    }
    // A certificate visit of a pending divorce is the couple's legal window (Civil Code art. 1077),
    // not a favour of the booking service: a ban for no-shows or cancellations never blocks it.
    const bool legalVisit = type == BookingType::DivorceCertificate && pendingDivorceOf(parties) != nullptr;
    for (const Party& p : parties) {
        if (auto ban = legalVisit ? std::nullopt : banOf(p.personKey)) {
            BookingError e =
                refuse(BookingErrorCode::PenaltyActive,
                       QStringLiteral("%1 因%2，%3 前不能预约")
                           .arg(p.maskedId, ban->reasonZh,
                                halltime::local(ban->until).toString(QStringLiteral("yyyy-MM-dd"))));
            e.until = ban->until;
            return e;
        }
        if (const Booking* held = activeBookingOf(p.personKey, type); held && held != moving) {
            return refuse(BookingErrorCode::AlreadyBooked,
                          QStringLiteral("%1 已有 %2 的%3预约，请先取消再重新预约")
                              .arg(p.maskedId, hhmm(held->slotStart), nameZh(held->type)));
        }
    }
    Placement out;
    if (auto bad = checkDivorce(type, parties, day, &out.application)) {
        return *bad;
    }
    if (remaining(d, slot, type) <= 0) {
        return refuse(BookingErrorCode::SlotFull, slotFullText(slotStart, type));
    }
    out.end = d.plan.timeSlots[slot].end;
    if (type == BookingType::Ceremony) {
        const SlotUse& u = d.use[slot];
        if (!officiant.isEmpty() && !office.officiants.contains(officiant)) {
            return refuse(BookingErrorCode::InvalidArgument, QStringLiteral("没有这位颁证师"));
        }
        if (const auto& group = d.plan.timeSlots[slot].collective) {
            // The couples of a collective ceremony share its hall and officiant.
            if (!officiant.isEmpty() && officiant != group->officiant) {
                return refuse(BookingErrorCode::ResourceUnavailable,
                              QStringLiteral("%1 的%2由 %3 颁证，请选择该颁证师或其他时段")
                                  .arg(hhmm(slotStart), group->themeZh, group->officiant));
            }
            out.hall = group->hall;
            out.officiant = group->officiant;
            out.end = group->end;
        } else {
            const QStringList onDuty = office.officiantsOn(day);
            const auto [heldHalls, heldOfficiants] = heldByCollective(d, slot);
            if (!officiant.isEmpty() && !onDuty.contains(officiant)) {
                return refuse(BookingErrorCode::ResourceUnavailable,
                              QStringLiteral("%1 %2 不在岗，请选择其他日期或颁证师")
                                  .arg(officiant, day.toString(Qt::ISODate)));
            }
            if (!officiant.isEmpty() &&
                (u.officiants.contains(officiant) || heldOfficiants.contains(officiant))) {
                return refuse(BookingErrorCode::ResourceUnavailable,
                              QStringLiteral("%1 该时段已有颁证安排，请选择其他时段或颁证师").arg(officiant));
            }
            for (const QString& h : office.halls) {
                if (!u.halls.contains(h) && !heldHalls.contains(h)) {
                    out.hall = h;
                    break;
                }
            }
            out.officiant = officiant;
            for (qsizetype i = 0; out.officiant.isEmpty() && i < onDuty.size(); ++i) {
                if (!u.officiants.contains(onDuty[i]) && !heldOfficiants.contains(onDuty[i])) {
                    out.officiant = onDuty[i];
                }
            }
        }
    }
    out.day = &d;
    out.slot = slot;
    return out;
}

const QString& BookingEngine::slotFullText(const QDateTime& slotStart, BookingType type) const
{
    // Only real slots reach here (slotIndex found it), so the texts are bounded by the days' slots;
    // the bound below keeps a hall that runs for years from keeping every past slot's text.
    const std::pair<qint64, int> key{slotStart.toMSecsSinceEpoch(), typeIndex(type)};
    auto it = m_slotFullTexts.constFind(key);
    if (it == m_slotFullTexts.constEnd()) {
        if (m_slotFullTexts.size() >= 4096) {
            m_slotFullTexts.clear();
        }
        it = m_slotFullTexts.insert(key, QStringLiteral("%1 的%2已约满").arg(hhmm(slotStart), nameZh(type)));
    }
    return it.value();
}

namespace {

/// Staff act for a caller who phoned or came to the counter; residents act for themselves.
std::optional<BookingError> checkActor(const BookingActor& a)
{
    const bool channel = a.channel == QLatin1String("phone") || a.channel == QLatin1String("walkIn");
    if (a.staff.isEmpty() ? !a.channel.isEmpty() : (!channel || a.staff.size() > 64)) {
        return BookingError{BookingErrorCode::InvalidArgument,
                            QStringLiteral("代办须记录工作人员和来源 (phone 电话 或 walkIn 窗口)"),
                            {}};
    }
    return std::nullopt;
}

} // namespace

BookingResult<Booking> BookingEngine::create(const BookingRequest& r)
{
    const QDateTime now = m_clock.now();
    if (r.requestId.trimmed().isEmpty() || r.requestId.size() > 200) {
        return refuse(BookingErrorCode::InvalidArgument, QStringLiteral("缺少请求编号 (requestId)"));
    }
    if (!mainlandMobile(r.phone)) {
        return refuse(BookingErrorCode::InvalidArgument,
                      QStringLiteral("请填写 11 位手机号码，以便通知预约变更"));
    }
    auto parsed = parseParties(r);
    if (!parsed) {
        return parsed.error();
    }
    QList<Party> parties;
    for (const ParsedParty& p : parsed.value()) {
        parties << p.party;
    }
    // Asked only by a repeated requestId and by a booking made: most attempts of a release are
    // refused (SLOT_FULL), and the hash was a tenth of what such a refusal cost.
    const auto fingerprintOf = [&] {
        QStringList keys;
        for (const Party& p : parties) {
            keys << p.personKey + p.name;
        }
        keys.sort();
        return QString::fromLatin1(
            QCryptographicHash::hash(QStringList{r.office, toString(r.type), halltime::toIso(r.slotStart),
                                                 keys.join(u','), r.phone, r.officiant}
                                         .join(u'|')
                                         .toUtf8(),
                                     QCryptographicHash::Sha256)
                .toHex());
    };
    if (auto it = m_byRequest.constFind(r.requestId); it != m_byRequest.constEnd()) {
        const Booking* first = booking(it.value());
        if (first->fingerprint != fingerprintOf()) {
            return refuse(BookingErrorCode::RequestIdReused, QStringLiteral("请求编号已用于另一个预约"));
        }
        return *first;
    }
    const OfficeConfig* office = m_calendar.config().office(r.office);
    if (!office) {
        return refuse(BookingErrorCode::UnknownOffice, QStringLiteral("没有这个婚姻登记处"));
    }
    if (auto bad = checkActor(r.actor)) {
        return *bad;
    }
    if (!r.slotStart.isValid()) {
        return refuse(BookingErrorCode::UnknownSlot, QStringLiteral("请选择预约时段"));
    }
    const QDate day = halltime::local(r.slotStart).date();
    if (r.type != BookingType::Replacement && parties.size() != 2) {
        return refuse(BookingErrorCode::InvalidArgument,
                      QStringLiteral("%1需要双方共同预约").arg(nameZh(r.type)));
    }
    const auto eligible = eligibleFrom(r.type, parsed.value());
    if (!eligible) {
        return eligible.error();
    }
    if (eligible->isValid() && day < *eligible) {
        // Name who is under age, as the couple would want to be told.
        const BookingRules& rules = m_calendar.config().rules;
        for (const ParsedParty& p : parsed.value()) {
            const int minAge = p.sex == Sex::Male ? rules.minAgeMen : rules.minAgeWomen;
            const QDate birthday(day.year(), p.birth.month(), p.birth.day());
            int age = day.year() - p.birth.year();
            if (!birthday.isValid() ? day < QDate(day.year(), 3, 1) : day < birthday) {
                --age;
            }
            if (age < minAge) {
                return refuse(BookingErrorCode::UnderAge,
                              QStringLiteral("%1 在登记日 %2 未满法定婚龄 (%3 %4 周岁)")
                                  .arg(p.party.maskedId, day.toString(Qt::ISODate),
                                       p.sex == Sex::Male ? QStringLiteral("男") : QStringLiteral("女"))
                                  .arg(minAge));
            }
        }
    }
    if (auto bad = checkEntitled(*office, r.type, parsed.value())) {
        return *bad;
    }
    auto placed = place(*office, r.type, r.slotStart, parties, {}, r.officiant, nullptr);
    if (!placed) {
        return placed.error();
    }
    const Placement& pl = placed.value();
    Booking b;
    do {
        b.code = m_codes.next();
    } while (m_bookings.contains(b.code));
    b.requestId = r.requestId;
    b.fingerprint = fingerprintOf();
    b.office = office->id;
    b.type = r.type;
    b.day = day;
    b.slotStart = pl.day->plan.timeSlots[pl.slot].start;
    b.slotEnd = pl.end;
    b.parties = parties;
    b.phone = r.phone;
    b.hall = pl.hall;
    b.officiant = pl.officiant;
    b.divorceApplication = pl.application;
    b.eligibleFrom = *eligible;
    b.createdAt = now;
    b.changedAt = now;
    Booking& stored = m_bookings.emplace(b.code, b).first->second;
    take(stored, *pl.day, pl.slot);
    recordBooking(stored);
    audit(stored.code, QStringLiteral("created"), r.actor,
          QStringLiteral("%1 %2").arg(nameZh(stored.type), hhmm(stored.slotStart)));
    return stored;
}

BookingResult<Booking> BookingEngine::move(const MoveRequest& r)
{
    const auto found = find(r.code, r.who);
    if (!found) {
        return found.error();
    }
    if (auto bad = checkActor(r.actor)) {
        return *bad;
    }
    Booking& b = m_bookings.at(found->code);
    if (b.status != BookingStatus::Confirmed) {
        return refuse(
            BookingErrorCode::InvalidTransition,
            QStringLiteral("该预约已%1，不能改期")
                .arg(b.status == BookingStatus::CheckedIn ? QStringLiteral("签到") : QStringLiteral("失效")));
    }
    const QDateTime deadline =
        b.slotStart.addSecs(-qint64(m_calendar.config().rules.cancelMinutesBefore) * 60);
    if (m_clock.now() >= deadline) {
        return refuse(BookingErrorCode::CancelTooLate,
                      QStringLiteral("预约只能在 %1 前改期").arg(hhmm(deadline)));
    }
    if (!r.slotStart.isValid()) {
        return refuse(BookingErrorCode::UnknownSlot, QStringLiteral("请选择新的预约时段"));
    }
    if (r.slotStart == b.slotStart) {
        return refuse(BookingErrorCode::InvalidArgument, QStringLiteral("新时段与原预约时段相同"));
    }
    const OfficeConfig* office = m_calendar.config().office(b.office);
    auto placed = place(*office, b.type, r.slotStart, b.parties, b.eligibleFrom, r.officiant, &b);
    if (!placed) {
        return placed.error();
    }
    const Placement& pl = placed.value();
    const QString from = hhmm(b.slotStart);
    release(b);
    // Giving the old place back late is a late cancellation of it, as the penalty rules count them.
    const QDateTime lateFrom =
        b.slotStart.addSecs(-qint64(m_calendar.config().penalties.lateCancelHours) * 3600);
    if (m_clock.now() >= lateFrom && m_calendar.config().penalties.lateCancelHours > 0) {
        for (const Party& p : b.parties) {
            addEvent(p.personKey, PersonEventKind::Cancellation, b.code);
        }
    }
    b.day = pl.day->plan.date;
    b.slotStart = pl.day->plan.timeSlots[pl.slot].start;
    b.slotEnd = pl.end;
    b.hall = pl.hall;
    b.officiant = pl.officiant;
    b.divorceApplication = pl.application;
    b.changedAt = m_clock.now();
    take(b, *pl.day, pl.slot);
    recordBooking(b);
    audit(b.code, QStringLiteral("moved"), r.actor, QStringLiteral("%1 → %2").arg(from, hhmm(b.slotStart)));
    return b;
}

void BookingEngine::audit(const QString& code, const QString& action, const BookingActor& actor,
                          const QString& detail)
{
    if (actor.staff.isEmpty() && !actor.isResidentPage()) {
        // The couple's own changes at a kiosk are the booking's history; staff actions are audited,
        // and so are changes from a phone page, which anyone holding the printed code could open.
        return;
    }
    BookingAuditEntry e{++m_lastAuditId, code, m_clock.now(), action, actor.staff, actor.channel, detail};
    m_audit[code] << e;
    m_changes.audit << e;
}

QList<BookingAuditEntry> BookingEngine::auditOf(const QString& code) const
{
    return m_audit.value(code);
}

void BookingEngine::take(const Booking& b, DayState& d, int slot)
{
    SlotUse& u = d.use[slot];
    ++u.booked[static_cast<std::size_t>(typeIndex(b.type))];
    if (!b.hall.isEmpty()) {
        u.halls << b.hall;
        u.officiants << b.officiant;
    }
    m_byRequest.insert(b.requestId, b.code);
    for (const Party& p : b.parties) {
        (isCeremony(b.type) ? m_ceremonyOf : m_registrationOf).insert(p.personKey, b.code);
    }
}

void BookingEngine::release(const Booking& b)
{
    const auto it = m_days.find(DayId{b.office, b.day.toJulianDay()});
    if (it == m_days.end()) {
        return; // not built yet: it will count without this booking when it is
    }
    const int slot = slotIndex(it.value(), b.slotStart);
    if (slot < 0) {
        return;
    }
    SlotUse& u = it.value().use[slot];
    --u.booked[static_cast<std::size_t>(typeIndex(b.type))];
    if (!b.hall.isEmpty()) {
        u.halls.removeOne(b.hall);
        u.officiants.removeOne(b.officiant);
    }
}

void BookingEngine::addEvent(const QString& personKey, PersonEventKind kind, const QString& code)
{
    PersonEvent e{++m_lastEventId, personKey, kind, m_clock.now(), code};
    m_events[personKey] << e;
    m_changes.events << e;
}

std::optional<Ban> BookingEngine::banOf(const QString& personKey) const
{
    const auto it = m_events.constFind(personKey);
    if (it == m_events.constEnd()) {
        return std::nullopt;
    }
    return m_penalties.banAt(it.value(), m_clock.now());
}

BookingResult<Booking> BookingEngine::find(const QString& code, const QString& idNumber) const
{
    return find(code, PartyInput{{}, idNumber});
}

BookingResult<Booking> BookingEngine::find(const QString& code, const PartyInput& who) const
{
    const auto doc = keyedDocument(who, today(), m_secret);
    if (!doc) {
        return refuse(BookingErrorCode::InvalidIdNumber, doc.error().message);
    }
    // Unknown codes and codes of other people get the same answer, so codes cannot be probed.
    const BookingError unknown =
        refuse(BookingErrorCode::UnknownBooking, QStringLiteral("没有找到该预约，请核对预约码和证件号码"));
    const auto it = m_bookings.find(ConfirmationCode::normalise(code));
    if (it == m_bookings.end()) {
        return unknown;
    }
    const QString& key = doc->key;
    const auto& parties = it->second.parties;
    if (std::none_of(parties.begin(), parties.end(), [&](const Party& p) { return p.personKey == key; })) {
        return unknown;
    }
    return it->second;
}

BookingResult<Booking> BookingEngine::cancel(const QString& code, const QString& idNumber)
{
    return cancel(code, PartyInput{{}, idNumber}, {});
}

BookingResult<Booking> BookingEngine::cancel(const QString& code, const PartyInput& who,
                                             const BookingActor& actor)
{
    const auto found = find(code, who);
    if (!found) {
        return found.error();
    }
    if (auto bad = checkActor(actor)) {
        return *bad;
    }
    return cancelByCouple(m_bookings.at(found->code), actor);
}

BookingResult<Booking> BookingEngine::cancelByPhone(const QString& code, const QString& phoneLastFour,
                                                    const QString& addressClass)
{
    const auto it = m_bookings.find(ConfirmationCode::normalise(code));
    const bool digits = phoneLastFour.size() == 4 && std::all_of(phoneLastFour.cbegin(), phoneLastFour.cend(),
                                                                 [](QChar c) { return c.isDigit(); });
    if (!digits) {
        return refuse(BookingErrorCode::InvalidArgument, QStringLiteral("请输入预约时所留手机号码的后四位"));
    }
    if (it == m_bookings.end() || it->second.phone.size() < 4 || !it->second.phone.endsWith(phoneLastFour)) {
        return refuse(BookingErrorCode::UnknownBooking, QStringLiteral("预约码或手机号码后四位不对，请核对"));
    }
    return cancelByCouple(it->second, BookingActor::residentPage(addressClass));
}

BookingResult<Booking> BookingEngine::cancelByCouple(Booking& b, const BookingActor& actor)
{
    if (b.status != BookingStatus::Confirmed) {
        return refuse(
            BookingErrorCode::InvalidTransition,
            QStringLiteral("该预约已%1，不能取消")
                .arg(b.status == BookingStatus::CheckedIn ? QStringLiteral("签到") : QStringLiteral("失效")));
    }
    const QDateTime deadline =
        b.slotStart.addSecs(-qint64(m_calendar.config().rules.cancelMinutesBefore) * 60);
    if (m_clock.now() >= deadline) {
        return refuse(BookingErrorCode::CancelTooLate,
                      QStringLiteral("预约只能在 %1 前取消").arg(hhmm(deadline)));
    }
    b.status = BookingStatus::Cancelled;
    b.changedAt = m_clock.now();
    release(b);
    // Only a late cancellation counts: one made in good time frees a place others can still book.
    const QDateTime lateFrom =
        b.slotStart.addSecs(-qint64(m_calendar.config().penalties.lateCancelHours) * 3600);
    if (m_clock.now() >= lateFrom && m_calendar.config().penalties.lateCancelHours > 0) {
        for (const Party& p : b.parties) {
            addEvent(p.personKey, PersonEventKind::Cancellation, b.code);
        }
    }
    recordBooking(b);
    audit(b.code, QStringLiteral("cancelled"), actor, hhmm(b.slotStart));
    return b;
}

BookingResult<DayAvailability> BookingEngine::availability(const QString& officeId, QDate day) const
{
    const OfficeConfig* office = m_calendar.config().office(officeId);
    if (!office) {
        return refuse(BookingErrorCode::UnknownOffice, QStringLiteral("没有这个婚姻登记处"));
    }
    if (!day.isValid() || day < today().addDays(-1) || day > today().addDays(400)) {
        return refuse(BookingErrorCode::InvalidArgument, QStringLiteral("日期超出可查询范围"));
    }
    const DayState& d = dayState(*office, day);
    DayAvailability a;
    a.office = office->id;
    a.date = day;
    a.open = d.plan.open && !d.closure;
    a.closedReason = d.closure ? QStringLiteral("暂停办理: %1").arg(d.closure->reason) : d.plan.closedReason;
    a.special = d.plan.special;
    a.opensAt = d.plan.opensAt;
    a.closesAt = d.plan.closesAt;
    const QDateTime now = m_clock.now();
    a.release = !a.open || now >= a.closesAt ? ReleaseState::Closed
                : now < a.opensAt            ? ReleaseState::NotYetOpen
                                             : ReleaseState::Open;
    a.timeSlots.reserve(d.plan.timeSlots.size());
    for (qsizetype i = 0; i < d.plan.timeSlots.size(); ++i) {
        SlotAvailability s{d.plan.timeSlots[i].start,
                           d.plan.timeSlots[i].end,
                           d.plan.timeSlots[i].capacity,
                           {},
                           d.plan.timeSlots[i].collective};
        for (BookingType t : kBookingTypes) {
            s.remaining[static_cast<std::size_t>(typeIndex(t))] =
                a.open ? remaining(d, static_cast<int>(i), t) : 0;
        }
        a.timeSlots << s;
    }
    return a;
}

std::optional<DayClosure> BookingEngine::closureOn(const QString& office, QDate day) const
{
    const auto it = m_closures.constFind(dayKey(office, day));
    return it == m_closures.constEnd() ? std::nullopt : std::optional(it.value());
}

QList<Booking> BookingEngine::bookingsOn(const QString& office, QDate day) const
{
    QList<Booking> out;
    for (const auto& [code, b] : m_bookings) {
        if (b.office == office && b.day == day) {
            out << b;
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Booking& a, const Booking& b) { return a.slotStart < b.slotStart; });
    return out;
}

BookingChanges BookingEngine::takeChanges()
{
    return std::exchange(m_changes, BookingChanges{});
}

BookingState BookingEngine::state() const
{
    BookingState s;
    for (const auto& [code, b] : m_bookings) {
        s.bookings << b;
    }
    for (const QList<PersonEvent>& list : m_events) {
        s.events << list;
    }
    std::sort(s.events.begin(), s.events.end(),
              [](const PersonEvent& a, const PersonEvent& b) { return a.id < b.id; });
    for (const auto& [id, a] : m_divorces) {
        s.divorces << a;
    }
    s.closures = m_closures.values();
    std::sort(s.closures.begin(), s.closures.end(), [](const DayClosure& a, const DayClosure& b) {
        return std::tie(a.office, a.day) < std::tie(b.office, b.day);
    });
    for (const QList<BookingAuditEntry>& list : m_audit) {
        s.audit << list;
    }
    std::sort(s.audit.begin(), s.audit.end(),
              [](const BookingAuditEntry& a, const BookingAuditEntry& b) { return a.id < b.id; });
    for (const auto& [id, c] : m_counselling) {
        s.counselling << c;
    }
    return s;
}

void BookingEngine::restore(const BookingState& state)
{
    m_bookings.clear();
    m_byRequest.clear();
    m_registrationOf.clear();
    m_ceremonyOf.clear();
    m_events.clear();
    m_lastEventId = 0;
    m_divorces.clear();
    m_pendingDivorce.clear();
    m_closures.clear();
    m_audit.clear();
    m_lastAuditId = 0;
    m_counselling.clear();
    m_days.clear();
    m_sweptBefore = {};
    m_changes = {};
    // Oldest first, so that the person indexes end up pointing at each person's newest booking.
    QList<Booking> bookings = state.bookings;
    std::stable_sort(bookings.begin(), bookings.end(),
                     [](const Booking& a, const Booking& b) { return a.createdAt < b.createdAt; });
    for (const Booking& b : bookings) {
        m_bookings.emplace(b.code, b);
        m_byRequest.insert(b.requestId, b.code);
        for (const Party& p : b.parties) {
            (isCeremony(b.type) ? m_ceremonyOf : m_registrationOf).insert(p.personKey, b.code);
        }
    }
    for (const PersonEvent& e : state.events) {
        m_events[e.personKey] << e;
        m_lastEventId = std::max(m_lastEventId, e.id);
    }
    for (const DivorceApplication& a : state.divorces) {
        m_divorces.emplace(a.id, a);
        if (a.status == DivorceStatus::Pending) {
            m_pendingDivorce.insert(coupleKey(a.parties), a.id);
        }
    }
    for (const DayClosure& c : state.closures) {
        m_closures.insert(dayKey(c.office, c.day), c);
    }
    for (const BookingAuditEntry& e : state.audit) {
        m_audit[e.code] << e;
        m_lastAuditId = std::max(m_lastAuditId, e.id);
    }
    for (const CounsellingSession& c : state.counselling) {
        m_counselling.emplace(c.id, c);
    }
}

} // namespace hall
