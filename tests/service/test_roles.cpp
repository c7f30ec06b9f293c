// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Role boundaries: what each role may not do, and that a refusal changes nothing.
#include "hallfixture.h"
#include "hallstore.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace hall::test;

namespace {

const QStringList kCounterOps{
    QStringLiteral("counter.open"),     QStringLiteral("counter.pause"),
    QStringLiteral("counter.resume"),   QStringLiteral("counter.close"),
    QStringLiteral("counter.callNext"), QStringLiteral("counter.call"),
    QStringLiteral("counter.recall"),   QStringLiteral("counter.start"),
    QStringLiteral("counter.finish"),   QStringLiteral("counter.setAside"),
    QStringLiteral("counter.requeue"),  QStringLiteral("counter.transfer"),
};

/// Well-formed arguments for every op, so a refusal can only come from the role check.
QJsonObject argsFor(const QString& op)
{
    if (op == QLatin1String("ticket.issue")) {
        return {{QStringLiteral("requestId"), QStringLiteral("x-1")},
                {QStringLiteral("services"), QJsonArray{QStringLiteral("marriage")}}};
    }
    if (op.startsWith(QLatin1String("ticket."))) {
        return {{QStringLiteral("ticket"), QStringLiteral("A001")}};
    }
    QJsonObject o{{QStringLiteral("counter"), 1}};
    if (op == QLatin1String("counter.call") || op == QLatin1String("counter.requeue")) {
        o.insert(QStringLiteral("ticket"), QStringLiteral("A001"));
    }
    if (op == QLatin1String("counter.transfer")) {
        o.insert(QStringLiteral("toService"), QStringLiteral("divorce"));
    }
    if (op == QLatin1String("staff.login")) {
        return {{QStringLiteral("user"), QStringLiteral("li")},
                {QStringLiteral("password"), QStringLiteral("secret-pass")}};
    }
    return o;
}

} // namespace

TEST_CASE("nothing but hello works before hello")
{
    HallFixture f;
    WsClient anonymous;
    REQUIRE(anonymous.open(f.hall.url()));
    for (const QString& op : QStringList{QStringLiteral("hall.snapshot"), QStringLiteral("subscribe"),
                                         QStringLiteral("ticket.issue"), QStringLiteral("counter.callNext"),
                                         QStringLiteral("staff.login")}) {
        INFO(op.toStdString());
        CHECK(errorCode(anonymous.call(op, argsFor(op))) == QLatin1String("UNAUTHENTICATED"));
    }
}

TEST_CASE("a display may only read and subscribe")
{
    HallFixture f;
    auto display = f.connect(QStringLiteral("display-1"));
    const qint64 before = seqOf(*display);
    for (const QString& op :
         kCounterOps + QStringList{QStringLiteral("ticket.issue"), QStringLiteral("ticket.get"),
                                   QStringLiteral("ticket.cancel"), QStringLiteral("staff.login"),
                                   QStringLiteral("staff.logout")}) {
        INFO(op.toStdString());
        CHECK(errorCode(display->call(op, argsFor(op))) == QLatin1String("FORBIDDEN"));
    }
    CHECK(ok(display->call(QStringLiteral("subscribe"))));
    CHECK(seqOf(*display) == before);
}

TEST_CASE("a kiosk issues, looks up and cancels only its own tickets and never calls")
{
    HallFixture f;
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    auto other = f.connect(QStringLiteral("kiosk-2"));
    HallFixture::issue(*kiosk, {QStringLiteral("marriage")}, QStringLiteral("k-1"));
    const qint64 before = seqOf(*kiosk);
    for (const QString& op :
         kCounterOps + QStringList{QStringLiteral("staff.login"), QStringLiteral("staff.logout")}) {
        INFO(op.toStdString());
        CHECK(errorCode(kiosk->call(op, argsFor(op))) == QLatin1String("FORBIDDEN"));
    }
    CHECK(errorCode(other->call(QStringLiteral("ticket.get"), argsFor(QStringLiteral("ticket.get")))) ==
          QLatin1String("FORBIDDEN"));
    CHECK(errorCode(other->call(QStringLiteral("ticket.cancel"), argsFor(QStringLiteral("ticket.cancel")))) ==
          QLatin1String("FORBIDDEN"));
    CHECK(seqOf(*kiosk) == before);
    CHECK(ok(kiosk->call(QStringLiteral("ticket.get"), argsFor(QStringLiteral("ticket.get")))));
    CHECK(ok(kiosk->call(QStringLiteral("ticket.cancel"), argsFor(QStringLiteral("ticket.cancel")))));
}

