// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Which calls the lobby speaks: each ticket.called once, in order, across reconnects (resyncs).
#include "callannouncer.h"
#include "recordingplayer.h"
#include "voice/announcer.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QJsonArray>
#include <QSignalSpy>

using namespace hall;
using namespace Qt::StringLiterals;

namespace {

QJsonObject recent(const QString& ticket, int counter, qint64 seq, bool recall = false)
{
    return {{u"ticket"_s, ticket}, {u"counter"_s, counter}, {u"recall"_s, recall}, {u"seq"_s, seq}};
}

QJsonObject snapshot(qint64 seq, const QJsonArray& recentCalls)
{
    return {{u"seq"_s, seq}, {u"recentCalls"_s, recentCalls}};
}

QJsonObject calledData(const QString& ticket, int counter, bool recall = false)
{
    return {{u"number"_s, ticket}, {u"counter"_s, counter}, {u"recall"_s, recall}};
}

QStringList spoken(const CallAnnouncer& a)
{
    QStringList out;
    for (const CallAnnouncer::Entry& e : a.history()) {
        out << QStringLiteral("%1@%2%3")
                   .arg(e.call.ticketNumber)
                   .arg(e.call.counter)
                   .arg(QLatin1String(e.call.recall ? "R" : ""));
    }
    return out;
}

} // namespace

TEST_CASE("call announcer: calls before the display started are history, not news", "[nostore]")
{
    CallAnnouncer a;
    a.onEvent(u"ticket.called"_s, 3, calledData(u"A001"_s, 1)); // before any snapshot: ignored
    a.onResync(snapshot(20, {recent(u"A002"_s, 2, 19), recent(u"A001"_s, 1, 3)}));
    CHECK(a.history().isEmpty());
    CHECK(a.highestSeq() == 20);
}

TEST_CASE("call announcer: every ticket.called event once, recalls marked, other events skipped", "[nostore]")
{
    CallAnnouncer a;
    QSignalSpy queued(&a, &CallAnnouncer::queued);
    a.onResync(snapshot(20, {}));
    a.onEvent(u"ticket.issued"_s, 21, {{u"number"_s, u"A005"_s}});
    a.onEvent(u"ticket.called"_s, 22, calledData(u"A003"_s, 1));
    a.onEvent(u"ticket.called"_s, 23, calledData(u"B001"_s, 3));
    a.onEvent(u"ticket.called"_s, 23, calledData(u"B001"_s, 3)); // delivered twice: said once
    a.onEvent(u"queue.changed"_s, 24, {});
    a.onEvent(u"ticket.called"_s, 25, calledData(u"A003"_s, 1, true));
    CHECK(spoken(a) == QStringList{u"A003@1"_s, u"B001@3"_s, u"A003@1R"_s});
    CHECK(queued.count() == 3);
    CHECK(a.highestSeq() == 25);
}

TEST_CASE("call announcer: after a reconnect the missed calls are said, oldest first, and no call twice",
          "[nostore]")
{
    CallAnnouncer a;
    a.onResync(snapshot(20, {recent(u"A001"_s, 1, 18)}));
    a.onEvent(u"ticket.called"_s, 21, calledData(u"A002"_s, 2));
    // Disconnected; meanwhile 22 (A003 at 1), 24 (recall of A002), 26 (B001 at 3) were called.
    a.onResync(snapshot(27, {recent(u"B001"_s, 3, 26), recent(u"A002"_s, 2, 24, true),
                             recent(u"A003"_s, 1, 22), recent(u"A002"_s, 2, 21), recent(u"A001"_s, 1, 18)}));
    CHECK(spoken(a) == QStringList{u"A002@2"_s, u"A003@1"_s, u"A002@2R"_s, u"B001@3"_s});
    // A second resync with nothing new, and the buffered event of a call already said.
    a.onResync(snapshot(27, {recent(u"B001"_s, 3, 26)}));
    a.onEvent(u"ticket.called"_s, 26, calledData(u"B001"_s, 3));
    CHECK(spoken(a).size() == 4);
    a.onEvent(u"ticket.called"_s, 28, calledData(u"C001"_s, 4));
    CHECK(spoken(a).last() == u"C001@4"_s);
}

TEST_CASE("call announcer: a service whose history started again is not taken for old news forever",
          "[nostore]")
{
    CallAnnouncer a;
    a.onResync(snapshot(500, {}));
    a.onResync(snapshot(3, {recent(u"A001"_s, 1, 2)})); // a new database: seq went back
    CHECK(a.history().isEmpty());
    a.onEvent(u"ticket.called"_s, 4, calledData(u"A002"_s, 1));
    CHECK(spoken(a) == QStringList{u"A002@1"_s});
}

TEST_CASE(
    "call announcer: the hardware announcer queues the calls and speaks them in order, recall with 重呼",
    "[nostore]")
{
    QString error;
    VoicePack pack = VoicePack::load(VoicePack::defaultDirectory(), &error);
    INFO(error.toStdString());
    REQUIRE_FALSE(pack.isEmpty());
    auto* player = new test::RecordingPlayer(50);
    Announcer announcer(pack, std::unique_ptr<ClipPlayer>(player));
    announcer.setRepeat(1);
    CallAnnouncer a(&announcer);
    a.onResync(snapshot(1, {}));
    a.onEvent(u"ticket.called"_s, 2, calledData(u"A012"_s, 3));
    a.onEvent(u"ticket.called"_s, 3, calledData(u"B001"_s, 12));
    a.onEvent(u"ticket.called"_s, 4, calledData(u"A012"_s, 3, true));
    // The first is playing, the other two wait their turn.
    CHECK(announcer.isSpeaking());
    CHECK(announcer.pendingCount() == 2);
    QSignalSpy idle(&announcer, &Announcer::idle);
    REQUIRE(idle.wait(5000));
    REQUIRE(player->played.size() == 3);
    const auto keys = [&](int i) {
        QStringList out;
        for (const QString& f : player->played.at(i)) {
            out << QFileInfo(f).completeBaseName();
        }
        return out;
    };
    CHECK(keys(0) == QStringList{u"chime"_s, u"qing"_s, u"A"_s, u"d0"_s, u"d1"_s, u"d2"_s, u"hao"_s, u"dao"_s,
                                 u"d3"_s, u"hao"_s, u"chuangkou"_s, u"banli"_s});
    CHECK(keys(1).mid(8, 2) == QStringList{u"shi"_s, u"d2"_s}); // 十二号窗口
    CHECK(keys(2).last() == u"chonghu"_s);
    CHECK_FALSE(keys(0).contains(u"chonghu"_s));
}
