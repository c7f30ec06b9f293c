// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Malformed, oversized and abusive input: a clear error or close code, nothing changed, and the
// service keeps serving everyone else.
#include "hallfixture.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QTcpSocket>

using namespace hall::test;

TEST_CASE("malformed frames get an error reply and change nothing")
{
    HallFixture f;
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    const qint64 before = seqOf(*kiosk);
    const QList<std::pair<QString, QString>> cases{
        {QStringLiteral("{not json"), QStringLiteral("MALFORMED_JSON")},
        {QStringLiteral("[1,2,3]"), QStringLiteral("MALFORMED_JSON")},
        {QStringLiteral("\"text\""), QStringLiteral("MALFORMED_JSON")},
        {QString(), QStringLiteral("MALFORMED_JSON")},
        {QStringLiteral(R"({"op":"hall.snapshot"})"), QStringLiteral("BAD_REQUEST")},
        {QStringLiteral(R"({"id":1.5,"op":"hall.snapshot"})"), QStringLiteral("BAD_REQUEST")},
        {QStringLiteral(R"({"id":1,"op":42})"), QStringLiteral("BAD_REQUEST")},
        {QStringLiteral(R"({"id":1,"op":"hall.snapshot","args":[]})"), QStringLiteral("BAD_REQUEST")},
        {QStringLiteral(R"({"id":1,"op":"hall.snapshot","extra":true})"), QStringLiteral("BAD_REQUEST")},
        {QStringLiteral(R"({"id":2,"op":"ticket.explode"})"), QStringLiteral("UNKNOWN_OP")},
        {QStringLiteral(R"({"id":3,"op":"ticket.issue","args":{"requestId":"x","services":"marriage"}})"),
         QStringLiteral("INVALID_ARGUMENT")},
        {QStringLiteral(R"({"id":4,"op":"ticket.issue","args":{"services":["marriage"]}})"),
         QStringLiteral("INVALID_ARGUMENT")},
        {QStringLiteral(
             R"({"id":5,"op":"ticket.issue","args":{"requestId":"x","services":["marriage"],"colour":1}})"),
         QStringLiteral("INVALID_ARGUMENT")},
        {QStringLiteral(R"({"id":6,"op":"ticket.issue","args":{"requestId":"x","services":["nope"]}})"),
         QStringLiteral("UNKNOWN_SERVICE")},
        {QStringLiteral(
             R"({"id":7,"op":"ticket.issue","args":{"requestId":"x","services":["marriage"],"priority":"vip"}})"),
         QStringLiteral("INVALID_ARGUMENT")},
        {QStringLiteral(R"({"id":8,"op":"ticket.get","args":{"ticket":12}})"),
         QStringLiteral("INVALID_ARGUMENT")},
        {QStringLiteral(R"({"id":9,"op":"ticket.get","args":{"ticket":"Z999"}})"),
         QStringLiteral("UNKNOWN_TICKET")},
    };
    for (const auto& [frame, code] : cases) {
        INFO(frame.toStdString());
        kiosk->sendRaw(frame);
        const QJsonObject reply = kiosk->nextReply();
        CHECK(reply.value(QLatin1String("ok")) == QJsonValue(false));
        CHECK(errorCode(reply) == code);
        CHECK_FALSE(reply.value(QLatin1String("error"))
                        .toObject()
                        .value(QLatin1String("message"))
                        .toString()
                        .isEmpty());
    }
    // The id of a request is echoed even when its arguments were wrong.
    kiosk->sendRaw(QStringLiteral(R"({"id":"abc","op":"ticket.get","args":{}})"));
    CHECK(kiosk->nextReply().value(QLatin1String("id")).toString() == QLatin1String("abc"));
    CHECK(seqOf(*kiosk) == before);
    CHECK(f.hall.running());
}

TEST_CASE("an oversized frame closes that connection only")
{
    HallFixture f;
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    auto display = f.connect(QStringLiteral("display-1"));
    const qint64 before = seqOf(*display);
    const QString huge =
        QStringLiteral(R"({"id":1,"op":"ticket.issue","args":{"requestId":"%1","services":["marriage"]}})")
            .arg(QString(70 * 1024, QLatin1Char('x')));
    kiosk->sendRaw(huge);
    CHECK(kiosk->waitClosed() == 1009);
    CHECK(seqOf(*display) == before);
    // A frame just under the limit is read (and refused for its content, not its size).
    auto again = f.connect(QStringLiteral("kiosk-1"));
    again->sendRaw(QStringLiteral(R"({"id":2,"op":"ticket.get","args":{"ticket":"%1"}})")
                       .arg(QString(60 * 1024, QLatin1Char('y'))));
    CHECK(errorCode(again->nextReply()) == QLatin1String("INVALID_ARGUMENT"));
    CHECK(f.hall.running());
}

