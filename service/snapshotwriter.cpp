// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotwriter.h"

#include "domain/waitfigures.h"
#include "ops/calendarviews.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hall {

QJsonObject SnapshotWriter::head(protocol::Audience audience) const
{
    const Catalogue& cat = m_engine.config().catalogue;
    QJsonArray services;
    for (const ServiceDef& s : cat.services()) {
        QJsonObject o = waitfigures::forService(m_engine, s.id);
        o.remove(QStringLiteral("service"));
        o.insert(QStringLiteral("id"), s.id);
        o.insert(QStringLiteral("prefix"), QString(s.prefix));
        o.insert(QStringLiteral("nameZh"), s.nameZh);
        o.insert(QStringLiteral("nameEn"), s.nameEn);
        services.append(o);
    }
    QJsonArray counters;
    for (const CounterDef& def : cat.counters()) {
        const CounterState* c = m_engine.counter(def.number);
        QJsonObject o{{QStringLiteral("number"), def.number},
                      {QStringLiteral("name"), def.name},
                      {QStringLiteral("status"), toString(c ? c->status : CounterStatus::Closed)}};
        if (audience == protocol::Audience::Staff && c && !c->staff.isEmpty()) {
            o.insert(QStringLiteral("staff"), c->staff);
        }
        const Ticket* t = c && c->currentTicket != 0 ? m_engine.ticketById(c->currentTicket) : nullptr;
        o.insert(QStringLiteral("ticket"), t ? QJsonValue(protocol::ticketView(*t, audience)) : QJsonValue());
        counters.append(o);
    }
    QJsonArray calls;
    for (const QJsonObject& c : m_recentCalls) {
        calls.append(c);
    }
    QJsonObject out{{QStringLiteral("seq"), m_engine.lastSeq()},
                    {QStringLiteral("day"), m_engine.day().toString(Qt::ISODate)},
                    {QStringLiteral("centre"), QJsonObject{{QStringLiteral("nameZh"), cat.centreNameZh()},
                                                           {QStringLiteral("nameEn"), cat.centreNameEn()}}},
                    {QStringLiteral("services"), services},
                    {QStringLiteral("counters"), counters},
                    {QStringLiteral("recentCalls"), calls},
                    {QStringLiteral("notices"), notices::toJson(m_notices)}};
    QJsonObject today = calendarview::day(*m_engine.config().calendar, m_engine.day(), cat);
    if (audience == protocol::Audience::Staff) {
        today.insert(QStringLiteral("alerts"),
                     calendarview::alerts(*m_engine.config().calendar, m_engine.day()));
    }
    out.insert(QStringLiteral("calendar"), today);
    if (audience == protocol::Audience::Staff) {
        // Staff see which kiosk needs paper; the public has no use for device health.
        QJsonArray devices;
        for (const DeviceStatus& d : m_engine.devices()) {
            devices.append(devicestatus::toJson(d));
        }
        out.insert(QStringLiteral("devices"), devices);
    }
    return out;
}

QByteArray SnapshotWriter::openTicketsJson()
{
    if (m_ticketsGeneration != m_engine.generation()) {
        m_tickets.clear();
        m_ticketsGeneration = m_engine.generation();
    }
    const QList<const Ticket*> open = m_engine.openTickets();
    std::unordered_map<qint64, TicketJson> kept;
    kept.reserve(std::size_t(open.size()));
    QByteArray out;
    out.reserve(qsizetype(open.size()) * 320);
    out.append('[');
    for (const Ticket* t : open) {
        const qint64 version = m_engine.ticketVersion(t->id);
        auto it = m_tickets.find(t->id);
        if (it == m_tickets.end() || it->second.version != version) {
            const QByteArray json = QJsonDocument(protocol::ticketView(*t, protocol::Audience::Staff))
                                        .toJson(QJsonDocument::Compact);
            it = m_tickets.insert_or_assign(t->id, TicketJson{version, json}).first;
        }
        if (out.size() > 1) {
            out.append(',');
        }
        out.append(it->second.json);
        kept.emplace(t->id, std::move(it->second));
    }
    out.append(']');
    m_tickets = std::move(kept); // closed tickets leave the cache
    return out;
}

QByteArray SnapshotWriter::json(protocol::Audience audience)
{
    const bool staff = audience == protocol::Audience::Staff;
    Cached& cached = staff ? m_staff : m_public;
    if (cached.generation == m_engine.generation() && cached.seq == m_engine.lastSeq()) {
        ++m_reused;
        return cached.json;
    }
    ++m_built;
    QByteArray json =
        QJsonDocument(head(staff ? audience : protocol::Audience::Public)).toJson(QJsonDocument::Compact);
    if (staff) {
        // "tickets" sorts after every other key, so it goes last, as QJsonDocument would put it;
        // counters need the open tickets to call a specific one or re-queue a set-aside one.
        json.chop(1);
        json.append(",\"tickets\":");
        json.append(openTicketsJson());
        json.append('}');
    }
    cached = Cached{m_engine.generation(), m_engine.lastSeq(), json};
    return json;
}

} // namespace hall
