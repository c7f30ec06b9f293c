// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// counter.rate (the resident's rating after the finish), hall.overview and counter.reassign (the
// supervisor's view and actions) through a real hall-service.
#include "hallfixture.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace hall::test;

namespace {

QJsonObject ticketOf(const QJsonObject& reply)
{
    return result(reply).value(QLatin1String("ticket")).toObject();
}

/// Opens `counter`, calls, starts and finishes its next ticket; returns the ticket's number.
QString serveOne(WsClient& counter, int number)
{
    counter.call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), number}});
    const QJsonObject called =
        counter.call(QStringLiteral("counter.callNext"), {{QStringLiteral("counter"), number}});
    REQUIRE(ok(called));
    REQUIRE(ok(counter.call(QStringLiteral("counter.start"), {{QStringLiteral("counter"), number}})));
    REQUIRE(ok(counter.call(QStringLiteral("counter.finish"), {{QStringLiteral("counter"), number}})));
    return ticketOf(called).value(QLatin1String("number")).toString();
}

QJsonObject overviewCounter(const QJsonObject& overview, int number)
{
    for (const QJsonValue& v : overview.value(QLatin1String("counters")).toArray()) {
        if (v.toObject().value(QLatin1String("number")).toInt() == number) {
            return v.toObject();
        }
    }
    return {};
}

} // namespace

TEST_CASE("counter.rate stores the rating with the errand, once, and every staff screen hears of it")
{
    HallFixture f;
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    HallFixture::issue(*kiosk, {QStringLiteral("marriage")}, QStringLiteral("t-1"));
    auto li = f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
    auto watcher = f.counter(QStringLiteral("counter-2"), QStringLiteral("wang"));
    REQUIRE(ok(watcher->call(QStringLiteral("subscribe"))));
    const QString number = serveOne(*li, 1);

    const QJsonObject rateArgs{{QStringLiteral("counter"), 1},
                               {QStringLiteral("ticket"), number},
                               {QStringLiteral("rating"), QStringLiteral("satisfied")},
                               {QStringLiteral("requestId"), QStringLiteral("rate-1")}};
    const QJsonObject rated = li->call(QStringLiteral("counter.rate"), rateArgs);
    REQUIRE(ok(rated));
    CHECK(ticketOf(rated)
              .value(QLatin1String("errands"))
              .toArray()
              .at(0)
              .toObject()
              .value(QLatin1String("rating")) == QStringLiteral("satisfied"));
    const QJsonObject event = watcher->waitEvent(QStringLiteral("ticket.rated"), number);
    REQUIRE_FALSE(event.isEmpty());
    CHECK(event.value(QLatin1String("data")).toObject().value(QLatin1String("rating")).toString() ==
          QStringLiteral("satisfied"));

    // The same request again is answered from the ledger; a new one is refused: rated once.
    CHECK(result(li->call(QStringLiteral("counter.rate"), rateArgs)) == result(rated));
    QJsonObject again = rateArgs;
    again.insert(QStringLiteral("requestId"), QStringLiteral("rate-2"));
    again.insert(QStringLiteral("rating"), QStringLiteral("unsatisfied"));
    CHECK(errorCode(li->call(QStringLiteral("counter.rate"), again)) == QStringLiteral("INVALID_TRANSITION"));

    QJsonObject none = rateArgs;
    none.insert(QStringLiteral("rating"), QStringLiteral("none"));
    none.remove(QStringLiteral("requestId"));
    CHECK(errorCode(li->call(QStringLiteral("counter.rate"), none)) == QStringLiteral("INVALID_ARGUMENT"));
    QJsonObject otherWindow = none;
    otherWindow.insert(QStringLiteral("counter"), 3);
    otherWindow.insert(QStringLiteral("rating"), QStringLiteral("basic"));
    CHECK(errorCode(li->call(QStringLiteral("counter.rate"), otherWindow)) == QStringLiteral("FORBIDDEN"));
    auto display = f.connect(QStringLiteral("display-1"));
    CHECK(errorCode(display->call(QStringLiteral("counter.rate"), rateArgs)) == QStringLiteral("FORBIDDEN"));

    REQUIRE(f.hall.restart());
    auto admin = f.connect(QStringLiteral("admin-1"));
    const QJsonObject stored =
        admin->call(QStringLiteral("ticket.get"), {{QStringLiteral("ticket"), number}});
    CHECK(ticketOf(stored)
              .value(QLatin1String("errands"))
              .toArray()
              .at(0)
              .toObject()
              .value(QLatin1String("rating")) == QStringLiteral("satisfied"));
    const QJsonObject overview = result(admin->call(QStringLiteral("hall.overview")));
    CHECK(overview.value(QLatin1String("ratings")).toObject().value(QLatin1String("satisfied")).toInt() == 1);
}