TEST_CASE("a counter may not issue or cancel, needs a staff login and only its staff's counters")
{
    HallFixture f;
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    HallFixture::issue(*kiosk, {QStringLiteral("marriage")}, QStringLiteral("c-1"));
    auto counter = f.connect(QStringLiteral("counter-1"));
    const qint64 before = seqOf(*counter);
    CHECK(errorCode(counter->call(QStringLiteral("ticket.issue"), argsFor(QStringLiteral("ticket.issue")))) ==
          QLatin1String("FORBIDDEN"));
    CHECK(errorCode(counter->call(QStringLiteral("ticket.cancel"),
                                  argsFor(QStringLiteral("ticket.cancel")))) == QLatin1String("FORBIDDEN"));
    for (const QString& op : kCounterOps) {
        INFO(op.toStdString());
        CHECK(errorCode(counter->call(op, argsFor(op))) == QLatin1String("UNAUTHENTICATED"));
    }
    CHECK(errorCode(counter->login(QStringLiteral("li"), QStringLiteral("wrong-password"))) ==
          QLatin1String("AUTH_FAILED"));
    CHECK(errorCode(counter->login(QStringLiteral("nobody"))) == QLatin1String("AUTH_FAILED"));
    REQUIRE(ok(counter->login(QStringLiteral("li"))));
    QJsonObject onThree{{QStringLiteral("counter"), 3}};
    CHECK(errorCode(counter->call(QStringLiteral("counter.open"), onThree)) == QLatin1String("FORBIDDEN"));
    CHECK(seqOf(*counter) == before);
    CHECK(ok(counter->call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), 1}})));
    // Staff see ID references and devices; the public snapshot does not.
    const QJsonObject staffView = result(counter->call(QStringLiteral("hall.snapshot")));
    CHECK(staffView.value(QLatin1String("tickets")).toArray().size() == 1);
    REQUIRE(ok(counter->call(QStringLiteral("staff.logout"))));
    CHECK(errorCode(counter->call(QStringLiteral("counter.close"), {{QStringLiteral("counter"), 1}})) ==
          QLatin1String("UNAUTHENTICATED"));
}

TEST_CASE("admin may do everything")
{
    HallFixture f;
    auto admin = f.connect(QStringLiteral("admin-1"));
    HallFixture::issue(*admin, {QStringLiteral("marriage")}, QStringLiteral("a-1"));
    CHECK(ok(admin->call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), 7}})));
    CHECK(ok(admin->call(QStringLiteral("ticket.get"), argsFor(QStringLiteral("ticket.get")))));
    CHECK(ok(admin->call(QStringLiteral("ticket.cancel"), argsFor(QStringLiteral("ticket.cancel")))));
}

TEST_CASE("wrong, unknown and revoked device tokens are refused alike")
{
    HallFixture f;
    WsClient c;
    REQUIRE(c.open(f.hall.url()));
    CHECK(errorCode(c.hello(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"),
                            QStringLiteral("not-the-token"))) == QLatin1String("AUTH_FAILED"));
    CHECK(errorCode(c.hello(QStringLiteral("kiosk"), QStringLiteral("kiosk-9"),
                            f.tokens.value(QStringLiteral("kiosk-1")))) == QLatin1String("AUTH_FAILED"));
    // The right token with another role is not a way to become admin.
    CHECK(errorCode(c.hello(QStringLiteral("admin"), QStringLiteral("kiosk-1"),
                            f.tokens.value(QStringLiteral("kiosk-1")))) == QLatin1String("AUTH_FAILED"));
    CHECK(errorCode(c.call(QStringLiteral("hello"),
                           {{QStringLiteral("protocol"), 2},
                            {QStringLiteral("role"), QStringLiteral("kiosk")},
                            {QStringLiteral("device"), QStringLiteral("kiosk-1")},
                            {QStringLiteral("token"), f.tokens.value(QStringLiteral("kiosk-1"))}})) ==
          QLatin1String("PROTOCOL_VERSION"));

    REQUIRE(f.hall.admin({QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("kiosk-2")})
                .exitCode == 0);
    WsClient revoked;
    REQUIRE(revoked.open(f.hall.url()));
    CHECK(errorCode(revoked.hello(QStringLiteral("kiosk"), QStringLiteral("kiosk-2"),
                                  f.tokens.value(QStringLiteral("kiosk-2")))) ==
          QLatin1String("AUTH_FAILED"));

    REQUIRE(ok(c.hello(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"),
                       f.tokens.value(QStringLiteral("kiosk-1")))));
    CHECK(errorCode(c.hello(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"),
                            f.tokens.value(QStringLiteral("kiosk-1")))) ==
          QLatin1String("ALREADY_AUTHENTICATED"));
}

