// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventfanout.h"
#include "requestlog.h"
#include "serviceoptions.h"

#include "net/connectionguard.h"
#include "net/tlsserver.h"

#include <QTimer>
#include <QWebSocketServer>

#include <memory>
#include <unordered_map>

namespace hall {

/// The WebSocket side of protocol v1, for hall-service and for hall-relay: accepts connections on
/// /v1, protects itself (frame size, connections per address from the TCP accept, unfinished
/// handshakes, sessions that never say hello, rate limit, clients that stop reading), turns frames
/// into requests for its Handler and sends replies; EventFanout pushes events to subscribers through
/// the same write (write()). What a request does is the owner's: the service's Dispatcher, or the
/// relay's own few ops (relay/relayhandler.h).
class HallServer : public QObject
{
    Q_OBJECT
public:
    struct Handler
    {
        /// Runs one parsed request; `respond` is called exactly once, now or later.
        std::function<void(std::shared_ptr<Session>, protocol::Request, std::function<void(Outcome)>)>
            request;
        /// What a client is told for STORAGE_FAILED, given the refusal as the store gave it (the
        /// operator's log keeps the database's words); unset: the refusal goes out as it is.
        std::function<protocol::ProtocolError(const protocol::ProtocolError&)> storageRefusal;
    };

    HallServer(const ServiceOptions& options, Handler handler, RequestLog& log, QObject* parent = nullptr);

    bool listen(QString* error);
    quint16 port() const { return m_guard.port(); }
    /// "wss" with --tls-cert/--tls-key, else "ws".
    QString scheme() const { return m_tcp.isTls() ? QStringLiteral("wss") : QStringLiteral("ws"); }
    int sessionCount() const { return static_cast<int>(m_sessions.size()); }
    /// Open sessions per role name ("none" before hello), for /metrics.
    QMap<QString, int> sessionsByRole() const;

    /// The one fan-out of events to this server's subscribers (the service connects its committed
    /// events; the residents' pages follow its public view).
    EventFanout& fanout() { return m_fanout; }

    /// Closes every connection of `device` (revoked): code 4005. Relays that admitted it (relay.admit)
    /// are told at once ("device.revoked" notice) and close it themselves; they count as one each.
    int closeDevice(const QString& device);
    /// Closes every connection now with `code`, and goes on accepting (a relay that lost the service).
    void closeSessions(int code, const QString& reason);
    /// Applies a changed staff account to the sessions logged in as `user` at once: a disabled or
    /// removed account ends them (code 4006), changed counters narrow them in place.
    int applyStaffChange(const QString& user, const std::optional<StaffAccount>& account);
    /// Stops accepting and sends every connection a close frame with `code` (1001 at shutdown),
    /// reading on until the client answers it; sessions end as their handshakes complete.
    void closeAll(int code, const QString& reason);
    /// Closes the connections whose clients did not answer closeAll in time.
    void abortRemaining(int code, const QString& reason);

private:
    void accept();
    void receive(const std::shared_ptr<Session>& session, const QString& frame);
    void drop(quint64 id);
    void pingAll();
    void closeSilent();
    /// Writes whole frames to `s` (shared bytes need no copy); a client whose unread bytes pass the
    /// cap is closed (4003). Every byte a connection is sent goes through here.
    bool write(Session& s, const char* data, qsizetype size);
    void close(Session& s, int code, const QString& reason, const QString& logText);

    const ServiceOptions& m_options;
    Handler m_handler;
    RequestLog& m_log;
    quint64 m_nextId = 1;
    // Declared before the servers: destroying them destroys their sockets, which report to these.
    std::unordered_map<quint64, std::shared_ptr<Session>> m_sessions;
    TlsServer m_tcp; ///< makes each accepted socket (TLS or not); TCP_NODELAY is set before the handshake
    ConnectionGuard m_guard;
    QWebSocketServer m_server;
    QTimer m_ping;
    QTimer m_silent; ///< sessions that never said hello
    bool m_stopping = false;
    EventFanout m_fanout;
};

} // namespace hall
