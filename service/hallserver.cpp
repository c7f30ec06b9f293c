// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hallserver.h"

#include "net/fanouttrace.h"
#include "net/framewriter.h"
#include "protocol/envelope.h"
#include "protocol/protocol.h"

#include <QElapsedTimer>
#include <QWebSocket>

#include <sys/socket.h>

namespace hall {

namespace {

// A client that keeps sending after this many refusals in a row is not a confused kiosk.
constexpr int kFloodCloseAfter = 500;
// Per connection, in the kernel (which doubles it for its bookkeeping); docs/protocol.md, "Limits".
constexpr int kSendBufferBytes = 256 * 1024;

} // namespace

HallServer::HallServer(const ServiceOptions& options, Handler handler, RequestLog& log, QObject* parent)
    : QObject(parent), m_options(options), m_handler(std::move(handler)), m_log(log),
      m_guard(m_tcp, {options.maxConnectionsPerAddress, options.handshakeTimeoutMs},
              [&log](const QString& peer, const QString& what) { log.connection(peer, what); }),
      m_server(QStringLiteral("hall-service"), QWebSocketServer::NonSecureMode),
      m_fanout(m_sessions,
               [this](Session& s, const char* data, qsizetype size) { return write(s, data, size); })
{
    // The guard closes unfinished handshakes itself, counted from the TCP accept; Qt's own timer
    // (10 s by default) stays as a second line.
    m_server.setHandshakeTimeout(std::chrono::milliseconds(options.handshakeTimeoutMs * 2));
    connect(&m_server, &QWebSocketServer::newConnection, this, &HallServer::accept);
    connect(&m_guard, &ConnectionGuard::accepted, this, [this](QTcpSocket* socket) {
        if (!m_guard.admit(socket)) {
            return;
        }
        // Replies and events are small frames answered at once: Nagle plus delayed ACKs would hold
        // them for up to 40 ms.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        // A fixed kernel send buffer: autotuned, the kernel would hold up to 4 MiB for a client that
        // does not read, before a byte reaches the buffer --max-unsent-bytes counts. Shared fan-out
        // bytes made events small enough that a slow reader took minutes to fill that.
        socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, kSendBufferBytes);
        m_server.handleConnection(socket);
    });
    connect(&m_tcp, &TlsServer::handshakeFailed, this, [this](const QString& peer, const QString& why) {
        m_log.connection(peer, QStringLiteral("refused tls-handshake %1").arg(why.left(80)));
    });
    connect(&m_ping, &QTimer::timeout, this, &HallServer::pingAll);
    connect(&m_silent, &QTimer::timeout, this, &HallServer::closeSilent);
}

bool HallServer::listen(QString* error)
{
    if (!m_options.tlsCertificate.isEmpty()) {
        if (auto failed = m_tcp.enableTls(m_options.tlsCertificate, m_options.tlsKey)) {
            *error = failed->message;
            return false;
        }
    }
    if (!m_guard.listen(m_options.listen, m_options.port, error)) {
        return false;
    }
    m_ping.start(m_options.pingIntervalMs);
    m_silent.start(std::clamp(m_options.helloTimeoutMs / 4, 50, 1000));
    return true;
}

QMap<QString, int> HallServer::sessionsByRole() const
{
    QMap<QString, int> out;
    for (const auto& [id, s] : m_sessions) {
        out[s->role ? toString(*s->role) : QStringLiteral("none")] += 1;
    }
    return out;
}

void HallServer::accept()
{
    while (QWebSocket* socket = m_server.nextPendingConnection()) {
        socket->setMaxAllowedIncomingFrameSize(protocol::kMaxFrameBytes);
        socket->setMaxAllowedIncomingMessageSize(protocol::kMaxFrameBytes);
        const QString address = socket->peerAddress().toString();
        const QString peer = QStringLiteral("%1:%2").arg(address).arg(socket->peerPort());
        QAbstractSocket* tcp = m_guard.upgraded(peer);
        if (socket->requestUrl().path() != protocol::kPath) {
            m_log.connection(peer,
                             QStringLiteral("refused path=%1").arg(socket->requestUrl().path().left(40)));
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                          QStringLiteral("unknown path, use /v1"));
            socket->deleteLater();
            m_guard.released(address);
            continue;
        }
        auto session =
            std::make_shared<Session>(m_nextId++, socket, m_options.rateLimitPerSecond, m_options.rateBurst,
                                      m_options.snapshotRate, m_options.snapshotBurst);
        session->peer = peer;
        session->address = address;
        session->tcp = tcp;
        session->unsentCap = m_options.maxUnsentBytes;
        m_sessions.emplace(session->id, session);
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
        // Liveness is a pong: it proves the client read everything sent before the ping. A client
        // that only sends (or sends nothing) is not alive as a receiver.
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
    m_guard.released(s->address);
    if (s->socket) {
        m_log.connection(s->peer, QStringLiteral("closed code=%1 device=%2")
                                      .arg(static_cast<int>(s->socket->closeCode()))
                                      .arg(s->device.isEmpty() ? QStringLiteral("-") : s->device));
        s->socket->deleteLater();
    }
}

