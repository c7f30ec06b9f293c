// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// hall-relay between a real hall-service and displays on the wire: what a display behind a relay
// sees equals what a display on the service sees, byte for byte; the service decides every hello;
// revoking a display or the relay cuts it off at once; the relay's own limits hold.
#include "hallfixture.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace hall;
using namespace hall::test;

namespace {

/// A hall-relay process for `relayDevice`, linked to the fixture's service.
struct RelayRun
{
    RelayRun(HallFixture& f, const QString& relayDevice, const QStringList& extra = {})
    {
        process.setServicePath(ServiceProcess::relayPath());
        const bool started = process.start(
            {}, QStringList{QStringLiteral("--url"), f.hall.url().toString(), QStringLiteral("--device"),
                            relayDevice, QStringLiteral("--token"), f.tokens.value(relayDevice)} +
                    extra);
        INFO("relay: " << process.error().toStdString() << "\n" << process.log().right(2000).toStdString());
        REQUIRE(started);
    }
    ServiceProcess process;
};

/// The top-level keys whose values differ, with both values: what a failed comparison prints.
std::string differences(const QJsonObject& a, const QJsonObject& b)
{
    QString out;
    for (const QString& key : a.keys() + b.keys()) {
        if (a.value(key) != b.value(key) && !out.contains(key + QLatin1Char(':'))) {
            out += key + QStringLiteral(": ") + text(QJsonObject{{QStringLiteral("relayed"), a.value(key)}}) +
                   QStringLiteral(" vs ") + text(QJsonObject{{QStringLiteral("direct"), b.value(key)}}) +
                   QLatin1Char('\n');
        }
    }
    return out.toStdString();
}

/// `snapshot` without the time of recalls in recentCalls: a client's copy (ServiceClient's
/// applyEvent, a direct display's as much as the relay's) dates a recall by the ticket's calledAt,
/// the first call, since the event carries no time of its own; the service by the recall.
QJsonObject withoutRecallTimes(QJsonObject snapshot)
{
    QJsonArray calls = snapshot.value(QLatin1String("recentCalls")).toArray();
    for (qsizetype i = 0; i < calls.size(); ++i) {
        QJsonObject call = calls.at(i).toObject();
        if (call.value(QLatin1String("recall")).toBool()) {
            call.remove(QStringLiteral("at"));
            calls[i] = call;
        }
    }
    snapshot.insert(QStringLiteral("recentCalls"), calls);
    return snapshot;
}

std::unique_ptr<WsClient> displayAt(const QUrl& url, HallFixture& f, const QString& device)
{
    auto c = std::make_unique<WsClient>();
    REQUIRE(c->open(url));
    const QJsonObject reply = c->hello(QStringLiteral("display"), device, f.tokens.value(device));
    INFO(dump(reply));
    REQUIRE(ok(reply));
    return c;
}

void addDevices(HallFixture& f, const QStringList& names)
{
    for (const QString& name : names) {
        f.tokens.insert(name, f.hall.addDevice(roleOf(name), name));
    }
}

void revoke(HallFixture& f, const QString& device)
{
    const AdminRun r = f.hall.admin({QStringLiteral("device"), QStringLiteral("revoke"), device});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

} // namespace

TEST_CASE("relay: a display behind a relay gets the service's public view, byte for byte", "[relay]")
{
    HallFixture f;
    addDevices(f, {QStringLiteral("relay-1"), QStringLiteral("display-2")});
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    HallFixture::issue(*kiosk, {QStringLiteral("marriage")}, QStringLiteral("before-1"));
    RelayRun relay(f, QStringLiteral("relay-1"));

    auto direct = f.connect(QStringLiteral("display-1"));
    auto relayed = displayAt(relay.process.url(), f, QStringLiteral("display-2"));
    const QJsonObject directSnapshot = direct->call(QStringLiteral("subscribe"));
    const QJsonObject relayedSnapshot = relayed->call(QStringLiteral("subscribe"));
    REQUIRE(ok(directSnapshot));
    REQUIRE(ok(relayedSnapshot));
    INFO(differences(result(relayedSnapshot), result(directSnapshot)));
    CHECK(result(relayedSnapshot) == result(directSnapshot));

    // Changes of every kind a lobby shows: issues, a call, a recall, a finish, a pause.
    auto counter = f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
    REQUIRE(ok(counter->call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), 1}})));
    HallFixture::issue(*kiosk, {QStringLiteral("marriage")}, QStringLiteral("after-1"));
    const QJsonObject called =
        counter->call(QStringLiteral("counter.callNext"), {{QStringLiteral("counter"), 1}});
    REQUIRE(ok(called));
    const QString number =
        result(called).value(QLatin1String("ticket")).toObject().value(QLatin1String("number")).toString();
    REQUIRE(ok(counter->call(QStringLiteral("counter.recall"), {{QStringLiteral("counter"), 1}})));
    REQUIRE(ok(counter->call(QStringLiteral("counter.start"), {{QStringLiteral("counter"), 1}})));
    REQUIRE(ok(counter->call(QStringLiteral("counter.finish"), {{QStringLiteral("counter"), 1}})));
    REQUIRE(ok(counter->call(QStringLiteral("counter.pause"), {{QStringLiteral("counter"), 1}})));
    const qint64 last = seqOf(*counter);
    const auto seqOfLast = [](const WsClient& c) {
        return c.events().isEmpty() ? qint64(-1)
                                    : c.events().constLast().value(QLatin1String("seq")).toInteger();
    };
    REQUIRE(waitUntil([&] { return seqOfLast(*direct) >= last && seqOfLast(*relayed) >= last; }, 10000));
    CHECK(!relayed->waitEvent(QStringLiteral("ticket.called"), number).isEmpty());
    CHECK(relayed->rawEvents() == direct->rawEvents());
    for (qsizetype i = 1; i < relayed->events().size(); ++i) {
        CHECK(relayed->events().at(i).value(QLatin1String("seq")).toInteger() ==
              relayed->events().at(i - 1).value(QLatin1String("seq")).toInteger() + 1);
    }
    // A display subscribing now through the relay starts from the same picture as one on the service.
    auto late = displayAt(relay.process.url(), f, QStringLiteral("display-2"));
    const QJsonObject lateSnapshot = late->call(QStringLiteral("hall.snapshot"));
    const QJsonObject serviceSnapshot = direct->call(QStringLiteral("hall.snapshot"));
    INFO(differences(result(lateSnapshot), result(serviceSnapshot)));
    CHECK(withoutRecallTimes(result(lateSnapshot)) == withoutRecallTimes(result(serviceSnapshot)));
    CHECK(result(lateSnapshot).value(QLatin1String("recentCalls")).toArray().size() == 2);

    // The public reads a lobby makes are forwarded; a change never goes through a relay.
    const QJsonObject figures = relayed->call(QStringLiteral("report.public"));
    const QJsonObject figuresDirect = direct->call(QStringLiteral("report.public"));
    CHECK(ok(figures) == ok(figuresDirect));
    CHECK(result(figures) == result(figuresDirect));
    CHECK(errorCode(relayed->call(QStringLiteral("ticket.issue"),
                                  {{QStringLiteral("requestId"), QStringLiteral("r-1")},
                                   {QStringLiteral("services"), QJsonArray{QStringLiteral("marriage")}}})) ==
          QLatin1String("FORBIDDEN"));
    CHECK(errorCode(relayed->call(QStringLiteral("device.status"),
                                  {{QStringLiteral("kind"), QStringLiteral("audio")},
                                   {QStringLiteral("status"), QStringLiteral("ok")}})) ==
          QLatin1String("FORBIDDEN"));
    CHECK(
        errorCode(relayed->call(QStringLiteral("hello"),
                                {{QStringLiteral("protocol"), 1},
                                 {QStringLiteral("role"), QStringLiteral("display")},
                                 {QStringLiteral("device"), QStringLiteral("display-2")},
                                 {QStringLiteral("token"), f.tokens.value(QStringLiteral("display-2"))}})) ==
        QLatin1String("ALREADY_AUTHENTICATED"));
}

