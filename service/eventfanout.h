// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/journalevent.h"
#include "protocol/views.h"
#include "session.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

namespace hall {

/// The frames of a run of events as one view sees them: WebSocket text frames back to back, and
/// where each event's frame starts, so a session that subscribed in the middle gets only the rest.
struct ViewFrames
{
    QByteArray bytes;
    std::vector<std::pair<qint64, qsizetype>> starts; ///< (seq, offset in bytes), in seq order

    /// Adds the frame of one event (its JSON as protocol::encodeEvent makes it).
    void append(qint64 seq, QByteArrayView payload);
    /// Offset of the first frame with a seq above `seq` (bytes.size() when there is none).
    qsizetype offsetAfter(qint64 seq) const;
    bool isEmpty() const { return starts.empty(); }
    void clear();
};

/// Pushes committed journal events to subscribed sessions.
///
/// Each event is turned into JSON once per view (protocol::eventView: staff, or the public of
/// displays and kiosks) and framed once; every session of that view gets the same bytes, written
/// with wsframe::write (one send(2) per session per push, no per-session copy). Pushes are paced per
/// view: frames wait in the view's buffer and go out together, so a busy hall does not cost a
/// system call per session for every commit. Staff get them within `Pacing::delayMs` (10 ms); the
/// public within a second, except a call (`ticket.called`, what a lobby announces), which goes out at
/// once unless the previous push was recent: within four times what that push cost the loop, and at
/// most 20 ms (kUrgentCostFactor). Order and seq continuity are kept: a
/// session gets every event of its view after the snapshot it subscribed with, in seq order. A reply
/// to a staff session pushes the staff view first (pushNow), so a counter never holds a reply newer
/// than its view of the hall.
class EventFanout : public QObject
{
public:
    using Sessions = std::unordered_map<quint64, std::shared_ptr<Session>>;
    /// Writes whole frames to one session and enforces its unsent-bytes cap (HallServer::write):
    /// false when the session is gone or was just closed for not reading.
    using Writer = std::function<bool(Session&, const char*, qsizetype)>;

    struct Pacing
    {
        int delayMs;         ///< longest a frame waits for company
        int urgentSpacingMs; ///< an urgent event waits only until this long after the last push
    };
    static constexpr Pacing kStaffPacing{10, 10};
    static constexpr Pacing kPublicPacing{1000, 20};
    /// A run of calls spends at most a fifth of the loop on pushes: the spacing after a push is this
    /// many times its cost, capped by Pacing::urgentSpacingMs. 2,000 displays on the service cost
    /// ~20 ms a push, so calls keep the cap's spacing; four relays cost well under a millisecond, and
    /// a call behind them no longer waits up to 20 ms of its 50 ms for a push that cost almost nothing.
    static constexpr int kUrgentCostFactor = 4;

    EventFanout(const Sessions& sessions, Writer write, QObject* parent = nullptr);

    /// Events that are now durable, in seq order.
    void publish(const QList<JournalEvent>& events);
    /// One event already in `audience`'s view (its JSON as eventJson makes it), seq above the last
    /// one given: what a relay passes on from its upstream public stream. `urgent` as for a call.
    void publishView(protocol::Audience audience, qint64 seq, QByteArrayView json, bool urgent);
    /// How `audience`'s pushes are paced from now on (a relay whose upstream already paced them
    /// passes them on at once).
    void setPacing(protocol::Audience audience, Pacing pacing) { viewOf(audience).pacing = pacing; }
    /// Sends everything waiting now (tests, shutdown).
    void flushAll();
    /// Sends what waits for `audience`'s view now (before a reply that must not overtake it).
    void pushNow(protocol::Audience audience) { push(viewOf(audience)); }

    /// Called after each push of the public view, paced as that view is (at once for a call): the
    /// residents' ticket pages (TicketWatchers) re-render only the tickets they follow from it, so a
    /// phone learns of a call no later than the lobby does and costs no push of its own.
    void setPublicFollower(std::function<void()> follower) { m_publicFollower = std::move(follower); }

    /// The JSON of one event as `audience` sees it: what every session of that view receives.
    static QByteArray eventJson(const JournalEvent& e, protocol::Audience audience);

    /// Pushes made and frames written since start, for benchmarks and tests.
    qint64 pushes() const { return m_pushes; }
    qint64 writes() const { return m_writes; }

private:
    struct View
    {
        View(protocol::Audience a, Pacing p) : audience(a), pacing(p) {}
        protocol::Audience audience;
        Pacing pacing;
        ViewFrames pending;
        bool published = false; ///< events since the last push (pending is empty without subscribers)
        QTimer timer;
        qint64 dueMs = -1; ///< when the timer fires, -1 when idle
        qint64 lastPushMs = -1'000'000;
        qint64 lastPushCostUs = 0; ///< the last push's writes and follower, on the loop
    };

    View& viewOf(protocol::Audience audience);
    void schedule(View& view, bool urgent);
    void push(View& view);
    bool hasSubscribers(protocol::Audience audience) const;

    const Sessions& m_sessions;
    Writer m_write;
    QElapsedTimer m_clock;
    View m_staff{protocol::Audience::Staff, kStaffPacing};
    View m_public{protocol::Audience::Public, kPublicPacing};
    std::function<void()> m_publicFollower;
    qint64 m_pushes = 0;
    qint64 m_writes = 0;
};

} // namespace hall
