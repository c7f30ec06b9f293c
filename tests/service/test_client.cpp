// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ServiceClient against a real hall-service and against a scripted fake one.
#include "client/serviceclient.h"
#include "fakeservice.h"
#include "hallfixture.h"

#include <catch2/catch.hpp>

#include <cstdio>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QWebSocket>

using namespace hall;
using namespace hall::test;

namespace {

ServiceClient::Options optionsFor(const QUrl& url, const QString& device, const QString& token)
{
    ServiceClient::Options o;
    o.url = url;
    o.role = roleOf(device);
    o.device = device;
    o.token = token;
    o.backoffInitialMs = 50;
    o.backoffMaxMs = 200;
    return o;
}

quint16 freePort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    return probe.serverPort();
}

/// What must agree between a client's running picture and a fresh snapshot.
QJsonObject comparable(QJsonObject s)
{
    QJsonArray calls;
    for (const QJsonValue& c : s.value(QLatin1String("recentCalls")).toArray()) {
        calls.append(QJsonObject{{QStringLiteral("ticket"), c.toObject().value(QLatin1String("ticket"))},
                                 {QStringLiteral("counter"), c.toObject().value(QLatin1String("counter"))},
                                 {QStringLiteral("recall"), c.toObject().value(QLatin1String("recall"))}});
    }
    s.insert(QStringLiteral("recentCalls"), calls);
    return s;
}

ServiceReply call(ServiceClient& c, const QString& op, const QJsonObject& args, int timeoutMs = -1)
{
    std::optional<ServiceReply> reply;
    c.request(
        op, args, [&](const ServiceReply& r) { reply = r; }, timeoutMs);
    REQUIRE(waitUntil([&] { return reply.has_value(); }, 15000));
    return *reply;
}

} // namespace

TEST_CASE("ServiceClient keeps its snapshot equal to the service's through a busy morning")
{
    HallFixture f;
    ServiceClient display(
        optionsFor(f.hall.url(), QStringLiteral("display-1"), f.tokens.value(QStringLiteral("display-1"))));
    auto counterOptions =
        optionsFor(f.hall.url(), QStringLiteral("counter-1"), f.tokens.value(QStringLiteral("counter-1")));
    counterOptions.staffUser = QStringLiteral("wang");
    counterOptions.staffPassword = QStringLiteral("secret-pass");
    ServiceClient counter(counterOptions);
    QList<qint64> seen;
    QObject::connect(&display, &ServiceClient::eventReceived,
                     [&](const QString&, qint64 seq, const QJsonObject&) { seen << seq; });
    display.start();
    counter.start();
    REQUIRE(waitUntil([&] { return display.isReady() && counter.isReady(); }));
    const qint64 start = display.seq();

    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    for (int i = 0; i < 6; ++i) {
        HallFixture::issue(*kiosk, {i % 2 ? QStringLiteral("marriage") : QStringLiteral("elderly")},
                           QStringLiteral("b-%1").arg(i));
    }
    for (int c : {1, 6}) {
        REQUIRE(call(counter, QStringLiteral("counter.open"), {{QStringLiteral("counter"), c}}).ok);
        REQUIRE(call(counter, QStringLiteral("counter.callNext"), {{QStringLiteral("counter"), c}}).ok);
    }
    REQUIRE(call(counter, QStringLiteral("counter.recall"), {{QStringLiteral("counter"), 1}}).ok);
    REQUIRE(call(counter, QStringLiteral("counter.start"), {{QStringLiteral("counter"), 6}}).ok);
    REQUIRE(call(counter, QStringLiteral("counter.finish"), {{QStringLiteral("counter"), 6}}).ok);
    REQUIRE(call(counter, QStringLiteral("counter.pause"), {{QStringLiteral("counter"), 1}}).ok);

    const QJsonObject truthForDisplay =
        result(f.connect(QStringLiteral("display-1"))->call(QStringLiteral("hall.snapshot")));
    const qint64 last = truthForDisplay.value(QLatin1String("seq")).toInteger();
    REQUIRE(waitUntil([&] { return display.seq() == last && counter.seq() == last; }));
    CHECK(comparable(display.snapshot()) == comparable(truthForDisplay));
    const ServiceReply truthForStaff = call(counter, QStringLiteral("hall.snapshot"), {});
    CHECK(comparable(counter.snapshot()) == comparable(truthForStaff.result));
    QList<qint64> expected;
    for (qint64 s = start + 1; s <= last; ++s) {
        expected << s;
    }
    CHECK(seen == expected);
}