TEST_CASE("displays and other kiosks never receive ID references")
{
    HallFixture f;
    auto display = f.connect(QStringLiteral("display-1"));
    auto otherKiosk = f.connect(QStringLiteral("kiosk-2"));
    REQUIRE(ok(display->call(QStringLiteral("subscribe"))));
    REQUIRE(ok(otherKiosk->call(QStringLiteral("subscribe"))));
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    const QJsonObject issued = kiosk->call(
        QStringLiteral("ticket.issue"), {{QStringLiteral("requestId"), QStringLiteral("p-1")},
                                         {QStringLiteral("services"), QJsonArray{QStringLiteral("elderly")}},
                                         {QStringLiteral("priority"), QStringLiteral("elder")},
                                         {QStringLiteral("idRef"), QStringLiteral("110***********1234")}});
    REQUIRE(ok(issued));
    CHECK(result(issued).value(QLatin1String("ticket")).toObject().value(QLatin1String("idRef")).toString() ==
          QLatin1String("110***********1234"));
    auto counter = f.counter(QStringLiteral("counter-1"), QStringLiteral("wang"));
    REQUIRE(ok(counter->call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), 6}})));
    REQUIRE(ok(counter->call(QStringLiteral("counter.callNext"), {{QStringLiteral("counter"), 6}})));
    for (WsClient* c : {display.get(), otherKiosk.get()}) {
        REQUIRE_FALSE(c->waitEvent(QStringLiteral("ticket.called")).isEmpty());
        for (const QJsonObject& e : c->events()) {
            const QString text = QString::fromUtf8(QJsonDocument(e).toJson());
            CHECK_FALSE(text.contains(QLatin1String("1234")));
            CHECK_FALSE(text.contains(QLatin1String("kiosk-1")));
        }
        const QString snapshot =
            QString::fromUtf8(QJsonDocument(result(c->call(QStringLiteral("hall.snapshot")))).toJson());
        // The masked ID ends "*1234"; the public notices hold the 12345 hotline, which is no ID.
        CHECK_FALSE(snapshot.contains(QLatin1String("*1234")));
    }
    // An unmasked ID number is refused and never stored.
    CHECK(errorCode(kiosk->call(QStringLiteral("ticket.issue"),
                                {{QStringLiteral("requestId"), QStringLiteral("p-2")},
                                 {QStringLiteral("services"), QJsonArray{QStringLiteral("elderly")}},
                                 {QStringLiteral("idRef"), QStringLiteral("11010519491231002X")}})) ==
          QLatin1String("INVALID_ARGUMENT"));
    CHECK_FALSE(f.hall.log().contains(QLatin1String("11010519491231002X")));
    CHECK_FALSE(f.hall.log().contains(QLatin1String("secret-pass")));
}

