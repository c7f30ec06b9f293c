// hall-kiosk's configuration: flags, the --config file, and what is refused.
#include "kioskoptions.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace hall;

namespace {

std::optional<QString> parse(QStringList args, KioskOptions& out)
{
    args.prepend(QStringLiteral("hall-kiosk"));
    return KioskOptions::parse(args, out);
}

} // namespace

TEST_CASE("kiosk options: defaults, flags, and a config file that flags override")
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

TEST_CASE("kiosk options: wrong values are refused with a reason")
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

TEST_CASE("kiosk options: elderly mode's voice")
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
