// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// hall-service's command line and --config file, and its request log.
#include "hallfixture.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace hall::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runService(const QStringList& args)
{
    QProcess p;
    p.start(HallProcess::servicePath(), args);
    REQUIRE(p.waitForStarted(10000));
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished(5000);
        return Run{-2, QString::fromUtf8(p.readAllStandardOutput()),
                   QString::fromUtf8(p.readAllStandardError())};
    }
    return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
               QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST_CASE("hall-service --help documents every option and bad options are refused", "[nostore]")
{
    const Run help = runService({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char* flag : {"--config", "--listen", "--port", "--data-dir", "--database", "--hall-config",
                             "--max-connections-per-address", "--rate-limit", "--rate-burst",
                             "--ping-interval-ms", "--stale-after-ms", "--start-time", "--quiet"}) {
        INFO(flag);
        CHECK(help.out.contains(QLatin1String(flag)));
    }
    const Run badPort = runService({QStringLiteral("--port"), QStringLiteral("seventy")});
    CHECK(badPort.exitCode == 2);
    CHECK(badPort.err.contains(QLatin1String("seventy")));
    const Run unknown = runService({QStringLiteral("--colour"), QStringLiteral("red")});
    CHECK(unknown.exitCode == 2);
    const Run missing = runService({QStringLiteral("--config"), QStringLiteral("/nonexistent/hall.json")});
    CHECK(missing.exitCode == 2);
    // A city beside the hall's own store: a PostgreSQL URL, and the hall named.
    CHECK(help.out.contains(QLatin1String("--city-database")));
    const Run cityWithoutHall =
        runService({QStringLiteral("--city-database"), QStringLiteral("postgresql:///city?host=/tmp")});
    CHECK(cityWithoutHall.exitCode == 2);
    CHECK(cityWithoutHall.err.contains(QLatin1String("--hall")));
    const Run cityNotPostgres = runService({QStringLiteral("--city-database"), QStringLiteral("city.sqlite"),
                                            QStringLiteral("--hall"), QStringLiteral("a")});
    CHECK(cityNotPostgres.exitCode == 2);
    CHECK(cityNotPostgres.err.contains(QLatin1String("PostgreSQL")));
}

TEST_CASE("hall-service reads --config, and flags override it", "[nostore]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString configPath = dir.filePath(QStringLiteral("service.json"));
    const auto writeConfig = [&](const QByteArray& json) {
        QFile f(configPath);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(json);
    };
    writeConfig(R"({"listen": "127.0.0.1", "port": 0, "database": "from-config.sqlite", "colour": "red"})");
    const Run refused = runService({QStringLiteral("--config"), configPath});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QLatin1String("colour")));

    writeConfig(
        QStringLiteral(
            R"({"listen": "127.0.0.1", "port": 0, "dataDir": "%1", "database": "from-config.sqlite"})")
            .arg(dir.path())
            .toUtf8());
    QProcess service;
    service.start(HallProcess::servicePath(),
                  {QStringLiteral("--config"), configPath, QStringLiteral("--database"),
                   QStringLiteral("from-flag.sqlite"), QStringLiteral("--init")});
    REQUIRE(service.waitForStarted(10000));
    QString out;
    REQUIRE(waitUntil([&] {
        out += QString::fromUtf8(service.readAllStandardOutput());
        return out.contains(QLatin1String("listening on ws://127.0.0.1:"));
    }));
    CHECK(out.contains(QLatin1String("from-flag.sqlite")));
    CHECK(QFile::exists(dir.filePath(QStringLiteral("from-flag.sqlite"))));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("from-config.sqlite"))));
    service.kill();
    service.waitForFinished(5000);
}

TEST_CASE("the service logs one line per request outcome")
{
    HallFixture f;
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    HallFixture::issue(*kiosk, {QStringLiteral("marriage")}, QStringLiteral("log-1"));
    kiosk->call(QStringLiteral("ticket.explode"));
    kiosk->sendRaw(QStringLiteral("{nonsense"));
    kiosk->nextReply();
    REQUIRE(waitUntil([&] { return f.hall.log().contains(QLatin1String("MALFORMED_JSON")); }));
    const QString log = f.hall.log();
    CHECK(log.count(
              QRegularExpression(QStringLiteral("device=kiosk-1 role=kiosk .*op=hello .*outcome=ok"))) == 1);
    CHECK(log.count(QRegularExpression(
              QStringLiteral("op=ticket.issue id=\\d+ outcome=ok us=\\d+ ticket=A001"))) == 1);
    CHECK(log.count(QRegularExpression(QStringLiteral("op=ticket.explode .*outcome=UNKNOWN_OP"))) == 1);
    CHECK(log.count(QRegularExpression(QStringLiteral("op=- id=- outcome=MALFORMED_JSON"))) == 1);
    CHECK_FALSE(log.contains(f.tokens.value(QStringLiteral("kiosk-1"))));
}
