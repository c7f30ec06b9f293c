// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// JsonWriter against QJsonDocument: for random strings (Chinese, control characters, quotes, emoji,
// lone surrogates) and random nested objects, the bytes must be the same, since replies and events
// written by it reach the same clients and the same request ledger as those QJsonDocument wrote.
#include "domain/halltime.h"
#include "domain/jsonwriter.h"
#include "protocol/envelope.h"
#include "protocol/views.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <catch2/catch.hpp>

#include <limits>
#include <string_view>

using namespace hall;

namespace {

QByteArray qtCompact(const QJsonValue& v)
{
    // A bare value through QJsonDocument: inside a one-element array, brackets removed.
    const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

char16_t randomUnit(QRandomGenerator& rng)
{
    switch (rng.bounded(9)) {
    case 0:
        return char16_t(rng.bounded(0x20)); // control characters
    case 1: {
        static const char16_t special[] = {u'"', u'\\', u'/', 0x7f, u' ', u'\'', u'<'};
        return special[rng.bounded(int(std::size(special)))];
    }
    case 2:
        return char16_t(0x80 + rng.bounded(0x780)); // two UTF-8 bytes
    case 3:
    case 4:
        return char16_t(0x4e00 + rng.bounded(0x5200)); // CJK, three bytes
    case 5:
        return char16_t(0xd800 + rng.bounded(0x800)); // a surrogate, paired or not by chance
    case 6: {
        static const char16_t edge[] = {0xfffe, 0xffff, 0xfeff, 0x3000, 0xff01, 0x800, 0x7ff};
        return edge[rng.bounded(int(std::size(edge)))];
    }
    default:
        return char16_t(0x20 + rng.bounded(0x5f)); // printable ASCII
    }
}

QString randomString(QRandomGenerator& rng)
{
    QString s;
    const int length = rng.bounded(24);
    for (int i = 0; i < length; ++i) {
        if (rng.bounded(6) == 0) {
            s.append(QChar(QChar::highSurrogate(0x1f600 + rng.bounded(0x50)))); // an emoji, paired
            s.append(QChar(QChar::lowSurrogate(0x1f600 + rng.bounded(0x50))));
        } else {
            s.append(QChar(randomUnit(rng)));
        }
    }
    return s;
}

QJsonValue randomValue(QRandomGenerator& rng, int depth);

QJsonObject randomObject(QRandomGenerator& rng, int depth)
{
    QJsonObject o;
    const int n = rng.bounded(depth > 2 ? 3 : 8);
    for (int i = 0; i < n; ++i) {
        o.insert(rng.bounded(3) == 0 ? randomString(rng) : QStringLiteral("k%1").arg(rng.bounded(40)),
                 randomValue(rng, depth + 1));
    }
    return o;
}

QJsonValue randomValue(QRandomGenerator& rng, int depth)
{
    static const double doubles[] = {
        0.1,           -0.0, 1.5,     1e20,  1e15,
        123456789.125, 3.0,  -2.5e-7, 1e300, std::numeric_limits<double>::infinity()};
    static const qint64 integers[] = {0,
                                      -1,
                                      1,
                                      2147483648LL,
                                      9007199254740993LL,
                                      1000000,
                                      -99999999,
                                      std::numeric_limits<qint64>::min(),
                                      std::numeric_limits<qint64>::max()};
    switch (rng.bounded(depth > 2 ? 6 : 8)) {
    case 0:
        return rng.bounded(2) == 0;
    case 1:
        return QJsonValue();
    case 2:
        return doubles[rng.bounded(int(std::size(doubles)))];
    case 3:
        return integers[rng.bounded(int(std::size(integers)))];
    case 4:
        return int(rng.bounded(100000)) - 50000;
    case 5:
        return randomString(rng);
    case 6: {
        QJsonArray a;
        const int n = rng.bounded(5);
        for (int i = 0; i < n; ++i) {
            a.append(randomValue(rng, depth + 1));
        }
        return a;
    }
    default:
        return randomObject(rng, depth);
    }
}

} // namespace

TEST_CASE("JsonWriter escapes strings exactly as QJsonDocument does", "[protocol][json]")
{
    QRandomGenerator rng(20261207);
    for (int i = 0; i < 5000; ++i) {
        const QString s = randomString(rng);
        JsonWriter w;
        w.string(s);
        INFO(i);
        REQUIRE(w.bytes() == qtCompact(s));
    }
    // Latin-1 text (the keys and fixed words of the hall) takes the same route.
    for (int i = 0; i < 500; ++i) {
        QByteArray latin1;
        for (int n = rng.bounded(20); n > 0; --n) {
            latin1.append(char(rng.bounded(256)));
        }
        JsonWriter w;
        w.string(QLatin1StringView(latin1));
        INFO(i);
        REQUIRE(w.bytes() == qtCompact(QString::fromLatin1(latin1)));
    }
    JsonWriter w;
    w.string(QStringLiteral("请 A012 号到 3 号窗口办理\t\"重呼\"\\"));
    CHECK(w.bytes() == QByteArray("\"请 A012 号到 3 号窗口办理\\t\\\"重呼\\\"\\\\\""));
}

TEST_CASE("JsonWriter writes any object as QJsonDocument's compact form", "[protocol][json]")
{
    QRandomGenerator rng(7700);
    for (int i = 0; i < 2000; ++i) {
        const QJsonObject o = randomObject(rng, 0);
        JsonWriter w;
        w.object(o);
        INFO(i << ": " << QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString());
        REQUIRE(w.bytes() == QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
}

TEST_CASE("JsonWriter puts commas only between siblings", "[protocol][json]")
{
    JsonWriter w;
    w.beginObject()
        .field(QLatin1StringView("a"), 1)
        .key(QLatin1StringView("b"))
        .beginArray()
        .integer(-7)
        .beginObject()
        .endObject()
        .beginArray()
        .endArray()
        .null()
        .raw("{\"x\":true}")
        .endArray()
        .field(QLatin1StringView("c"), false)
        .key(QLatin1StringView("d"))
        .beginObject()
        .field(QLatin1StringView("e"), QStringLiteral("值"))
        .endObject()
        .endObject();
    CHECK(w.bytes() == QByteArray(R"({"a":1,"b":[-7,{},[],null,{"x":true}],"c":false,"d":{"e":"值"}})"));
}

TEST_CASE("the envelope's frames are QJsonDocument's bytes", "[protocol][json]")
{
    // What encodeOk, encodeError and encodeEvent wrote when they built a QJsonObject around the
    // result: clients and recorded frames must see no difference.
    QRandomGenerator rng(42);
    const auto compact = [](const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
    for (int i = 0; i < 300; ++i) {
        const QJsonObject data = randomObject(rng, 1);
        const QJsonValue id =
            i % 3 == 0 ? QJsonValue(randomString(rng)) : QJsonValue(qint64(rng.bounded(1 << 30)));
        const QString text = randomString(rng);
        INFO(i);
        CHECK(protocol::encodeOk(id, data) == compact({{QStringLiteral("id"), id},
                                                       {QStringLiteral("ok"), true},
                                                       {QStringLiteral("result"), data}}));
        CHECK(protocol::encodeError(id, {QStringLiteral("QUEUE_EMPTY"), text}) ==
              compact({{QStringLiteral("id"), id},
                       {QStringLiteral("ok"), false},
                       {QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("code"), QStringLiteral("QUEUE_EMPTY")},
                                    {QStringLiteral("message"), text}}}}));
        // A refusal written for people also carries its sentence in each language.
        const Sentence said{QStringLiteral("存") + randomString(rng),
                            QStringLiteral("s") + randomString(rng)};
        CHECK(protocol::encodeError(id, {QStringLiteral("STORAGE_FAILED"), said.joined(), said}) ==
              compact({{QStringLiteral("id"), id},
                       {QStringLiteral("ok"), false},
                       {QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("code"), QStringLiteral("STORAGE_FAILED")},
                                    {QStringLiteral("message"), said.joined()},
                                    {QStringLiteral("messageZh"), said.zh},
                                    {QStringLiteral("messageEn"), said.en}}}}));
        CHECK(protocol::encodeEvent(QStringLiteral("ticket.called"), 1042 + i, data) ==
              compact({{QStringLiteral("event"), QStringLiteral("ticket.called")},
                       {QStringLiteral("seq"), 1042 + i},
                       {QStringLiteral("data"), data}}));
        CHECK(protocol::encodeRequest(id, QStringLiteral("ticket.issue"), data) ==
              compact({{QStringLiteral("id"), id},
                       {QStringLiteral("op"), QStringLiteral("ticket.issue")},
                       {QStringLiteral("args"), data}}));
    }
}