void HallServer::receive(const std::shared_ptr<Session>& session, const QString& frame)
{
    if (m_stopping) {
        return; // nothing new starts once the service is stopping
    }
    QElapsedTimer timer;
    timer.start();
    const QByteArray bytes = frame.toUtf8();
    protocol::ParsedRequest parsed = protocol::parseRequest(bytes);
    const QString op = parsed.request ? parsed.request->op : QString();
    const QJsonValue id = parsed.request ? parsed.request->id : parsed.id;

    std::weak_ptr<Session> weak = session;
    auto respond = [this, weak, op, id, timer](Outcome outcome) {
        const auto s = weak.lock();
        if (!s || !s->socket) {
            return; // the client left before its reply was ready; the change itself stands
        }
        if (!outcome.ok && outcome.error.code == errorCodeName(ErrorCode::StorageFailed) &&
            m_handler.storageRefusal) {
            // The operator's log gets the database's words; the client a code and a plain sentence.
            m_log.connection(s->peer,
                             QStringLiteral("storage-failed op=%1: %2").arg(op, outcome.error.message));
            outcome.error = m_handler.storageRefusal(outcome.error);
        }
        const QByteArray reply = !outcome.ok ? protocol::encodeError(id, outcome.error)
                                 : outcome.encodedResult.isEmpty()
                                     ? protocol::encodeOk(id, outcome.result)
                                     : protocol::encodeOkJson(id, outcome.encodedResult);
        m_log.request(*s, op, id, outcome, timer.nsecsElapsed() / 1000);
        // A staff client acts on its reply with its view of the hall: the events of the commit it
        // waited for go out first (they were published before the replies; the public's stay paced).
        if (s->subscribed && s->eventAudience() == protocol::Audience::Staff) {
            m_fanout.pushNow(protocol::Audience::Staff);
        }
        // Framed here and written at once, not at the next poll of the event loop: the reply is the
        // point of the turn (and a snapshot's ~700 KB is not converted to UTF-16 and back).
        QByteArray framed;
        framed.reserve(reply.size() + 10);
        wsframe::appendText(framed, reply);
        write(*s, framed.constData(), framed.size());
    };

    if (!session->limiter.take()) {
        respond(refusal(ErrorCode::RateLimited, QStringLiteral("请求过于频繁，请稍后再试")));
        if (++session->refusedInRow >= kFloodCloseAfter && session->socket) {
            close(*session, protocol::closecode::Flooding, QStringLiteral("rate limit exceeded"),
                  QStringLiteral("closing flooding connection"));
        }
        return;
    }
    session->refusedInRow = 0;
    if (!parsed.request) {
        respond(refusal(parsed.error));
        return;
    }
    m_handler.request(session, std::move(*parsed.request), std::move(respond));
}

void HallServer::pingAll()
{
    const qint64 traceFromNs = fanouttrace::enabled() ? fanouttrace::nowNs() : 0;
    std::vector<std::shared_ptr<Session>> stale;
    for (const auto& [id, s] : m_sessions) {
        if (!s->socket) {
            continue;
        }
        if (s->lastHeard.elapsed() > m_options.staleAfterMs) {
            stale.push_back(s);
        } else {
            s->socket->ping();
            s->socket->flush();
        }
    }
    if (traceFromNs != 0) {
        fanouttrace::record("ping", qint64(m_sessions.size()), 0, traceFromNs, fanouttrace::nowNs());
    }
    for (const auto& s : stale) {
        close(*s, protocol::closecode::Stale, QStringLiteral("no pong"),
              QStringLiteral("closing stale session device=%1").arg(s->device));
    }
}

void HallServer::closeSilent()
{
    std::vector<std::shared_ptr<Session>> silent;
    for (const auto& [id, s] : m_sessions) {
        if (s->socket && !s->authenticated() && s->connectedAt.elapsed() > m_options.helloTimeoutMs) {
            silent.push_back(s);
        }
    }
    for (const auto& s : silent) {
        close(*s, protocol::closecode::HelloTimeout, QStringLiteral("no hello"),
              QStringLiteral("closing session without hello"));
    }
}

