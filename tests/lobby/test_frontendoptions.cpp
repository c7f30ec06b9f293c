// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The options parser the kiosk, the counter and the lobby share (core/client/frontendoptions.h):
// the common options, each kind of value a front end declares, the --config file, refusals that
// name the option and change nothing, and --help. A made-up front end keeps it independent of any
// real one; the last case runs the real hall-lobby.
#include "client/frontendoptions.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QTemporaryDir>

using namespace hall;
using namespace Qt::StringLiterals;

namespace {

struct TestOptions
{
    QUrl url = QUrl(u"ws://127.0.0.1:7700/v1"_s);
    QString device = u"test-1"_s;
    QString token;
    QSize windowSize{800, 600};
    bool fullScreen = false;
    bool selfTest = false;
    QString caFile;
    QString colour = u"red"_s;
    int copies = 1;
    double gain = 0.5;
    QString note;
    bool loud = false;
    bool operator==(const TestOptions&) const = default;
};

void declare(FrontEndOptionParser& p, TestOptions& o)
{
    p.addCommon({o.url, o.device, o.token, o.windowSize, o.fullScreen, o.selfTest, o.caFile},
                {.program = u"hall-test: a front end for the parser's tests."_s,
                 .device = u"This tester's device name (default test-1)."_s,
                 .token = u"Device token."_s,
                 .size = u"Window size WxH (default 800x600)."_s,
                 .fullScreen = u"Full screen."_s,
                 .selfTest = u"Test itself."_s});
    p.addChoice("colour", "red (default) or blue.", {u"red"_s, u"blue"_s},
                [&o](const QString& v) { o.colour = v; });
    p.addInteger("copies", "How many copies (default 1).", 1, 3, [&o](int n) { o.copies = n; });
    p.addNumber("gain", "Gain 0.0-1.0 (default 0.5).", 0.0, 1.0, [&o](double g) { o.gain = g; });
    p.addValue("side-note", "Any text but \"nope\".", [&o](const QString& v) {
        if (v == u"nope"_s) {
            return false;
        }
        o.note = v;
        return true;
    });
    p.addSwitch("loud-mode", "Be loud.", o.loud);
    p.addCheck([&o]() -> std::optional<QString> {
        if (o.loud && o.colour != u"red"_s) {
            return u"响亮模式只能是红色 (loud mode is red)"_s;
        }
        return std::nullopt;
    });
}

std::optional<QString> parse(const QStringList& args, TestOptions& out)
{
    return parseInto(QStringList{u"hall-test"_s} + args, out, &declare);
}

QString configFile(QTemporaryDir& dir, const QByteArray& json)
{
    QFile file(dir.filePath(u"config.json"_s));
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(json);
    return file.fileName();
}

} // namespace

TEST_CASE("front-end options: defaults stay, common and specific flags are read", "[nostore]")
{
    TestOptions o;
    REQUIRE_FALSE(parse({u"--token"_s, u"t1"_s}, o));
    TestOptions expected;
    expected.token = u"t1"_s;
    CHECK(o == expected);

    REQUIRE_FALSE(
        parse({u"--token"_s, u"t2"_s, u"--url"_s, u"wss://hall:7700/v1"_s, u"--device"_s, u"test-9"_s,
               u"--size"_s, u"1024x768"_s, u"--fullscreen"_s, u"--self-test"_s, u"--colour"_s, u"blue"_s,
               u"--copies"_s, u"3"_s, u"--gain"_s, u"0.25"_s, u"--side-note"_s, u"hi"_s},
              o));
    CHECK(o.url == QUrl(u"wss://hall:7700/v1"_s));
    CHECK(o.device == u"test-9"_s);
    CHECK(o.token == u"t2"_s);
    CHECK(o.windowSize == QSize(1024, 768));
    CHECK(o.fullScreen);
    CHECK(o.selfTest);
    CHECK(o.colour == u"blue"_s);
    CHECK(o.copies == 3);
    CHECK(o.gain == Approx(0.25));
    CHECK(o.note == u"hi"_s);
}

