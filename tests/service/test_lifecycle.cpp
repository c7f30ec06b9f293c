// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The whole life of a ticket through a real hall-service, seen by a kiosk, a counter and a display.
#include "hallfixture.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace hall::test;

namespace {

QJsonObject counterArgs(int counter, const QJsonObject& extra = {})
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("counter"), counter);
    return o;
}

QJsonObject ticketOf(const QJsonObject& reply)
{
    return result(reply).value(QLatin1String("ticket")).toObject();
}

} // namespace

TEST_CASE("a ticket goes from kiosk to counter to finished, and every screen sees it")
{
    HallFixture f;
    auto display = f.connect(QStringLiteral("display-1"));
    const QJsonObject subscribed = display->call(QStringLiteral("subscribe"));
    REQUIRE(ok(subscribed));
    const qint64 startSeq = result(subscribed).value(QLatin1String("seq")).toInteger();

    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    const QJsonObject issued = HallFixture::issue(
        *kiosk, {QStringLiteral("marriage"), QStringLiteral("certificates")}, QStringLiteral("r-1"));
    const QString number =
        issued.value(QLatin1String("ticket")).toObject().value(QLatin1String("number")).toString();
    CHECK(number == QLatin1String("A001"));
    CHECK(issued.value(QLatin1String("ahead")).toInt() == 0);

    // Each committed change is followed by the queue figures it left, as an event with its own seq.
    const QJsonObject figures = display->waitEvent(QStringLiteral("queue.changed"));
    REQUIRE_FALSE(figures.isEmpty());
    QJsonObject marriage;
    for (const auto& v :
         figures.value(QLatin1String("data")).toObject().value(QLatin1String("queue")).toArray()) {
        if (v.toObject().value(QLatin1String("service")).toString() == QLatin1String("marriage")) {
            marriage = v.toObject();
        }
    }
    CHECK(marriage.value(QLatin1String("waiting")).toInt() == 1);
    // No window is open yet: no wait is promised, the figures say why.
    CHECK_FALSE(marriage.contains(QLatin1String("waitMinutes")));
    CHECK(marriage.value(QLatin1String("noWindowOpen")).toBool());
    CHECK(marriage.value(QLatin1String("openCounters")).toInt() == 0);

    auto counter = f.counter(QStringLiteral("counter-1"), QStringLiteral("li"));
    REQUIRE(ok(counter->call(QStringLiteral("counter.open"), counterArgs(1))));
    const QJsonObject called = counter->call(QStringLiteral("counter.callNext"), counterArgs(1));
    REQUIRE(ok(called));
    CHECK(ticketOf(called).value(QLatin1String("number")).toString() == number);
    CHECK(ticketOf(called).value(QLatin1String("state")).toString() == QLatin1String("called"));

    const QJsonObject shown = display->waitEvent(QStringLiteral("ticket.called"), number);
    REQUIRE_FALSE(shown.isEmpty());
    const QJsonObject data = shown.value(QLatin1String("data")).toObject();
    CHECK(data.value(QLatin1String("recall")).toBool() == false);
    CHECK(data.value(QLatin1String("counter")).toInt() == 1);
    CHECK(data.value(QLatin1String("counterName")).toString() == QStringLiteral("1号窗口"));
    CHECK_FALSE(data.value(QLatin1String("ticket")).toObject().contains(QLatin1String("device")));

    REQUIRE(ok(counter->call(QStringLiteral("counter.recall"), counterArgs(1))));
    QJsonObject recalled;
    REQUIRE(waitUntil([&] {
        for (const QJsonObject& e : display->events()) {
            if (e.value(QLatin1String("event")).toString() == QLatin1String("ticket.called") &&
                e.value(QLatin1String("data")).toObject().value(QLatin1String("recall")).toBool()) {
                recalled = e;
            }
        }
        return !recalled.isEmpty();
    }));

    REQUIRE(ok(counter->call(QStringLiteral("counter.start"), counterArgs(1))));
    const QJsonObject finished =
        counter->call(QStringLiteral("counter.finish"),
                      counterArgs(1, {{QStringLiteral("rating"), QStringLiteral("satisfied")}}));
    REQUIRE(ok(finished));
    // One-stop: the second errand puts the ticket back in the certificates queue.
    CHECK(ticketOf(finished).value(QLatin1String("state")).toString() == QLatin1String("waiting"));
    REQUIRE_FALSE(display->waitEvent(QStringLiteral("ticket.finished"), number).isEmpty());

    auto second = f.counter(QStringLiteral("counter-2"), QStringLiteral("wang"));
    REQUIRE(ok(second->call(QStringLiteral("counter.open"), counterArgs(3))));
    REQUIRE(ok(second->call(QStringLiteral("counter.callNext"), counterArgs(3))));
    REQUIRE(ok(second->call(QStringLiteral("counter.start"), counterArgs(3))));
    const QJsonObject done = second->call(QStringLiteral("counter.finish"), counterArgs(3));
    REQUIRE(ok(done));
    CHECK(ticketOf(done).value(QLatin1String("state")).toString() == QLatin1String("finished"));

    const QJsonObject got = kiosk->call(QStringLiteral("ticket.get"), {{QStringLiteral("ticket"), number}});
    REQUIRE(ok(got));
    CHECK(ticketOf(got).value(QLatin1String("state")).toString() == QLatin1String("finished"));

    // The display saw every change exactly once, in order, without a gap.
    const qint64 finalSeq =
        result(display->call(QStringLiteral("hall.snapshot"))).value(QLatin1String("seq")).toInteger();
    REQUIRE(waitUntil([&] {
        return !display->events().isEmpty() &&
               display->events().last().value(QLatin1String("seq")).toInteger() == finalSeq;
    }));
    qint64 expected = startSeq + 1;
    for (const QJsonObject& e : display->events()) {
        CHECK(e.value(QLatin1String("seq")).toInteger() == expected);
        ++expected;
    }
    CHECK(display->events().size() >= 9);

    const QJsonObject snapshot = result(display->call(QStringLiteral("hall.snapshot")));
    CHECK_FALSE(snapshot.contains(QLatin1String("tickets")));
    const QJsonArray calls = snapshot.value(QLatin1String("recentCalls")).toArray();
    REQUIRE(calls.size() == 3);
    CHECK(calls.at(0).toObject().value(QLatin1String("counter")).toInt() == 3);
    CHECK(calls.at(1).toObject().value(QLatin1String("recall")).toBool());
}

