// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serviceclient.h"

#include <QSslCertificate>
#include <QSslConfiguration>

#include "protocol/envelope.h"
#include "protocol/opcatalogue.h"
#include "protocol/protocol.h"
#include "snapshotmodel.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QUuid>

#include <algorithm>
#include <limits>

namespace hall {

namespace {

Q_LOGGING_CATEGORY(lcClient, "hall.client")

qint64 nowMs()
{
    // Monotonic: deadlines and silence must not jump when the machine's clock is set.
    static const QElapsedTimer since = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return since.elapsed();
}

ServiceReply failure(const QString& code, const QString& message)
{
    return ServiceReply{false, {}, code, message};
}

} // namespace

ServiceClient::ServiceClient(Options options, QObject* parent)
    : QObject(parent), m_options(std::move(options)),
      m_backoff(m_options.backoffInitialMs, m_options.backoffMaxMs),
      m_refusedBackoff(m_options.refusedBackoffInitialMs, m_options.refusedBackoffMaxMs)
{
    // Snapshots of a busy hall can exceed the 64 KiB the service accepts from clients.
    m_socket.setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &ServiceClient::openSocket);
    connect(&m_ping, &QTimer::timeout, this, &ServiceClient::checkAlive);
    m_timeouts.setSingleShot(true);
    connect(&m_timeouts, &QTimer::timeout, this, &ServiceClient::expireRequests);
    connect(&m_socket, &QWebSocket::connected, this, &ServiceClient::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &ServiceClient::onDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &ServiceClient::onText);
    connect(&m_socket, &QWebSocket::pong, this,
            [this](quint64, const QByteArray&) { m_lastHeardMs = nowMs(); });
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                m_lastError = m_socket.errorString();
                if (m_socket.state() == QAbstractSocket::UnconnectedState) {
                    scheduleReconnect();
                }
            });
}

ServiceClient::~ServiceClient()
{
    // Callbacks must not run into a half-destroyed client.
    m_socket.disconnect(this);
    m_socket.abort();
}

QString ServiceClient::newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void ServiceClient::setState(State s)
{
    if (m_state != s) {
        m_state = s;
        emit stateChanged(s);
    }
}

void ServiceClient::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_lastError.clear();
    m_refusalCode.clear();
    m_backoff.reset();
    m_refusedBackoff.reset();
    setState(State::Connecting);
    openSocket();
}

void ServiceClient::stop()
{
    m_running = false;
    m_reconnect.stop();
    m_ping.stop();
    m_socket.abort();
    auto pending = std::exchange(m_pending, {});
    for (auto& [id, p] : pending) {
        if (!p.internal && p.done) {
            p.done(failure(errorCodeName(ErrorCode::Disconnected), QStringLiteral("连接已停止")));
        }
    }
    setState(State::Disconnected);
}

void ServiceClient::openSocket()
{
    if (!m_running || m_socket.state() != QAbstractSocket::UnconnectedState) {
        return;
    }
    if (m_options.url.scheme() == QLatin1String("wss") && !m_options.caFile.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        // Only the hall's own certificate authority: anything else on the network is refused.
        tls.setCaCertificates(QSslCertificate::fromPath(m_options.caFile, QSsl::Pem));
        m_socket.setSslConfiguration(tls);
    }
    m_socket.open(m_options.url);
}

void ServiceClient::scheduleReconnect()
{
    if (!m_running || m_reconnect.isActive()) {
        return;
    }
    m_ping.stop();
    if (!m_refusalCode.isEmpty()) {
        // Refused: stay "not authorised" on screen and ask again slowly (an operator may fix the token).
        setState(State::Unauthorised);
        const int delay = m_refusedBackoff.next();
        // Logged at every refusal with the wait it chose: the operator sees the device is still refused,
        // and how soon it asks again.
        qCWarning(lcClient).noquote()
            << "device" << m_options.device << "not authorised by the service (" << m_refusalCode
            << m_lastError << "); asking again in" << delay << "ms";
        m_reconnect.start(delay);
        return;
    }
    if (m_state != State::Connecting) {
        setState(State::Reconnecting);
    }
    m_reconnect.start(m_backoff.next());
}

void ServiceClient::onConnected()
{
    // QWebSocket gives no access to its TCP socket's options; it is its child. Small requests answered
    // at once must not wait for Nagle's algorithm and delayed ACKs (up to 40 ms).
    if (auto* tcp = m_socket.findChild<QTcpSocket*>()) {
        tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    }
    m_lastHeardMs = nowMs();
    m_ping.start(m_options.pingIntervalMs);
    if (m_refusalCode.isEmpty()) {
        setState(State::Authenticating); // a refused device stays "not authorised" until accepted
    }
    handshake();
}

