// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The fan-out's shared frames and the snapshot's shared JSON, in process (no network): what every
// session of a view receives is the one per-session serialisation, byte for byte.
#include "eventfanout.h"
#include "net/framewriter.h"
#include "protocol/envelope.h"
#include "snapshotwriter.h"

#include "domain/hallconfig.h"
#include "domain/halltime.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace hall;
using protocol::Audience;

namespace {

/// Splits server frames (unmasked, unfragmented text) back into their payloads.
QList<QByteArray> payloadsOf(QByteArrayView bytes)
{
    QList<QByteArray> out;
    qsizetype at = 0;
    while (at < bytes.size()) {
        REQUIRE(quint8(bytes[at]) == 0x81);
        quint64 size = quint8(bytes[at + 1]);
        at += 2;
        if (size == 126) {
            size = (quint64(quint8(bytes[at])) << 8) | quint8(bytes[at + 1]);
            at += 2;
        } else if (size == 127) {
            size = 0;
            for (int i = 0; i < 8; ++i) {
                size = (size << 8) | quint8(bytes[at + i]);
            }
            at += 8;
        }
        out.append(bytes.sliced(at, qsizetype(size)).toByteArray());
        at += qsizetype(size);
    }
    REQUIRE(at == bytes.size());
    return out;
}

struct Day
{
    Day()
    {
        config = defaultHallConfig();
        engine = std::make_unique<QueueEngine>(config, clock);
    }
    ManualClock clock{halltime::at(QDate(2026, 11, 24), QTime(9, 0))};
    HallConfig config;
    std::unique_ptr<QueueEngine> engine;
    Actor staff{QStringLiteral("wang"), QStringLiteral("counter-pc-1")};
    Actor kiosk{QString(), QStringLiteral("kiosk-1")};

    QString firstService() const { return config.catalogue.services().first().id; }
    int firstCounter() const { return config.catalogue.counters().first().number; }

    /// A morning's worth of every kind of event, with the engine's figures at the end.
    QList<JournalEvent> morning()
    {
        REQUIRE(engine->openCounter(firstCounter(), staff).ok());
        for (int i = 0; i < 3; ++i) {
            clock.advanceSecs(30);
            REQUIRE(engine
                        ->issue(IssueRequest{{firstService()},
                                             PriorityClass::Normal,
                                             QStringLiteral("110***********1234"),
                                             std::nullopt,
                                             kiosk})
                        .ok());
        }
        REQUIRE(engine->callNext(firstCounter(), staff).ok());
        REQUIRE(engine->start(firstCounter(), staff).ok());
        REQUIRE(engine
                    ->reportDevice(DeviceStatus{QStringLiteral("kiosk-1"),
                                                QStringLiteral("printer"),
                                                QStringLiteral("paperOut"),
                                                QStringLiteral("纸仓空了，请到前台"),
                                                {}},
                                   kiosk)
                    .ok());
        engine->recordQueueFigures();
        return engine->takeChanges().events;
    }
};

} // namespace

TEST_CASE("fan-out: a view's frames are each event's own serialisation, byte for byte", "[fanout][nostore]")
{
    Day d;
    const QList<JournalEvent> events = d.morning();
    REQUIRE(events.size() >= 8);
    for (const Audience audience : {Audience::Staff, Audience::Public}) {
        ViewFrames frames;
        for (const JournalEvent& e : events) {
            frames.append(e.seq, EventFanout::eventJson(e, audience));
        }
        const QList<QByteArray> payloads = payloadsOf(frames.bytes);
        REQUIRE(payloads.size() == events.size());
        for (qsizetype i = 0; i < events.size(); ++i) {
            const JournalEvent& e = events.at(i);
            // What a session would have serialised for itself from the same event and view.
            CHECK(payloads.at(i) == protocol::encodeEvent(e.kind, e.seq, protocol::eventData(e, audience)));
            // … and it parses back to that event, in seq order.
            const protocol::Incoming in = protocol::parseIncoming(payloads.at(i));
            CHECK(in.kind == protocol::Incoming::Kind::Event);
            CHECK(in.seq == e.seq);
            CHECK(in.event == e.kind);
        }
        // A session that subscribed at some seq gets exactly the frames after it.
        const qint64 middle = events.at(3).seq;
        CHECK(payloadsOf(QByteArrayView(frames.bytes).sliced(frames.offsetAfter(middle))) == payloads.mid(4));
        CHECK(frames.offsetAfter(events.last().seq) == frames.bytes.size());
        CHECK(frames.offsetAfter(0) == 0);
    }
}

TEST_CASE("fan-out: the public view has no staff names, device reports or personal references",
          "[fanout][views][nostore]")
{
    Day d;
    const QList<JournalEvent> events = d.morning();
    for (const JournalEvent& e : events) {
        const QByteArray json = EventFanout::eventJson(e, Audience::Public);
        INFO(json.toStdString());
        CHECK_FALSE(json.contains("wang"));         // staff user name in counterState
        CHECK_FALSE(json.contains("kiosk-1"));      // issuing device, reporting device
        CHECK_FALSE(json.contains("1234"));         // masked ID reference
        CHECK_FALSE(json.contains("前台"));         // a device report's free text
        CHECK_FALSE(json.contains("normalStreak")); // the counter's call streak is staff business
        if (e.kind == QLatin1String("device.status") || e.kind == QLatin1String("ticket.issued")) {
            // Nothing public changed: the kind and the seq only, so the seq still rises by one.
            CHECK(json == protocol::encodeEvent(e.kind, e.seq, {}));
        }
        // Staff see all of it.
        if (e.kind == QLatin1String("counter.changed")) {
            CHECK(EventFanout::eventJson(e, Audience::Staff).contains("wang"));
        }
    }
}