TEST_CASE("ServiceClient fetches a fresh snapshot when it sees a seq gap", "[nostore]")
{
    FakeService fake;
    ServiceClient client(optionsFor(fake.url(), QStringLiteral("display-1"), QStringLiteral("t")));
    QList<qint64> delivered;
    QList<qint64> resyncs;
    QObject::connect(&client, &ServiceClient::eventReceived,
                     [&](const QString&, qint64 seq, const QJsonObject&) { delivered << seq; });
    QObject::connect(&client, &ServiceClient::resynced, [&](qint64 seq) { resyncs << seq; });
    client.start();
    REQUIRE(waitUntil([&] { return client.isReady(); }));
    CHECK(client.seq() == 5);
    QWebSocket* s = fake.sockets.last();
    fake.event(s, QStringLiteral("ticket.issued"), 6);
    fake.event(s, QStringLiteral("ticket.issued"), 6); // a duplicate is ignored
    fake.snapshotSeq = 9;
    fake.event(s, QStringLiteral("ticket.issued"), 8); // 7 is missing
    REQUIRE(waitUntil([&] { return resyncs.size() == 2; }));
    CHECK(fake.requests.last().value(QLatin1String("op")).toString() == QLatin1String("hall.snapshot"));
    CHECK(client.seq() == 9);
    fake.event(s, QStringLiteral("ticket.issued"), 10);
    REQUIRE(waitUntil([&] { return client.seq() == 10; }));
    CHECK(delivered == QList<qint64>{6, 10});
    CHECK(resyncs == QList<qint64>{5, 9});
}

TEST_CASE("ServiceClient re-sends a request with a requestId after a drop and fails one without", "[nostore]")
{
    FakeService fake;
    int issues = 0;
    fake.setScript([&](QWebSocket* s, const QJsonObject& r) {
        const QString op = r.value(QLatin1String("op")).toString();
        if (op == QLatin1String("ticket.issue") && ++issues == 1) {
            s->abort(); // the reply is lost with the connection
            return;
        }
        if (op == QLatin1String("ticket.issue")) {
            fake.reply(s, r,
                       {{QStringLiteral("requestId"),
                         r.value(QLatin1String("args")).toObject().value(QLatin1String("requestId"))}});
            return;
        }
        if (op == QLatin1String("counter.callNext")) {
            return; // never answered before the drop
        }
        fake.answerHandshake(s, r);
    });
    ServiceClient client(optionsFor(fake.url(), QStringLiteral("kiosk-1"), QStringLiteral("t")));
    QList<ServiceClient::State> states;
    QObject::connect(&client, &ServiceClient::stateChanged, [&](ServiceClient::State st) { states << st; });
    client.start();
    REQUIRE(waitUntil([&] { return client.isReady(); }));

    std::optional<ServiceReply> callNext;
    client.request(QStringLiteral("counter.callNext"), {{QStringLiteral("counter"), 1}},
                   [&](const ServiceReply& r) { callNext = r; });
    REQUIRE(waitUntil([&] {
        return fake.requests.last().value(QLatin1String("op")).toString() ==
               QLatin1String("counter.callNext");
    }));
    const QString requestId = ServiceClient::newRequestId();
    const ServiceReply issued =
        call(client, QStringLiteral("ticket.issue"), {{QStringLiteral("requestId"), requestId}});
    CHECK(issued.ok);
    CHECK(issued.result.value(QLatin1String("requestId")).toString() == requestId);
    CHECK(issues == 2);
    REQUIRE(callNext.has_value());
    CHECK(callNext->errorCode == QLatin1String("DISCONNECTED"));
    CHECK(fake.sockets.size() == 2);
    CHECK(states.contains(ServiceClient::State::Reconnecting));
    CHECK(client.state() == ServiceClient::State::Ready);
}

