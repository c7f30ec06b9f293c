#include "hallserver.h"

#include "protocol/envelope.h"
#include "protocol/protocol.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QWebSocket>

namespace hall {

namespace {

// A client that keeps sending after this many refusals in a row is not a confused kiosk.
constexpr int kFloodCloseAfter = 500;

} // namespace

HallServer::HallServer(const ServiceOptions& options, HallState& hall, Dispatcher& dispatcher,
                       RequestLog& log, QObject* parent)
    : QObject(parent), m_options(options), m_hall(hall), m_dispatcher(dispatcher), m_log(log),
      m_server(QStringLiteral("hall-service"), QWebSocketServer::NonSecureMode)
{
    connect(&m_server, &QWebSocketServer::newConnection, this, &HallServer::accept);
    connect(&m_tcp, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_tcp.nextPendingConnection()) {
            // Replies and events are small frames answered at once: Nagle plus delayed ACKs would hold
            // them for up to 40 ms.
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            m_server.handleConnection(socket);
        }
    });
    connect(&m_tcp, &TlsServer::handshakeFailed, this, [this](const QString& peer, const QString& why) {
        m_log.connection(peer, QStringLiteral("refused tls-handshake %1").arg(why.left(80)));
    });
    connect(&m_ping, &QTimer::timeout, this, &HallServer::pingAll);
    connect(&m_hall.durable(), &DurableQueue::committed, this, &HallServer::push);
}

bool HallServer::listen(QString* error)
{
    if (!m_options.tlsCertificate.isEmpty()) {
        if (auto failed = m_tcp.enableTls(m_options.tlsCertificate, m_options.tlsKey)) {
            *error = failed->message;
            return false;
        }
    }
    if (!m_tcp.listen(m_options.listen, m_options.port)) {
        *error = m_tcp.errorString();
        return false;
    }
    m_ping.start(m_options.pingIntervalMs);
    return true;
}

void HallServer::accept()
{
    while (QWebSocket* socket = m_server.nextPendingConnection()) {
        socket->setMaxAllowedIncomingFrameSize(protocol::kMaxFrameBytes);
        socket->setMaxAllowedIncomingMessageSize(protocol::kMaxFrameBytes);
        const QString address = socket->peerAddress().toString();
        const QString peer = QStringLiteral("%1:%2").arg(address).arg(socket->peerPort());
        if (socket->requestUrl().path() != protocol::kPath) {
            m_log.connection(peer,
                             QStringLiteral("refused path=%1").arg(socket->requestUrl().path().left(40)));
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                          QStringLiteral("unknown path, use /v1"));
            socket->deleteLater();
            continue;
        }
        if (m_perAddress.value(address) >= m_options.maxConnectionsPerAddress) {
            m_log.connection(peer, QStringLiteral("refused too-many-connections"));
            socket->close(static_cast<QWebSocketProtocol::CloseCode>(protocol::closecode::TooManyConnections),
                          QStringLiteral("too many connections from this address"));
            socket->deleteLater();
            continue;
        }
        auto session =
            std::make_shared<Session>(m_nextId++, socket, m_options.rateLimitPerSecond, m_options.rateBurst);
        session->peer = peer;
        session->address = address;
        m_sessions.emplace(session->id, session);
        m_perAddress[address] += 1;
        m_log.connection(peer, QStringLiteral("connected"));
        std::weak_ptr<Session> weak = session;
        connect(socket, &QWebSocket::textMessageReceived, this, [this, weak](const QString& frame) {
            if (auto s = weak.lock()) {
                receive(s, frame);
            }
        });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, weak](const QByteArray&) {
            if (auto s = weak.lock(); s && s->socket) {
                m_log.connection(s->peer, QStringLiteral("refused binary-frame"));
                s->socket->close(QWebSocketProtocol::CloseCodeDatatypeNotSupported,
                                 QStringLiteral("text frames with JSON only"));
            }
        });
        connect(socket, &QWebSocket::pong, this, [weak](quint64, const QByteArray&) {
            if (auto s = weak.lock()) {
                s->lastHeard.restart();
            }
        });
        connect(socket, &QWebSocket::disconnected, this, [this, id = session->id] { drop(id); });
    }
}

void HallServer::drop(quint64 id)
{
    const auto it = m_sessions.find(id);
    if (it == m_sessions.end()) {
        return;
    }
    const std::shared_ptr<Session> s = it->second;
    m_sessions.erase(it);
    if (--m_perAddress[s->address] <= 0) {
        m_perAddress.remove(s->address);
    }
    if (s->socket) {
        m_log.connection(s->peer, QStringLiteral("closed code=%1 device=%2")
                                      .arg(static_cast<int>(s->socket->closeCode()))
                                      .arg(s->device.isEmpty() ? QStringLiteral("-") : s->device));
        s->socket->deleteLater();
    }
}

