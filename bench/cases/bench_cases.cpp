// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench-cases: the case engine and its store at the size of a county (seeds:
// "社会救助股在编2人…负责全县2万人"; a city's offices together hold far more). Prints: acceptances per
// second, a kiosk lookup's latency (p50/p99, hits and neutral misses), step passes per second, committing a
// day's changes, and loading every case at start (decrypting name, ID and phone of each).
#include "caseengine.h"
#include "casestore.h"
#include "domain/halltime.h"
#include "domain/idnumber.h"
#include "storage/sqlstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace hall;

namespace {

QString idNumber(int n)
{
    // Distinct people: the sequence and birth day vary with n.
    const QDate birth = QDate(1940, 1, 1).addDays(n % 20000);
    const QString first17 = QStringLiteral("110105") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(n / 20000 % 1000, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

double percentile(std::vector<qint64> v, double p)
{
    std::sort(v.begin(), v.end());
    return static_cast<double>(v.at(static_cast<std::size_t>(p * static_cast<double>(v.size() - 1)))) /
           1000.0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100000;
    const QByteArray secret(32, 's');
    ManualClock clock(halltime::at(QDate(2026, 11, 24), QTime(9, 0)));
    CaseEngine engine(defaultCasesConfig(), clock, secret);
    const QStringList types{QStringLiteral("rural_dibao"), QStringLiteral("urban_dibao"),
                            QStringLiteral("high_age_allowance"), QStringLiteral("disability_subsidies")};

    QElapsedTimer t;
    t.start();
    QStringList numbers;
    for (int i = 0; i < n; ++i) {
        AcceptRequest r{types.at(i % types.size()),
                        QStringLiteral("township"),
                        QStringLiteral("张三"),
                        idNumber(i),
                        QStringLiteral("138%1").arg(i % 100000000, 8, 10, QLatin1Char('0')),
                        3,
                        {}};
        auto c = engine.accept(r, QStringLiteral("clerk"));
        if (!c) {
            std::fprintf(stderr, "accept %d refused: %s\n", i, qPrintable(c.error().message));
            return 1;
        }
        numbers << c->number;
    }
    const double acceptSecs = static_cast<double>(t.nsecsElapsed()) / 1e9;
    std::printf("cases: %d accepted in %.2f s (%.0f per second)\n", n, acceptSecs, n / acceptSecs);

    QTemporaryDir dir;
    SqlStore::Options o;
    o.database = dir.filePath(QStringLiteral("hall.db"));
    auto sql = SqlStore::open(o);
    auto store = CaseStore::open(sql.value()->database(), secret);
    t.restart();
    if (auto failed = store.value()->commit(engine.takeChanges())) {
        std::fprintf(stderr, "%s\n", qPrintable(failed->message));
        return 1;
    }
    std::printf("store: first commit of %d cases %.2f s\n", n, static_cast<double>(t.nsecsElapsed()) / 1e9);

    std::vector<qint64> hits;
    std::vector<qint64> misses;
    for (int i = 0; i < 2000; ++i) {
        const int who = (i * 7919) % n;
        // Each lookup from its own kiosk, so the per-kiosk limit never stops the measurement.
        LookupRequest hit{QStringLiteral("k%1").arg(i),
                          idNumber(who),
                          QStringLiteral("138%1").arg(who % 100000000, 8, 10, QLatin1Char('0')),
                          {}};
        t.restart();
        const bool found = engine.lookup(hit).ok();
        hits.push_back(t.nsecsElapsed() / 1000);
        LookupRequest miss{QStringLiteral("m%1").arg(i), idNumber(who), QStringLiteral("13900000000"), {}};
        t.restart();
        const bool missed = !engine.lookup(miss).ok();
        misses.push_back(t.nsecsElapsed() / 1000);
        if (!found || !missed) {
            std::fprintf(stderr, "lookup %d gave the wrong answer\n", i);
            return 1;
        }
    }
    std::printf("lookup: hit p50 %.3f ms p99 %.3f ms; neutral miss p50 %.3f ms p99 %.3f ms\n",
                percentile(hits, 0.5), percentile(hits, 0.99), percentile(misses, 0.5),
                percentile(misses, 0.99));

    // A busy day: 5,000 step passes, committed together.
    const int passes = std::min(5000, n);
    t.restart();
    for (int i = 0; i < passes; ++i) {
        // The surveys of 低保 and 特困 are joint: two staff members sign (passed to every step; a step
        // that is not joint records the second one too).
        if (!engine.advance(numbers.at(i), 1, QStringLiteral("surveyor"), QStringLiteral("入户调查完成"),
                            QStringLiteral("surveyor2"))) {
            return 1;
        }
    }
    const double passSecs = static_cast<double>(t.nsecsElapsed()) / 1e9;
    t.restart();
    if (store.value()->commit(engine.takeChanges())) {
        return 1;
    }
    std::printf("advance: %d passes %.3f s (%.0f per second); commit %.3f s\n", passes, passSecs,
                passes / passSecs, static_cast<double>(t.nsecsElapsed()) / 1e9);

    t.restart();
    auto loaded = store.value()->load();
    if (!loaded || loaded->size() != n) {
        return 1;
    }
    std::printf("load: %d cases (each name, ID and phone opened) in %.2f s\n", n,
                static_cast<double>(t.nsecsElapsed()) / 1e9);
    return 0;
}
