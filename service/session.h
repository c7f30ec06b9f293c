// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/authstore.h"
#include "protocol/views.h"
#include "ratelimiter.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QWebSocket>

#include <limits>
#include <optional>

namespace hall {

/// One WebSocket connection and who is on it: the device after `hello`, the staff member after
/// `staff.login`, whether it receives events and from which seq on.
struct Session
{
    Session(quint64 sessionId, QWebSocket* s, double rate, int burst, double snapshotRate = 1,
            int snapshotBurst = 10)
        : id(sessionId), socket(s), limiter(rate, burst), snapshots(snapshotRate, snapshotBurst)
    {
        lastHeard.start();
        connectedAt.start();
    }

    quint64 id;
    QPointer<QWebSocket> socket;
    /// The connection under `socket`: replies and events are written to it as prebuilt frames
    /// (wsframe::write), so one event's bytes are shared by every subscriber; its write buffer is
    /// what the client has not read (the unsent-bytes cap).
    QPointer<QAbstractSocket> tcp;
    QString peer; ///< address:port, for the log
    QString address;
    std::optional<Role> role;
    QString device;
    std::optional<StaffAccount> staff;
    /// Set with subscribedSeq when the subscription's snapshot is taken: events above it are pushed.
    bool subscribed = false;
    qint64 subscribedSeq = 0; ///< events up to this seq are in the snapshot the client got
    /// On a relay's session: the displays it admitted (relay.admit), told at once when one is revoked.
    QSet<QString> relayed;
    RateLimiter limiter;
    RateLimiter snapshots; ///< hall.snapshot and subscribe: the one read whose size grows with the day
    int refusedInRow = 0;
    QElapsedTimer lastHeard; ///< last pong: the client read everything up to that ping
    QElapsedTimer connectedAt;
    /// --max-unsent-bytes (HallServer sets it): past it the connection is closed (4003).
    qint64 unsentCap = std::numeric_limits<qint64>::max() / 2;

    /// The request log's "peer=… device=… role=… staff=…" and what it was made of: remade only when
    /// one of them changed (RequestLog::request), not converted to UTF-8 again for every request.
    struct LogHead
    {
        QString device;
        std::optional<Role> role;
        QString staff;
        QByteArray bytes;
    };
    mutable LogHead logHead;

    /// Bytes of snapshots read at a commit and held until its sync (runRead, pipelined commit): not
    /// written yet, but on their way, so they count against the cap as if they were.
    qint64 heldSnapshotBytes = 0;

    /// Bytes written to the connection that the kernel has not taken yet: what the client is behind.
    qint64 unsentBytes() const { return tcp ? tcp->bytesToWrite() : 0; }

    bool authenticated() const { return role.has_value(); }
    bool is(Role r) const { return role == r; }
    bool mayActOn(int counter) const { return is(Role::Admin) || (staff && staff->mayUse(counter)); }
    QString staffUser() const { return staff ? staff->user : QString(); }
    /// Who owns this session's requestIds in the request ledger: the device, and on a counter with a
    /// staff member logged in, the device and that member ("counter-1/li"; '/' is in neither name),
    /// so two staff on one counter PC never share request ids.
    QString ledgerOwner() const { return staff ? device + QLatin1Char('/') + staff->user : device; }
    protocol::Audience eventAudience() const
    {
        return is(Role::Admin) || is(Role::Counter) ? protocol::Audience::Staff : protocol::Audience::Public;
    }
};

} // namespace hall
