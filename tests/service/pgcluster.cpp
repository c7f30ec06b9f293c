// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hallprocess.h"
#include "postgresserver.h"

#include <catch2/catch.hpp>

// The shared PostgreSQL cluster of the "service (postgres)" tests, a ctest fixture: started once
// before them and stopped after them, so each test pays for a database, not for a cluster. Hidden
// from discovery ('.'); ctest calls them by name.
TEST_CASE("start the shared PostgreSQL cluster", "[.pgcluster]")
{
    const QString dir = hall::test::HallProcess::postgresCluster();
    REQUIRE(!dir.isEmpty());
    const QString error = hall::test::PostgresServer::startShared(dir);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
}

TEST_CASE("stop the shared PostgreSQL cluster", "[.pgcluster]")
{
    const QString dir = hall::test::HallProcess::postgresCluster();
    REQUIRE(!dir.isEmpty());
    const QString error = hall::test::PostgresServer::stopShared(dir);
    INFO(error.toStdString());
    CHECK(error.isEmpty());
}
