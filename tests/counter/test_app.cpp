// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// hall-counter as a program: its options (flags and --config) and its --self-test against a real
// service, which must leave the hall as it found it.
#include "counterfixture.h"
#include "counteroptions.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

using namespace hall;
using namespace hall::test;

namespace {

QStringList argv(const QStringList& args)
{
    return QStringList{QStringLiteral("hall-counter")} + args;
}

QString windowStatus(WsClient& client, int window)
{
    const QJsonObject snapshot = result(client.call(QStringLiteral("hall.snapshot")));
    for (const QJsonValue& v : snapshot.value(QLatin1String("counters")).toArray()) {
        if (v.toObject().value(QLatin1String("number")).toInt() == window) {
            return v.toObject().value(QLatin1String("status")).toString();
        }
    }
    return {};
}

} // namespace

TEST_CASE("options come from flags and from a JSON file, flags win, and mistakes are named", "[app][nostore]")
{
    CounterOptions o;
    REQUIRE_FALSE(CounterOptions::parse(
        argv({QStringLiteral("--token"), QStringLiteral("t"), QStringLiteral("--user"), QStringLiteral("li"),
              QStringLiteral("--window"), QStringLiteral("2"), QStringLiteral("--rating-window")}),
        o));
    CHECK(o.controller.url == QUrl(QStringLiteral("ws://127.0.0.1:7700/v1")));
    CHECK(o.controller.device == QStringLiteral("counter-1"));
    CHECK(o.controller.role == QStringLiteral("counter"));
    CHECK(o.controller.defaultUser == QStringLiteral("li"));
    CHECK(o.window == 2);
    CHECK(o.ratingWindow);

    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("counter.json")));
    REQUIRE(config.open(QIODevice::WriteOnly));
    config.write(
        R"({"url": "ws://hall:7700/v1", "device": "admin-1", "role": "admin", "token": "x", "size": "1280x800"})");
    config.close();
    CounterOptions fromFile;
    REQUIRE_FALSE(CounterOptions::parse(argv({QStringLiteral("--config"), config.fileName(),
                                              QStringLiteral("--device"), QStringLiteral("admin-2")}),
                                        fromFile));
    CHECK(fromFile.controller.url.host() == QStringLiteral("hall"));
    CHECK(fromFile.controller.role == QStringLiteral("admin"));
    CHECK(fromFile.controller.device == QStringLiteral("admin-2"));
    CHECK(fromFile.windowSize == QSize(1280, 800));

    const auto problem = [](const QStringList& args) {
        CounterOptions bad;
        return CounterOptions::parse(argv(args), bad).value_or(QString());
    };
    CHECK(problem({}).contains(QStringLiteral("--token")));
    CHECK(problem({QStringLiteral("--token"), QStringLiteral("t"), QStringLiteral("--role"),
                   QStringLiteral("kiosk")})
              .contains(QStringLiteral("kiosk")));
    CHECK(problem({QStringLiteral("--token"), QStringLiteral("t"), QStringLiteral("--url"),
                   QStringLiteral("http://x")})
              .contains(QStringLiteral("url")));
    CHECK(problem({QStringLiteral("--token"), QStringLiteral("t"), QStringLiteral("--window"),
                   QStringLiteral("0")})
              .contains(QStringLiteral("window")));
    CHECK(problem({QStringLiteral("--token"), QStringLiteral("t"), QStringLiteral("--self-test")})
              .contains(QStringLiteral("--password")));
}

TEST_CASE("a refused command line changes nothing, and --help lists every option", "[app][nostore]")
{
    CounterOptions o;
    const auto problem = CounterOptions::parse(
        argv({QStringLiteral("--token"), QStringLiteral("t"), QStringLiteral("--user"), QStringLiteral("li"),
              QStringLiteral("--rating-window"), QStringLiteral("--window"), QStringLiteral("two")}),
        o);
    CHECK(problem.value_or(QString()).contains(QStringLiteral("--window")));
    CHECK(o.controller.token.isEmpty());
    CHECK(o.controller.defaultUser.isEmpty());
    CHECK_FALSE(o.ratingWindow);

    const QString help = CounterOptions::helpText();
    for (const char* name :
         {"--config", "--url", "--device", "--token", "--size", "--fullscreen", "--self-test", "--role",
          "--user", "--password", "--window", "--rating-window"}) {
        INFO(name);
        CHECK(help.contains(QString::fromLatin1(name)));
    }
    CHECK(help.contains(QStringLiteral("default counter-1")));
}

TEST_CASE("self-test (--self-test) logs in, pauses and resumes the window, and leaves it as it was",
          "[app][frontend]")
{
    CounterFixture f;
    f.issue({QStringLiteral("marriage")});
    QProcess counter;
    counter.setProcessChannelMode(QProcess::MergedChannels);
    const QStringList common{QStringLiteral("--url"),      f.hall.url().toString(),
                             QStringLiteral("--token"),    f.tokens.value(QStringLiteral("counter-1")),
                             QStringLiteral("--user"),     QStringLiteral("li"),
                             QStringLiteral("--window"),   QStringLiteral("1"),
                             QStringLiteral("--self-test")};
    counter.start(QStringLiteral(HALL_COUNTER_PATH),
                  common + QStringList{QStringLiteral("--password"), QStringLiteral("secret-pass")});
    REQUIRE(counter.waitForFinished(60000));
    const QString output = QString::fromUtf8(counter.readAll());
    INFO(output.toStdString());
    CHECK(counter.exitCode() == 0);
    CHECK(output.contains(QStringLiteral("self-test ok")));
    auto wang = f.wang();
    CHECK(windowStatus(*wang, 1) == QStringLiteral("closed")); // it was closed before
    const QJsonObject ticket = result(
        wang->call(QStringLiteral("ticket.get"), {{QStringLiteral("ticket"), QStringLiteral("A001")}}));
    CHECK(ticket.value(QLatin1String("ticket")).toObject().value(QLatin1String("state")) ==
          QStringLiteral("waiting"));

    QProcess refused;
    refused.setProcessChannelMode(QProcess::MergedChannels);
    refused.start(QStringLiteral(HALL_COUNTER_PATH),
                  common + QStringList{QStringLiteral("--password"), QStringLiteral("wrong-password")});
    REQUIRE(refused.waitForFinished(60000));
    CHECK(refused.exitCode() == 1);
    CHECK(QString::fromUtf8(refused.readAll()).contains(QStringLiteral("self-test FAILED")));
}
