// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/tlsserver.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>
#include <memory>

namespace hall {

class HttpListener;

/// A long-lived response (Server-Sent Events): the status line and headers are sent, then every
/// write() goes to the client at once, until either side closes. It is the listener's: a stream
/// ends when its connection closes (`closed`), and never times out as idle.
class HttpStream : public QObject
{
    Q_OBJECT
public:
    HttpStream(QTcpSocket* socket, HttpListener& listener);
    ~HttpStream() override;
    bool isOpen() const { return m_socket && m_socket->state() == QAbstractSocket::ConnectedState; }
    /// Sends `bytes` as they are (an SSE event is "event: x\ndata: …\n\n"); false once closed. A
    /// client that stopped reading is cut off here: when the bytes it has not taken would pass the
    /// listener's maxStreamUnsentBytes, the connection is dropped at once (not closed politely: a
    /// polite close waits for the client to read the backlog, which it never does) and false returned.
    bool write(const QByteArray& bytes);
    void close();
    /// Bytes waiting in the service to be sent: a slow client's backlog.
    qint64 pendingBytes() const { return m_socket ? m_socket->bytesToWrite() : 0; }

signals:
    void closed();

private:
    QPointer<QTcpSocket> m_socket;
    QPointer<HttpListener> m_listener;
};

/// The answer to one request. A route answers at once or later (after a commit, say); the client may
/// have gone by then, and a late answer is then dropped. Held by shared pointer: the route keeps it
/// as long as it needs.
class HttpResponse
{
public:
    using Status = QHttpServerResponder::StatusCode;

    HttpResponse(QHttpServerResponder responder, QTcpSocket* socket, HttpListener& listener);

    void send(Status status, const QByteArray& contentType, const QByteArray& body);
    /// Starts a stream (status 200 and `contentType`, no length, no caching); nullptr when the client
    /// is gone or the listener has no room for another stream (then a 503 is sent).
    HttpStream* openStream(const QByteArray& contentType = QByteArrayLiteral("text/event-stream"));
    bool answered() const { return m_answered; }

private:
    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
    QPointer<HttpListener> m_listener;
    bool m_answered = false;
};

/// One HTTP listener of hall-service, on the service's event loop (Qt HttpServer): its own address,
/// port, routes and limits. The operator's endpoint (/healthz, /metrics) is one listener; the
/// residents' pages are another, added the same way: make a listener, add routes, listen. Every
/// connection is bounded: how many at once, how many bytes a request may send, how long it may stay
/// idle; streams (SSE) have their own ceiling. Anything beyond a bound is closed, not queued.
class HttpListener : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Limits
    {
        int maxConnections = 32;
        int maxStreams = 0;            ///< long-lived responses at once; 0: none
        qint64 maxRequestBytes = 8192; ///< request line, headers and body of one request
        int idleTimeoutMs = 15000;     ///< a connection with no request in flight for this long is closed
        /// A stream's bytes its client has not read, held in the service; past it the stream is cut.
        qint64 maxStreamUnsentBytes = 64 * 1024;
        /// The kernel's send buffer of a stream's socket (SO_SNDBUF; Linux doubles it). Left to
        /// itself the kernel grows it to megabytes on loopback and fast links, per stream.
        int streamSendBuffer = 16 * 1024;
    };
    using Handler = std::function<void(const QHttpServerRequest&, std::shared_ptr<HttpResponse>)>;

    HttpListener(QString name, Limits limits, QObject* parent = nullptr);

    /// `handler` answers `method` on `path` exactly.
    void route(QHttpServerRequest::Method method, const QString& path, Handler handler);
    /// `handler` answers `method` on every path under `prefix` ("/t/" matches "/t/abc").
    void routePrefix(QHttpServerRequest::Method method, const QString& prefix, Handler handler);

    /// Serves HTTPS from now on with this PEM certificate (chain) and key, through the service's one
    /// TLS socket maker (TlsServer); a refusal names the file and changes nothing.
    std::optional<Error> enableTls(const QString& certificateFile, const QString& keyFile)
    {
        return m_tls.enableTls(certificateFile, keyFile);
    }
    QString scheme() const { return m_tls.isTls() ? QStringLiteral("https") : QStringLiteral("http"); }

    bool listen(const QHostAddress& address, quint16 port, QString* error);
    QString name() const { return m_name; }
    quint16 port() const { return m_port; }
    const Limits& limits() const { return m_limits; }
    int connections() const { return m_connections; }
    int streams() const { return m_streams; }
    /// Connections closed because a bound was reached (for /metrics).
    qint64 refused() const { return m_refused; }
    /// Streams cut off because their clients stopped reading (for /metrics).
    qint64 streamsCut() const { return m_streamsCut; }
    /// Bytes every open stream holds for its client in the service now (for /metrics).
    qint64 streamUnsentBytes() const;

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    friend class HttpResponse;
    friend class HttpStream;
    struct Route
    {
        QHttpServerRequest::Method method;
        QString path;
        bool prefix;
        Handler handler;
    };
    class Acceptor;

    void adopt(QTcpSocket* socket);
    bool takeStream(QTcpSocket* socket);

    QString m_name;
    Limits m_limits;
    QList<Route> m_routes;
    quint16 m_port = 0;
    int m_connections = 0;
    int m_streams = 0;
    qint64 m_refused = 0;
    qint64 m_streamsCut = 0;
    QSet<const HttpStream*> m_openStreams;
    /// Makes each accepted socket, plain or TLS, and owns it; never listens itself. Last, so its
    /// sockets go first and report to a listener that is still whole.
    TlsServer m_tls;
};

} // namespace hall