TEST_CASE(
    "hall.overview gives the window layout, what this session may operate, today's counts and the hall clock")
{
    HallFixture f;
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    HallFixture::issue(*kiosk, {QStringLiteral("marriage"), QStringLiteral("certificates")},
                       QStringLiteral("t-1"));
    HallFixture::issue(*kiosk, {QStringLiteral("divorce")}, QStringLiteral("t-2"));
    auto li = f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
    serveOne(*li, 1);

    const QJsonObject overview = result(li->call(QStringLiteral("hall.overview")));
    CHECK(overview.value(QLatin1String("staff")).toObject().value(QLatin1String("user")).toString() ==
          QStringLiteral("li"));
    CHECK(QDateTime::fromString(overview.value(QLatin1String("now")).toString(), Qt::ISODate).isValid());
    const QJsonObject one = overviewCounter(overview, 1);
    CHECK(one.value(QLatin1String("mayOperate")).toBool());
    CHECK(one.value(QLatin1String("finished")).toInt() == 1);
    CHECK(one.value(QLatin1String("services"))
              .toArray()
              .at(0)
              .toObject()
              .value(QLatin1String("id"))
              .toString() == QStringLiteral("marriage"));
    CHECK_FALSE(overviewCounter(overview, 3).value(QLatin1String("mayOperate")).toBool());
    CHECK(overviewCounter(overview, 8).value(QLatin1String("integrated")).toBool());
    int issued = 0;
    int finished = 0;
    for (const QJsonValue& v : overview.value(QLatin1String("services")).toArray()) {
        issued += v.toObject().value(QLatin1String("issued")).toInt();
        finished += v.toObject().value(QLatin1String("finished")).toInt();
    }
    CHECK(issued == 3); // every errand counts: marriage, certificates, divorce
    CHECK(finished == 1);
    CHECK(overview.value(QLatin1String("ratings")).toObject().value(QLatin1String("none")).toInt() == 1);

    // A counter device before its staff logs in reads the layout but may operate nothing.
    auto anonymous = f.connect(QStringLiteral("counter-2"));
    const QJsonObject before = result(anonymous->call(QStringLiteral("hall.overview")));
    CHECK_FALSE(before.contains(QLatin1String("staff")));
    CHECK_FALSE(overviewCounter(before, 1).value(QLatin1String("mayOperate")).toBool());
    auto display = f.connect(QStringLiteral("display-1"));
    CHECK(errorCode(display->call(QStringLiteral("hall.overview"))) == QStringLiteral("FORBIDDEN"));
    CHECK(errorCode(li->call(QStringLiteral("hall.overview"), {{QStringLiteral("x"), 1}})) ==
          QStringLiteral("INVALID_ARGUMENT"));
}

TEST_CASE("counter.reassign moves the tickets waiting for a window, for staff allowed on both windows")
{
    HallFixture f;
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    HallFixture::issue(*kiosk, {QStringLiteral("marriage")}, QStringLiteral("t-1"));
    HallFixture::issue(*kiosk, {QStringLiteral("marriage")}, QStringLiteral("t-2"));
    auto wang = f.counter(QStringLiteral("counter-2"), QStringLiteral("wang"));
    for (int c : {1, 3}) {
        REQUIRE(ok(wang->call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), c}})));
    }
    for (int i = 0; i < 2; ++i) {
        REQUIRE(ok(wang->call(QStringLiteral("counter.callNext"), {{QStringLiteral("counter"), 1}})));
        REQUIRE(ok(wang->call(QStringLiteral("counter.transfer"),
                              {{QStringLiteral("counter"), 1}, {QStringLiteral("toCounter"), 3}})));
    }
    auto li = f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
    CHECK(errorCode(li->call(QStringLiteral("counter.reassign"),
                             {{QStringLiteral("counter"), 3}, {QStringLiteral("toCounter"), 1}})) ==
          QStringLiteral("FORBIDDEN"));
    CHECK(errorCode(li->call(QStringLiteral("counter.reassign"),
                             {{QStringLiteral("counter"), 1}, {QStringLiteral("toCounter"), 3}})) ==
          QStringLiteral("FORBIDDEN"));

    const QJsonObject moved =
        wang->call(QStringLiteral("counter.reassign"), {{QStringLiteral("counter"), 3}});
    REQUIRE(ok(moved));
    const QJsonArray tickets = result(moved).value(QLatin1String("tickets")).toArray();
    REQUIRE(tickets.size() == 2);
    CHECK(tickets.at(0).toObject().value(QLatin1String("assignedCounter")).toInt() == 0);
    CHECK(errorCode(wang->call(QStringLiteral("counter.reassign"), {{QStringLiteral("counter"), 3}})) ==
          QStringLiteral("QUEUE_EMPTY"));
    // Back in the marriage queue: window 1 calls them again.
    const QJsonObject called =
        wang->call(QStringLiteral("counter.callNext"), {{QStringLiteral("counter"), 1}});
    CHECK(ticketOf(called).value(QLatin1String("number")).toString() == QStringLiteral("A001"));
}

TEST_CASE("the window and the errands name the staff member serving now, not the one who opened it")
{
    HallFixture f;
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    HallFixture::issue(*kiosk, {QStringLiteral("marriage")}, QStringLiteral("t-1"));
    auto wang = f.counter(QStringLiteral("counter-2"), QStringLiteral("wang"));
    REQUIRE(ok(wang->call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), 1}})));

    // li takes window 1 over as it is (the counter client sends counter.open on an open window).
    auto li = f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
    const QJsonObject taken = li->call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), 1}});
    REQUIRE(ok(taken));
    CHECK(result(taken).value(QLatin1String("counter")).toObject().value(QLatin1String("staff")) ==
          QStringLiteral("li"));
    // Opening it again as li is what it always was: already open.
    CHECK(errorCode(li->call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), 1}})) ==
          QStringLiteral("INVALID_TRANSITION"));

    serveOne(*li, 1);
    const QJsonObject snapshot = result(wang->call(QStringLiteral("hall.snapshot")));
    for (const QJsonValue& c : snapshot.value(QLatin1String("counters")).toArray()) {
        if (c.toObject().value(QLatin1String("number")).toInt() == 1) {
            CHECK(c.toObject().value(QLatin1String("staff")) == QStringLiteral("li"));
        }
    }
    const QJsonObject ticket =
        result(li->call(QStringLiteral("ticket.get"), {{QStringLiteral("ticket"), QStringLiteral("A001")}}))
            .value(QLatin1String("ticket"))
            .toObject();
    CHECK(ticket.value(QLatin1String("errands")).toArray().at(0).toObject().value(QLatin1String("staff")) ==
          QStringLiteral("li"));
}
