// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay.h"

#include "net/fanouttrace.h"
#include "protocol/argreader.h"
#include "protocol/envelope.h"
#include "protocol/protocol.h"

#include <QJsonDocument>

namespace hall {

namespace {

// The reads a lobby display makes besides its snapshot; the service answers them for the relay.
const QSet<QString>& forwardedOps()
{
    static const QSet<QString> ops{QStringLiteral("report.public"), QStringLiteral("ceremony.today"),
                                   QStringLiteral("booking.info"), QStringLiteral("booking.calendar"),
                                   QStringLiteral("booking.slots")};
    return ops;
}

// Requests one connection may queue behind its hello; more are refused, as a flood would be.
constexpr std::size_t kMaxAfterHello = 16;

Outcome unlinked()
{
    return refusal(ErrorCode::Disconnected, QStringLiteral("中继暂时连不上服务，请稍后再试"));
}

Outcome fromReply(const ServiceReply& r, const QString& detail)
{
    if (!r.ok) {
        return refusal(r.errorCode, r.errorMessage);
    }
    return success(r.result, detail);
}

} // namespace

Relay::Relay(Options options, RequestLog& log, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_log(log), m_upstream(m_options.upstream),
      m_server(m_options.downstream,
               HallServer::Handler{[this](std::shared_ptr<Session> s, protocol::Request r,
                                          std::function<void(Outcome)> respond) {
                                       handle(s, std::move(r), std::move(respond));
                                   },
                                   {}},
               log)
{
    // The service already paced the public view (a call at once, the rest within a second): what
    // arrives here goes on at the next turn of the loop, the frames of one read together.
    m_server.fanout().setPacing(protocol::Audience::Public, {0, 0});
    connect(&m_upstream, &ServiceClient::stateChanged, this, &Relay::upstreamStateChanged);
    connect(&m_upstream, &ServiceClient::eventReceived, this, &Relay::upstreamEvent);
    connect(&m_upstream, &ServiceClient::noticeReceived, this, &Relay::upstreamNotice);
}

void Relay::start()
{
    m_upstream.start();
}

bool Relay::listen(QString* error)
{
    return m_server.listen(error);
}

int Relay::displays() const
{
    const QMap<QString, int> roles = m_server.sessionsByRole();
    return roles.value(QStringLiteral("display"));
}

void Relay::upstreamStateChanged(ServiceClient::State state)
{
    const bool linked = state == ServiceClient::State::Ready;
    if (linked == m_linked) {
        return;
    }
    m_linked = linked;
    if (linked) {
        m_log.connection(QStringLiteral("upstream"), QStringLiteral("linked seq=%1 (%2)")
                                                         .arg(m_upstream.seq())
                                                         .arg(m_options.upstream.url.toString()));
        emit ready();
        return;
    }
    // What the displays were shown can no longer be kept current, and a revocation made meanwhile
    // would not reach the relay: every display reconnects and is checked again once the link is back.
    m_log.connection(
        QStringLiteral("upstream"),
        QStringLiteral("lost (%1); closing %2 displays").arg(m_upstream.lastError()).arg(displays()));
    m_server.closeSessions(protocol::closecode::RelayUnlinked, QStringLiteral("relay lost the service"));
}

void Relay::upstreamEvent(const QString& kind, qint64 seq, const QJsonObject& data)
{
    if (fanouttrace::enabled()) {
        fanouttrace::record("recv", seq, 0, fanouttrace::nowNs(), 0);
    }
    m_server.fanout().publishView(protocol::Audience::Public, seq, protocol::encodeEvent(kind, seq, data),
                                  kind == QLatin1String("ticket.called"));
}

void Relay::upstreamNotice(const QString& kind, const QJsonObject& data)
{
    if (kind == QLatin1String("device.revoked")) {
        m_server.closeDevice(data.value(QLatin1String("device")).toString());
    }
}

const QByteArray& Relay::snapshotJson()
{
    if (m_snapshotSeq != m_upstream.seq()) {
        m_snapshotJson = QJsonDocument(m_upstream.snapshot()).toJson(QJsonDocument::Compact);
        m_snapshotSeq = m_upstream.seq();
    }
    return m_snapshotJson;
}

void Relay::handle(const std::shared_ptr<Session>& session, protocol::Request request,
                   std::function<void(Outcome)> respond)
{
    if (const auto waiting = m_afterHello.find(session->id); waiting != m_afterHello.end()) {
        if (waiting->second.size() >= kMaxAfterHello) {
            respond(refusal(ErrorCode::RateLimited, QStringLiteral("请等待 hello 的答复")));
            return;
        }
        std::weak_ptr<Session> weak = session;
        waiting->second.push_back([this, weak, request = std::move(request), respond = std::move(respond)] {
            if (const auto s = weak.lock()) {
                handle(s, request, respond);
            }
        });
        return;
    }
    if (request.op == QLatin1String("hello")) {
        hello(session, request, std::move(respond));
        return;
    }
    if (!session->authenticated()) {
        respond(refusal(ErrorCode::Unauthenticated, QStringLiteral("请先发送 hello 完成设备认证")));
        return;
    }
    if (!m_linked) {
        respond(unlinked());
        return;
    }
    if (request.op == QLatin1String("subscribe") || request.op == QLatin1String("hall.snapshot")) {
        snapshot(*session, request.op == QLatin1String("subscribe"), std::move(respond));
    } else if (forwardedOps().contains(request.op)) {
        forward(request, std::move(respond));
    } else {
        respond(refusal(
            ErrorCode::Forbidden,
            QStringLiteral("经中继连接的显示屏不能执行 %1，请直接连接服务").arg(request.op.left(40))));
    }
}

void Relay::hello(const std::shared_ptr<Session>& session, const protocol::Request& request,
                  std::function<void(Outcome)> respond)
{
    protocol::ArgReader args(request.args, {"protocol", "role", "device", "token"});
    const int version = args.integer("protocol", 0, 1000);
    const QString role = args.string("role", 16);
    const QString device = args.string("device", 64);
    const QString token = args.string("token", 200);
    if (!args.ok()) {
        respond(refusal(args.error()));
        return;
    }
    if (version != protocol::kVersion) {
        respond(refusal(ErrorCode::ProtocolVersion,
                        QStringLiteral("本服务只支持协议版本 %1").arg(protocol::kVersion)));
        return;
    }
    if (session->authenticated()) {
        respond(refusal(ErrorCode::AlreadyAuthenticated, QStringLiteral("本连接已完成 hello")));
        return;
    }
    if (!m_linked) {
        respond(unlinked());
        return;
    }
    // The service decides, with the display's own token; the relay keeps neither tokens nor a list.
    m_afterHello[session->id];
    std::weak_ptr<Session> weak = session;
    m_upstream.request(QStringLiteral("relay.admit"),
                       {{QStringLiteral("role"), role},
                        {QStringLiteral("device"), device},
                        {QStringLiteral("token"), token}},
                       [this, weak, id = session->id, device, respond](const ServiceReply& r) {
                           std::vector<std::function<void()>> after;
                           if (const auto it = m_afterHello.find(id); it != m_afterHello.end()) {
                               after = std::move(it->second);
                               m_afterHello.erase(it);
                           }
                           const auto s = weak.lock();
                           if (!s || !s->socket) {
                               return; // the display left while the service was asked
                           }
                           if (r.ok && !m_linked) {
                               respond(unlinked()); // the link dropped after the service answered
                               return;
                           }
                           Outcome out = fromReply(r, QStringLiteral("device=%1").arg(device));
                           if (r.ok) {
                               s->role = Role::Display;
                               s->device = device;
                               out.result.insert(QStringLiteral("seq"), m_upstream.seq());
                           }
                           respond(std::move(out));
                           for (const auto& run : after) {
                               run();
                           }
                       });
}

void Relay::snapshot(Session& session, bool subscribe, std::function<void(Outcome)> respond)
{
    if (!session.snapshots.take()) {
        respond(refusal(ErrorCode::RateLimited, QStringLiteral("快照请求过于频繁，请稍后再试")));
        return;
    }
    const QByteArray& json = snapshotJson();
    const qint64 unsent = session.unsentBytes();
    if (unsent > 0 && unsent + json.size() > session.unsentCap) {
        respond(refusal(ErrorCode::RateLimited, QStringLiteral("上一份快照尚未读完，请稍后再试")));
        return;
    }
    const qint64 seq = m_upstream.seq();
    Outcome out = success({}, QStringLiteral("seq=%1").arg(seq));
    out.encodedResult = json;
    // As the service does (sessionops.cpp): events above the snapshot's seq follow it, in order.
    if (subscribe) {
        session.subscribedSeq = session.subscribed ? qMax(session.subscribedSeq, seq) : seq;
        session.subscribed = true;
    }
    respond(std::move(out));
}

void Relay::forward(const protocol::Request& request, std::function<void(Outcome)> respond)
{
    m_upstream.request(request.op, request.args, [respond, op = request.op](const ServiceReply& r) {
        respond(fromReply(r, QStringLiteral("forwarded %1").arg(op)));
    });
}

} // namespace hall