TEST_CASE("the figures after a commit carry only the services whose waiting count moved")
{
    HallFixture f;
    auto display = f.connect(QStringLiteral("admin-1")); // staff view: events name their tickets
    REQUIRE(ok(display->call(QStringLiteral("subscribe"))));
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    HallFixture::issue(*kiosk, {QStringLiteral("elderly")}, QStringLiteral("q-1"));
    HallFixture::issue(*kiosk, {QStringLiteral("elderly")}, QStringLiteral("q-2"));
    REQUIRE_FALSE(display->waitEvent(QStringLiteral("ticket.issued"), QStringLiteral("E002")).isEmpty());
    // The queue.changed that follows E002 (one per commit) names elderly alone, with both tickets.
    QJsonArray queue;
    REQUIRE(waitUntil([&] {
        bool afterSecond = false;
        for (const QJsonObject& e : display->events()) {
            const QJsonObject data = e.value(QLatin1String("data")).toObject();
            afterSecond =
                afterSecond || data.value(QLatin1String("number")).toString() == QLatin1String("E002");
            if (afterSecond && e.value(QLatin1String("event")).toString() == QLatin1String("queue.changed")) {
                queue = data.value(QLatin1String("queue")).toArray();
                return true;
            }
        }
        return false;
    }));
    REQUIRE(queue.size() == 1);
    CHECK(queue.at(0).toObject().value(QLatin1String("service")).toString() == QLatin1String("elderly"));
    CHECK(queue.at(0).toObject().value(QLatin1String("waiting")).toInt() == 2);
    // Events themselves no longer repeat the figures: the commit's queue.changed carries them once.
    for (const QJsonObject& e : display->events()) {
        if (e.value(QLatin1String("event")).toString() != QLatin1String("queue.changed")) {
            CHECK_FALSE(e.value(QLatin1String("data")).toObject().contains(QLatin1String("queue")));
        }
    }

    const QJsonObject snapshot = result(kiosk->call(QStringLiteral("hall.snapshot")));
    for (const QJsonValue& s : snapshot.value(QLatin1String("services")).toArray()) {
        if (s.toObject().value(QLatin1String("id")).toString() == QLatin1String("elderly")) {
            CHECK(s.toObject().value(QLatin1String("waiting")).toInt() == 2);
        }
    }
}

