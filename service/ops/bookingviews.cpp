// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingviews.h"

#include "domain/halltime.h"
#include "domain/masking.h"

#include <QJsonDocument>

#include <algorithm>

namespace hall::bookingview {

namespace {

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

QJsonArray parties(const QList<Party>& list)
{
    QJsonArray out;
    for (const Party& p : list) {
        QJsonObject o{{QStringLiteral("name"), maskName(p.name)}, {QStringLiteral("idMasked"), p.maskedId}};
        if (p.document != DocumentType::MainlandId) {
            o.insert(QStringLiteral("document"), toString(p.document));
            o.insert(QStringLiteral("documentName"), nameZh(p.document));
        }
        out.append(o);
    }
    return out;
}

QString releaseName(ReleaseState r)
{
    switch (r) {
    case ReleaseState::NotYetOpen:
        return QStringLiteral("notYetOpen");
    case ReleaseState::Open:
        return QStringLiteral("open");
    case ReleaseState::Closed:
        break;
    }
    return QStringLiteral("closed");
}

QJsonObject collective(const CollectiveSlot& c)
{
    return {{QStringLiteral("themeZh"), c.themeZh}, {QStringLiteral("themeEn"), c.themeEn},
            {QStringLiteral("hall"), c.hall},       {QStringLiteral("officiant"), c.officiant},
            {QStringLiteral("couples"), c.couples}, {QStringLiteral("end"), halltime::toIso(c.end)}};
}

} // namespace

QJsonObject ceremonies(const BookingEngine& engine, const QString& office, QDate date)
{
    QJsonArray list;
    for (const CeremonyOfDay& c : engine.ceremoniesOn(office, date)) {
        QJsonObject o{{QStringLiteral("start"), halltime::toIso(c.start)},
                      {QStringLiteral("end"), halltime::toIso(c.end)},
                      {QStringLiteral("hall"), c.hall},
                      {QStringLiteral("officiant"), c.officiant},
                      {QStringLiteral("collective"), c.collective},
                      {QStringLiteral("couples"), c.couples},
                      {QStringLiteral("capacity"), c.capacity}};
        if (c.collective) {
            o.insert(QStringLiteral("themeZh"), c.themeZh);
            o.insert(QStringLiteral("themeEn"), c.themeEn);
        }
        list.append(o);
    }
    return {{QStringLiteral("office"), office},
            {QStringLiteral("date"), iso(date)},
            {QStringLiteral("officiants"), QJsonArray::fromStringList(engine.officiantsOn(office, date))},
            {QStringLiteral("ceremonies"), list}};
}

QJsonObject booking(const Booking& b, const BookingEngine& engine)
{
    // For the views that add to it (check-in, staff lists, the resident's page): one writer of the view.
    JsonWriter w(1024);
    writeBooking(w, b, engine);
    return QJsonDocument::fromJson(w.bytes()).object();
}

void writeBooking(JsonWriter& w, const Booking& b, const BookingEngine& engine, const QString& pageUrl)
{
    using L = QLatin1StringView;
    const BookingConfig& config = engine.calendar().config();
    const BookingRules& rules = config.rules;
    const OfficeConfig* office = config.office(b.office);
    const int persons = static_cast<int>(b.parties.size());
    const bool otherDocuments = std::any_of(b.parties.cbegin(), b.parties.cend(), [](const Party& p) {
        return p.document != DocumentType::MainlandId;
    });
    const auto strings = [&w](const QStringList& list) {
        w.beginArray();
        for (const QString& s : list) {
            w.string(s);
        }
        w.endArray();
    };
    // Keys in QJsonObject's order (sorted), so the bytes are what the object's compact form was.
    w.beginObject();
    w.key(L("bring"));
    strings(whatToBringZh(b.type, persons, otherDocuments));
    w.key(L("bringEn"));
    strings(whatToBringEn(b.type, persons, otherDocuments));
    w.field(L("cancelUntil"), halltime::toIso(b.slotStart.addSecs(-60LL * rules.cancelMinutesBefore)));
    w.field(L("checkInFrom"), halltime::toIso(b.slotStart.addSecs(-60LL * rules.checkInMinutesBefore)));
    w.field(L("checkInUntil"), halltime::toIso(b.slotStart.addSecs(60LL * rules.checkInMinutesAfter)));
    w.field(L("code"), b.code);
    if (const auto group = engine.collectiveOf(b)) {
        w.key(L("collective")).beginObject();
        w.field(L("couples"), group->couples);
        w.field(L("end"), halltime::toIso(group->end));
        w.field(L("hall"), group->hall);
        w.field(L("officiant"), group->officiant);
        w.field(L("themeEn"), group->themeEn);
        w.field(L("themeZh"), group->themeZh);
        w.endObject();
    }
    w.field(L("createdAt"), halltime::toIso(b.createdAt));
    w.field(L("date"), halltime::isoDate(b.day));
    if (b.divorceApplication != 0) {
        w.field(L("divorceApplication"), b.divorceApplication);
    }
    if (!b.hall.isEmpty()) {
        w.field(L("hall"), b.hall);
    }
    w.field(L("office"), b.office);
    w.field(L("officeName"), office ? office->nameZh : b.office);
    if (!b.hall.isEmpty()) {
        w.field(L("officiant"), b.officiant);
    }
    if (!pageUrl.isEmpty()) {
        w.field(L("pageUrl"), pageUrl);
    }
    w.key(L("parties")).beginArray();
    for (const Party& p : b.parties) {
        w.beginObject();
        if (p.document != DocumentType::MainlandId) {
            w.field(L("document"), toString(p.document));
            w.field(L("documentName"), nameZh(p.document));
        }
        w.field(L("idMasked"), p.maskedId);
        w.field(L("name"), maskName(p.name));
        w.endObject();
    }
    w.endArray();
    w.field(L("phone"), maskPhone(b.phone));
    w.field(L("qrPayload"), b.qrPayload());
    w.field(L("slotEnd"), halltime::toIso(b.slotEnd));
    w.field(L("slotStart"), halltime::toIso(b.slotStart));
    w.field(L("status"), toString(b.status));
    w.field(L("type"), toString(b.type));
    w.field(L("typeName"), nameZh(b.type));
    w.endObject();
}

QJsonArray audit(const QList<BookingAuditEntry>& entries)
{
    QJsonArray out;
    for (const BookingAuditEntry& e : entries) {
        out.append(QJsonObject{{QStringLiteral("at"), halltime::toIso(e.at)},
                               {QStringLiteral("action"), e.action},
                               {QStringLiteral("staff"), e.staff},
                               {QStringLiteral("channel"), e.channel},
                               {QStringLiteral("detail"), e.detail}});
    }
    return out;
}

QJsonObject resident(const Booking& b, const BookingEngine& engine)
{
    const BookingConfig& config = engine.calendar().config();
    // The protocol's view, kept to what a page on a phone may show (allowed keys, not removed ones:
    // a field added to the view later stays off the page until it is chosen here).
    const QJsonObject full = booking(b, engine);
    QJsonObject o;
    for (const char* key : {"code", "date", "slotStart", "slotEnd", "status", "cancelUntil", "checkInFrom",
                            "checkInUntil", "bring", "bringEn", "hall"}) {
        const QJsonValue v = full.value(QLatin1String(key));
        if (!v.isUndefined()) {
            o.insert(QLatin1String(key), v);
        }
    }
    const OfficeConfig* office = config.office(b.office);
    o.insert(QStringLiteral("officeZh"), full.value(QLatin1String("officeName")));
    o.insert(QStringLiteral("officeEn"), office && !office->nameEn.isEmpty() ? office->nameEn : b.office);
    o.insert(QStringLiteral("typeZh"), nameZh(b.type));
    o.insert(QStringLiteral("typeEn"), nameEn(b.type));
    o.insert(QStringLiteral("persons"), static_cast<int>(b.parties.size()));
    const int lateHours = config.penalties.lateCancelHours;
    o.insert(QStringLiteral("lateCancelFrom"),
             lateHours > 0 ? halltime::toIso(b.slotStart.addSecs(-3600LL * lateHours)) : QString());
    return o;
}

QJsonObject divorce(const DivorceApplication& a, const BookingEngine& engine)
{
    const DivorcePeriods p = engine.divorcePeriods(a);
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("office"), a.office},
                  {QStringLiteral("parties"), parties(a.parties)},
                  {QStringLiteral("appliedOn"), iso(a.appliedOn)},
                  {QStringLiteral("coolingOffEnds"), iso(p.coolingOffEnds)},
                  {QStringLiteral("certificateFrom"), iso(p.certificateFrom)},
                  {QStringLiteral("certificateUntil"), iso(p.certificateUntil)},
                  {QStringLiteral("status"), toString(a.status)},
                  {QStringLiteral("recordedBy"), a.recordedBy}};
    // The offer made with every application at an office with a counselling room.
    const OfficeConfig* office = engine.calendar().config().office(a.office);
    if (office && office->counselling.offered()) {
        o.insert(QStringLiteral("counselling"),
                 QJsonObject{{QStringLiteral("room"), office->counselling.room},
                             {QStringLiteral("until"), iso(p.coolingOffEnds)}});
    }
    return o;
}