TEST_CASE("relay: the service decides every hello, and a revoked display or relay is cut off at once",
          "[relay][authority]")
{
    HallFixture f;
    addDevices(f, {QStringLiteral("relay-1"), QStringLiteral("display-2"), QStringLiteral("display-3")});
    RelayRun relay(f, QStringLiteral("relay-1"));
    const QUrl url = relay.process.url();

    WsClient stranger;
    REQUIRE(stranger.open(url));
    CHECK(errorCode(stranger.call(QStringLiteral("subscribe"))) == QLatin1String("UNAUTHENTICATED"));
    CHECK(errorCode(stranger.hello(QStringLiteral("display"), QStringLiteral("display-2"),
                                   QStringLiteral("not-the-token"))) == QLatin1String("AUTH_FAILED"));
    CHECK(errorCode(stranger.hello(QStringLiteral("display"), QStringLiteral("nobody"),
                                   QStringLiteral("x"))) == QLatin1String("AUTH_FAILED"));
    // Kiosks and counters change the hall: they connect to the service itself, never through a relay.
    const QJsonObject kiosk = stranger.hello(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"),
                                             f.tokens.value(QStringLiteral("kiosk-1")));
    CHECK(errorCode(kiosk) == QLatin1String("FORBIDDEN"));
    CHECK(stranger.isOpen());

    // hello and subscribe sent back to back, as the service allows: answered in order.
    WsClient eager;
    REQUIRE(eager.open(url));
    eager.sendRaw(QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("id"), 1},
                                  {QStringLiteral("op"), QStringLiteral("hello")},
                                  {QStringLiteral("args"),
                                   QJsonObject{{QStringLiteral("protocol"), 1},
                                               {QStringLiteral("role"), QStringLiteral("display")},
                                               {QStringLiteral("device"), QStringLiteral("display-1")},
                                               {QStringLiteral("token"),
                                                f.tokens.value(QStringLiteral("display-1"))}}}})
            .toJson(QJsonDocument::Compact)));
    eager.sendRaw(QStringLiteral(R"({"id":2,"op":"subscribe","args":{}})"));
    const QJsonObject first = eager.nextReply();
    const QJsonObject second = eager.nextReply();
    INFO(dump(first) << "\n" << dump(second));
    CHECK((ok(first) && first.value(QLatin1String("id")).toInt() == 1));
    CHECK((ok(second) && second.value(QLatin1String("id")).toInt() == 2));

    auto two = displayAt(url, f, QStringLiteral("display-2"));
    auto three = displayAt(url, f, QStringLiteral("display-3"));
    REQUIRE(ok(two->call(QStringLiteral("subscribe"))));
    REQUIRE(ok(three->call(QStringLiteral("subscribe"))));

    QElapsedTimer timer;
    timer.start();
    revoke(f, QStringLiteral("display-2"));
    CHECK(two->waitClosed(5000) == 4005);
    const qint64 displayCutMs = timer.elapsed();
    CHECK(three->isOpen());
    CHECK(ok(three->call(QStringLiteral("hall.snapshot"))));
    WsClient again;
    REQUIRE(again.open(url));
    CHECK(errorCode(again.hello(QStringLiteral("display"), QStringLiteral("display-2"),
                                f.tokens.value(QStringLiteral("display-2")))) ==
          QLatin1String("AUTH_FAILED"));

    // The relay itself revoked: the service closes it, and it closes every display it serves.
    timer.restart();
    revoke(f, QStringLiteral("relay-1"));
    CHECK(three->waitClosed(5000) == 4007);
    const qint64 relayCutMs = timer.elapsed();
    WsClient after;
    if (after.open(url)) {
        CHECK(errorCode(after.hello(QStringLiteral("display"), QStringLiteral("display-3"),
                                    f.tokens.value(QStringLiteral("display-3")))) ==
              QLatin1String("DISCONNECTED"));
    }
    WARN("relay: revoked display closed " << displayCutMs
                                          << " ms after hall-admin started; the displays of a "
                                          << "revoked relay " << relayCutMs << " ms");
}

