// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketwatchers.h"

#include "domain/queueengine.h"
#include "protocol/residentview.h"

#include <QJsonDocument>

namespace hall {

TicketWatchers::TicketWatchers(QueueEngine& engine, Limits limits, QObject* parent)
    : QObject(parent), m_engine(engine), m_limits(limits)
{
    connect(&m_keepAlive, &QTimer::timeout, this, [this] {
        const QList<HttpStream*> all = m_streams.keys();
        for (HttpStream* s : all) {
            send(s, QByteArrayLiteral(":\n\n"));
        }
    });
    m_keepAlive.start(m_limits.keepAliveMs);
}

TicketWatchers::Refusal TicketWatchers::admits(const QString& address) const
{
    if (m_perAddress.value(address) >= m_limits.perAddress) {
        return Refusal::Address;
    }
    return count() >= m_limits.total ? Refusal::Total : Refusal::None;
}

void TicketWatchers::watch(HttpStream* stream, const QString& address, QDate day, const QString& number)
{
    const QString key = day.toString(Qt::ISODate) + QLatin1Char('/') + number;
    Followed& f = m_tickets[key];
    if (f.streams.isEmpty()) {
        f.day = day;
        f.number = number;
        FiguresCache figures;
        f.inputs = inputsOf(f, figures);
        f.event = render(f);
    }
    f.streams.append(stream);
    m_streams.insert(stream, {key, address});
    ++m_perAddress[address];
    connect(stream, &HttpStream::closed, this, [this, stream] { forget(stream); });
    // The browser reconnects after 3 s when the service restarts, and gets the state again.
    send(stream, QByteArrayLiteral("retry: 3000\n\n") + f.event);
}

TicketWatchers::Inputs TicketWatchers::inputsOf(Followed& f, FiguresCache& figures) const
{
    Inputs in;
    in.generation = m_engine.generation();
    if (f.day != m_engine.day()) {
        return in;
    }
    const Ticket* t = f.id >= 0 ? m_engine.ticketById(f.id) : nullptr;
    if (t == nullptr || t->number != f.number) {
        // Not found yet, or gone with a rebuild after a failed commit (its number may come back).
        t = m_engine.ticket(f.number);
        f.id = t != nullptr ? t->id : -1;
    }
    if (t == nullptr) {
        return in;
    }
    in.version = m_engine.ticketVersion(t->id);
    if (t->state == TicketState::Waiting) {
        const QString& service = t->currentService();
        auto it = figures.find(service);
        if (it == figures.end()) {
            it = figures.insert(service, {m_engine.waitingCount(service), m_engine.openCountersFor(service),
                                          m_engine.estimateNewTicketMinutes(service)});
        }
        in.waiting = it->waiting;
        in.open = it->open;
        in.minutes = it->minutes;
    }
    return in;
}

QByteArray TicketWatchers::render(const Followed& f)
{
    ++m_renders;
    return QByteArrayLiteral("event: ticket\ndata: ") +
           QJsonDocument(protocol::residentTicket(m_engine, f.day, f.number)).toJson(QJsonDocument::Compact) +
           QByteArrayLiteral("\n\n");
}

void TicketWatchers::refresh()
{
    QList<HttpStream*> targets;
    FiguresCache figures;
    for (auto it = m_tickets.begin(); it != m_tickets.end(); ++it) {
        Followed& f = it.value();
        const Inputs now = inputsOf(f, figures);
        if (now == f.inputs) {
            continue;
        }
        f.inputs = now;
        QByteArray event = render(f);
        if (event == f.event) {
            continue;
        }
        f.event = std::move(event);
        // Written after the walk: a write can close a slow stream, which edits m_tickets.
        for (HttpStream* s : std::as_const(f.streams)) {
            targets.append(s);
        }
    }
    for (HttpStream* s : std::as_const(targets)) {
        const auto info = m_streams.constFind(s);
        if (info != m_streams.cend()) {
            send(s, m_tickets.value(info->key).event);
        }
    }
}

void TicketWatchers::send(HttpStream* stream, const QByteArray& bytes)
{
    if (stream->write(bytes)) {
        m_bytes += bytes.size();
    } else {
        forget(stream); // gone, or cut off for not reading
    }
}

void TicketWatchers::forget(HttpStream* stream)
{
    const auto it = m_streams.find(stream);
    if (it == m_streams.end()) {
        return; // closed twice (disconnected, then destroyed)
    }
    const StreamInfo info = it.value();
    m_streams.erase(it);
    if (--m_perAddress[info.address] <= 0) {
        m_perAddress.remove(info.address);
    }
    const auto t = m_tickets.find(info.key);
    if (t != m_tickets.end()) {
        t->streams.removeOne(stream);
        if (t->streams.isEmpty()) {
            m_tickets.erase(t);
        }
    }
}

} // namespace hall