QJsonObject counselling(const CounsellingSession& c)
{
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("application"), c.application},
                  {QStringLiteral("office"), c.office},
                  {QStringLiteral("start"), halltime::toIso(c.start)},
                  {QStringLiteral("end"), halltime::toIso(c.end)},
                  {QStringLiteral("room"), c.room},
                  {QStringLiteral("counsellor"), c.counsellor},
                  {QStringLiteral("outcome"), toString(c.outcome)},
                  {QStringLiteral("bookedBy"), c.bookedBy}};
    if (!c.recordedBy.isEmpty()) {
        o.insert(QStringLiteral("recordedBy"), c.recordedBy);
    }
    return o;
}

QJsonArray notices(const QList<CoupleNotice>& list)
{
    QJsonArray out;
    for (const CoupleNotice& n : list) {
        out.append(QJsonObject{{QStringLiteral("code"), n.code},
                               {QStringLiteral("type"), toString(n.type)},
                               {QStringLiteral("typeName"), nameZh(n.type)},
                               {QStringLiteral("slotStart"), halltime::toIso(n.slotStart)},
                               {QStringLiteral("names"), QJsonArray::fromStringList(n.names)},
                               {QStringLiteral("phone"), n.phone},
                               {QStringLiteral("idMasked"), QJsonArray::fromStringList(n.maskedIds)}});
        if (n.certificateUntil.isValid()) {
            QJsonObject o = out.last().toObject();
            o.insert(QStringLiteral("certificateUntil"), iso(n.certificateUntil));
            o.insert(QStringLiteral("certificateExtended"), n.certificateExtended);
            o.insert(QStringLiteral("message"), n.messageZh);
            out.replace(out.size() - 1, o);
        }
    }
    return out;
}

