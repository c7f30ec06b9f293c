// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views.h"

#include "envelope.h"
#include "recentcalls.h"

#include "domain/halltime.h"
#include "domain/jsonwriter.h"

namespace hall::protocol {

QJsonObject filterTicketJson(QJsonObject ticket, Audience audience)
{
    if (audience != Audience::Public) {
        return ticket;
    }
    // What a window on the lobby screen shows, and the id that ties it to its counter.
    QJsonObject out;
    for (const char* key : {"id", "number", "state", "calledAt"}) {
        const auto it = ticket.constFind(QLatin1String(key));
        if (it != ticket.constEnd() && !(it->isString() && it->toString().isEmpty())) {
            out.insert(it.key(), *it);
        }
    }
    return out;
}

QJsonObject ticketView(const Ticket& t, Audience audience)
{
    return filterTicketJson(toJson(t), audience);
}

QByteArray eventJson(const JournalEvent& e, Audience audience)
{
    if (audience == Audience::Public) {
        return encodeEvent(e.kind, e.seq, eventData(e, audience));
    }
    using L = QLatin1StringView;
    JsonWriter w(1024);
    w.beginObject().key(L("data")).beginObject();
    // eventData() inserts these into the event's data (replacing a key of the same name).
    const bool counter = e.counter != 0;
    const bool number = !e.ticket.isEmpty();
    bool counterDone = !counter;
    bool numberDone = !number;
    // Before `key` (or at the end, for none) come the common fields that sort before it.
    const auto writeCommonBefore = [&](const QString* key) {
        if (!counterDone && (!key || key->compare(u"counter") >= 0)) {
            w.field(L("counter"), e.counter);
            counterDone = true;
        }
        if (!numberDone && (!key || key->compare(u"number") >= 0)) {
            w.field(L("number"), e.ticket);
            numberDone = true;
        }
    };
    for (auto it = e.data.constBegin(); it != e.data.constEnd(); ++it) {
        const QString key = it.key();
        writeCommonBefore(&key);
        if ((counter && key == u"counter") || (number && key == u"number")) {
            continue; // replaced by the common field, as QJsonObject::insert replaces it
        }
        w.key(key).value(it.value());
    }
    writeCommonBefore(nullptr);
    w.endObject().field(L("event"), e.kind).field(L("seq"), e.seq);
    return w.endObject().take();
}

void writeTicket(JsonWriter& w, const Ticket& t)
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
    w.field(L("day"), t.day.toString(Qt::ISODate));
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

QJsonObject counterStateView(QJsonObject state, Audience audience)
{
    if (audience == Audience::Public) {
        state.remove(QLatin1String("staff"));
        state.remove(QLatin1String("normalStreak"));
    }
    return state;
}

QJsonObject eventView(const QString& kind, const QJsonObject& data, Audience audience)
{
    if (audience != Audience::Public) {
        return data;
    }
    if (kind == QLatin1String("device.status")) {
        return {}; // a device's report is free text for staff
    }
    QJsonObject out;
    // A ticket matters to the public only while a window shows it: with the counter's state.
    if (data.contains(QLatin1String("counterState"))) {
        out.insert(QStringLiteral("counterState"),
                   counterStateView(data.value(QLatin1String("counterState")).toObject(), audience));
        if (data.contains(QLatin1String("ticket"))) {
            out.insert(QStringLiteral("ticket"),
                       filterTicketJson(data.value(QLatin1String("ticket")).toObject(), audience));
        }
    }
    // "notices": the lobby's public notices (notices.changed), which every display shows.
    for (const char* key : {"queue", "counterName", "recall", "from", "to", "expired", "notices"}) {
        const auto it = data.constFind(QLatin1String(key));
        if (it != data.constEnd()) {
            out.insert(it.key(), *it);
        }
    }
    return out;
}

QJsonObject eventData(const JournalEvent& e, Audience audience)
{
    QJsonObject data = eventView(e.kind, e.data, audience);
    // A set-aside or finished ticket is marked in every screen's recent calls by its number.
    if (!data.isEmpty() || audience != Audience::Public || !callOutcome(e.kind).isEmpty()) {
        if (e.counter != 0) {
            data.insert(QStringLiteral("counter"), e.counter);
        }
        if (!e.ticket.isEmpty()) {
            data.insert(QStringLiteral("number"), e.ticket);
        }
    }
    return data;
}

} // namespace hall::protocol