namespace {

QDateTime maybeTime(QRandomGenerator& rng)
{
    // Invalid (left out of the JSON) or a time in the hall's day.
    return rng.bounded(3) == 0 ? QDateTime()
                               : halltime::fromIso(QStringLiteral("2026-12-07T09:00:00+08:00"))
                                     .addSecs(rng.bounded(36000))
                                     .addMSecs(rng.bounded(2) == 0 ? 0 : rng.bounded(1000));
}

QString maybeText(QRandomGenerator& rng)
{
    return rng.bounded(2) == 0 ? QString() : randomString(rng);
}

Ticket randomTicket(QRandomGenerator& rng)
{
    Ticket t;
    t.id = rng.bounded(100000);
    t.day = rng.bounded(10) == 0 ? QDate() : QDate(2026, 12, 7);
    t.number =
        QStringLiteral("%1%2").arg(QChar(u'A' + rng.bounded(12))).arg(rng.bounded(1000), 3, 10, QChar(u'0'));
    t.issuedAt = maybeTime(rng);
    for (int n = 1 + rng.bounded(3); n > 0; --n) {
        Errand e;
        e.serviceId = rng.bounded(4) == 0 ? randomString(rng) : QStringLiteral("marriage");
        e.servedBy = rng.bounded(3) == 0 ? 0 : rng.bounded(12);
        e.startedAt = maybeTime(rng);
        e.finishedAt = maybeTime(rng);
        e.rating = static_cast<Rating>(rng.bounded(4));
        e.staff = maybeText(rng);
        t.errands.append(e);
    }
    t.currentErrand = rng.bounded(int(t.errands.size()));
    t.state = static_cast<TicketState>(rng.bounded(7));
    t.priority = static_cast<PriorityClass>(rng.bounded(5));
    t.idRef = rng.bounded(2) == 0 ? QString() : QStringLiteral("110***********1234");
    if (rng.bounded(3) == 0) {
        t.appointment = Appointment{randomString(rng), maybeTime(rng), maybeTime(rng)};
    }
    t.counter = rng.bounded(3) == 0 ? 0 : rng.bounded(20);
    t.assignedCounter = rng.bounded(3) == 0 ? 0 : rng.bounded(20);
    t.recalls = rng.bounded(4);
    t.requeues = rng.bounded(2);
    t.calledAt = maybeTime(rng);
    t.device = maybeText(rng);
    t.queuedAt = maybeTime(rng);
    return t;
}

/// An event of one of `kinds` with a random seq, counter and ticket, and no data yet.
template <std::size_t N> JournalEvent randomEventHead(QRandomGenerator& rng, const QString (&kinds)[N])
{
    JournalEvent e;
    e.seq = 1 + rng.bounded(1 << 20);
    e.kind = kinds[rng.bounded(int(N))];
    e.counter = rng.bounded(2) == 0 ? 0 : 1 + rng.bounded(20);
    e.ticket = rng.bounded(2) == 0 ? QString() : QStringLiteral("A%1").arg(rng.bounded(1000));
    return e;
}

} // namespace

