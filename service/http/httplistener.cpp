// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httplistener.h"

#include "net/socketwrite.h"

#include <QTimer>

#include <unistd.h>

namespace hall {

namespace {

/// What the listener keeps per connection, as a child of its socket (gone with it).
class Guard : public QObject
{
public:
    using QObject::QObject;
    qint64 received = 0; ///< bytes of the request being read
    bool stream = false;
    QTimer idle;
};

const QString kGuardName = QStringLiteral("hall-http-guard");

Guard* guardOf(QTcpSocket* socket)
{
    // By name: Guard has no meta-object of its own, so findChild<Guard*> would match any child.
    return socket ? static_cast<Guard*>(socket->findChild<QObject*>(kGuardName, Qt::FindDirectChildrenOnly))
                  : nullptr;
}

bool methodMatches(QHttpServerRequest::Method wanted, QHttpServerRequest::Method got)
{
    // HEAD is answered like GET (Qt sends the headers and no body for it).
    return wanted == got ||
           (wanted == QHttpServerRequest::Method::Get && got == QHttpServerRequest::Method::Head);
}

} // namespace

// --- HttpStream

HttpStream::HttpStream(QTcpSocket* socket, HttpListener& listener)
    : QObject(socket), m_socket(socket), m_listener(&listener)
{
    listener.m_openStreams.insert(this);
    connect(socket, &QTcpSocket::disconnected, this, &HttpStream::closed);
    connect(socket, &QObject::destroyed, this, &HttpStream::closed);
}

HttpStream::~HttpStream()
{
    if (m_listener) {
        m_listener->m_openStreams.remove(this);
    }
}

bool HttpStream::write(const QByteArray& bytes)
{
    if (!isOpen()) {
        return false;
    }
    if (m_listener && pendingBytes() + bytes.size() > m_listener->limits().maxStreamUnsentBytes) {
        ++m_listener->m_streamsCut;
        m_socket->abort();
        return false;
    }
    socketwrite::write(m_socket, bytes.constData(), bytes.size());
    return true;
}

void HttpStream::close()
{
    if (m_socket) {
        m_socket->disconnectFromHost();
    }
}

// --- HttpResponse

HttpResponse::HttpResponse(QHttpServerResponder responder, QTcpSocket* socket, HttpListener& listener)
    : m_responder(std::move(responder)), m_socket(socket), m_listener(&listener)
{}

void HttpResponse::send(Status status, const QByteArray& contentType, const QByteArray& body)
{
    if (m_answered || !m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        m_answered = true;
        return;
    }
    m_answered = true;
    m_responder.writeStatusLine(status);
    m_responder.writeHeader(QByteArrayLiteral("Content-Type"), contentType);
    m_responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    m_responder.writeHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    m_responder.writeBody(body);
    m_socket->flush();
}

HttpStream* HttpResponse::openStream(const QByteArray& contentType)
{
    if (m_answered || !m_socket || !m_listener || m_socket->state() != QAbstractSocket::ConnectedState) {
        return nullptr;
    }
    if (!m_listener->takeStream(m_socket)) {
        send(Status::ServiceUnavailable, QByteArrayLiteral("text/plain; charset=utf-8"),
             QByteArrayLiteral("too many streams\n"));
        return nullptr;
    }
    m_answered = true;
    m_responder.writeStatusLine(Status::Ok);
    m_responder.writeHeader(QByteArrayLiteral("Content-Type"), contentType);
    m_responder.writeHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    m_responder.writeHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    m_responder.writeBody(QByteArray());
    m_socket->flush();
    m_socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption,
                              m_listener->limits().streamSendBuffer);
    return new HttpStream(m_socket, *m_listener);
}

// --- HttpListener

class HttpListener::Acceptor : public QTcpServer
{
public:
    explicit Acceptor(HttpListener& listener) : m_listener(listener) {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (m_listener.m_connections >= m_listener.m_limits.maxConnections) {
            // Closed before a byte is read: a full listener costs the client nothing but a retry.
            ::close(static_cast<int>(descriptor));
            ++m_listener.m_refused;
            return;
        }
        QTcpSocket* socket = m_listener.m_tls.adopt(descriptor); // closes the descriptor when refused
        if (socket == nullptr) {
            return;
        }
        m_listener.adopt(socket);
        addPendingConnection(socket);
    }

private:
    HttpListener& m_listener;
};

