// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hallprocess.h"
#include "postgresserver.h"

#include <catch2/catch.hpp>

namespace hall::test {

/// A new database on the run's PostgreSQL cluster, shared by the halls of one test; dropped at the end.
struct CityDatabase
{
    CityDatabase()
    {
        cluster = HallProcess::postgresCluster();
        REQUIRE(!cluster.isEmpty());
        QString error;
        name = PostgresServer::createDatabase(cluster, &error);
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
        url = PostgresServer::databaseUrl(cluster, name);
    }
    ~CityDatabase() { PostgresServer::dropDatabase(cluster, name); }
    CityDatabase(const CityDatabase&) = delete;
    CityDatabase& operator=(const CityDatabase&) = delete;

    QString cluster;
    QString name;
    QString url;
};

} // namespace hall::test
