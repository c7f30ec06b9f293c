// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/journalevent.h"
#include "domain/waitfigures.h"
#include "http/httplistener.h"

#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <unordered_map>

namespace hall {

class QueueEngine;

/// The live ticket pages: one Server-Sent Events stream per open page, each scoped to one ticket.
///
/// Nothing is pushed per stream on its own schedule: after every push of the public view
/// (EventFanout::setPublicFollower) the followed tickets whose page could have changed are rendered
/// again (protocol::residentTicketJson: the kiosk's own estimate), once per ticket however many pages
/// follow it, and the same bytes go to each of its streams only when they differ from what was
/// sent last. Which tickets could have changed is known without walking them all: the ones a commit
/// touched (noteCommitted), and the waiting ones of a service whose queue moved (a touched ticket
/// is or was in it, or its waiting count, open windows or estimate changed). A call at one window
/// re-renders that service's waiting followers, not the hall's, and at most once per
/// Limits::placeSpacingMs: a page whose own ticket changed (called, say) is sent at once, the places of
/// the others in its queue follow within that spacing.
/// Bounds: streams in total and per address; each stream's unsent bytes are its listener's
/// (HttpStream::write cuts off a page that stops reading; it reconnects or falls back to polling).
class TicketWatchers : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        int total = 4000;
        int perAddress = 6;
        int keepAliveMs = 25000; ///< a comment line keeps proxies and WebViews from timing the stream out
        /// A service's waiting pages get a new place at most this often: each call moves every one of
        /// them (a send(2) each), while a page's own ticket changing (its call) goes out at once.
        int placeSpacingMs = 1000;
    };
    enum class Refusal
    {
        None,
        Address, ///< this address follows perAddress tickets already
        Total,
    };

    TicketWatchers(QueueEngine& engine, Limits limits, QObject* parent = nullptr);

    Refusal admits(const QString& address) const;
    /// Follows (day, number) on `stream` from `address` (admits() said None): the ticket's state is
    /// sent at once, then every change.
    void watch(HttpStream* stream, const QString& address, QDate day, const QString& number);
    /// Notes what durable events changed (DurableQueue::committed), for the next refresh.
    void noteCommitted(const QList<JournalEvent>& events);
    /// Re-renders the followed tickets that may have changed and sends what did (after a public push).
    void refresh();

    int count() const { return static_cast<int>(m_streams.size()); }
    const Limits& limits() const { return m_limits; }
    /// Ticket renderings and bytes sent since start (benchmarks, tests).
    qint64 renders() const { return m_renders; }
    qint64 bytesSent() const { return m_bytes; }

private:
    struct Followed
    {
        QDate day;
        QString number;
        QList<HttpStream*> streams;
        QByteArray event;  ///< the last "event: ticket" sent
        QString waitingIn; ///< the service it waited in when last rendered; empty when not waiting
        quint64 pass = 0;  ///< the refresh that last took it (taken once however it is reached)
    };
    struct StreamInfo
    {
        QString key;
        QString address;
    };

    /// Renders `f` into its event and files it under the service it now waits in.
    void render(Followed& f);
    void leaveWaiting(Followed& f);
    void send(HttpStream* stream, const QByteArray& bytes);
    void forget(HttpStream* stream);

    QueueEngine& m_engine;
    Limits m_limits;
    std::unordered_map<QString, Followed> m_tickets; ///< by "day/number"; nodes stay put (m_waiting)
    QHash<QString, QSet<Followed*>> m_waiting;       ///< service → followed tickets waiting in it
    QHash<QString, waitfigures::Figures> m_figures;  ///< of m_waiting's services, at the last refresh
    QSet<QString> m_touched;                         ///< today's ticket numbers committed since
    QSet<QString> m_moved;                           ///< services those tickets are or were in
    QSet<QString> m_placeDue;                        ///< services whose pages wait for placeSpacingMs to pass
    QHash<QString, qint64> m_placeSent; ///< per service, when its pages last got their places (m_clock)
    QTimer m_placeTimer;
    QElapsedTimer m_clock;
    quint64 m_generation = 0;
    quint64 m_pass = 0;
    QHash<HttpStream*, StreamInfo> m_streams;
    QHash<QString, int> m_perAddress;
    QTimer m_keepAlive;
    qint64 m_renders = 0;
    qint64 m_bytes = 0;
};

} // namespace hall