void ServiceClient::onDisconnected()
{
    m_resyncing = false;
    m_buffered.clear();
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        Pending& p = it->second;
        if (p.internal) {
            it = m_pending.erase(it);
        } else if (p.sent && !repeatable(p.op, p.args)) {
            // It may or may not have run: only the caller can decide what to do now.
            Callback done = std::move(p.done);
            it = m_pending.erase(it);
            done(failure(errorCodeName(ErrorCode::Disconnected),
                         QStringLiteral("连接中断，无法确认请求是否已执行")));
        } else {
            p.sent = false; // sent again, unchanged, once the connection is back
            ++it;
        }
    }
    scheduleReconnect();
}

void ServiceClient::checkAlive()
{
    if (m_socket.state() != QAbstractSocket::ConnectedState) {
        return;
    }
    if (nowMs() - m_lastHeardMs > m_options.staleAfterMs) {
        m_lastError = QStringLiteral("服务无响应");
        m_socket.abort();
        return;
    }
    m_socket.ping();
}

bool ServiceClient::repeatable(const QString& op, const QJsonObject& args)
{
    // Reads change nothing, so sending one again after a reconnect is always safe; a change with a
    // requestId runs once however often it arrives. What is a read: the op catalogue.
    return protocol::opKind(op) == protocol::OpKind::Read || args.contains(QLatin1String("requestId"));
}

void ServiceClient::handshake()
{
    const auto refusedBy = [this](const ServiceReply& r) {
        if (r.errorCode == errorCodeName(ErrorCode::Disconnected)) {
            return; // the connection dropped; reconnecting handles it
        }
        if (r.errorCode == errorCodeName(ErrorCode::Timeout) ||
            r.errorCode == errorCodeName(ErrorCode::RateLimited)) {
            m_socket.abort();
            return;
        }
        m_lastError = r.errorMessage;
        const QString codeName = r.errorCode;
        const QString message = r.errorMessage;
        stop();
        emit refused(codeName, message);
    };
    const auto subscribe = [this, refusedBy] {
        if (!m_options.subscribe) {
            setState(State::Ready);
            m_backoff.reset();
            emit ready();
            flushQueued();
            return;
        }
        sendInternal(QStringLiteral("subscribe"), {}, [this, refusedBy](const ServiceReply& r) {
            if (!r.ok) {
                refusedBy(r);
                return;
            }
            adoptSnapshot(r.result);
            setState(State::Ready);
            m_backoff.reset();
            emit ready();
            flushQueued();
        });
    };
    sendInternal(QStringLiteral("hello"),
                 {{QStringLiteral("protocol"), protocol::kVersion},
                  {QStringLiteral("role"), m_options.role},
                  {QStringLiteral("device"), m_options.device},
                  {QStringLiteral("token"), m_options.token}},
                 [this, refusedBy, subscribe](const ServiceReply& r) {
                     if (!r.ok && r.errorCode == errorCodeName(ErrorCode::AuthFailed)) {
                         deviceRefused(r);
                         return;
                     }
                     if (!r.ok) {
                         refusedBy(r);
                         return;
                     }
                     if (!m_refusalCode.isEmpty()) {
                         qCInfo(lcClient).noquote() << "device" << m_options.device << "accepted again";
                         m_refusalCode.clear();
                         m_refusedBackoff.reset();
                     }
                     if (m_options.staffUser.isEmpty()) {
                         subscribe();
                         return;
                     }
                     sendInternal(QStringLiteral("staff.login"),
                                  {{QStringLiteral("user"), m_options.staffUser},
                                   {QStringLiteral("password"), m_options.staffPassword}},
                                  [refusedBy, subscribe](const ServiceReply& login) {
                                      if (login.ok) {
                                          subscribe();
                                      } else {
                                          refusedBy(login);
                                      }
                                  });
                 });
}

void ServiceClient::deviceRefused(const ServiceReply& r)
{
    const bool first = m_refusalCode.isEmpty();
    m_refusalCode = r.errorCode;
    m_lastError = r.errorMessage;
    setState(State::Unauthorised);
    if (first) {
        emit unauthorised(r.errorCode, r.errorMessage);
    }
    m_socket.abort(); // the reconnect, with the refused backoff, follows from the disconnect
    if (m_socket.state() == QAbstractSocket::UnconnectedState) {
        scheduleReconnect();
    }
}

void ServiceClient::sendInternal(const QString& op, const QJsonObject& args, Callback done)
{
    const qint64 id = m_nextId++;
    Pending& p = m_pending[id];
    p = Pending{id, op, args, std::move(done), false, true, nowMs() + m_options.requestTimeoutMs};
    send(p);
    armTimeout(p.deadlineMs);
}

