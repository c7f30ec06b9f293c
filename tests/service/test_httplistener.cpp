// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// HttpListener, the one HTTP component of hall-service — routes, a second listener with
// its own routes and port, and long-lived responses (Server-Sent Events) with their own bound, as
// the residents' pages will use them.
#include "http/httplistener.h"

#include "client/waituntil.h"

#include <catch2/catch.hpp>

#include <QTcpSocket>

#include <memory>

using namespace hall;

namespace {

/// A raw client: sends `request`, collects what comes back.
struct RawClient
{
    QTcpSocket socket;
    QByteArray received;

    explicit RawClient(quint16 port, const QByteArray& request)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, [this] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, port);
        REQUIRE(socket.waitForConnected(5000));
        socket.write(request);
    }
};

} // namespace

TEST_CASE("two listeners each answer their own routes on their own port", "[nostore]")
{
    HttpListener operatorSide(QStringLiteral("operator"), {});
    HttpListener residents(QStringLiteral("residents"), {});
    operatorSide.route(QHttpServerRequest::Method::Get, QStringLiteral("/healthz"),
                       [](const QHttpServerRequest&, std::shared_ptr<HttpResponse> r) {
                           r->send(HttpResponse::Status::Ok, "text/plain", "ok\n");
                       });
    residents.routePrefix(QHttpServerRequest::Method::Get, QStringLiteral("/t/"),
                          [](const QHttpServerRequest& q, std::shared_ptr<HttpResponse> r) {
                              r->send(HttpResponse::Status::Ok, "text/plain", q.url().path().mid(3).toUtf8());
                          });
    QString error;
    REQUIRE(operatorSide.listen(QHostAddress::LocalHost, 0, &error));
    REQUIRE(residents.listen(QHostAddress::LocalHost, 0, &error));
    REQUIRE(operatorSide.port() != residents.port());

    RawClient a(operatorSide.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    RawClient b(residents.port(), "GET /t/abc123 HTTP/1.1\r\nHost: x\r\n\r\n");
    RawClient c(residents.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    REQUIRE(waitUntil(
        [&] {
            return a.received.endsWith("ok\n") && b.received.endsWith("abc123") && c.received.contains("404");
        },
        10000));
    CHECK(a.received.startsWith("HTTP/1.1 200"));
    CHECK(c.received.startsWith("HTTP/1.1 404"));
}

TEST_CASE("a stream stays open, gets every event at once, and streams are bounded", "[nostore]")
{
    HttpListener::Limits limits;
    limits.maxStreams = 2;
    limits.idleTimeoutMs = 300; // idle plain connections go; streams stay
    HttpListener listener(QStringLiteral("residents"), limits);
    QList<QPointer<HttpStream>> streams;
    listener.route(QHttpServerRequest::Method::Get, QStringLiteral("/events"),
                   [&](const QHttpServerRequest&, std::shared_ptr<HttpResponse> r) {
                       if (HttpStream* s = r->openStream()) {
                           s->write("event: hello\ndata: {}\n\n");
                           streams.append(s);
                       }
                   });
    QString error;
    REQUIRE(listener.listen(QHostAddress::LocalHost, 0, &error));
    const QByteArray ask = "GET /events HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n";
    RawClient one(listener.port(), ask);
    RawClient two(listener.port(), ask);
    REQUIRE(waitUntil(
        [&] { return one.received.contains("event: hello") && two.received.contains("event: hello"); },
        10000));
    CHECK(one.received.contains("Content-Type: text/event-stream"));
    CHECK_FALSE(one.received.contains("Content-Length"));
    RawClient third(listener.port(), ask);
    REQUIRE(waitUntil([&] { return third.received.contains("503"); }, 10000));
    CHECK(listener.streams() == 2);

    // Past the idle timeout the streams are still open and the next event arrives.
    waitUntil([] { return false; }, 700);
    for (const auto& s : streams) {
        REQUIRE(s);
        CHECK(s->write("event: called\ndata: {\"ticket\":\"A001\"}\n\n"));
    }
    REQUIRE(waitUntil(
        [&] { return one.received.contains("event: called") && two.received.contains("event: called"); },
        10000));

    // A client that leaves frees its stream.
    one.socket.disconnectFromHost();
    REQUIRE(waitUntil([&] { return listener.streams() == 1; }, 10000));
}