HttpListener::HttpListener(QString name, Limits limits, QObject* parent)
    : QAbstractHttpServer(parent), m_name(std::move(name)), m_limits(limits)
{}

void HttpListener::route(QHttpServerRequest::Method method, const QString& path, Handler handler)
{
    m_routes.append({method, path, false, std::move(handler)});
}

void HttpListener::routePrefix(QHttpServerRequest::Method method, const QString& prefix, Handler handler)
{
    m_routes.append({method, prefix, true, std::move(handler)});
}

bool HttpListener::listen(const QHostAddress& address, quint16 port, QString* error)
{
    auto* acceptor = new Acceptor(*this);
    if (!acceptor->listen(address, port)) {
        *error = acceptor->errorString();
        delete acceptor;
        return false;
    }
    m_port = acceptor->serverPort();
    bind(acceptor);
    return true;
}

void HttpListener::adopt(QTcpSocket* socket)
{
    ++m_connections;
    QPointer<HttpListener> self(this);
    connect(socket, &QObject::destroyed, this, [self, socket] {
        if (self) {
            --self->m_connections;
            // A stream's guard dies with its socket; its slot is given back here.
            if (socket->property("hallStream").toBool()) {
                --self->m_streams;
            }
        }
    });
    auto* guard = new Guard(socket);
    guard->setObjectName(kGuardName);
    guard->idle.setSingleShot(true);
    guard->idle.setInterval(m_limits.idleTimeoutMs);
    connect(&guard->idle, &QTimer::timeout, socket, [socket] { socket->abort(); });
    guard->idle.start();
    // Connected before Qt HttpServer's own reader, so it counts the bytes before they are parsed.
    connect(socket, &QTcpSocket::readyRead, guard, [this, socket, guard] {
        guard->received += socket->bytesAvailable();
        if (!guard->stream) {
            guard->idle.start();
        }
        if (guard->received > m_limits.maxRequestBytes) {
            ++m_refused;
            socket->abort();
        }
    });
}

qint64 HttpListener::streamUnsentBytes() const
{
    qint64 bytes = 0;
    for (const HttpStream* s : m_openStreams) {
        bytes += s->pendingBytes();
    }
    return bytes;
}

bool HttpListener::takeStream(QTcpSocket* socket)
{
    Guard* guard = guardOf(socket);
    if (guard == nullptr || m_streams >= m_limits.maxStreams) {
        return false;
    }
    ++m_streams;
    guard->stream = true;
    guard->idle.stop();
    socket->setProperty("hallStream", true);
    return true;
}

bool HttpListener::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    if (Guard* guard = guardOf(socket)) {
        guard->received = 0; // the budget is per request on a kept-alive connection
        guard->idle.start();
    }
    const QString path = request.url().path();
    const Route* found = nullptr;
    bool pathKnown = false;
    for (const Route& r : std::as_const(m_routes)) {
        const bool match = r.prefix ? path.startsWith(r.path) : path == r.path;
        pathKnown = pathKnown || match;
        if (match && methodMatches(r.method, request.method())) {
            found = &r;
            break;
        }
    }
    if (found == nullptr && !pathKnown) {
        return false;
    }
    auto response = std::make_shared<HttpResponse>(makeResponder(request, socket), socket, *this);
    if (found == nullptr) {
        response->send(HttpResponse::Status::MethodNotAllowed, QByteArrayLiteral("text/plain; charset=utf-8"),
                       QByteArrayLiteral("method not allowed\n"));
        return true;
    }
    found->handler(request, response);
    return true;
}

void HttpListener::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    HttpResponse(makeResponder(request, socket), socket, *this)
        .send(HttpResponse::Status::NotFound, QByteArrayLiteral("text/plain; charset=utf-8"),
              QByteArrayLiteral("not found\n"));
}

} // namespace hall
