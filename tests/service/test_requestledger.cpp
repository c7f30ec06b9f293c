// RequestLedger on its own: rows count only once their group commit reached storage.
#include "requestledger.h"
#include "storage/sqlstore.h"

#include <catch2/catch.hpp>

#include <QJsonObject>
#include <QTemporaryDir>

using namespace hall;

TEST_CASE("the request ledger forgets results whose change never reached the journal")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hall.sqlite"));
    SqlStore::Options options;
    options.database = path;
    auto store = SqlStore::open(options); // creates the schema
    REQUIRE(store.ok());
    const QString fp =
        RequestLedger::fingerprint(QStringLiteral("ticket.issue"), {{QStringLiteral("requestId"), 1}});
    const QJsonObject result{{QStringLiteral("ticket"), QStringLiteral("A001")}};
    {
        RequestLedger ledger;
        REQUIRE_FALSE(ledger.open(path, 0).has_value());
        ledger.begin(QStringLiteral("kiosk-1"), QStringLiteral("r-5"), fp);
        CHECK(ledger.lookup(QStringLiteral("kiosk-1"), QStringLiteral("r-5"), fp).state ==
              RequestLedger::State::InFlight);
        REQUIRE(ledger.record(QStringLiteral("kiosk-1"), QStringLiteral("r-5"),
                              QStringLiteral("ticket.issue"), result, 5));
        ledger.complete(QStringLiteral("kiosk-1"), QStringLiteral("r-5"));
        ledger.begin(QStringLiteral("kiosk-1"), QStringLiteral("r-7"), fp);
        REQUIRE(ledger.record(QStringLiteral("kiosk-1"), QStringLiteral("r-7"),
                              QStringLiteral("ticket.issue"), result, 7));
        ledger.begin(QStringLiteral("kiosk-1"), QStringLiteral("r-8"), fp);
        REQUIRE(ledger.record(QStringLiteral("kiosk-1"), QStringLiteral("r-8"),
                              QStringLiteral("ticket.issue"), result, 6));
        ledger.fail(QStringLiteral("kiosk-1"), QStringLiteral("r-8"), QStringLiteral("STORAGE_FAILED"), {});
        CHECK(ledger.lookup(QStringLiteral("kiosk-1"), QStringLiteral("r-8"), fp).state ==
              RequestLedger::State::New);
    }
    // As after a crash: the journal reached seq 6, so r-5 stands, r-7 never happened, r-8 was withdrawn.
    RequestLedger reopened;
    REQUIRE_FALSE(reopened.open(path, 6).has_value());
    const auto kept = reopened.lookup(QStringLiteral("kiosk-1"), QStringLiteral("r-5"), fp);
    CHECK(kept.state == RequestLedger::State::Done);
    CHECK(kept.result == result);
    CHECK(reopened.lookup(QStringLiteral("kiosk-1"), QStringLiteral("r-7"), fp).state ==
          RequestLedger::State::New);
    CHECK(reopened.lookup(QStringLiteral("kiosk-1"), QStringLiteral("r-8"), fp).state ==
          RequestLedger::State::New);
    CHECK(reopened.lookup(QStringLiteral("kiosk-2"), QStringLiteral("r-5"), fp).state ==
          RequestLedger::State::New);
    CHECK(reopened.lookup(QStringLiteral("kiosk-1"), QStringLiteral("r-5"), QStringLiteral("other")).state ==
          RequestLedger::State::Conflict);
}