TEST_CASE(
    "displays and kiosks never receive staff user names or device reports, and snapshots agree with events")
{
    HallFixture f;
    auto display = f.connect(QStringLiteral("display-1"));
    auto kiosk = f.connect(QStringLiteral("kiosk-2"));
    auto second = f.connect(QStringLiteral("display-1")); // a second lobby screen on the same device
    auto admin = f.connect(QStringLiteral("admin-1"));
    for (WsClient* c : {display.get(), kiosk.get(), second.get(), admin.get()}) {
        REQUIRE(ok(c->call(QStringLiteral("subscribe"))));
    }
    auto issuing = f.connect(QStringLiteral("kiosk-1"));
    HallFixture::issue(*issuing, {QStringLiteral("marriage")}, QStringLiteral("v-1"));
    REQUIRE(ok(issuing->call(QStringLiteral("device.status"),
                             {{QStringLiteral("kind"), QStringLiteral("printer")},
                              {QStringLiteral("status"), QStringLiteral("fault")},
                              {QStringLiteral("message"), QStringLiteral("卡纸：请联系前台小王")}})));
    auto counter = f.counter(QStringLiteral("counter-1"), QStringLiteral("wang"));
    REQUIRE(ok(counter->call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), 1}})));
    REQUIRE(ok(counter->call(QStringLiteral("counter.callNext"), {{QStringLiteral("counter"), 1}})));
    for (WsClient* c : {display.get(), kiosk.get(), second.get(), admin.get()}) {
        REQUIRE_FALSE(c->waitEvent(QStringLiteral("ticket.called")).isEmpty());
    }
    const auto lastSeq = [](WsClient& c) {
        return c.events().last().value(QLatin1String("seq")).toInteger();
    };
    REQUIRE(waitUntil(
        [&] { return lastSeq(*display) == lastSeq(*admin) && lastSeq(*kiosk) == lastSeq(*admin); }));
    for (WsClient* c : {display.get(), kiosk.get()}) {
        for (const QByteArray& raw : c->rawEvents()) {
            INFO(raw.toStdString());
            CHECK_FALSE(raw.contains("wang"));
            CHECK_FALSE(raw.contains("前台"));
            CHECK_FALSE(raw.contains("kiosk-1"));
        }
        const QByteArray snapshot = QJsonDocument(result(c->call(QStringLiteral("hall.snapshot")))).toJson();
        CHECK_FALSE(snapshot.contains("wang"));
        CHECK_FALSE(snapshot.contains("kiosk-1"));
        // Every seq arrives, the report as its kind and seq alone.
        const QJsonObject report = c->waitEvent(QStringLiteral("device.status"));
        CHECK(report.value(QLatin1String("data")).toObject().isEmpty());
    }
    // Staff see who works the window and what the device said.
    bool staffSeen = false;
    for (const QByteArray& raw : admin->rawEvents()) {
        staffSeen = staffSeen || (raw.contains("\"staff\":\"wang\"") && raw.contains("counter.changed"));
    }
    CHECK(staffSeen);
    CHECK(admin->waitEvent(QStringLiteral("device.status"))
              .value(QLatin1String("data"))
              .toObject()
              .contains(QLatin1String("device")));
    // Every session of a view gets the same bytes: one serialisation, shared.
    CHECK(display->rawEvents() == second->rawEvents());
    CHECK(display->rawEvents() == kiosk->rawEvents());
    // One rule for both: the window's ticket in a display's snapshot is the one its call event carried.
    const QJsonObject called = display->waitEvent(QStringLiteral("ticket.called"));
    const QJsonArray counters =
        result(display->call(QStringLiteral("hall.snapshot"))).value(QLatin1String("counters")).toArray();
    QJsonObject shown;
    for (const QJsonValue& c : counters) {
        if (c.toObject().value(QLatin1String("number")).toInt() == 1) {
            shown = c.toObject().value(QLatin1String("ticket")).toObject();
        }
    }
    CHECK(shown == called.value(QLatin1String("data")).toObject().value(QLatin1String("ticket")).toObject());
    CHECK(shown.value(QLatin1String("state")).toString() == QLatin1String("called"));
}

TEST_CASE("a full ID number is validated, masked and hashed by the service and never stored or logged")
{
    HallFixture f;
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    const QString number = QStringLiteral("11010519491231002X");
    const auto issue = [&](const QString& requestId, const QString& id) {
        return kiosk->call(QStringLiteral("ticket.issue"),
                           {{QStringLiteral("requestId"), requestId},
                            {QStringLiteral("services"), QJsonArray{QStringLiteral("elderly")}},
                            {QStringLiteral("idNumber"), id}});
    };
    const QJsonObject issued = issue(QStringLiteral("id-1"), number);
    REQUIRE(ok(issued));
    const QJsonObject ticket = result(issued).value(QLatin1String("ticket")).toObject();
    CHECK(ticket.value(QLatin1String("idRef")).toString() == QLatin1String("110***********002X"));
    // Born in 1949: 70 or older, so the green channel.
    CHECK(ticket.value(QLatin1String("priority")).toString() == QLatin1String("elder"));
    CHECK(errorCode(issue(QStringLiteral("id-2"), number)) == QLatin1String("DUPLICATE_TICKET"));
    CHECK(errorCode(issue(QStringLiteral("id-3"), QStringLiteral("110105194912310021"))) ==
          QLatin1String("INVALID_ID_NUMBER"));
    CHECK(ok(issue(QStringLiteral("id-1"), number)));
    f.hall.kill();
    const QByteArray stored = HallStore(f.hall).everything();
    CHECK_FALSE(stored.isEmpty());
    CHECK_FALSE(stored.contains(number.toLatin1()));
    CHECK_FALSE(stored.contains("19491231"));
    CHECK_FALSE(f.hall.log().contains(number));
    CHECK_FALSE(f.hall.log().contains(QLatin1String("19491231")));
}
