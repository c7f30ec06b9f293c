// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Adversarial bound 1 with events fanned out once per view: the bytes of a push are shared by every
// subscriber of the view, and still count against each connection's unsent-bytes cap. Readers that
// stop reading (a display and a staff client) are closed with 4003; one that reads misses nothing.
#include "adversary.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QJsonDocument>

using namespace hall;
using namespace hall::test;

namespace {

/// Subscribes as `device` on a raw connection with a tiny receive buffer, then never reads.
void subscribeAndStopReading(RawSocket& socket, HallFixture& f, const QString& device)
{
    REQUIRE(socket.connectTo(f.hall.port(), 4096));
    REQUIRE(socket.upgrade());
    REQUIRE(rawHello(socket, f, device));
    REQUIRE(socket.sendText(requestFrame(QStringLiteral("subscribe"), {})));
}

} // namespace

TEST_CASE("adversarial 1: slow readers of shared fan-out bytes are closed at their cap (4003), a reader "
          "of the same view misses nothing",
          "[adversarial]")
{
    HallFixture f({QStringLiteral("--rate-limit"), QStringLiteral("100000"), QStringLiteral("--rate-burst"),
                   QStringLiteral("100000"), QStringLiteral("--max-unsent-bytes"), QStringLiteral("262144")});
    const qint64 pid = f.hall.pid();
    // One slow reader in each view: the public's (display) and the staff's (an admin client).
    RawSocket slowDisplay;
    RawSocket slowStaff;
    subscribeAndStopReading(slowDisplay, f, QStringLiteral("display-1"));
    subscribeAndStopReading(slowStaff, f, QStringLiteral("admin-1"));
    REQUIRE(waitUntil([&] { return f.hall.log().count(QLatin1String("op=subscribe")) >= 2; }, 10000));
    // A display that reads, in the same view as the slow one: it gets the very same pushes.
    auto reader = f.connect(QStringLiteral("display-1"));
    const QJsonObject subscribed = reader->call(QStringLiteral("subscribe"));
    REQUIRE(ok(subscribed));
    const qint64 from =
        subscribed.value(QLatin1String("result")).toObject().value(QLatin1String("seq")).toInteger();

    auto admin = f.connect(QStringLiteral("admin-1"));
    REQUIRE(ok(admin->call(QStringLiteral("counter.open"), {{QStringLiteral("counter"), 1}})));
    const qint64 rssBefore = ProcStat::rssBytes(pid);
    QElapsedTimer timer;
    timer.start();
    int changes = 0;
    auto closedBoth = [&] {
        const QString log = f.hall.log();
        return log.contains(QLatin1String("closing slow consumer device=display-1")) &&
               log.contains(QLatin1String("closing slow consumer device=admin-1"));
    };
    // Bounded: 20,000 changes at most. Every change is at least one event in each view; the changes
    // wait for the reader (which shares this thread) to come within 1,000 events, so it is a reader
    // that keeps up, as a lobby display does, and the slow ones fall behind by what they do not read.
    for (int batch = 0; batch < 400 && !closedBoth(); ++batch) {
        changes += toggleBatch(*admin, 1, batch * 50, 50);
        REQUIRE(waitUntil([&] { return reader->events().size() + 1000 >= changes; }, 30000));
    }
    const qint64 rssAfter = ProcStat::rssBytes(pid);
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;

    // The reader gets every event of its view up to the last one, in seq order, without a gap.
    for (const QString& line : f.hall.log().split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("slow consumer")) || line.contains(QLatin1String("code=4003"))) {
            figure("%s", qPrintable(line));
        }
    }
    const QJsonObject last = admin->call(QStringLiteral("hall.snapshot"));
    REQUIRE(ok(last));
    const qint64 lastSeq =
        last.value(QLatin1String("result")).toObject().value(QLatin1String("seq")).toInteger();
    REQUIRE(waitUntil(
        [&] {
            return !reader->events().isEmpty() &&
                   reader->events().last().value(QLatin1String("seq")).toInteger() >= lastSeq;
        },
        30000));
    qint64 expected = from + 1;
    bool contiguous = true;
    qint64 readerBytes = 0;
    for (const QJsonObject& e : reader->events()) {
        contiguous = contiguous && e.value(QLatin1String("seq")).toInteger() == expected;
        ++expected;
    }
    for (const QByteArray& raw : reader->rawEvents()) {
        readerBytes += raw.size();
    }
    figure("shared fan-out bytes: %d changes in %.1f s; slow display %s, slow staff client %s; service RSS "
           "%s -> %s; the reading display got %lld events (%s) in seq order %s",
           changes, seconds,
           f.hall.log().contains(QLatin1String("device=display-1 unsent")) ? "closed (4003)" : "NOT closed",
           f.hall.log().contains(QLatin1String("device=admin-1 unsent")) ? "closed (4003)" : "NOT closed",
           qPrintable(megabytes(rssBefore)), qPrintable(megabytes(rssAfter)),
           static_cast<long long>(reader->events().size()), qPrintable(megabytes(readerBytes)),
           contiguous ? "without a gap" : "WITH A GAP");
    INFO(f.hall.log().right(1500).toStdString());
    CHECK(closedBoth());
    CHECK(f.hall.log().count(QLatin1String("code=4003")) >= 2);
    CHECK(slowDisplay.hungUp(10000));
    CHECK(slowStaff.hungUp(10000));
    CHECK(rssAfter - rssBefore < 48LL * 1024 * 1024);
    CHECK(contiguous);
    CHECK(reader->events().size() == lastSeq - from);
}