TEST_CASE("front-end options: a bad value is refused, named with what was expected, and nothing is set",
          "[nostore]")
{
    const auto refused = [](const QStringList& extra) {
        TestOptions o;
        o.note = u"before"_s;
        const TestOptions before = o;
        // Good values first: a refusal later on must not leave them half applied.
        const auto problem = parse(
            QStringList{u"--token"_s, u"t"_s, u"--device"_s, u"changed"_s, u"--side-note"_s, u"x"_s} + extra,
            o);
        CHECK(o == before);
        return problem.value_or(QString());
    };
    const QString url = refused({u"--url"_s, u"http://hall/"_s});
    CHECK(url.contains(u"选项 --url 的值无效"_s));
    CHECK(url.contains(u"http://hall/"_s));
    CHECK(url.contains(u"ws://"_s));
    CHECK(refused({u"--size"_s, u"big"_s}).contains(u"宽x高"_s));
    CHECK(refused({u"--size"_s, u"0x600"_s}).contains(u"--size"_s));
    CHECK(refused({u"--size"_s, u"800x600x2"_s}).contains(u"--size"_s));
    const QString colour = refused({u"--colour"_s, u"green"_s});
    CHECK(colour.contains(u"--colour"_s));
    CHECK(colour.contains(u"green"_s));
    CHECK(colour.contains(u"red, blue"_s));
    CHECK(refused({u"--copies"_s, u"0"_s}).contains(u"应为 1 到 3 的整数"_s));
    CHECK(refused({u"--copies"_s, u"4"_s}).contains(u"--copies"_s));
    CHECK(refused({u"--copies"_s, u"two"_s}).contains(u"--copies"_s));
    CHECK(refused({u"--gain"_s, u"1.5"_s}).contains(u"应为 0 到 1 的数"_s));
    CHECK(refused({u"--gain"_s, u"nan"_s}).contains(u"--gain"_s));
    // A value the front end's own setter refuses: the message falls back to the option's help.
    CHECK(refused({u"--side-note"_s, u"nope"_s}).contains(u"Any text but"_s));
    CHECK(refused({u"--colour-scheme"_s, u"x"_s}) == u"未知选项 (unknown option): --colour-scheme"_s);
    CHECK(refused({u"stray"_s}).contains(u"stray"_s));
    CHECK(refused({u"--copies"_s}).contains(u"--copies"_s)); // no value after it
    CHECK(refused({u"--loud-mode"_s, u"--colour"_s, u"blue"_s})
              .contains(u"loud mode"_s)); // the front end's rule
    CHECK(refused({u"--config"_s, u"/nonexistent/hall.json"_s}).contains(u"无法读取配置文件"_s));

    TestOptions o;
    CHECK(parse({}, o) == u"缺少设备令牌 (missing --token)"_s);
}

TEST_CASE("front-end options: the --config file, in camelCase, under the flags", "[nostore]")
{
    QTemporaryDir dir;
    TestOptions o;
    REQUIRE_FALSE(
        parse({u"--config"_s, configFile(dir, R"({"token": "from-file", "device": "file-1", "sideNote": "n",
                                            "copies": 2, "gain": 1, "loudMode": true, "fullscreen": true,
                                            "size": "640x480"})"),
               u"--device"_s, u"flag-1"_s},
              o));
    CHECK(o.token == u"from-file"_s);
    CHECK(o.device == u"flag-1"_s); // the flag wins
    CHECK(o.note == u"n"_s);
    CHECK(o.copies == 2);
    CHECK(o.gain == Approx(1.0));
    CHECK(o.loud);
    CHECK(o.fullScreen);
    CHECK(o.windowSize == QSize(640, 480));
    CHECK_FALSE(o.selfTest);

    const auto refused = [&dir](const QByteArray& json) {
        TestOptions before;
        TestOptions p = before;
        const auto problem = parse({u"--token"_s, u"t"_s, u"--config"_s, configFile(dir, json)}, p);
        CHECK(p == before);
        return problem.value_or(QString());
    };
    const QString unknown = refused(R"({"colour": "blue", "side-note": "x"})");
    CHECK(unknown.contains(u"未知选项 (unknown option): side-note"_s)); // the file takes camelCase only
    CHECK(unknown.contains(u"config.json"_s));
    CHECK(refused(R"({"copies": 2.5})").contains(u"copies"_s));
    CHECK(refused(R"({"copies": 7})").contains(u"应为 1 到 3 的整数"_s));
    CHECK(refused(R"({"loudMode": "yes"})").contains(u"true 或 false"_s));
    CHECK(refused(R"({"colour": ["red"]})").contains(u"colour"_s));
    CHECK(refused(R"({"device": null})").contains(u"device"_s));
    // The self-test is asked for on the command line only, never by a file left on a device.
    CHECK(refused(R"({"selfTest": true})").contains(u"selfTest"_s));
    CHECK(refused(R"({"copies": 2,)").contains(u"配置文件无效 (invalid JSON)"_s));
    CHECK(refused(R"(["copies"])").contains(u"配置文件无效 (invalid JSON)"_s));
}