TEST_CASE("relay: the relay's own limits: connections per address, and every display closed when the "
          "service is lost",
          "[relay]")
{
    HallFixture f;
    addDevices(f, {QStringLiteral("relay-1"), QStringLiteral("display-2")});
    RelayRun relay(f, QStringLiteral("relay-1"),
                   {QStringLiteral("--max-connections-per-address"), QStringLiteral("2")});
    const QUrl url = relay.process.url();
    auto one = displayAt(url, f, QStringLiteral("display-1"));
    auto two = displayAt(url, f, QStringLiteral("display-2"));
    WsClient third;
    CHECK_FALSE(third.open(url)); // refused before the upgrade (HTTP 503), as the service does
    REQUIRE(ok(one->call(QStringLiteral("subscribe"))));

    f.hall.kill();
    CHECK(one->waitClosed(10000) == 4007);
    CHECK(two->waitClosed(10000) == 4007);
    WsClient late;
    REQUIRE(late.open(url));
    CHECK(errorCode(late.hello(QStringLiteral("display"), QStringLiteral("display-1"),
                               f.tokens.value(QStringLiteral("display-1")))) ==
          QLatin1String("DISCONNECTED"));
}

TEST_CASE("relay: a wrong command line is refused in zh_CN and English, and the relay does not start",
          "[relay][nostore]")
{
    const auto refusalOf = [](const QStringList& args) {
        QProcess p;
        p.start(ServiceProcess::relayPath(), args);
        REQUIRE(p.waitForFinished(30000));
        return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardError()));
    };
    const auto [noToken, noTokenText] =
        refusalOf({QStringLiteral("--url"), QStringLiteral("ws://127.0.0.1:1/v1")});
    CHECK(noToken == 2);
    CHECK(noTokenText.contains(QStringLiteral("缺少设备令牌 (missing --token)")));
    const auto [badPort, badPortText] = refusalOf(
        {QStringLiteral("--token"), QStringLiteral("t"), QStringLiteral("--port"), QStringLiteral("70000")});
    CHECK(badPort == 2);
    CHECK(badPortText.contains(QStringLiteral("--port")));
    const auto [plain, plainText] = refusalOf({QStringLiteral("--token"), QStringLiteral("t"),
                                               QStringLiteral("--listen"), QStringLiteral("192.0.2.7")});
    CHECK(plain == 2);
    CHECK(plainText.contains(QStringLiteral("--allow-plain-ws")));
    const auto [badUrl, badUrlText] = refusalOf({QStringLiteral("--token"), QStringLiteral("t"),
                                                 QStringLiteral("--url"), QStringLiteral("http://hall/v1")});
    CHECK(badUrl == 2);
    CHECK(badUrlText.contains(QStringLiteral("ws://")));
}