void HallServer::receive(const std::shared_ptr<Session>& session, const QString& frame)
{
    QElapsedTimer timer;
    timer.start();
    session->lastHeard.restart();
    const QByteArray bytes = frame.toUtf8();
    protocol::ParsedRequest parsed = protocol::parseRequest(bytes);
    const QString op = parsed.request ? parsed.request->op : QString();
    const QJsonValue id = parsed.request ? parsed.request->id : parsed.id;

    std::weak_ptr<Session> weak = session;
    auto respond = [this, weak, op, id, timer](const Outcome& outcome) {
        const auto s = weak.lock();
        if (!s || !s->socket) {
            return; // the client left before its reply was ready; the change itself stands
        }
        const QByteArray reply = !outcome.ok ? protocol::encodeError(id, outcome.error)
                                 : outcome.encodedResult.isEmpty()
                                     ? protocol::encodeOk(id, outcome.result)
                                     : protocol::encodeOkJson(id, outcome.encodedResult);
        s->socket->sendTextMessage(QString::fromUtf8(reply));
        // Write now, not at the next poll of the event loop: the reply is the point of the turn.
        s->socket->flush();
        m_log.request(*s, op, id, outcome, timer.nsecsElapsed() / 1000);
    };

    if (!session->limiter.take()) {
        respond(refusal(ErrorCode::RateLimited, QStringLiteral("请求过于频繁，请稍后再试")));
        if (++session->refusedInRow >= kFloodCloseAfter && session->socket) {
            m_log.connection(session->peer, QStringLiteral("closing flooding connection"));
            session->socket->close(static_cast<QWebSocketProtocol::CloseCode>(protocol::closecode::Flooding),
                                   QStringLiteral("rate limit exceeded"));
        }
        return;
    }
    session->refusedInRow = 0;
    if (!parsed.request) {
        respond(refusal(parsed.error));
        return;
    }
    m_dispatcher.dispatch(session, std::move(*parsed.request), std::move(respond));
}

void HallServer::pingAll()
{
    std::vector<std::shared_ptr<Session>> stale;
    for (const auto& [id, s] : m_sessions) {
        if (!s->socket) {
            continue;
        }
        if (s->lastHeard.elapsed() > m_options.staleAfterMs) {
            stale.push_back(s);
        } else {
            s->socket->ping();
        }
    }
    for (const auto& s : stale) {
        m_log.connection(s->peer, QStringLiteral("closing stale session device=%1").arg(s->device));
        s->socket->close(static_cast<QWebSocketProtocol::CloseCode>(protocol::closecode::Stale),
                         QStringLiteral("no pong"));
        // A peer that does not answer will not finish the closing handshake either.
        s->socket->abort();
    }
}

void HallServer::push(const QList<JournalEvent>& events)
{
    QSet<Session*> receivers;
    for (const JournalEvent& e : events) {
        QString forStaff;
        QString forPublic;
        QJsonArray queue;
        bool haveQueue = false;
        for (const auto& [id, s] : m_sessions) {
            if (!s->subscribed || e.seq <= s->subscribedSeq || !s->socket) {
                continue;
            }
            const bool staff = s->eventAudience() == protocol::Audience::Staff;
            QString& frame = staff ? forStaff : forPublic;
            if (frame.isEmpty()) {
                QJsonObject data = protocol::filterEventData(e.data, staff ? protocol::Audience::Staff
                                                                           : protocol::Audience::Public);
                // queue.changed carries every service's figures already; other events get those they touched.
                if (!data.contains(QLatin1String("queue"))) {
                    if (!haveQueue) {
                        queue = m_hall.queueFigures(e);
                        haveQueue = true;
                    }
                    data.insert(QStringLiteral("queue"), queue);
                }
                if (e.counter != 0) {
                    data.insert(QStringLiteral("counter"), e.counter);
                }
                if (!e.ticket.isEmpty()) {
                    data.insert(QStringLiteral("number"), e.ticket);
                }
                frame = QString::fromUtf8(protocol::encodeEvent(e.kind, e.seq, data));
            }
            s->socket->sendTextMessage(frame);
            receivers.insert(s.get());
        }
    }
    for (Session* s : receivers) {
        s->socket->flush();
    }
}

} // namespace hall