TEST_CASE("a ticket's JSON written, parsed and built key by key is the same", "[protocol][json]")
{
    QRandomGenerator rng(1077);
    int keyByKey = 0;
    for (int i = 0; i < 2000; ++i) {
        const Ticket t = randomTicket(rng);
        JsonWriter w;
        writeJson(w, t);
        const QByteArray expected = QJsonDocument(toJsonKeyByKey(t)).toJson(QJsonDocument::Compact);
        INFO(i << ": " << expected.toStdString());
        REQUIRE(w.bytes() == expected);
        REQUIRE(QJsonDocument(toJson(t)).toJson(QJsonDocument::Compact) == expected);
        keyByKey += JsonWriter::parseBack(w.bytes()) ? 0 : 1;
    }
    CHECK(keyByKey > 0); // random texts start with U+FEFF now and then: both roads were taken
}

TEST_CASE("an event's frame is the same however it is written", "[protocol][json]")
{
    // eventJson() writes staff's data straight from the event's; encodeEvent(eventData()) is the
    // QJsonObject route it replaces, for every view.
    QRandomGenerator rng(1042);
    const QString kinds[] = {QStringLiteral("ticket.issued"), QStringLiteral("ticket.called"),
                             QStringLiteral("queue.changed"), QStringLiteral("device.status"),
                             QStringLiteral("counter.opened")};
    for (int i = 0; i < 1000; ++i) {
        JournalEvent e = randomEventHead(rng, kinds);
        e.data = randomObject(rng, 1);
        // The keys the common fields land among, and the ones they replace.
        for (const char* key : {"counter", "number", "counterState", "counterName", "a", "z", "n", "nu"}) {
            if (rng.bounded(3) == 0) {
                e.data.insert(QLatin1String(key), randomValue(rng, 2));
            }
        }
        if (rng.bounded(2) == 0) {
            e.data.insert(QStringLiteral("ticket"), toJson(randomTicket(rng)));
        }
        for (const auto audience :
             {protocol::Audience::Staff, protocol::Audience::Owner, protocol::Audience::Public}) {
            INFO(i << " " << int(audience) << ": "
                   << QJsonDocument(e.data).toJson(QJsonDocument::Compact).toStdString());
            const QByteArray expected =
                protocol::encodeEvent(e.kind, e.seq, protocol::eventData(e, audience));
            REQUIRE(protocol::eventJson(e, audience) == expected);
            // The same from the bytes the engine writes beside data.
            JournalEvent written = e;
            written.json = JsonWriter::compact(e.data);
            REQUIRE(protocol::eventJson(written, audience) == expected);
        }
    }
}

