// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "postgresserver.h"
#include "storedhall.h"

#include <QSqlDatabase>

using namespace hall;

// The same storage code serves a city that shares one PostgreSQL store; these run it for real.
TEST_CASE("PostgreSQL: a restart in the middle of the day restores the queue exactly", "[storage][postgres]")
{
    REQUIRE(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")));
    test::PostgresServer server;
    INFO(server.error().toStdString());
    REQUIRE(server.error().isEmpty());
    test::StoredHall h(SqlStore::Options{QStringLiteral("QPSQL"),
                                         QStringLiteral("postgres"),
                                         server.socketDir(),
                                         0,
                                         test::PostgresServer::user(),
                                         {},
                                         5000});
    test::checkMiddayRestart(h);

    // Migrations ran to the latest version on PostgreSQL too, and a refusal leaves the journal alone.
    CHECK(h.store->schemaVersion() == Migrations::latestVersion());
    const int journal = h.countRows(QStringLiteral("journal"));
    REQUIRE_ERROR(h.durable->run<Ticket>([&](QueueEngine& e) { return e.finish(2, Rating::None, h.staff); }),
                  ErrorCode::InvalidTransition);
    CHECK(h.countRows(QStringLiteral("journal")) == journal);
}
