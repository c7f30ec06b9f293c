// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// RequestLedger on its own: a reply counts only if it was committed with its change.
#include "requestledger.h"
#include "storage/sqlstore.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace hall;

TEST_CASE("the request ledger keeps only replies whose commit succeeded", "[sqlite]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    SqlStore::Options options;
    options.database = dir.filePath(QStringLiteral("hall.sqlite"));
    options.busyTimeoutMs = 200;
    auto opened = SqlStore::open(options);
    REQUIRE(opened.ok());
    SqlStore& store = *opened.value();
    const QString fp =
        RequestLedger::fingerprint(QStringLiteral("ticket.issue"), {{QStringLiteral("requestId"), 1}});
    const QByteArray result = R"({"ticket":"A001"})";
    const QString kiosk = QStringLiteral("kiosk-1");
    const QDateTime at = QDateTime::currentDateTimeUtc();
    {
        RequestLedger ledger;
        REQUIRE_FALSE(ledger.load(store.database()).has_value());
        ledger.begin(kiosk, QStringLiteral("r-5"), fp);
        CHECK(ledger.lookup(kiosk, QStringLiteral("r-5"), fp).state == RequestLedger::State::InFlight);
        const RequestRecord r5 =
            ledger.record(kiosk, QStringLiteral("r-5"), QStringLiteral("ticket.issue"), result, at);
        CHECK(r5.fingerprint == fp);
        REQUIRE_FALSE(store.commit({}, {r5}).has_value());
        ledger.complete(kiosk, QStringLiteral("r-5"));

        // Another connection holds the write lock: this commit fails and takes the reply with it.
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ledger-blocker"));
        other.setDatabaseName(options.database);
        REQUIRE(other.open());
        {
            QSqlQuery lock(other);
            REQUIRE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
            ledger.begin(kiosk, QStringLiteral("r-8"), fp);
            const RequestRecord r8 =
                ledger.record(kiosk, QStringLiteral("r-8"), QStringLiteral("ticket.issue"), result, at);
            REQUIRE(store.commit({}, {r8}).has_value());
            ledger.fail(kiosk, QStringLiteral("r-8"), QStringLiteral("STORAGE_FAILED"), {});
            CHECK(ledger.lookup(kiosk, QStringLiteral("r-8"), fp).state == RequestLedger::State::New);
            REQUIRE(lock.exec(QStringLiteral("ROLLBACK")));
        }
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("ledger-blocker"));
    }
    // As after a restart: r-5 stands, r-8 never happened.
    RequestLedger reopened;
    REQUIRE_FALSE(reopened.load(store.database()).has_value());
    const auto kept = reopened.lookup(kiosk, QStringLiteral("r-5"), fp);
    CHECK(kept.state == RequestLedger::State::Done);
    CHECK(kept.result == result);
    CHECK(reopened.lookup(kiosk, QStringLiteral("r-8"), fp).state == RequestLedger::State::New);
    CHECK(reopened.lookup(QStringLiteral("kiosk-2"), QStringLiteral("r-5"), fp).state ==
          RequestLedger::State::New);
    CHECK(reopened.lookup(kiosk, QStringLiteral("r-5"), QStringLiteral("other")).state ==
          RequestLedger::State::Conflict);
}

TEST_CASE("the request ledger forgets answers past its retention and beyond its per-device cap", "[nostore]")
{
    RequestLedger ledger(RequestLedger::Limits{3600, 3});
    const QString fp = RequestLedger::fingerprint(QStringLiteral("ticket.issue"), {});
    const QByteArray result = R"({"ticket":"A001"})";
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    const auto answer = [&](const QString& device, const QString& id, const QDateTime& at) {
        ledger.begin(device, id, fp);
        ledger.record(device, id, QStringLiteral("ticket.issue"), result, at);
        ledger.complete(device, id);
    };
    const auto known = [&](const QString& device, const QString& id) {
        return ledger.lookup(device, id, fp).state == RequestLedger::State::Done;
    };
    // The cap is per device: kiosk-1's fourth answer evicts its first, not kiosk-2's.
    answer(QStringLiteral("kiosk-2"), QStringLiteral("b-1"), t0);
    for (int i = 1; i <= 4; ++i) {
        answer(QStringLiteral("kiosk-1"), QStringLiteral("a-%1").arg(i), t0.addSecs(i));
    }
    CHECK_FALSE(known(QStringLiteral("kiosk-1"), QStringLiteral("a-1")));
    CHECK(known(QStringLiteral("kiosk-1"), QStringLiteral("a-2")));
    CHECK(known(QStringLiteral("kiosk-1"), QStringLiteral("a-4")));
    CHECK(known(QStringLiteral("kiosk-2"), QStringLiteral("b-1")));
    CHECK(ledger.size() == 4);
    // Past the retention (an hour here) an answer is gone, whatever the cap.
    answer(QStringLiteral("kiosk-3"), QStringLiteral("c-1"), t0.addSecs(3600 + 10));
    CHECK_FALSE(known(QStringLiteral("kiosk-2"), QStringLiteral("b-1")));
    CHECK_FALSE(known(QStringLiteral("kiosk-1"), QStringLiteral("a-4")));
    CHECK(known(QStringLiteral("kiosk-3"), QStringLiteral("c-1")));
    CHECK(ledger.size() == 1);
    // A request that failed and ran again under the same id keeps its newer answer.
    ledger.begin(QStringLiteral("kiosk-3"), QStringLiteral("c-2"), fp);
    ledger.fail(QStringLiteral("kiosk-3"), QStringLiteral("c-2"), QStringLiteral("STORAGE_FAILED"), {});
    answer(QStringLiteral("kiosk-3"), QStringLiteral("c-2"), t0.addSecs(3600 + 20));
    CHECK(known(QStringLiteral("kiosk-3"), QStringLiteral("c-2")));
}

TEST_CASE("a request's fingerprint is the SHA-256 of its op and compact arguments", "[nostore]")
{
    // Fingerprints stored in request_log before must still match a retry's.
    const QJsonObject args{{QStringLiteral("services"), QJsonArray{QStringLiteral("marriage")}},
                           {QStringLiteral("requestId"), QStringLiteral("r-1 婚姻")}};
    const QByteArray text =
        QByteArrayLiteral("ticket.issue\n") + QJsonDocument(args).toJson(QJsonDocument::Compact);
    CHECK(RequestLedger::fingerprint(QStringLiteral("ticket.issue"), args) ==
          QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex()));
}
