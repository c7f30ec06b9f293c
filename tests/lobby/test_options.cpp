// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// hall-lobby's options: flags, --config, and clear refusals.
#include "lobbyoptions.h"

#include <catch2/catch.hpp>

#include <QTemporaryFile>

using namespace hall;
using namespace Qt::StringLiterals;

TEST_CASE("lobby options: flags and a config file, flags winning", "[nostore]")
{
    QTemporaryFile config;
    REQUIRE(config.open());
    config.write(R"({"url": "ws://hall:7700/v1", "token": "t1", "audio": "silent", "calls": 8, "volume": 0.5,
                     "quietFrom": "12:00", "quietTo": "13:30", "language": "en"})");
    config.flush();
    LobbyOptions o;
    REQUIRE_FALSE(
        LobbyOptions::parse({u"hall-lobby"_s, u"--config"_s, config.fileName(), u"--calls"_s, u"5"_s}, o));
    CHECK(o.url == QUrl(u"ws://hall:7700/v1"_s));
    CHECK(o.token == u"t1"_s);
    CHECK(o.callsShown == 5);
    CHECK(o.english);
    CHECK(o.voice.value(u"audio"_s).toString() == u"silent"_s);
    CHECK(o.voice.value(u"volume"_s).toDouble() == Approx(0.5));
    CHECK(o.voice.value(u"quietFrom"_s).toString() == u"12:00"_s);
    CHECK(o.device == u"lobby-1"_s);
    CHECK(o.windowSize == QSize(1920, 1080));
}

TEST_CASE("lobby options: wrong values are refused with the option named", "[nostore]")
{
    const auto refused = [](const QStringList& extra) {
        LobbyOptions o;
        const auto problem =
            LobbyOptions::parse(QStringList{u"hall-lobby"_s, u"--token"_s, u"t"_s} + extra, o);
        return problem.value_or(QString());
    };
    CHECK(refused({u"--calls"_s, u"0"_s}).contains(u"calls"_s));
    CHECK(refused({u"--calls"_s, u"11"_s}).contains(u"calls"_s));
    CHECK(refused({u"--audio"_s, u"loud"_s}).contains(u"audio"_s));
    CHECK(refused({u"--volume"_s, u"2"_s}).contains(u"volume"_s));
    CHECK(refused({u"--language"_s, u"fr"_s}).contains(u"language"_s));
    CHECK(refused({u"--url"_s, u"http://x"_s}).contains(u"url"_s));
    CHECK(refused({u"--size"_s, u"big"_s}).contains(u"size"_s));
    LobbyOptions o;
    CHECK(LobbyOptions::parse({u"hall-lobby"_s}, o).value_or(QString()).contains(u"--token"_s));
}

TEST_CASE("lobby options: quiet hours must be HH:mm, and --help lists the common options and the lobby's",
          "[nostore]")
{
    LobbyOptions o;
    const auto problem =
        LobbyOptions::parse({u"hall-lobby"_s, u"--token"_s, u"t"_s, u"--quiet-from"_s, u"noon"_s}, o);
    CHECK(problem.value_or(QString()).contains(u"--quiet-from"_s));
    CHECK(o.token.isEmpty()); // nothing was set
    CHECK_FALSE(o.voice.contains(u"quietFrom"_s));

    const QString help = LobbyOptions::helpText();
    for (const char* name :
         {"--config", "--url", "--device", "--token", "--size", "--fullscreen", "--self-test", "--notices",
          "--audio", "--voice-dir", "--repeat", "--volume", "--quiet-from", "--quiet-to", "--quiet-volume",
          "--calls", "--language", "--refused-retry-ms", "--refused-retry-max-ms"}) {
        INFO(name);
        CHECK(help.contains(QString::fromLatin1(name)));
    }
    CHECK(help.contains(u"default lobby-1"_s));
}

TEST_CASE("lobby options: how a refused display asks again, first and longest wait", "[nostore]")
{
    LobbyOptions o;
    CHECK(o.refusedRetryMs == 5000);
    CHECK(o.refusedRetryMaxMs == 60000);
    REQUIRE_FALSE(LobbyOptions::parse({u"hall-lobby"_s, u"--token"_s, u"t"_s, u"--refused-retry-ms"_s,
                                       u"300"_s, u"--refused-retry-max-ms"_s, u"1200"_s},
                                      o));
    CHECK(o.refusedRetryMs == 300);
    CHECK(o.refusedRetryMaxMs == 1200);
    LobbyOptions wrong;
    const auto problem = LobbyOptions::parse({u"hall-lobby"_s, u"--token"_s, u"t"_s, u"--refused-retry-ms"_s,
                                              u"9000"_s, u"--refused-retry-max-ms"_s, u"3000"_s},
                                             wrong);
    CHECK(problem.value_or(QString()).contains(u"--refused-retry-max-ms"_s));
    CHECK(wrong.refusedRetryMs == 5000); // nothing was set
}
