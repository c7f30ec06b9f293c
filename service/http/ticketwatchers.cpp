// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketwatchers.h"

#include "domain/queueengine.h"
#include "protocol/residentview.h"

#include <algorithm>
#include <vector>

namespace hall {

TicketWatchers::TicketWatchers(QueueEngine& engine, Limits limits, QObject* parent)
    : QObject(parent), m_engine(engine), m_limits(limits), m_generation(engine.generation())
{
    connect(&m_keepAlive, &QTimer::timeout, this, [this] {
        const QList<HttpStream*> all = m_streams.keys();
        for (HttpStream* s : all) {
            send(s, QByteArrayLiteral(":\n\n"));
        }
    });
    m_keepAlive.start(m_limits.keepAliveMs);
    m_placeTimer.setSingleShot(true);
    connect(&m_placeTimer, &QTimer::timeout, this, &TicketWatchers::refresh);
    m_clock.start();
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
        render(f);
    }
    f.streams.append(stream);
    m_streams.insert(stream, {key, address});
    ++m_perAddress[address];
    connect(stream, &HttpStream::closed, this, [this, stream] { forget(stream); });
    // The browser reconnects after 3 s when the service restarts, and gets the state again.
    send(stream, QByteArrayLiteral("retry: 3000\n\n") + f.event);
}

void TicketWatchers::noteCommitted(const QList<JournalEvent>& events)
{
    if (m_tickets.empty()) {
        return; // a page that opens later is rendered when it opens
    }
    for (const JournalEvent& e : events) {
        if (e.ticket.isEmpty()) {
            continue; // counters opening or pausing move a service's figures, which refresh compares
        }
        m_touched.insert(e.ticket);
        // Every queue the ticket is or was in: a call takes it out of one (and a transfer in the same
        // turn could already have replaced that errand), a return or transfer puts it into another.
        if (const Ticket* t = m_engine.ticket(e.ticket)) {
            for (const Errand& errand : t->errands) {
                m_moved.insert(errand.serviceId);
            }
        }
        // Only a transfer names the queue it left; reading data parses it (EventData), so only then.
        if (e.kind == QLatin1String("ticket.transferred")) {
            const QString from = e.data.value(QLatin1String("fromService")).toString();
            if (!from.isEmpty()) {
                m_moved.insert(from);
            }
        }
    }
}

void TicketWatchers::render(Followed& f)
{
    ++m_renders;
    f.event = QByteArrayLiteral("event: ticket\ndata: ") +
              protocol::residentTicketJson(m_engine, f.day, f.number) + QByteArrayLiteral("\n\n");
    const Ticket* t = f.day == m_engine.day() ? m_engine.ticket(f.number) : nullptr;
    const QString waitingIn =
        t != nullptr && t->state == TicketState::Waiting ? t->currentService() : QString();
    if (waitingIn == f.waitingIn) {
        return;
    }
    leaveWaiting(f);
    f.waitingIn = waitingIn;
    if (!waitingIn.isEmpty()) {
        m_waiting[waitingIn].insert(&f);
    }
}

void TicketWatchers::leaveWaiting(Followed& f)
{
    const auto it = m_waiting.find(f.waitingIn);
    if (it == m_waiting.end()) {
        return;
    }
    it->remove(&f);
    if (it->isEmpty()) {
        m_figures.remove(it.key());
        m_placeDue.remove(it.key());
        m_waiting.erase(it);
    }
}

void TicketWatchers::refresh()
{
    if (m_tickets.empty()) {
        m_touched.clear();
        m_moved.clear();
        return;
    }
    ++m_pass;
    // Each with whether it is taken for its place alone (a send then spaces its queue's next ones).
    std::vector<std::pair<Followed*, bool>> due;
    const auto take = [&](Followed* f, bool forPlace) {
        if (f->pass != m_pass) {
            f->pass = m_pass;
            due.emplace_back(f, forPlace);
        }
    };
    if (m_engine.generation() != m_generation) {
        // The state was replaced wholesale (a restore, a new day): every page may have changed.
        m_generation = m_engine.generation();
        for (auto& [key, f] : m_tickets) {
            take(&f, false);
        }
    } else {
        const QString today = m_engine.day().toString(Qt::ISODate) + QLatin1Char('/');
        for (const QString& number : std::as_const(m_touched)) {
            const auto it = m_tickets.find(today + number);
            if (it != m_tickets.end()) {
                take(&it->second, false);
            }
        }
    }
    // A service's figures are worked out once per refresh (each a walk over the counters), and only
    // for services some followed ticket waits in.
    const qint64 nowMs = m_clock.elapsed();
    qint64 nextDueMs = -1;
    for (auto it = m_waiting.cbegin(); it != m_waiting.cend(); ++it) {
        const waitfigures::Figures now = waitfigures::figuresOf(m_engine, it.key());
        auto last = m_figures.find(it.key());
        if (last == m_figures.end()) {
            // The queue's first follower was just rendered: a baseline, not a move to space out.
            m_figures.insert(it.key(), now);
            for (Followed* f : it.value()) {
                take(f, true);
            }
            continue;
        }
        const bool changed = *last != now;
        if (changed) {
            *last = now;
        }
        if (!changed && !m_moved.contains(it.key()) && !m_placeDue.contains(it.key())) {
            continue;
        }
        const auto sent = m_placeSent.constFind(it.key());
        const qint64 dueMs = sent == m_placeSent.cend() ? nowMs : *sent + m_limits.placeSpacingMs;
        if (dueMs > nowMs) {
            m_placeDue.insert(it.key());
            nextDueMs = nextDueMs < 0 ? dueMs : std::min(nextDueMs, dueMs);
            continue;
        }
        m_placeDue.remove(it.key());
        for (Followed* f : it.value()) {
            take(f, true);
        }
    }
    m_touched.clear();
    m_moved.clear();
    if (nextDueMs >= 0 && (!m_placeTimer.isActive() || m_placeTimer.remainingTime() > nextDueMs - nowMs)) {
        m_placeTimer.start(int(nextDueMs - nowMs));
    }

    // Rendered first, written after: rendering edits m_waiting, and a write can close a slow stream,
    // which edits m_tickets. The bytes are shared, not copied, by every stream of a ticket.
    std::vector<std::pair<HttpStream*, QByteArray>> targets;
    for (const auto& [f, forPlace] : due) {
        const QByteArray before = f->event;
        const QString queue = f->waitingIn;
        render(*f);
        if (f->event == before) {
            continue;
        }
        if (forPlace) {
            m_placeSent.insert(queue, nowMs); // spaced from the last places that went out, not looked at
        }
        for (HttpStream* s : std::as_const(f->streams)) {
            targets.emplace_back(s, f->event);
        }
    }
    for (const auto& [stream, bytes] : targets) {
        if (m_streams.contains(stream)) {
            send(stream, bytes);
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
    if (t == m_tickets.end()) {
        return;
    }
    Followed& f = t->second;
    f.streams.removeOne(stream);
    if (!f.streams.isEmpty()) {
        return;
    }
    leaveWaiting(f);
    m_tickets.erase(t);
}

} // namespace hall
