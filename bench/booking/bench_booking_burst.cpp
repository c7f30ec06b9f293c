// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A special-date release burst, in process: C booking attempts for a date with 100 places, all at the
// release moment, through BookingEngine (and optionally group-committed to SQLite), with availability
// reads interleaved (the kiosks' calendars refreshing), then a phase of reads alone. Prints
// accepted/refused counts, overbooking (must be 0), throughput and latency.
#include "bookingengine.h"
#include "bookingstore.h"
#include "domain/halltime.h"
#include "domain/idnumber.h"
#include "storage/sqlstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace hall;

namespace {

QString idNumber(int person, bool male)
{
    // 400 people per birth date and sex keeps the sequence digits unique.
    const QDate birth = QDate(1985, 1, 1).addDays(person / 400);
    const int sequence = (person % 400) * 2 + (male ? 1 : 0);
    const QString first17 = QStringLiteral("110105") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

BookingConfig burstConfig()
{
    auto c = parseBookingConfig(R"({
      "offices": [ { "id": "main", "nameZh": "婚姻登记处",
        "sessions": [ { "days": [1, 2, 3, 4, 5], "from": "09:00", "until": "12:00", "slotMinutes": 30,
                        "capacity": { "marriage": 6 } },
                      { "days": [1, 2, 3, 4, 5], "from": "13:00", "until": "15:00", "slotMinutes": 30,
                        "capacity": { "marriage": 6 } } ] } ],
      "specialDates": { "releaseDaysBefore": 30, "releaseTime": "00:00", "capacity": { "marriage": 10 },
                        "rules": [ { "nameZh": "520", "on": { "monthDay": "05-20" } } ] }
    })");
    if (!c) {
        std::fprintf(stderr, "config: %s\n", qPrintable(c.error().message));
        std::exit(1);
    }
    return std::move(c).value();
}

double percentile(QList<qint64> v, double p)
{
    if (v.isEmpty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    return v[std::min<qsizetype>(v.size() - 1, static_cast<qsizetype>(p * static_cast<double>(v.size())))] /
           1000.0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Special-date booking burst through BookingEngine"));
    cli.addHelpOption();
    cli.addOption({QStringLiteral("attempts"), QStringLiteral("booking attempts (default 2000)"),
                   QStringLiteral("n"), QStringLiteral("2000")});
    cli.addOption({QStringLiteral("reads"), QStringLiteral("availability reads (default 200000)"),
                   QStringLiteral("n"), QStringLiteral("200000")});
    cli.addOption({QStringLiteral("alongside"),
                   QStringLiteral("availability reads after each attempt during the burst (default 10)"),
                   QStringLiteral("n"), QStringLiteral("10")});
    cli.addOption({QStringLiteral("turn"),
                   QStringLiteral("attempts per group commit with --durable (default 64)"),
                   QStringLiteral("n"), QStringLiteral("64")});
    cli.addOption({QStringLiteral("durable"), QStringLiteral("commit each turn to a temporary SQLite file")});
    cli.process(app);
    const int attempts = cli.value(QStringLiteral("attempts")).toInt();
    const int reads = cli.value(QStringLiteral("reads")).toInt();
    const int alongside = std::max(0, cli.value(QStringLiteral("alongside")).toInt());
    const int turn = std::max(1, cli.value(QStringLiteral("turn")).toInt());
    const bool durable = cli.isSet(QStringLiteral("durable"));

    // 5月20日 2027 (a Thursday): 10 daySlots of 10 places = 100, released at 2027-04-20 00:00.
    const QDate day(2027, 5, 20);
    const QDateTime release = halltime::at(QDate(2027, 4, 20), QTime(0, 0));
    ManualClock clock(release.addSecs(-1));
    BookingEngine engine(burstConfig(), clock, QByteArrayLiteral("bench-secret"), 7);
    QTemporaryDir dir;
    std::unique_ptr<SqlStore> sql;
    std::unique_ptr<BookingStore> store;
    if (durable) {
        SqlStore::Options o;
        o.database = dir.filePath(QStringLiteral("bench.db"));
        auto s = SqlStore::open(o);
        if (!s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
            return 1;
        }
        sql = std::move(s).value();
        auto b = BookingStore::open(sql->database(), QByteArrayLiteral("bench secret, long enough"));
        if (!b) {
            std::fprintf(stderr, "%s\n", qPrintable(b.error().message));
            return 1;
        }
        store = std::move(b).value();
    }

    const auto daySlots = engine.availability(QStringLiteral("main"), day).value().timeSlots;
    QList<BookingRequest> requests;
    requests.reserve(attempts);
    for (int i = 0; i < attempts; ++i) {
        BookingRequest r;
        r.requestId = QStringLiteral("kiosk-%1:%2").arg(i % 40).arg(i);
        r.office = QStringLiteral("main");
        r.slotStart = daySlots[i % daySlots.size()].start;
        r.first = PartyInput{QStringLiteral("张三"), idNumber(i, true)};
        r.second = PartyInput{QStringLiteral("李四"), idNumber(i, false)};
        r.phone = QStringLiteral("13800138000");
        requests << r;
    }
    const bool earlyRefused = engine.create(requests.first()).error().code == BookingErrorCode::NotYetOpen;
    clock.set(release);

    QHash<QString, int> refusals;
    QList<qint64> latencies;
    latencies.reserve(attempts);
    int accepted = 0;
    int commits = 0;
    // Latency is submit → acknowledged: with --durable an attempt is acknowledged only after its
    // turn's group commit, so every attempt of a turn waits for that commit.
    QElapsedTimer total;
    total.start();
    QList<qint64> waiting;
    qint64 alongsideSum = 0;
    for (int i = 0; i < attempts; ++i) {
        // The kiosks' reads are served between attempts, as the service's event loop would.
        for (int k = 0; k < alongside; ++k) {
            alongsideSum += engine.availability(QStringLiteral("main"), day).value().timeSlots.size();
        }
        waiting << total.nsecsElapsed();
        auto r = engine.create(requests[i]);
        if (store && ((i + 1) % turn == 0 || i + 1 == attempts)) {
            if (store->commit(engine.takeChanges())) {
                std::fprintf(stderr, "commit failed\n");
                return 1;
            }
            ++commits;
        }
        if (!store || (i + 1) % turn == 0 || i + 1 == attempts) {
            const qint64 now = total.nsecsElapsed();
            for (qint64 start : waiting) {
                latencies << now - start;
            }
            waiting.clear();
        }
        if (r) {
            ++accepted;
        } else {
            ++refusals[errorCodeName(r.error().code)];
        }
    }
    const double burstSecs = static_cast<double>(total.nsecsElapsed()) / 1e9;

    // Check the outcome from the engine's own state, not from the counters above.
    QHash<QDateTime, int> perSlot;
    QSet<QString> persons;
    int personTwice = 0;
    for (const Booking& b : engine.state().bookings) {
        if (b.day == day && b.status == BookingStatus::Confirmed) {
            ++perSlot[b.slotStart];
            for (const Party& p : b.parties) {
                personTwice += persons.contains(p.personKey) ? 1 : 0;
                persons.insert(p.personKey);
            }
        }
    }
    int confirmed = 0;
    int overbooked = 0;
    for (const SlotAvailability& s : daySlots) {
        confirmed += perSlot.value(s.start);
        overbooked += std::max(0, perSlot.value(s.start) - s.capacity[0]);
    }

    QElapsedTimer readTimer;
    readTimer.start();
    qint64 remainingSum = 0;
    for (int i = 0; i < reads; ++i) {
        const auto a = engine.availability(QStringLiteral("main"), day.addDays(i % 2 == 0 ? 0 : -1));
        remainingSum += a.value().timeSlots.isEmpty() ? 0 : a.value().timeSlots.first().remaining[0];
    }
    const double readSecs = static_cast<double>(readTimer.nsecsElapsed()) / 1e9;

    std::printf("special date %s, %lld slots, 100 places, release %s\n",
                qPrintable(day.toString(Qt::ISODate)), static_cast<long long>(daySlots.size()),
                qPrintable(halltime::toIso(release)));
    std::printf("one second before release: %s\n",
                earlyRefused ? "refused NOT_YET_OPEN" : "NOT REFUSED (bug)");
    std::printf("attempts %d: accepted %d, refused %d", attempts, accepted, attempts - accepted);
    for (auto it = refusals.begin(); it != refusals.end(); ++it) {
        std::printf(" [%s %d]", qPrintable(it.key()), it.value());
    }
    std::printf("\nconfirmed in state %d, overbooked %d, persons twice %d\n", confirmed, overbooked,
                personTwice);
    std::printf("mode: %s\n",
                durable ? qPrintable(QStringLiteral("durable, SQLite WAL synchronous=FULL, %1 group "
                                                    "commits of up to %2 attempts")
                                         .arg(commits)
                                         .arg(turn))
                        : "in memory");
    std::printf(
        "burst throughput: %.0f attempts/s with %.0f availability reads/s alongside (%.3f s, %d reads "
        "per attempt, checksum %lld)\n",
        attempts / burstSecs, static_cast<double>(attempts) * alongside / burstSecs, burstSecs, alongside,
        static_cast<long long>(alongsideSum));
    std::printf("attempt latency (submit to acknowledged): p50 %.1f us, p99 %.1f us, max %.1f us\n",
                percentile(latencies, 0.50), percentile(latencies, 0.99), percentile(latencies, 1.0));
    std::printf("availability reads alone: %.0f reads/s (%d reads, checksum %lld)\n", reads / readSecs, reads,
                static_cast<long long>(remainingSum));
    return accepted == 100 && confirmed == 100 && overbooked == 0 && personTwice == 0 && earlyRefused ? 0 : 2;
}
