// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voice/callannouncement.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

namespace hall {

class Announcer;

/// Decides which calls the lobby speaks, so that across reconnects and service restarts no call is
/// announced twice and none is lost. It remembers the highest event seq it has announced (or
/// passed over): a `ticket.called` event above it is announced; after a resync, the snapshot's
/// `recentCalls` above it are announced, oldest first, and nothing older. Calls that were already
/// history when the display started are not announced. Hands each call to the hardware `Announcer`
/// (which queues and speaks it); without one it only keeps the record.
class CallAnnouncer : public QObject
{
    Q_OBJECT

public:
    /// A call handed to the announcer, with the seq of its event.
    struct Entry
    {
        CallAnnouncement call;
        qint64 seq = 0;
        bool operator==(const Entry&) const = default;
    };

    explicit CallAnnouncer(Announcer* announcer = nullptr, QObject* parent = nullptr);

    /// A fresh snapshot (first connect, reconnect, after a gap).
    void onResync(const QJsonObject& snapshot);
    /// An event, in seq order.
    void onEvent(const QString& kind, qint64 seq, const QJsonObject& data);

    /// The highest seq announced or deliberately passed over; -1 before the first snapshot.
    qint64 highestSeq() const { return m_highest; }
    /// The last calls handed to the announcer, oldest first (at most kHistory).
    const QList<Entry>& history() const { return m_history; }
    static constexpr int kHistory = 200;

signals:
    void queued(const hall::CallAnnouncement& call, qint64 seq);

private:
    void announce(const CallAnnouncement& call, qint64 seq);

    Announcer* m_announcer;
    qint64 m_highest = -1;
    QList<Entry> m_history;
};

} // namespace hall
