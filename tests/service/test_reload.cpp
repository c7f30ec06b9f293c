// The service reloads notices, holidays and special dates on SIGHUP or config.reload,
// without dropping a connection; a bad file is refused and the old one kept; every display gets the
// new notices as an event.
#include "hallfixture.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <csignal>

using namespace hall::test;

namespace {

void write(const QString& path, const QByteArray& text)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

QJsonObject dayOf(WsClient& client, const QString& date)
{
    const QJsonObject reply = client.call(
        QStringLiteral("booking.calendar"),
        {{QStringLiteral("month"), date.left(7)}, {QStringLiteral("type"), QStringLiteral("marriage")}});
    REQUIRE(ok(reply));
    for (const QJsonValue& d : result(reply).value(QLatin1String("days")).toArray()) {
        if (d.toObject().value(QLatin1String("date")).toString() == date) {
            return d.toObject();
        }
    }
    FAIL("no such day");
    return {};
}

QStringList noticeTexts(const QJsonArray& notices)
{
    QStringList out;
    for (const QJsonValue& n : notices) {
        out << n.toObject().value(QLatin1String("zh")).toString();
    }
    return out;
}

} // namespace

TEST_CASE("SIGHUP reloads notices and the booking calendar, pushes the notices, keeps connections")
{
    QTemporaryDir dir;
    const QString notices = dir.filePath(QStringLiteral("notices.json"));
    const QString booking = dir.filePath(QStringLiteral("booking.json"));
    write(notices, R"({"notices": ["办公时间：周一至周五"]})");
    write(booking, "{}");
    HallFixture f({QStringLiteral("--notices"), notices, QStringLiteral("--booking-config"), booking});
    auto display = f.connect(QStringLiteral("display-1"));
    REQUIRE(ok(display->call(QStringLiteral("subscribe"))));
    const QJsonObject before = result(display->call(QStringLiteral("hall.snapshot")));
    CHECK(noticeTexts(before.value(QLatin1String("notices")).toArray()) ==
          QStringList{QStringLiteral("办公时间：周一至周五")});
    CHECK(dayOf(*display, QStringLiteral("2026-12-01")).value(QLatin1String("open")).toBool());

    write(
        notices,
        R"({"notices": ["12月1日临时闭馆", {"zh": "婚姻登记免费", "en": "Marriage registration is free"}]})");
    write(booking, R"({"holidays": {"closed": ["2026-12-01"]}})");
    REQUIRE(::kill(static_cast<pid_t>(f.hall.pid()), SIGHUP) == 0);
    const QJsonObject event = display->waitEvent(QStringLiteral("notices.changed"));
    REQUIRE_FALSE(event.isEmpty());
    CHECK(noticeTexts(
              event.value(QLatin1String("data")).toObject().value(QLatin1String("notices")).toArray()) ==
          QStringList{QStringLiteral("12月1日临时闭馆"), QStringLiteral("婚姻登记免费")});
    CHECK(waitUntil(
        [&] { return !dayOf(*display, QStringLiteral("2026-12-01")).value(QLatin1String("open")).toBool(); },
        10000));
    // The same connection, still there.
    CHECK(ok(display->call(QStringLiteral("hall.snapshot"))));
    CHECK(f.hall.log().contains(QStringLiteral("configuration reloaded")));

    // A broken notices file and a broken booking file: refused, the hall keeps what it had.
    write(notices, R"({"notices": [{"en": "no Chinese"}]})");
    write(booking, R"({"holidays": {"closed": ["2026-13-01"]}})");
    auto admin = f.connect(QStringLiteral("admin-1"));
    const QJsonObject reply = admin->call(QStringLiteral("config.reload"));
    REQUIRE(ok(reply));
    CHECK_FALSE(result(reply).value(QLatin1String("ok")).toBool());
    const QJsonArray files = result(reply).value(QLatin1String("files")).toArray();
    QStringList outcomes;
    for (const QJsonValue& v : files) {
        outcomes << v.toObject().value(QLatin1String("what")).toString() + QLatin1Char('=') +
                        v.toObject().value(QLatin1String("outcome")).toString();
    }
    CHECK(outcomes.contains(QStringLiteral("notices=refused")));
    CHECK(outcomes.contains(QStringLiteral("booking=refused")));
    CHECK(QJsonDocument(files).toJson().contains("notices[0].zh"));
    CHECK(QJsonDocument(files).toJson().contains("holidays.closed[0]"));
    const QJsonObject after = result(display->call(QStringLiteral("hall.snapshot")));
    CHECK(noticeTexts(after.value(QLatin1String("notices")).toArray()).size() == 2);
    CHECK_FALSE(dayOf(*display, QStringLiteral("2026-12-01")).value(QLatin1String("open")).toBool());
    // Only admins reload.
    CHECK(display->call(QStringLiteral("config.reload"))
              .value(QLatin1String("error"))
              .toObject()
              .value(QLatin1String("code"))
              .toString() == QLatin1String("FORBIDDEN"));
}
