// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticket.h"

#include "halltime.h"
#include "jsonwriter.h"

#include <QJsonArray>

#include <array>

namespace hall {

namespace {

template <typename E, std::size_t N>
std::optional<E> lookup(const std::array<const char*, N>& names, const QString& s)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (s == QLatin1String(names[i])) {
            return static_cast<E>(i);
        }
    }
    return std::nullopt;
}

constexpr std::array<const char*, 7> kStates{"waiting",  "called",    "serving", "finished",
                                             "setAside", "cancelled", "expired"};
constexpr std::array<const char*, 5> kPriorities{"normal", "elder", "disabled", "military", "pregnant"};
constexpr std::array<const char*, 4> kRatings{"none", "satisfied", "basic", "unsatisfied"};

QJsonObject errandToJson(const Errand& e)
{
    QJsonObject o{{QStringLiteral("service"), e.serviceId}};
    if (e.servedBy != 0) {
        o.insert(QStringLiteral("servedBy"), e.servedBy);
    }
    if (e.startedAt.isValid()) {
        o.insert(QStringLiteral("startedAt"), halltime::toIso(e.startedAt));
    }
    if (e.finishedAt.isValid()) {
        o.insert(QStringLiteral("finishedAt"), halltime::toIso(e.finishedAt));
    }
    if (e.rating != Rating::None) {
        o.insert(QStringLiteral("rating"), toString(e.rating));
    }
    if (!e.staff.isEmpty()) {
        o.insert(QStringLiteral("staff"), e.staff);
    }
    return o;
}

Errand errandFromJson(const QJsonObject& o)
{
    Errand e;
    e.serviceId = o.value(QStringLiteral("service")).toString();
    e.servedBy = o.value(QStringLiteral("servedBy")).toInt();
    e.startedAt = halltime::fromIso(o.value(QStringLiteral("startedAt")).toString());
    e.finishedAt = halltime::fromIso(o.value(QStringLiteral("finishedAt")).toString());
    e.rating = ratingFromString(o.value(QStringLiteral("rating")).toString(QStringLiteral("none")))
                   .value_or(Rating::None);
    e.staff = o.value(QStringLiteral("staff")).toString();
    return e;
}

} // namespace

QString toString(TicketState s)
{
    return QLatin1String(kStates.at(static_cast<std::size_t>(s)));
}
QString toString(PriorityClass p)
{
    return QLatin1String(kPriorities.at(static_cast<std::size_t>(p)));
}
QString toString(Rating r)
{
    return QLatin1String(kRatings.at(static_cast<std::size_t>(r)));
}
std::optional<TicketState> ticketStateFromString(const QString& s)
{
    return lookup<TicketState>(kStates, s);
}
std::optional<PriorityClass> priorityFromString(const QString& s)
{
    return lookup<PriorityClass>(kPriorities, s);
}
std::optional<Rating> ratingFromString(const QString& s)
{
    return lookup<Rating>(kRatings, s);
}

QJsonArray errandsToJson(const QList<Errand>& errands)
{
    QJsonArray a;
    for (const Errand& e : errands) {
        a.append(errandToJson(e));
    }
    return a;
}

void writeErrands(JsonWriter& w, const QList<Errand>& errands)
{
    using L = QLatin1StringView;
    w.beginArray();
    for (const Errand& e : errands) {
        w.beginObject();
        if (e.finishedAt.isValid()) {
            w.field(L("finishedAt"), halltime::toIso(e.finishedAt));
        }
        if (e.rating != Rating::None) {
            w.field(L("rating"), toString(e.rating));
        }
        if (e.servedBy != 0) {
            w.field(L("servedBy"), e.servedBy); // "servedBy" sorts before "service"
        }
        w.field(L("service"), e.serviceId);
        if (!e.staff.isEmpty()) {
            w.field(L("staff"), e.staff);
        }
        if (e.startedAt.isValid()) {
            w.field(L("startedAt"), halltime::toIso(e.startedAt));
        }
        w.endObject();
    }
    w.endArray();
}

QList<Errand> errandsFromJson(const QJsonArray& array)
{
    QList<Errand> out;
    for (const auto& e : array) {
        out.append(errandFromJson(e.toObject()));
    }
    return out;
}

QJsonObject toJson(const Ticket& t)
{
    // Written, then parsed: Qt's parser fills the object in one pass (~20,000 instructions for a
    // ticket), where inserting its keys one by one cost ~60,000 (each insert searches and converts).
    JsonWriter w(512);
    writeJson(w, t);
    if (auto o = JsonWriter::parseBack(w.bytes())) {
        return *std::move(o);
    }
    return toJsonKeyByKey(t);
}

