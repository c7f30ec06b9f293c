#pragma once

#include "dispatcher.h"
#include "requestlog.h"
#include "serviceoptions.h"

#include "net/tlsserver.h"
#include <QHash>

#include <QTimer>
#include <QWebSocketServer>

#include <memory>
#include <unordered_map>

namespace hall {

/// The WebSocket side of hall-service: accepts connections on /v1, protects itself (frame size,
/// connections per address, rate limit, stale sessions), turns frames into requests for the
/// Dispatcher, sends replies and pushes committed events to subscribers.
class HallServer : public QObject
{
    Q_OBJECT
public:
    HallServer(const ServiceOptions& options, HallState& hall, Dispatcher& dispatcher, RequestLog& log,
               QObject* parent = nullptr);

    bool listen(QString* error);
    quint16 port() const { return m_tcp.serverPort(); }
    /// "wss" with --tls-cert/--tls-key, else "ws".
    QString scheme() const { return m_tcp.isTls() ? QStringLiteral("wss") : QStringLiteral("ws"); }
    int sessionCount() const { return static_cast<int>(m_sessions.size()); }

private:
    void accept();
    void receive(const std::shared_ptr<Session>& session, const QString& frame);
    void drop(quint64 id);
    void pingAll();
    void push(const QList<JournalEvent>& events);

    const ServiceOptions& m_options;
    HallState& m_hall;
    Dispatcher& m_dispatcher;
    RequestLog& m_log;
    TlsServer m_tcp; ///< accepts TCP itself so every socket gets TCP_NODELAY (and TLS) before the handshake
    QWebSocketServer m_server;
    QTimer m_ping;
    quint64 m_nextId = 1;
    std::unordered_map<quint64, std::shared_ptr<Session>> m_sessions;
    QHash<QString, int> m_perAddress;
};

} // namespace hall