void ServiceClient::request(const QString& op, const QJsonObject& args, Callback done, int timeoutMs)
{
    const qint64 id = m_nextId++;
    Pending& p = m_pending[id];
    p = Pending{id,
                op,
                args,
                std::move(done),
                false,
                false,
                nowMs() + (timeoutMs > 0 ? timeoutMs : m_options.requestTimeoutMs)};
    if (m_state == State::Ready) {
        send(p);
    }
    armTimeout(p.deadlineMs);
}

void ServiceClient::armTimeout(qint64 deadlineMs)
{
    if (!m_timeouts.isActive() || deadlineMs < m_timeoutDueMs) {
        m_timeoutDueMs = deadlineMs;
        m_timeouts.start(int(std::clamp<qint64>(deadlineMs - nowMs(), 0, std::numeric_limits<int>::max())));
    }
}

void ServiceClient::expireRequests()
{
    const qint64 now = nowMs();
    QList<qint64> expired;
    qint64 next = std::numeric_limits<qint64>::max();
    for (const auto& [id, p] : m_pending) {
        if (p.deadlineMs <= now) {
            expired.append(id);
        } else {
            next = std::min(next, p.deadlineMs);
        }
    }
    for (const qint64 id : expired) {
        finish(id, failure(errorCodeName(ErrorCode::Timeout), QStringLiteral("服务未在规定时间内答复")));
    }
    if (next != std::numeric_limits<qint64>::max()) {
        armTimeout(next); // callbacks above may have armed an earlier one already
    }
}

void ServiceClient::send(Pending& p)
{
    m_socket.sendTextMessage(QString::fromUtf8(protocol::encodeRequest(p.id, p.op, p.args)));
    m_socket.flush(); // now, not at the next poll: a waiting user is behind every request
    p.sent = true;
}

void ServiceClient::flushQueued()
{
    for (auto& [id, p] : m_pending) {
        if (!p.sent && !p.internal) {
            send(p);
        }
    }
}

void ServiceClient::finish(qint64 id, const ServiceReply& reply)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end()) {
        return;
    }
    Callback done = std::move(it->second.done);
    m_pending.erase(it);
    if (done) {
        done(reply);
    }
}

void ServiceClient::onText(const QString& text)
{
    m_lastHeardMs = nowMs();
    const protocol::Incoming in = protocol::parseIncoming(text.toUtf8());
    switch (in.kind) {
    case protocol::Incoming::Kind::Reply:
        finish(in.id.toInteger(),
               ServiceReply{in.ok, in.result, in.error.code, in.error.message, in.error.sentence});
        break;
    case protocol::Incoming::Kind::Event:
        handleEvent(in.event, in.seq, in.data);
        break;
    case protocol::Incoming::Kind::Notice:
        emit noticeReceived(in.event, in.data);
        break;
    case protocol::Incoming::Kind::Invalid:
        break; // nothing to match it with; the service never sends one
    }
}

void ServiceClient::handleEvent(const QString& kind, qint64 seq, const QJsonObject& data)
{
    if (m_resyncing || m_snapshot.isEmpty()) {
        m_buffered.emplace_back(kind, seq, data);
        return;
    }
    if (seq <= m_seq) {
        return; // already in the snapshot
    }
    if (seq != m_seq + 1) {
        m_buffered.emplace_back(kind, seq, data);
        resync();
        return;
    }
    if (!applyEvent(m_snapshot, kind, seq, data)) {
        m_seq = seq;
        emit eventReceived(kind, seq, data);
        resync();
        return;
    }
    m_seq = seq;
    emit eventReceived(kind, seq, data);
    emit snapshotChanged();
}

void ServiceClient::resync()
{
    if (m_resyncing) {
        return;
    }
    m_resyncing = true;
    sendInternal(QStringLiteral("hall.snapshot"), {}, [this](const ServiceReply& r) {
        if (r.ok) {
            adoptSnapshot(r.result);
        } else if (r.errorCode != errorCodeName(ErrorCode::Disconnected)) {
            m_socket.abort(); // start over: the reconnect fetches a fresh snapshot
        }
    });
}

void ServiceClient::adoptSnapshot(const QJsonObject& snapshot)
{
    m_snapshot = snapshot;
    m_seq = snapshot.value(QLatin1String("seq")).toInteger();
    m_resyncing = false;
    auto buffered = std::exchange(m_buffered, {});
    std::sort(buffered.begin(), buffered.end(),
              [](const auto& a, const auto& b) { return std::get<1>(a) < std::get<1>(b); });
    emit resynced(m_seq);
    emit snapshotChanged();
    for (auto& [kind, seq, data] : buffered) {
        handleEvent(kind, seq, data);
    }
}

} // namespace hall