TEST_CASE("ServiceClient re-sends a booking read lost with a dropped connection", "[nostore]")
{
    FakeService fake;
    int reads = 0;
    fake.setScript([&](QWebSocket* s, const QJsonObject& r) {
        if (r.value(QLatin1String("op")).toString() != QLatin1String("booking.calendar")) {
            fake.answerHandshake(s, r);
        } else if (++reads == 1) {
            s->abort(); // a kiosk's calendar read is in flight when the network drops
        } else {
            fake.reply(s, r, {{QStringLiteral("days"), QJsonArray{}}});
        }
    });
    ServiceClient client(optionsFor(fake.url(), QStringLiteral("kiosk-1"), QStringLiteral("t")));
    client.start();
    REQUIRE(waitUntil([&] { return client.isReady(); }));
    const ServiceReply r = call(client, QStringLiteral("booking.calendar"),
                                {{QStringLiteral("month"), QStringLiteral("2026-12")},
                                 {QStringLiteral("type"), QStringLiteral("marriage")}});
    CHECK(r.ok);
    CHECK(reads == 2);
    CHECK(fake.sockets.size() == 2);
}

TEST_CASE("ServiceClient times out unanswered requests, and a refused staff login stops it")
{
    FakeService fake;
    fake.setScript([&](QWebSocket* s, const QJsonObject& r) {
        if (r.value(QLatin1String("op")).toString() != QLatin1String("ticket.get")) {
            fake.answerHandshake(s, r);
        }
    });
    ServiceClient client(optionsFor(fake.url(), QStringLiteral("kiosk-1"), QStringLiteral("t")));
    client.start();
    REQUIRE(waitUntil([&] { return client.isReady(); }));
    CHECK(
        call(client, QStringLiteral("ticket.get"), {{QStringLiteral("ticket"), QStringLiteral("A001")}}, 200)
            .errorCode == QLatin1String("TIMEOUT"));

    HallFixture f;
    auto options =
        optionsFor(f.hall.url(), QStringLiteral("counter-1"), f.tokens.value(QStringLiteral("counter-1")));
    options.staffUser = QStringLiteral("wang");
    options.staffPassword = QStringLiteral("wrong-password");
    ServiceClient wrong(options);
    std::optional<QString> refusal;
    QObject::connect(&wrong, &ServiceClient::refused,
                     [&](const QString& code, const QString&) { refusal = code; });
    wrong.start();
    REQUIRE(waitUntil([&] { return refusal.has_value(); }));
    CHECK(*refusal == QLatin1String("AUTH_FAILED"));
    CHECK(wrong.state() == ServiceClient::State::Disconnected);
}