TEST_CASE("a counter can pause, resume, set aside, re-queue, call a specific ticket and transfer")
{
    HallFixture f;
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    HallFixture::issue(*kiosk, {QStringLiteral("marriage")}, QStringLiteral("t-1"));
    HallFixture::issue(*kiosk, {QStringLiteral("marriage")}, QStringLiteral("t-2"));
    auto counter = f.counter(QStringLiteral("counter-1"), QStringLiteral("wang"));
    REQUIRE(ok(counter->call(QStringLiteral("counter.open"), counterArgs(2))));
    REQUIRE(ok(counter->call(QStringLiteral("counter.pause"), counterArgs(2))));
    CHECK(errorCode(counter->call(QStringLiteral("counter.callNext"), counterArgs(2))) ==
          QLatin1String("COUNTER_PAUSED"));
    REQUIRE(ok(counter->call(QStringLiteral("counter.resume"), counterArgs(2))));

    const QJsonObject called = counter->call(
        QStringLiteral("counter.call"), counterArgs(2, {{QStringLiteral("ticket"), QStringLiteral("A002")}}));
    REQUIRE(ok(called));
    CHECK(ticketOf(called).value(QLatin1String("number")).toString() == QLatin1String("A002"));
    const QJsonObject aside = counter->call(QStringLiteral("counter.setAside"), counterArgs(2));
    REQUIRE(ok(aside));
    CHECK(ticketOf(aside).value(QLatin1String("state")).toString() == QLatin1String("setAside"));
    const QJsonObject requeued =
        counter->call(QStringLiteral("counter.requeue"),
                      counterArgs(2, {{QStringLiteral("ticket"), QStringLiteral("A002")}}));
    REQUIRE(ok(requeued));
    CHECK(ticketOf(requeued).value(QLatin1String("state")).toString() == QLatin1String("waiting"));

    REQUIRE(ok(counter->call(QStringLiteral("counter.callNext"), counterArgs(2))));
    const QJsonObject moved =
        counter->call(QStringLiteral("counter.transfer"),
                      counterArgs(2, {{QStringLiteral("toService"), QStringLiteral("divorce")}}));
    REQUIRE(ok(moved));
    CHECK(ticketOf(moved).value(QLatin1String("state")).toString() == QLatin1String("waiting"));
    CHECK(errorCode(counter->call(QStringLiteral("counter.transfer"), counterArgs(2))) ==
          QLatin1String("INVALID_ARGUMENT"));
    REQUIRE(ok(counter->call(QStringLiteral("counter.close"), counterArgs(2))));

    const QJsonObject cancelled =
        kiosk->call(QStringLiteral("ticket.cancel"), {{QStringLiteral("ticket"), QStringLiteral("A002")}});
    REQUIRE(ok(cancelled));
    CHECK(ticketOf(cancelled).value(QLatin1String("state")).toString() == QLatin1String("cancelled"));
}