void HallServer::close(Session& s, int code, const QString& reason, const QString& logText)
{
    if (!s.socket) {
        return;
    }
    m_log.connection(s.peer, QStringLiteral("%1 code=%2").arg(logText).arg(code));
    s.socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
    // A peer that does not read will not finish the closing handshake either: the close frame went
    // into the same write buffer, behind what it did not read. A reset (linger 0) frees the kernel's
    // send buffer at once instead of holding it until TCP gives up on the peer.
    if (s.tcp && s.tcp->socketDescriptor() >= 0) {
        const linger reset{1, 0};
        ::setsockopt(static_cast<int>(s.tcp->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset,
                     sizeof reset);
    }
    s.socket->abort();
}

bool HallServer::write(Session& s, const char* data, qsizetype size)
{
    if (!s.socket || !wsframe::write(*s.socket, s.tcp, data, size)) {
        return false;
    }
    // What the kernel would not take stays in the socket's buffer: bytes the client has not read,
    // whether they were this client's own reply or an event's bytes shared with every subscriber.
    const qint64 unsent = s.unsentBytes();
    if (unsent > s.unsentCap) {
        close(s, protocol::closecode::SlowConsumer, QStringLiteral("not reading"),
              QStringLiteral("closing slow consumer device=%1 unsent=%2").arg(s.device).arg(unsent));
        return false;
    }
    return true;
}

int HallServer::closeDevice(const QString& device)
{
    std::vector<std::shared_ptr<Session>> affected;
    for (const auto& [id, s] : m_sessions) {
        if (s->authenticated() && s->device == device) {
            affected.push_back(s);
        }
    }
    for (const auto& s : affected) {
        s->role.reset(); // nothing more runs for it, even a frame already read
        close(*s, protocol::closecode::DeviceRevoked, QStringLiteral("device revoked"),
              QStringLiteral("closing revoked device=%1").arg(device));
    }
    // A display behind a relay: the relay closes it (4005) when told, before anything more is pushed.
    int relayed = 0;
    std::vector<std::shared_ptr<Session>> relays;
    for (const auto& [id, s] : m_sessions) {
        if (s->is(Role::Relay) && s->relayed.contains(device)) {
            relays.push_back(s);
        }
    }
    for (const auto& s : relays) {
        s->relayed.remove(device);
        QByteArray frame;
        wsframe::appendText(frame, protocol::encodeNotice(QStringLiteral("device.revoked"),
                                                          {{QStringLiteral("device"), device}}));
        if (write(*s, frame.constData(), frame.size())) {
            s->socket->flush();
            m_log.connection(s->peer,
                             QStringLiteral("told relay=%1 of revoked device=%2").arg(s->device, device));
            ++relayed;
        }
    }
    return static_cast<int>(affected.size()) + relayed;
}

int HallServer::applyStaffChange(const QString& user, const std::optional<StaffAccount>& account)
{
    std::vector<std::shared_ptr<Session>> affected;
    for (const auto& [id, s] : m_sessions) {
        if (s->staff && s->staff->user.compare(user, Qt::CaseInsensitive) == 0) {
            affected.push_back(s);
        }
    }
    const bool ended = !account || account->disabledAt.isValid();
    for (const auto& s : affected) {
        if (ended) {
            s->staff.reset();
            close(*s, protocol::closecode::StaffSessionEnded, QStringLiteral("staff account disabled"),
                  QStringLiteral("ending staff session user=%1 device=%2").arg(user, s->device));
        } else {
            s->staff->allCounters = account->allCounters;
            s->staff->counters = account->counters;
            m_log.connection(s->peer, QStringLiteral("staff session narrowed user=%1 counters=%2")
                                          .arg(user, account->countersText()));
        }
    }
    return static_cast<int>(affected.size());
}

void HallServer::closeSessions(int code, const QString& reason)
{
    std::vector<std::shared_ptr<Session>> all;
    for (const auto& [id, s] : m_sessions) {
        all.push_back(s);
    }
    for (const auto& s : all) {
        s->role.reset();
        close(*s, code, reason, QStringLiteral("closing device=%1").arg(s->device));
    }
}

void HallServer::closeAll(int code, const QString& reason)
{
    m_stopping = true;
    m_guard.stop();
    m_fanout.flushAll(); // committed events still waiting for their view's push go out before the close
    std::vector<std::shared_ptr<Session>> all;
    for (const auto& [id, s] : m_sessions) {
        all.push_back(s);
    }
    for (const auto& s : all) {
        if (s->socket) {
            m_log.connection(s->peer, QStringLiteral("closing at shutdown code=%1").arg(code));
            // The close frame alone, keeping the connection open to read on: QWebSocket::close() stops
            // reading at once, and a client still sending would then be reset by the kernel, which
            // throws away the close frame it has not read yet. The client answers the close, QWebSocket
            // completes the handshake, and the service quits once every session is gone (main.cpp).
            QByteArray frame;
            wsframe::appendClose(frame, static_cast<quint16>(code), reason.toUtf8());
            if (!write(*s, frame.constData(), frame.size())) {
                s->socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
            }
            s->socket->flush();
        }
    }
}

void HallServer::abortRemaining(int code, const QString& reason)
{
    std::vector<std::shared_ptr<Session>> all;
    for (const auto& [id, s] : m_sessions) {
        all.push_back(s);
    }
    for (const auto& s : all) {
        if (s->socket && s->socket->state() != QAbstractSocket::UnconnectedState) {
            s->socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
            s->socket->flush();
        }
    }
}

} // namespace hall
