// RequestLedger on its own: a reply counts only if it was committed with its change.
#include "requestledger.h"
#include "storage/sqlstore.h"

#include <catch2/catch.hpp>

#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace hall;

TEST_CASE("the request ledger keeps only replies whose commit succeeded")
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
    const QJsonObject result{{QStringLiteral("ticket"), QStringLiteral("A001")}};
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