TEST_CASE(
    "ServiceClient: a device the service refuses keeps asking with backoff and comes back once accepted",
    "[nostore]")
{
    // A kiosk or lobby that got AUTH_FAILED once stopped for good. It must say it is not
    // authorised and keep trying, so an operator who fixes the token needs no one to restart it.
    FakeService fake;
    int hellos = 0;
    const int refuseFirst = 3;
    fake.setScript([&](QWebSocket* s, const QJsonObject& r) {
        if (r.value(QLatin1String("op")).toString() == QLatin1String("hello") && ++hellos <= refuseFirst) {
            const QJsonObject o{{QStringLiteral("id"), r.value(QLatin1String("id"))},
                                {QStringLiteral("ok"), false},
                                {QStringLiteral("error"),
                                 QJsonObject{{QStringLiteral("code"), QStringLiteral("AUTH_FAILED")},
                                             {QStringLiteral("message"), QStringLiteral("设备未授权")}}}};
            s->sendTextMessage(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
            return;
        }
        fake.answerHandshake(s, r);
    });
    auto options = optionsFor(fake.url(), QStringLiteral("kiosk-1"), QStringLiteral("revoked-token"));
    options.refusedBackoffInitialMs = 100;
    options.refusedBackoffMaxMs = 400;
    ServiceClient client(options);
    QStringList said;
    QObject::connect(&client, &ServiceClient::unauthorised,
                     [&](const QString& code, const QString&) { said << code; });
    bool stopped = false;
    QObject::connect(&client, &ServiceClient::refused, [&] { stopped = true; });
    QList<ServiceClient::State> states;
    QObject::connect(&client, &ServiceClient::stateChanged, [&](ServiceClient::State s) { states << s; });
    client.start();
    REQUIRE(waitUntil([&] { return client.state() == ServiceClient::State::Unauthorised; }));
    CHECK(client.refusalCode() == QLatin1String("AUTH_FAILED"));
    REQUIRE(waitUntil([&] { return client.isReady(); }, 20000));
    std::printf("hello attempts until accepted: %d (refused %d)\n", hellos, refuseFirst);
    CHECK(hellos == refuseFirst + 1);
    CHECK(said == QStringList{QStringLiteral("AUTH_FAILED")}); // said once, not at every retry
    CHECK_FALSE(stopped);
    CHECK(client.refusalCode().isEmpty());
    // Between the refusals it stays "not authorised"; it never claimed to be merely reconnecting.
    const auto firstUnauthorised = states.indexOf(ServiceClient::State::Unauthorised);
    REQUIRE(firstUnauthorised >= 0);
    CHECK_FALSE(states.mid(firstUnauthorised).contains(ServiceClient::State::Reconnecting));
}

TEST_CASE("ServiceClient rides out a service restart: queued requests run, the snapshot is fresh")
{
    const quint16 port = freePort();
    HallFixture f({QStringLiteral("--port"), QString::number(port)});
    ServiceClient kiosk(
        optionsFor(f.hall.url(), QStringLiteral("kiosk-1"), f.tokens.value(QStringLiteral("kiosk-1"))));
    QList<qint64> resyncs;
    QObject::connect(&kiosk, &ServiceClient::resynced, [&](qint64 seq) { resyncs << seq; });
    kiosk.start();
    REQUIRE(waitUntil([&] { return kiosk.isReady(); }));
    const QJsonObject args{{QStringLiteral("requestId"), ServiceClient::newRequestId()},
                           {QStringLiteral("services"), QJsonArray{QStringLiteral("marriage")}}};
    REQUIRE(call(kiosk, QStringLiteral("ticket.issue"), args).ok);

    f.hall.kill();
    REQUIRE(waitUntil([&] { return kiosk.state() == ServiceClient::State::Reconnecting; }));
    std::optional<ServiceReply> whileDown;
    kiosk.request(
        QStringLiteral("ticket.issue"),
        {{QStringLiteral("requestId"), ServiceClient::newRequestId()},
         {QStringLiteral("services"), QJsonArray{QStringLiteral("marriage")}}},
        [&](const ServiceReply& r) { whileDown = r; }, 20000);
    REQUIRE(f.hall.start({QStringLiteral("--port"), QString::number(port)}));
    REQUIRE(waitUntil([&] { return whileDown.has_value(); }, 20000));
    CHECK(whileDown->ok);
    CHECK(whileDown->result.value(QLatin1String("ticket"))
              .toObject()
              .value(QLatin1String("number"))
              .toString() == QLatin1String("A002"));
    // The first ticket's retry still answers with the first ticket.
    CHECK(call(kiosk, QStringLiteral("ticket.issue"), args)
              .result.value(QLatin1String("ticket"))
              .toObject()
              .value(QLatin1String("number"))
              .toString() == QLatin1String("A001"));
    REQUIRE(waitUntil([&] { return resyncs.size() >= 2; }));
    // Two tickets, each committed with its queue.changed.
    REQUIRE(waitUntil([&] { return kiosk.seq() == 4; }));
    CHECK(kiosk.isReady());
}

TEST_CASE("ServiceClient fetches a fresh snapshot after a day rollover", "[nostore]")
{
    FakeService fake;
    ServiceClient client(optionsFor(fake.url(), QStringLiteral("display-1"), QStringLiteral("t")));
    QList<qint64> resyncs;
    QObject::connect(&client, &ServiceClient::resynced, [&](qint64 seq) { resyncs << seq; });
    client.start();
    REQUIRE(waitUntil([&] { return client.isReady(); }));
    fake.snapshotSeq = 6;
    fake.event(fake.sockets.last(), QStringLiteral("day.rolledOver"), 6);
    REQUIRE(waitUntil([&] { return resyncs.size() == 2; }));
    CHECK(fake.requests.last().value(QLatin1String("op")).toString() == QLatin1String("hall.snapshot"));
    CHECK(client.seq() == 6);
}