QJsonObject toJsonKeyByKey(const Ticket& t)
{
    QJsonObject o{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("day"), t.day.toString(Qt::ISODate)},
        {QStringLiteral("number"), t.number},
        {QStringLiteral("issuedAt"), halltime::toIso(t.issuedAt)},
        {QStringLiteral("errands"), errandsToJson(t.errands)},
        {QStringLiteral("currentErrand"), t.currentErrand},
        {QStringLiteral("state"), toString(t.state)},
        {QStringLiteral("priority"), toString(t.priority)},
        {QStringLiteral("counter"), t.counter},
        {QStringLiteral("assignedCounter"), t.assignedCounter},
        {QStringLiteral("recalls"), t.recalls},
        {QStringLiteral("requeues"), t.requeues},
    };
    if (!t.idRef.isEmpty()) {
        o.insert(QStringLiteral("idRef"), t.idRef);
    }
    if (t.appointment) {
        o.insert(QStringLiteral("appointment"),
                 QJsonObject{{QStringLiteral("reference"), t.appointment->reference},
                             {QStringLiteral("slotStart"), halltime::toIso(t.appointment->slotStart)},
                             {QStringLiteral("slotEnd"), halltime::toIso(t.appointment->slotEnd)}});
    }
    if (t.calledAt.isValid()) {
        o.insert(QStringLiteral("calledAt"), halltime::toIso(t.calledAt));
    }
    if (!t.device.isEmpty()) {
        o.insert(QStringLiteral("device"), t.device);
    }
    if (t.queuedAt.isValid()) {
        o.insert(QStringLiteral("queuedAt"), halltime::toIso(t.queuedAt));
    }
    return o;
}

void writeJson(JsonWriter& w, const Ticket& t)
{
    using L = QLatin1StringView;
    // Keys in QJsonObject's (sorted) order; optional fields as toJson() leaves them out.
    w.beginObject();
    if (t.appointment) {
        w.key(L("appointment")).beginObject();
        w.field(L("reference"), t.appointment->reference);
        w.field(L("slotEnd"), halltime::toIso(t.appointment->slotEnd));
        w.field(L("slotStart"), halltime::toIso(t.appointment->slotStart));
        w.endObject();
    }
    w.field(L("assignedCounter"), t.assignedCounter);
    if (t.calledAt.isValid()) {
        w.field(L("calledAt"), halltime::toIso(t.calledAt));
    }
    w.field(L("counter"), t.counter).field(L("currentErrand"), t.currentErrand);
    w.field(L("day"), halltime::isoDate(t.day));
    if (!t.device.isEmpty()) {
        w.field(L("device"), t.device);
    }
    w.key(L("errands"));
    writeErrands(w, t.errands);
    w.field(L("id"), t.id);
    if (!t.idRef.isEmpty()) {
        w.field(L("idRef"), t.idRef);
    }
    w.field(L("issuedAt"), halltime::toIso(t.issuedAt)).field(L("number"), t.number);
    w.field(L("priority"), toString(t.priority));
    if (t.queuedAt.isValid()) {
        w.field(L("queuedAt"), halltime::toIso(t.queuedAt));
    }
    w.field(L("recalls"), t.recalls).field(L("requeues"), t.requeues).field(L("state"), toString(t.state));
    w.endObject();
}

std::optional<Ticket> ticketFromJson(const QJsonObject& o)
{
    Ticket t;
    t.id = o.value(QStringLiteral("id")).toInteger();
    t.day = QDate::fromString(o.value(QStringLiteral("day")).toString(), Qt::ISODate);
    t.number = o.value(QStringLiteral("number")).toString();
    t.issuedAt = halltime::fromIso(o.value(QStringLiteral("issuedAt")).toString());
    t.errands = errandsFromJson(o.value(QStringLiteral("errands")).toArray());
    t.currentErrand = o.value(QStringLiteral("currentErrand")).toInt();
    const auto state = ticketStateFromString(o.value(QStringLiteral("state")).toString());
    const auto prio = priorityFromString(o.value(QStringLiteral("priority")).toString());
    if (!state || !prio || !t.day.isValid() || !t.issuedAt.isValid() || t.errands.isEmpty() ||
        t.currentErrand < 0 || t.currentErrand >= t.errands.size()) {
        return std::nullopt;
    }
    t.state = *state;
    t.priority = *prio;
    t.counter = o.value(QStringLiteral("counter")).toInt();
    t.assignedCounter = o.value(QStringLiteral("assignedCounter")).toInt();
    t.recalls = o.value(QStringLiteral("recalls")).toInt();
    t.requeues = o.value(QStringLiteral("requeues")).toInt();
    t.idRef = o.value(QStringLiteral("idRef")).toString();
    if (o.contains(QStringLiteral("appointment"))) {
        const QJsonObject a = o.value(QStringLiteral("appointment")).toObject();
        t.appointment = Appointment{a.value(QStringLiteral("reference")).toString(),
                                    halltime::fromIso(a.value(QStringLiteral("slotStart")).toString()),
                                    halltime::fromIso(a.value(QStringLiteral("slotEnd")).toString())};
    }
    t.calledAt = halltime::fromIso(o.value(QStringLiteral("calledAt")).toString());
    t.device = o.value(QStringLiteral("device")).toString();
    t.queuedAt = halltime::fromIso(o.value(QStringLiteral("queuedAt")).toString());
    return t;
}

} // namespace hall
