// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httplistener.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace hall {

class QueueEngine;

/// The live ticket pages: one Server-Sent Events stream per open page, each scoped to one ticket.
///
/// Nothing is pushed per stream on its own schedule: after every push of the public view
/// (EventFanout::setPublicFollower) the followed tickets whose place could have moved are rendered
/// again (protocol::residentTicket: the kiosk's own estimate), once per ticket however many pages
/// follow it, and the same bytes go to each of its streams only when they differ from what was
/// sent last. A ticket is rendered again only when it changed, or the waiting count, open windows or
/// estimate of its service did: a call at one window re-renders that service's followers, not all.
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
    /// Re-renders the followed tickets that may have changed and sends what did (after a public push).
    void refresh();

    int count() const { return static_cast<int>(m_streams.size()); }
    const Limits& limits() const { return m_limits; }
    /// Ticket renderings and bytes sent since start (benchmarks, tests).
    qint64 renders() const { return m_renders; }
    qint64 bytesSent() const { return m_bytes; }

private:
    /// What a ticket's page shows depends on: the ticket's own version, and its service's figures.
    struct Inputs
    {
        quint64 generation = 0;
        qint64 version = -1;
        int waiting = -1;
        int open = -1;
        int minutes = -1;
        bool operator==(const Inputs&) const = default;
    };
    struct Followed
    {
        QDate day;
        QString number;
        QList<HttpStream*> streams;
        Inputs inputs;
        QByteArray event; ///< the last "event: ticket" sent
        /// The ticket's id once found: every refresh looks at every followed ticket, and by id that is
        /// one integer lookup instead of hashing and comparing its number.
        qint64 id = -1;
    };
    struct StreamInfo
    {
        QString key;
        QString address;
    };

    /// A service's figures that a waiting ticket's page shows, worked out once per refresh however
    /// many followed tickets wait for it (each costs a walk over the counters).
    struct ServiceFigures
    {
        int waiting = -1;
        int open = -1;
        int minutes = -1;
    };
    using FiguresCache = QHash<QString, ServiceFigures>;
    Inputs inputsOf(Followed& f, FiguresCache& figures) const;
    QByteArray render(const Followed& f);
    void send(HttpStream* stream, const QByteArray& bytes);
    void forget(HttpStream* stream);

    QueueEngine& m_engine;
    Limits m_limits;
    QHash<QString, Followed> m_tickets; ///< by "day/number"
    QHash<HttpStream*, StreamInfo> m_streams;
    QHash<QString, int> m_perAddress;
    QTimer m_keepAlive;
    qint64 m_renders = 0;
    qint64 m_bytes = 0;
};

} // namespace hall
