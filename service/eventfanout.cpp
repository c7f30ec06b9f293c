// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfanout.h"

#include "net/fanouttrace.h"
#include "net/framewriter.h"
#include "protocol/envelope.h"

#include <algorithm>

namespace hall {

void ViewFrames::append(qint64 seq, QByteArrayView payload)
{
    starts.emplace_back(seq, bytes.size());
    wsframe::appendText(bytes, payload);
}

qsizetype ViewFrames::offsetAfter(qint64 seq) const
{
    const auto it =
        std::upper_bound(starts.begin(), starts.end(), seq,
                         [](qint64 s, const std::pair<qint64, qsizetype>& e) { return s < e.first; });
    return it == starts.end() ? bytes.size() : it->second;
}

void ViewFrames::clear()
{
    bytes.clear();
    starts.clear();
}

EventFanout::EventFanout(const Sessions& sessions, Writer write, QObject* parent)
    : QObject(parent), m_sessions(sessions), m_write(std::move(write))
{
    m_clock.start();
    for (View* v : {&m_staff, &m_public}) {
        v->timer.setSingleShot(true);
        v->timer.setTimerType(Qt::PreciseTimer);
        connect(&v->timer, &QTimer::timeout, this, [this, v] { push(*v); });
    }
}

QByteArray EventFanout::eventJson(const JournalEvent& e, protocol::Audience audience)
{
    return protocol::eventJson(e, audience);
}

EventFanout::View& EventFanout::viewOf(protocol::Audience audience)
{
    return audience == protocol::Audience::Staff ? m_staff : m_public;
}

void EventFanout::publish(const QList<JournalEvent>& events)
{
    bool urgent = false;
    for (const JournalEvent& e : events) {
        urgent = urgent || e.kind == QLatin1String("ticket.called");
    }
    for (View* v : {&m_staff, &m_public}) {
        // A view nobody is subscribed to gets no frames: a session that subscribes later has a
        // snapshot whose seq covers these events (it reads the engine's last seq), so it would skip
        // them. The push still happens, for the public view's follower.
        if (hasSubscribers(v->audience)) {
            for (const JournalEvent& e : events) {
                v->pending.append(e.seq, eventJson(e, v->audience));
            }
        }
        v->published = true;
        schedule(*v, urgent);
    }
}

bool EventFanout::hasSubscribers(protocol::Audience audience) const
{
    return std::any_of(m_sessions.begin(), m_sessions.end(), [audience](const auto& entry) {
        return entry.second->subscribed && entry.second->eventAudience() == audience;
    });
}

void EventFanout::publishView(protocol::Audience audience, qint64 seq, QByteArrayView json, bool urgent)
{
    View& v = viewOf(audience);
    v.pending.append(seq, json);
    v.published = true;
    schedule(v, urgent);
}

void EventFanout::schedule(View& view, bool urgent)
{
    const qint64 now = m_clock.elapsed();
    const qint64 urgentSpacingMs =
        std::min<qint64>(view.pacing.urgentSpacingMs, (view.lastPushCostUs * kUrgentCostFactor + 999) / 1000);
    const qint64 due = urgent ? std::max(now, view.lastPushMs + urgentSpacingMs)
                              : std::max(now, view.lastPushMs + view.pacing.delayMs);
    if (view.dueMs >= 0 && view.dueMs <= due) {
        return; // already due as early
    }
    view.dueMs = due;
    // A zero timeout still runs after this turn, so the commits of one turn share a push.
    view.timer.start(int(due - now));
}

void EventFanout::push(View& view)
{
    view.dueMs = -1;
    view.timer.stop();
    if (!std::exchange(view.published, false)) {
        return;
    }
    const qint64 startedNs = m_clock.nsecsElapsed();
    view.lastPushMs = startedNs / 1'000'000;
    ++m_pushes;
    const qint64 traceFromNs = fanouttrace::enabled() ? fanouttrace::nowNs() : 0;
    const ViewFrames frames = std::exchange(view.pending, {});
    // Collected first: a write can close a slow reader (4003), and closing drops its session. The
    // socket is asked last: its guard lives in a block of its own, a cache miss per session, and a
    // staff push would otherwise pay it for every display in the hall.
    std::vector<std::shared_ptr<Session>> receivers;
    for (const auto& [id, s] : m_sessions) {
        if (s->subscribed && s->eventAudience() == view.audience && s->socket) {
            receivers.push_back(s);
        }
    }
    for (const auto& s : receivers) {
        const qsizetype from = frames.offsetAfter(s->subscribedSeq);
        if (from < frames.bytes.size() &&
            m_write(*s, frames.bytes.constData() + from, frames.bytes.size() - from)) {
            ++m_writes;
        }
    }
    if (traceFromNs != 0 && view.audience == protocol::Audience::Public && !frames.starts.empty()) {
        // bench-fanout's hops: when the first session's write began and the last one's returned. A
        // view nobody subscribes to has no frames (publish builds none), and nothing to trace.
        const qint64 traceToNs = fanouttrace::nowNs();
        // Sessions whose bytes the kernel did not all take: they leave later, from the socket's buffer.
        qint64 queued = 0;
        for (const auto& s : receivers) {
            queued += s->socket && s->unsentBytes() > 0 ? 1 : 0;
        }
        fanouttrace::record("push", frames.starts.back().first, queued, traceFromNs, traceToNs);
    }
    if (view.audience == protocol::Audience::Public && m_publicFollower) {
        m_publicFollower();
    }
    view.lastPushCostUs = (m_clock.nsecsElapsed() - startedNs) / 1000;
}

void EventFanout::flushAll()
{
    push(m_staff);
    push(m_public);
}

} // namespace hall
