// hall-service --check-config reads every configuration file as the service would, lists
// the problems by file and JSON path, and exits 0 only when all are good (the unit's ExecStartPre).
#include "hallprocess.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace hall::test;

namespace {

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    QFile f(dir.filePath(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
    return f.fileName();
}

struct Check
{
    int exitCode = -1;
    QString out;
};

Check checkConfig(const QStringList& args)
{
    QProcess p;
    p.start(HallProcess::servicePath(), QStringList{QStringLiteral("--check-config")} + args);
    REQUIRE(p.waitForFinished(20000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput())};
}

} // namespace

TEST_CASE("hall-service --check-config accepts overlays and names each problem by file and JSON path")
{
    QTemporaryDir dir;
    // Next year's 调休 arrangement is the hall calendar's, not a booking table any more.
    const QString hall = write(dir, QStringLiteral("hall.json"),
                               R"({"calendar": {"arrangements": {"2027": {"off": ["2027-01-01"]}}}})");
    const QString cases = write(dir, QStringLiteral("cases.json"), R"({"lookupLimits": {"maxFailures": 3}})");
    const QString booking = write(dir, QStringLiteral("booking.json"), R"({"window": {"maxDaysAhead": 20}})");
    const Check good = checkConfig({QStringLiteral("--hall-config"), hall, QStringLiteral("--booking-config"),
                                    booking, QStringLiteral("--cases-config"), cases});
    INFO(good.out.toStdString());
    CHECK(good.exitCode == 0);
    CHECK(good.out.count(QStringLiteral("正确")) == 4); // hall, booking, cases and the built-in notices

    const QString badBooking =
        write(dir, QStringLiteral("bad-booking.json"), R"({"window": {"closesAt": "25:00"}})");
    const QString badHall = write(dir, QStringLiteral("bad-hall.json"), "{\"rollover\": \"3am\"");
    const QString badCalendar = write(dir, QStringLiteral("bad-calendar.json"),
                                      R"({"calendar": {"arrangements": {"2027": {"off": ["2027-03-10"]}}}})");
    const Check bad =
        checkConfig({QStringLiteral("--hall-config"), badHall, QStringLiteral("--booking-config"), badBooking,
                     QStringLiteral("--cases-config"), cases});
    INFO(bad.out.toStdString());
    CHECK(bad.exitCode == 1);
    CHECK(bad.out.contains(badHall));
    CHECK(bad.out.contains(QStringLiteral("window.closesAt")));
    CHECK(bad.out.contains(QStringLiteral("cases %1: 正确").arg(cases)));
    const Check impossible = checkConfig({QStringLiteral("--hall-config"), badCalendar});
    CHECK(impossible.exitCode == 1);
    CHECK(impossible.out.contains(
        QStringLiteral("calendar.arrangements.2027: 2027-03-10（星期三）与任何法定节假日都不相连")));
}

TEST_CASE("plain ws:// is served on loopback only, unless chosen explicitly")
{
    QProcess refused;
    refused.start(HallProcess::servicePath(),
                  {QStringLiteral("--listen"), QStringLiteral("0.0.0.0"), QStringLiteral("--port"),
                   QStringLiteral("0"), QStringLiteral("--data-dir"), QTemporaryDir().path()});
    REQUIRE(refused.waitForFinished(20000));
    const QString why = QString::fromUtf8(refused.readAllStandardError() + refused.readAllStandardOutput());
    INFO(why.toStdString());
    CHECK(refused.exitCode() == 2);
    CHECK(why.contains(QStringLiteral("--allow-plain-ws")));
    CHECK(why.contains(QStringLiteral("hall-admin tls init")));

    HallProcess chosen;
    REQUIRE(chosen.start(
        {QStringLiteral("--listen"), QStringLiteral("0.0.0.0"), QStringLiteral("--allow-plain-ws")}));
    CHECK(chosen.url().scheme() == QStringLiteral("ws"));

    QProcess help;
    help.start(HallProcess::servicePath(), {QStringLiteral("--help")});
    REQUIRE(help.waitForFinished(20000));
    CHECK(QString::fromUtf8(help.readAllStandardOutput()).contains(QStringLiteral("default 127.0.0.1")));
}