TEST_CASE("fan-out: one commit's queue figures are one queue.changed with only what moved",
          "[fanout][nostore]")
{
    Day d;
    d.morning(); // the first figures after a start name every service
    REQUIRE(
        d.engine->issue(IssueRequest{{d.firstService()}, PriorityClass::Normal, {}, std::nullopt, d.kiosk})
            .ok());
    REQUIRE(
        d.engine->issue(IssueRequest{{d.firstService()}, PriorityClass::Normal, {}, std::nullopt, d.kiosk})
            .ok());
    d.engine->recordQueueFigures();
    const QList<JournalEvent> events = d.engine->takeChanges().events;
    REQUIRE(events.size() == 3);
    CHECK(events.at(2).kind == QStringLiteral("queue.changed"));
    const QJsonArray queue = events.at(2).data.value(QLatin1String("queue")).toArray();
    REQUIRE(queue.size() == 1);
    CHECK(queue.at(0).toObject().value(QLatin1String("service")).toString() == d.firstService());
    CHECK(queue.at(0).toObject().value(QLatin1String("waiting")).toInt() == 4);
    // A commit that moves no figure (a rating, a device report) records no figures at all.
    REQUIRE(d.engine
                ->reportDevice(DeviceStatus{QStringLiteral("kiosk-1"),
                                            QStringLiteral("printer"),
                                            QStringLiteral("ok"),
                                            QString(),
                                            {}},
                               d.kiosk)
                .ok());
    d.engine->recordQueueFigures();
    CHECK(d.engine->takeChanges().events.size() == 1);
}

TEST_CASE("fan-out: commits of one turn share one push per view", "[fanout][nostore]")
{
    Day d;
    const QList<JournalEvent> events = d.morning();
    EventFanout::Sessions none;
    EventFanout fanout(none, [](Session&, const char*, qsizetype) { return true; });
    fanout.publish(events.mid(0, 3));
    fanout.publish(events.mid(3, 3));
    fanout.publish(events.mid(6));
    CHECK(fanout.pushes() == 0); // nothing goes out inside the turn that committed
    QCoreApplication::processEvents();
    // The staff view goes within its delay; the public view at once for the call among them.
    QElapsedTimer waited;
    waited.start();
    while (fanout.pushes() < 2 && waited.elapsed() < 5000) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    CHECK(fanout.pushes() == 2);
}

TEST_CASE("snapshot writer: one JSON per view and seq, each open ticket serialised once per change",
          "[fanout][snapshot][nostore]")
{
    Day d;
    d.morning();
    std::deque<QJsonObject> calls;
    const QList<Notice> notices = notices::defaults();
    SnapshotWriter writer(*d.engine, calls, notices);
    const QByteArray staff = writer.json(Audience::Staff);
    const QByteArray display = writer.json(Audience::Public);
    // Canonical compact JSON: what QJsonDocument makes of the same object.
    CHECK(QJsonDocument::fromJson(staff).toJson(QJsonDocument::Compact) == staff);
    CHECK(QJsonDocument::fromJson(display).toJson(QJsonDocument::Compact) == display);
    const QJsonObject s = QJsonDocument::fromJson(staff).object();
    REQUIRE(s.value(QLatin1String("tickets")).toArray().size() == 3);
    CHECK(s.value(QLatin1String("tickets")).toArray().at(0).toObject() ==
          protocol::ticketView(*d.engine->openTickets().at(0), Audience::Staff));
    CHECK(s.value(QLatin1String("seq")).toInteger() == d.engine->lastSeq());
    CHECK_FALSE(display.contains("\"tickets\""));
    CHECK_FALSE(display.contains("wang"));
    CHECK_FALSE(display.contains("devices"));
    CHECK(writer.built() == 2);

    // The same seq again: the same bytes, not built again.
    CHECK(writer.json(Audience::Staff) == staff);
    CHECK(writer.reused() == 1);

    // A change to one ticket: a new version, with that ticket's new state in it.
    REQUIRE(d.engine->finish(d.firstCounter(), Rating::Satisfied, d.staff).ok());
    const QJsonObject after = QJsonDocument::fromJson(writer.json(Audience::Staff)).object();
    CHECK(after.value(QLatin1String("tickets")).toArray().size() == 2);
    CHECK(after.value(QLatin1String("seq")).toInteger() == d.engine->lastSeq());
    CHECK(writer.built() == 3);
    // The public view of a counter's ticket is the one events carry (one rule for both).
    REQUIRE(d.engine->callNext(d.firstCounter(), d.staff).ok());
    const QJsonObject pub = QJsonDocument::fromJson(writer.json(Audience::Public)).object();
    const QJsonObject shown = pub.value(QLatin1String("counters"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QLatin1String("ticket"))
                                  .toObject();
    const QList<JournalEvent> called = d.engine->takeChanges().events;
    const QJsonObject event =
        QJsonDocument::fromJson(EventFanout::eventJson(called.last(), Audience::Public)).object();
    CHECK(event.value(QLatin1String("data")).toObject().value(QLatin1String("ticket")).toObject() == shown);
    CHECK(QJsonDocument(shown).toJson(QJsonDocument::Compact).contains("\"state\":\"called\""));
}
