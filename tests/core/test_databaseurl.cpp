// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/databaseurl.h"

#include <catch2/catch.hpp>

using namespace hall;

TEST_CASE("database option: an SQLite file sits in the data directory unless the path is absolute",
          "[storage]")
{
    CHECK(databaseurl::storeOptions({}, QStringLiteral("/var/lib/h")).value().database ==
          QStringLiteral("/var/lib/h/hall.sqlite"));
    CHECK(databaseurl::storeOptions(QStringLiteral("x.sqlite"), QStringLiteral("/d")).value().database ==
          QStringLiteral("/d/x.sqlite"));
    const auto absolute = databaseurl::storeOptions(QStringLiteral("/srv/a.sqlite"), QStringLiteral("/d"));
    CHECK(absolute.value().database == QStringLiteral("/srv/a.sqlite"));
    CHECK_FALSE(absolute.value().isPostgres());
}

TEST_CASE(
    "database option: a PostgreSQL URL with a primary and a standby becomes libpq's host and port lists",
    "[storage][postgres]")
{
    const auto o = databaseurl::storeOptions(
        QStringLiteral("postgresql://hall:s%40cret@db1:5432,db2:5433/city?target_session_attrs=read-write"
                       "&connect_timeout=3"),
        QStringLiteral("/d"));
    REQUIRE(o);
    CHECK(o.value().isPostgres());
    CHECK(o.value().database == QStringLiteral("city"));
    CHECK(o.value().user == QStringLiteral("hall"));
    CHECK(o.value().password == QStringLiteral("s@cret"));
    CHECK(o.value().connectOptions ==
          QStringLiteral(
              "port='5432,5433';host='db1,db2';target_session_attrs='read-write';connect_timeout='3'"));
    CHECK(databaseurl::describe(o.value()) == QStringLiteral("postgresql://hall@db1,db2/city"));

    const auto socket = databaseurl::storeOptions(
        QStringLiteral("postgres:///hall_a?host=/run/postgresql&user=hall"), QStringLiteral("/d"));
    REQUIRE(socket);
    CHECK(socket.value().database == QStringLiteral("hall_a"));
    CHECK(socket.value().connectOptions == QStringLiteral("host='/run/postgresql'"));
}

TEST_CASE("database option: a bad PostgreSQL URL is refused by what is wrong, never repeating the password",
          "[storage][postgres]")
{
    const auto refusal = [](const char* url) {
        const auto o = databaseurl::storeOptions(QString::fromUtf8(url), QStringLiteral("/d"));
        REQUIRE_FALSE(o);
        CHECK(o.error().code == ErrorCode::InvalidArgument);
        CHECK_FALSE(o.error().message.contains(QStringLiteral("topsecret")));
        return o.error().message;
    };
    CHECK(refusal("postgresql://u:topsecret@db1/city?target_session=read-write")
              .contains(QStringLiteral("target_session")));
    CHECK(refusal("postgresql://u:topsecret@db1").contains(QStringLiteral("数据库名")));
    CHECK(refusal("postgresql://u:topsecret@db1:99999/city").contains(QStringLiteral("端口")));
    CHECK(refusal("postgresql://u:topsecret@db1/city?sslmode=").contains(QStringLiteral("sslmode")));
    CHECK(refusal("postgresql://u:topsecret@db1/city?host=/tmp").contains(QStringLiteral("主机")));
}
