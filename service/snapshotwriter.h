// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/notices.h"
#include "domain/queueengine.h"
#include "protocol/views.h"

#include <QByteArray>
#include <QJsonObject>

#include <deque>
#include <unordered_map>

namespace hall {

/// Writes hall.snapshot as compact JSON, once per view and state version.
///
/// A staff snapshot of a full day holds every open ticket (2,350 of them made 671 KB, built as JSON
/// objects for each of 45 readers a second). Here the JSON of a view is kept until the engine's seq
/// or generation moves, and each open ticket's JSON is kept until that ticket changes
/// (QueueEngine::ticketVersion), so a new version costs the changed tickets plus copying bytes.
/// The bytes are exactly what QJsonDocument::toJson(Compact) gives for the snapshot object.
class SnapshotWriter
{
public:
    /// `notices`: the lobby's public notices as the service holds them (a change journals
    /// notices.changed, so the seq moves and no stale snapshot is served).
    SnapshotWriter(const QueueEngine& engine, const std::deque<QJsonObject>& recentCalls,
                   const QList<Notice>& notices)
        : m_engine(engine), m_recentCalls(recentCalls), m_notices(notices)
    {}

    /// The snapshot as `audience` sees it, in compact JSON.
    QByteArray json(protocol::Audience audience);

    /// Snapshots written from scratch and served from the cache, for tests and benchmarks.
    qint64 built() const { return m_built; }
    qint64 reused() const { return m_reused; }

private:
    struct Cached
    {
        quint64 generation = 0;
        qint64 seq = -1;
        QByteArray json;
    };
    struct TicketJson
    {
        qint64 version;
        QByteArray json;
    };

    QJsonObject head(protocol::Audience audience) const;
    QByteArray openTicketsJson();

    const QueueEngine& m_engine;
    const std::deque<QJsonObject>& m_recentCalls;
    const QList<Notice>& m_notices;
    Cached m_staff;
    Cached m_public;
    quint64 m_ticketsGeneration = 0;
    std::unordered_map<qint64, TicketJson> m_tickets; ///< open tickets' staff JSON by id
    qint64 m_built = 0;
    qint64 m_reused = 0;
};

} // namespace hall