TEST_CASE("an event's data is parsed when read, and the public frame is written from its bytes",
          "[protocol][json]")
{
    // The engine leaves an event's data as the bytes it wrote (EventData); the frames of every view
    // are written from those bytes, so an event nobody reads as an object is never parsed. The
    // public's frame of an event without a counter's state keeps only the members the public sees.
    QRandomGenerator rng(2207);
    const QString kinds[] = {QStringLiteral("ticket.issued"), QStringLiteral("ticket.finished"),
                             QStringLiteral("queue.changed"), QStringLiteral("ticket.cancelled")};
    int fromBytes = 0;
    for (int i = 0; i < 1000; ++i) {
        JournalEvent e = randomEventHead(rng, kinds);
        QJsonObject data;
        for (const char* key : {"queue", "counterName", "recall", "from", "to", "expired", "notices",
                                "counter", "number", "ticket", "reason", "counterState"}) {
            if (rng.bounded(key == std::string_view("counterState") ? 6 : 3) == 0) {
                data.insert(QLatin1String(key), randomValue(rng, 2));
            }
        }
        e.data = data;
        JournalEvent written = e;
        written.json = JsonWriter::compact(data);
        REQUIRE(JsonWriter::parsesBack(written.json) == JsonWriter::parseBack(written.json).has_value());
        if (!JsonWriter::parsesBack(written.json)) {
            continue; // a string starting with U+FEFF: the engine keeps the object itself
        }
        written.data = EventData::parsedWhenRead(written.json);
        for (const auto audience :
             {protocol::Audience::Staff, protocol::Audience::Owner, protocol::Audience::Public}) {
            INFO(i << " " << int(audience) << ": " << written.json.toStdString());
            const QByteArray expected =
                protocol::encodeEvent(e.kind, e.seq, protocol::eventData(e, audience));
            REQUIRE(protocol::eventJson(written, audience) == expected);
        }
        if (!data.contains(QLatin1String("counterState"))) {
            CHECK_FALSE(written.data.parsed());
            ++fromBytes;
        }
        // Read, it is what Qt's parser makes of the bytes (random numbers do not all come back as the
        // object they were written from; the engine's do, test_calling reads them).
        CHECK(written.data.object() == QJsonDocument::fromJson(written.json).object());
        CHECK(written.data.parsed());
    }
    CHECK(fromBytes > 100);
}