QJsonObject bulkCancellation(const BulkCancellation& bulk, const BookingEngine& engine, bool full)
{
    QJsonArray extended;
    for (const DivorceApplication& a : bulk.extendedDivorces) {
        extended.append(divorce(a, engine));
    }
    return {{QStringLiteral("closure"), closure(bulk.closure)},
            {QStringLiteral("cancelled"), bulk.cancelled.size()},
            {QStringLiteral("notices"), notices(full ? bulk.fullNotices() : bulk.maskedNotices())},
            {QStringLiteral("extendedDivorces"), extended}};
}

QJsonObject closure(const DayClosure& c)
{
    return {{QStringLiteral("office"), c.office},
            {QStringLiteral("date"), iso(c.day)},
            {QStringLiteral("reason"), c.reason},
            {QStringLiteral("at"), halltime::toIso(c.at)},
            {QStringLiteral("staff"), c.staff}};
}

DayJson day(const BookingEngine& engine, const QString& office, QDate date, BookingType type,
            const QDateTime& now)
{
    DayJson out;
    const QDate today = halltime::local(now).date();
    out.changesAt = halltime::at(today.addDays(1), QTime(0, 0));
    const auto a = engine.availability(office, date);
    if (!a) {
        out.day = {{QStringLiteral("date"), iso(date)},
                   {QStringLiteral("open"), false},
                   {QStringLiteral("closedReason"), QStringLiteral("不在可预约范围内")},
                   {QStringLiteral("release"), QStringLiteral("closed")},
                   {QStringLiteral("offered"), false},
                   {QStringLiteral("capacity"), 0},
                   {QStringLiteral("remaining"), 0},
                   {QStringLiteral("soldOut"), false}};
        if (date < today) {
            out.day.insert(QStringLiteral("past"), true);
        }
        return out;
    }
    const auto t = static_cast<std::size_t>(typeIndex(type));
    int capacity = 0;
    int remaining = 0;
    for (const SlotAvailability& s : a->timeSlots) {
        if (s.capacity[t] <= 0) {
            continue;
        }
        capacity += s.capacity[t];
        remaining += s.remaining[t];
        QJsonObject slot{{QStringLiteral("start"), halltime::toIso(s.start)},
                         {QStringLiteral("end"), halltime::toIso(s.end)},
                         {QStringLiteral("capacity"), s.capacity[t]},
                         {QStringLiteral("remaining"), s.remaining[t]}};
        if (type == BookingType::Ceremony && s.collective) {
            slot.insert(QStringLiteral("end"), halltime::toIso(s.collective->end));
            slot.insert(QStringLiteral("collective"), collective(*s.collective));
        }
        out.slotList.append(slot);
    }
    const bool offered = capacity > 0;
    QJsonObject o{{QStringLiteral("date"), iso(date)},
                  {QStringLiteral("open"), a->open},
                  {QStringLiteral("release"), releaseName(a->release)},
                  {QStringLiteral("opensAt"), halltime::toIso(a->opensAt)},
                  {QStringLiteral("closesAt"), halltime::toIso(a->closesAt)},
                  {QStringLiteral("offered"), offered},
                  {QStringLiteral("capacity"), capacity},
                  {QStringLiteral("remaining"), remaining},
                  {QStringLiteral("soldOut"), a->open && offered && remaining == 0}};
    if (date < today) {
        o.insert(QStringLiteral("past"), true); // screens show it as gone, not as closed
    }
    if (!a->open) {
        o.insert(QStringLiteral("closedReason"), a->closedReason);
        // Not released because the year's 放假调休安排 is not entered: screens show "待公布", not "休息".
        o.insert(QStringLiteral("provisional"), engine.calendar().hall().isUncertain(date));
        // A public holiday (or a day off of its block) is named, so screens say 国庆节 rather than 不办理.
        const CalendarDay cd = engine.calendar().hall().day(date);
        if (cd.festival && !cd.working) {
            o.insert(QStringLiteral("holidayZh"), festivalNameZh(*cd.festival));
            o.insert(QStringLiteral("holidayEn"), festivalNameEn(*cd.festival));
        }
    }
    if (a->special) {
        o.insert(QStringLiteral("special"),
                 QJsonObject{{QStringLiteral("nameZh"), a->special->nameZh},
                             {QStringLiteral("nameEn"), a->special->nameEn},
                             {QStringLiteral("releaseAt"), halltime::toIso(a->special->releaseAt)}});
    }
    out.day = o;
    for (const QDateTime& moment : {a->opensAt, a->closesAt}) {
        if (moment.isValid() && moment > now && moment < out.changesAt) {
            out.changesAt = moment;
        }
    }
    return out;
}

} // namespace hall::bookingview