TEST_CASE("binary frames and unknown paths are refused with a close code")
{
    HallFixture f;
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    kiosk->sendBinary(QByteArray("\x00\x01\x02", 3));
    CHECK(kiosk->waitClosed() == 1003);
    WsClient wrongPath;
    QUrl url = f.hall.url();
    url.setPath(QStringLiteral("/v2"));
    wrongPath.open(url);
    CHECK(wrongPath.waitClosed() == 1008);
    auto display = f.connect(QStringLiteral("display-1"));
    CHECK(ok(display->call(QStringLiteral("hall.snapshot"))));
}

TEST_CASE("a flood from one connection is rate limited without affecting another")
{
    HallFixture f({QStringLiteral("--rate-limit"), QStringLiteral("5"), QStringLiteral("--rate-burst"),
                   QStringLiteral("10")});
    auto flooder = f.connect(QStringLiteral("kiosk-1"));
    for (int i = 0; i < 40; ++i) {
        flooder->sendRaw(
            QStringLiteral(
                R"({"id":%1,"op":"ticket.issue","args":{"requestId":"f-%1","services":["enquiries"]}})")
                .arg(i));
    }
    int accepted = 0;
    int limited = 0;
    for (int i = 0; i < 40; ++i) {
        const QJsonObject reply = flooder->nextReply();
        accepted += ok(reply) ? 1 : 0;
        limited += errorCode(reply) == QLatin1String("RATE_LIMITED") ? 1 : 0;
    }
    CHECK(accepted + limited == 40);
    CHECK(limited >= 15); // 40 at once against a burst of 10 and 5/s; slack for a slow machine
    CHECK(accepted >= 9);
    auto other = f.connect(QStringLiteral("kiosk-2"));
    const QJsonObject snapshot = result(other->call(QStringLiteral("hall.snapshot")));
    for (const QJsonValue& s : snapshot.value(QLatin1String("services")).toArray()) {
        if (s.toObject().value(QLatin1String("id")).toString() == QLatin1String("enquiries")) {
            CHECK(s.toObject().value(QLatin1String("waiting")).toInt() == accepted);
        }
    }
}

TEST_CASE("connections beyond the per-address limit are closed")
{
    HallFixture f({QStringLiteral("--max-connections-per-address"), QStringLiteral("3")});
    WsClient a, b, c, d;
    REQUIRE(a.open(f.hall.url()));
    REQUIRE(b.open(f.hall.url()));
    REQUIRE(c.open(f.hall.url()));
    // Counted from the TCP accept, refused before any WebSocket exists (HTTP 503).
    CHECK_FALSE(d.open(f.hall.url()));
    CHECK(waitUntil([&] { return f.hall.log().contains(QLatin1String("refused too-many-connections")); }));
    CHECK(errorCode(a.call(QStringLiteral("hall.snapshot"))) == QLatin1String("UNAUTHENTICATED"));
    // A slot frees up when a connection leaves.
    c.call(QStringLiteral("hall.snapshot"));
    WsClient* leaving = &c;
    leaving->sendBinary(QByteArray(1, 'x'));
    REQUIRE(leaving->waitClosed() == 1003);
    WsClient e;
    REQUIRE(e.open(f.hall.url()));
    CHECK(errorCode(e.call(QStringLiteral("hall.snapshot"))) == QLatin1String("UNAUTHENTICATED"));
}

TEST_CASE("a session that stops answering pings is closed")
{
    HallFixture f({QStringLiteral("--ping-interval-ms"), QStringLiteral("200"),
                   QStringLiteral("--stale-after-ms"), QStringLiteral("1500")});
    // A raw TCP client that completes the WebSocket handshake and then never reads or answers.
    QTcpSocket raw;
    raw.connectToHost(QStringLiteral("127.0.0.1"), f.hall.port());
    REQUIRE(raw.waitForConnected(5000));
    raw.write("GET /v1 HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    REQUIRE(waitUntil([&] { return raw.bytesAvailable() > 0; }));
    CHECK(raw.readAll().startsWith("HTTP/1.1 101"));
    CHECK(waitUntil([&] { return raw.state() == QAbstractSocket::UnconnectedState; }, 15000));
    // A real client answers pings and stays.
    auto display = f.connect(QStringLiteral("display-1"));
    waitUntil([] { return false; }, 3000);
    CHECK(display->isOpen());
    CHECK(f.hall.log().contains(QLatin1String("closing stale session")));
}