TEST_CASE("front-end options: --help lists the common options, then the front end's own", "[nostore]")
{
    const QString help = helpTextOf(&declare);
    CHECK(help.contains(u"hall-test: a front end for the parser's tests."_s));
    CHECK(help.contains(u"--config <file>"_s));
    for (const char* name : {"--help", "--url <value>", "--ca <value>", "--device <value>", "--token <value>",
                             "--size <value>", "--fullscreen", "--self-test", "--colour <value>",
                             "--copies <value>", "--gain <value>", "--side-note <value>", "--loud-mode"}) {
        INFO(name);
        CHECK(help.contains(QString::fromLatin1(name)));
    }
    CHECK(help.contains(u"This tester's device name (default test-1)."_s));
    CHECK(help.indexOf(u"--self-test"_s) < help.indexOf(u"--colour"_s));
}

TEST_CASE("front-end options: hall-lobby prints its help and exits 0, and refuses a bad value with exit 2",
          "[nostore]")
{
    QProcess lobby;
    lobby.start(QStringLiteral(HALL_LOBBY_PATH), {u"--help"_s});
    REQUIRE(lobby.waitForFinished(20000));
    CHECK(lobby.exitCode() == 0);
    const QString help = QString::fromUtf8(lobby.readAllStandardOutput());
    CHECK(help.contains(u"--token <value>"_s));
    CHECK(help.contains(u"--quiet-from <value>"_s));

    lobby.start(QStringLiteral(HALL_LOBBY_PATH), {u"--token"_s, u"t"_s, u"--calls"_s, u"11"_s});
    REQUIRE(lobby.waitForFinished(20000));
    CHECK(lobby.exitCode() == 2);
    const QString error = QString::fromUtf8(lobby.readAllStandardError());
    CHECK(error.contains(u"hall-lobby: 选项 --calls 的值无效 (invalid value): 11"_s));
}

TEST_CASE("front-end options: --ca takes a PEM certificate file and refuses anything else", "[nostore]")
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(u"hall.crt"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                   u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, dir.filePath(u"hall.key"_s),
                   u"-out"_s, cert, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=hall"_s});
    REQUIRE(openssl.waitForFinished(30000));
    REQUIRE(openssl.exitCode() == 0);

    TestOptions o;
    REQUIRE_FALSE(parse({u"--token"_s, u"t"_s, u"--url"_s, u"wss://10.0.0.2:7700/v1"_s, u"--ca"_s, cert}, o));
    CHECK(o.caFile == cert);

    TestOptions untouched;
    const auto problem = parse({u"--token"_s, u"t"_s, u"--ca"_s, dir.filePath(u"hall.key"_s)},
                               untouched); // a key, not a certificate
    REQUIRE(problem);
    CHECK(problem->contains(u"--ca"_s));
    CHECK(problem->contains(u"PEM"_s));
    CHECK(untouched == TestOptions{});
    CHECK(parse({u"--token"_s, u"t"_s, u"--ca"_s, dir.filePath(u"missing.crt"_s)}, untouched));
}
