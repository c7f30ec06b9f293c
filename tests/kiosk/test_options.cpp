// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// hall-kiosk's configuration: flags, the --config file, and what is refused.
#include "kioskoptions.h"
// After a libc header: memorypolicy.h tests __GLIBC__ before it includes one itself.
#include "client/memorypolicy.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>
#include <cstring>

using namespace hall;

namespace {

std::optional<QString> parse(QStringList args, KioskOptions& out)
{
    args.prepend(QStringLiteral("hall-kiosk"));
    return KioskOptions::parse(args, out);
}

} // namespace

TEST_CASE("kiosk options: defaults, flags, and a config file that flags override", "[nostore]")
{
    KioskOptions o;
    REQUIRE_FALSE(parse({QStringLiteral("--token"), QStringLiteral("t1")}, o));
    CHECK(o.url == QUrl(QStringLiteral("ws://127.0.0.1:7700/v1")));
    CHECK(o.printer.value(QStringLiteral("backend")).toString() == QLatin1String("simulated"));
    CHECK(o.journey.idleTimeoutMs == 60000);
    CHECK(o.windowSize == QSize(1080, 1920));
    CHECK_FALSE(o.selfTest);

    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("kiosk.json")));
    REQUIRE(config.open(QIODevice::WriteOnly));
    config.write(R"({"url": "ws://hall.local:7700/v1", "token": "from-file", "printer": "escpos",
                    "printerAddress": "tcp://10.0.0.5:9100", "idleSeconds": 90, "size": "1920x1080",
                    "fullscreen": true, "device": "kiosk-7"})");
    config.close();
    KioskOptions f;
    REQUIRE_FALSE(parse({QStringLiteral("--config"), config.fileName(), QStringLiteral("--device"),
                         QStringLiteral("kiosk-8"), QStringLiteral("--self-test")},
                        f));
    CHECK(f.url == QUrl(QStringLiteral("ws://hall.local:7700/v1")));
    CHECK(f.token == QLatin1String("from-file"));
    CHECK(f.device == QLatin1String("kiosk-8")); // the flag wins
    CHECK(f.printer.value(QStringLiteral("backend")).toString() == QLatin1String("escpos"));
    CHECK(f.printer.value(QStringLiteral("address")).toString() == QLatin1String("tcp://10.0.0.5:9100"));
    CHECK(f.journey.idleTimeoutMs == 90000);
    CHECK(f.windowSize == QSize(1920, 1080));
    CHECK(f.fullScreen);
    CHECK(f.selfTest);
}

TEST_CASE("kiosk options: wrong values are refused with a reason", "[nostore]")
{
    const QString t = QStringLiteral("--token");
    KioskOptions o;
    CHECK(parse({}, o).has_value()); // no token
    CHECK(parse({t, QStringLiteral("x"), QStringLiteral("--url"), QStringLiteral("http://hall/")}, o)
              .has_value());
    CHECK(
        parse({t, QStringLiteral("x"), QStringLiteral("--printer"), QStringLiteral("laser")}, o).has_value());
    CHECK(parse({t, QStringLiteral("x"), QStringLiteral("--idle-seconds"), QStringLiteral("0")}, o)
              .has_value());
    CHECK(parse({t, QStringLiteral("x"), QStringLiteral("--size"), QStringLiteral("big")}, o).has_value());
    CHECK(parse({t, QStringLiteral("x"), QStringLiteral("--config"), QStringLiteral("/nonexistent.json")}, o)
              .has_value());
    CHECK(parse({t, QStringLiteral("x"), QStringLiteral("--colour"), QStringLiteral("red")}, o).has_value());
}

TEST_CASE("kiosk options: elderly mode's voice", "[nostore]")
{
    KioskOptions o;
    REQUIRE_FALSE(parse({QStringLiteral("--token"), QStringLiteral("t1")}, o));
    CHECK(o.voice.value(QStringLiteral("audio")).toString() == QLatin1String("media"));
    KioskOptions silent;
    REQUIRE_FALSE(
        parse({QStringLiteral("--token"), QStringLiteral("t1"), QStringLiteral("--voice"),
               QStringLiteral("silent"), QStringLiteral("--voice-dir"), QStringLiteral("/opt/voice")},
              silent));
    CHECK(silent.voice.value(QStringLiteral("audio")).toString() == QLatin1String("silent"));
    CHECK(silent.voice.value(QStringLiteral("voiceDir")).toString() == QLatin1String("/opt/voice"));
    KioskOptions none;
    REQUIRE_FALSE(parse(
        {QStringLiteral("--token"), QStringLiteral("t1"), QStringLiteral("--voice"), QStringLiteral("none")},
        none));
    CHECK(none.voice.isEmpty());
    KioskOptions bad;
    CHECK(parse(
        {QStringLiteral("--token"), QStringLiteral("t1"), QStringLiteral("--voice"), QStringLiteral("loud")},
        bad));
}

#if defined(__GLIBC__)
namespace {
void* volatile g_sink = nullptr; // keeps the compiler from eliding the blocks below
}

TEST_CASE("kiosk memory policy: large short-lived blocks leave the heap as it was, even after a larger one",
          "[nostore]")
{
    keepLargeAllocationsOutOfHeap();
    // Freeing a mapped 4 MiB block is what makes glibc, left alone, raise both of its thresholds to
    // 4 and 8 MiB: the blocks below would then be cut from the heap, whose top keeps them.
    g_sink = std::malloc(4 << 20);
    std::memset(g_sink, 1, 4 << 20);
    std::free(g_sink);
    malloc_trim(0);
    const struct mallinfo2 before = mallinfo2();
    for (const size_t size : {107584U, 481440U}) { // a ticket's QR texture, a raster fill buffer
        g_sink = std::malloc(size);
        std::memset(g_sink, 1, size);
        std::free(g_sink);
    }
    const struct mallinfo2 after = mallinfo2();
    CHECK(after.arena == before.arena);
    CHECK(after.keepcost == before.keepcost);
}
#endif

TEST_CASE("kiosk options: a refused command line changes nothing, and --help lists every option", "[nostore]")
{
    KioskOptions o;
    const auto problem =
        parse({QStringLiteral("--token"), QStringLiteral("t1"), QStringLiteral("--printer"),
               QStringLiteral("escpos"), QStringLiteral("--paper-dots"), QStringLiteral("-5")},
              o);
    CHECK(problem.value_or(QString()).contains(QStringLiteral("--paper-dots")));
    CHECK(o.token.isEmpty());
    CHECK(o.printer.value(QStringLiteral("backend")).toString() == QLatin1String("simulated"));

    const QString help = KioskOptions::helpText();
    for (const char* name :
         {"--config", "--url", "--device", "--token", "--size", "--fullscreen", "--self-test", "--printer",
          "--printer-address", "--printer-profile", "--printer-output", "--paper-dots", "--idcard-file",
          "--camera", "--voice", "--voice-dir", "--idle-seconds", "--follow-url"}) {
        INFO(name);
        CHECK(help.contains(QString::fromLatin1(name)));
    }
    CHECK(help.contains(QStringLiteral("default kiosk-1")));
}
