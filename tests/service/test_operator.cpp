// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The operator endpoint — /healthz and /metrics over HTTP on their own port, the metrics
// read by the Prometheus client's own parser, and the listener's bounds held against real sockets.
#include "domain/idnumber.h"
#include "hallfixture.h"
#include "hallstore.h"
#include "httpget.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpSocket>

#include <memory>
#include <vector>

using namespace hall::test;

namespace {

HttpResult get(quint16 port, const QString& path, const QByteArray& verb = "GET")
{
    return httpGet(port, path, verb);
}

struct Sample
{
    QString name;
    QJsonObject labels;
    double value;
};

/// The samples as the Prometheus Python client parses them (tests/service/parse_metrics.py).
std::vector<Sample> parseMetrics(const QByteArray& text)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(HALL_SOURCE_DIR "/tests/service/parse_metrics.py")});
    REQUIRE(python.waitForStarted(10000));
    python.write(text);
    python.closeWriteChannel();
    REQUIRE(python.waitForFinished(30000));
    const QByteArray out = python.readAllStandardOutput();
    INFO(out.left(2000).toStdString() << python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    std::vector<Sample> samples;
    for (const QJsonValue& v : QJsonDocument::fromJson(out).array()) {
        const QJsonObject o = v.toObject();
        samples.push_back({o.value(QLatin1String("name")).toString(),
                           o.value(QLatin1String("labels")).toObject(),
                           o.value(QLatin1String("value")).toDouble()});
    }
    return samples;
}

std::optional<double> value(const std::vector<Sample>& samples, const QString& name,
                            const QJsonObject& labels = {})
{
    for (const Sample& s : samples) {
        bool match = s.name == name;
        for (auto it = labels.begin(); match && it != labels.end(); ++it) {
            match = s.labels.value(it.key()) == it.value();
        }
        if (match) {
            return s.value;
        }
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("the operator endpoint answers /healthz and /metrics that Prometheus's parser reads")
{
    HallFixture f({QStringLiteral("--operator-port"), QStringLiteral("0")});
    const quint16 port = f.hall.operatorPort();
    REQUIRE(port != 0);
    REQUIRE(port != f.hall.port());

    const HttpResult health = get(port, QStringLiteral("/healthz"));
    INFO(health.body.toStdString());
    CHECK(health.status == 200);
    const QJsonObject h = QJsonDocument::fromJson(health.body).object();
    CHECK(h.value(QLatin1String("status")).toString() == QLatin1String("ok"));
    CHECK(h.value(QLatin1String("storage")).toObject().value(QLatin1String("writable")).toBool());
    CHECK(h.value(QLatin1String("storage")).toObject().contains(QLatin1String("lastCommitAgeSeconds")));
    CHECK(h.value(QLatin1String("eventLoop")).toObject().value(QLatin1String("ok")).toBool());

    // Some traffic: tickets for two services, a refusal, a printer out of paper, a display watching.
    auto kiosk = f.connect(QStringLiteral("kiosk-1"));
    auto display = f.connect(QStringLiteral("display-1"));
    for (int i = 0; i < 3; ++i) {
        HallFixture::issue(*kiosk, {QStringLiteral("marriage")}, QStringLiteral("m-%1").arg(i));
    }
    HallFixture::issue(*kiosk, {QStringLiteral("assistance")}, QStringLiteral("a-1"));
    CHECK_FALSE(
        ok(kiosk->call(QStringLiteral("ticket.issue"),
                       {{QStringLiteral("requestId"), QStringLiteral("x-1")},
                        {QStringLiteral("services"), QJsonArray{QStringLiteral("no-such-service")}}})));
    REQUIRE(ok(kiosk->call(QStringLiteral("device.status"),
                           {{QStringLiteral("kind"), QStringLiteral("printer")},
                            {QStringLiteral("status"), QStringLiteral("paperOut")}})));

    const HttpResult scraped = get(port, QStringLiteral("/metrics"));
    CHECK(scraped.status == 200);
    CHECK(scraped.contentType.startsWith("text/plain; version=0.0.4"));
    const std::vector<Sample> m = parseMetrics(scraped.body);
    CHECK(value(m, QStringLiteral("hall_up")) == 1.0);
    CHECK(value(m, QStringLiteral("hall_requests_total"),
                {{QStringLiteral("op"), QStringLiteral("ticket.issue")}}) == 5.0);
    CHECK(value(m, QStringLiteral("hall_request_errors_total"),
                {{QStringLiteral("op"), QStringLiteral("ticket.issue")},
                 {QStringLiteral("code"), QStringLiteral("UNKNOWN_SERVICE")}}) == 1.0);
    CHECK(value(m, QStringLiteral("hall_request_duration_seconds_count"),
                {{QStringLiteral("op"), QStringLiteral("ticket.issue")}}) == 5.0);
    CHECK(value(m, QStringLiteral("hall_queue_waiting"),
                {{QStringLiteral("service"), QStringLiteral("marriage")}}) == 3.0);
    CHECK(value(m, QStringLiteral("hall_queue_waiting"),
                {{QStringLiteral("service"), QStringLiteral("assistance")}}) == 1.0);
    CHECK(value(m, QStringLiteral("hall_queue_oldest_wait_seconds"),
                {{QStringLiteral("service"), QStringLiteral("marriage")}})
              .value_or(-1) >= 0.0);
    CHECK(value(m, QStringLiteral("hall_connected_devices"),
                {{QStringLiteral("role"), QStringLiteral("kiosk")}}) == 1.0);
    CHECK(value(m, QStringLiteral("hall_connected_devices"),
                {{QStringLiteral("role"), QStringLiteral("display")}}) == 1.0);
    CHECK(value(m, QStringLiteral("hall_device_alert"),
                {{QStringLiteral("device"), QStringLiteral("kiosk-1")},
                 {QStringLiteral("peripheral"), QStringLiteral("printer")},
                 {QStringLiteral("status"), QStringLiteral("paperOut")}}) == 1.0);
    CHECK(value(m, QStringLiteral("hall_commits_total")).value_or(0) >= 1.0);
    CHECK(value(m, QStringLiteral("hall_commit_duration_seconds_count")).value_or(0) >= 1.0);
    CHECK(value(m, QStringLiteral("hall_commit_batch_size_count")).value_or(0) >= 1.0);
    // The database's and WAL's file sizes are SQLite's; a PostgreSQL server reports its own.
    const bool sqlite = f.hall.databaseUrl().isEmpty();
    CHECK(value(m, QStringLiteral("hall_wal_bytes")).has_value() == sqlite);
    CHECK(value(m, QStringLiteral("hall_database_bytes")).has_value() == sqlite);
    CHECK(value(m, QStringLiteral("hall_request_ledger_entries")) == 4.0);
    CHECK(value(m, QStringLiteral("hall_event_loop_lag_seconds"),
                {{QStringLiteral("window"), QStringLiteral("max10s")}})
              .has_value());
    // Nothing personal: no ID reference, no ticket number.
    CHECK_FALSE(scraped.body.contains("A001"));

    CHECK(get(port, QStringLiteral("/nothing-here")).status == 404);
    CHECK(get(port, QStringLiteral("/metrics"), "POST").status == 405);
    // The device protocol's port does not answer HTTP routes, and the operator port is not the device
    // protocol.
    CHECK(get(f.hall.port(), QStringLiteral("/metrics")).status != 200);
}

TEST_CASE("the operator endpoint bounds connections and request size, and keeps serving")
{
    HallFixture f({QStringLiteral("--operator-port"), QStringLiteral("0")});
    const quint16 port = f.hall.operatorPort();
    // 16 connections at once are held; the 17th and later are closed at once.
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 20; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        s->connectToHost(QHostAddress::LocalHost, port);
        REQUIRE(s->waitForConnected(5000));
        held.push_back(std::move(s));
    }
    int closed = 0;
    waitUntil(
        [&] {
            closed = 0;
            for (auto& s : held) {
                closed += s->state() == QAbstractSocket::UnconnectedState ? 1 : 0;
            }
            return closed >= 4;
        },
        10000);
    std::printf("operator endpoint: %d of 20 simultaneous connections closed at the bound of 16\n", closed);
    CHECK(closed == 4);
    held.clear();

    // A request larger than 8 KiB is cut off without an answer.
    QTcpSocket big;
    big.connectToHost(QHostAddress::LocalHost, port);
    REQUIRE(big.waitForConnected(5000));
    big.write("GET /metrics HTTP/1.1\r\nHost: x\r\nX-Padding: " + QByteArray(64 * 1024, 'a') + "\r\n\r\n");
    REQUIRE(waitUntil([&] { return big.state() == QAbstractSocket::UnconnectedState; }, 10000));
    const QByteArray answer = big.readAll();
    std::printf("operator endpoint: a 64 KiB request was closed after %lld bytes of answer\n",
                static_cast<long long>(answer.size()));
    CHECK_FALSE(answer.startsWith("HTTP/1.1 200"));

    // Still serving, and the refusals are counted.
    waitUntil([] { return false; }, 200);
    const HttpResult after = get(port, QStringLiteral("/metrics"));
    REQUIRE(after.status == 200);
    CHECK(value(parseMetrics(after.body), QStringLiteral("hall_http_refused_total"),
                {{QStringLiteral("listener"), QStringLiteral("operator")}})
              .value_or(0) >= 5.0);
}

TEST_CASE("retention in the running service: a ticket's ID is forgotten after its period, the reports stay")
{
    const QStringList withOperator{QStringLiteral("--operator-port"), QStringLiteral("0")};
    HallFixture f(withOperator);
    {
        auto kiosk = f.connect(QStringLiteral("kiosk-1"));
        const QString first17 = QStringLiteral("11010519560402007");
        const QJsonObject issued =
            kiosk->call(QStringLiteral("ticket.issue"),
                        {{QStringLiteral("requestId"), QStringLiteral("r-1")},
                         {QStringLiteral("services"), QJsonArray{QStringLiteral("elderly")}},
                         {QStringLiteral("idNumber"), first17 + hall::IdNumber::checkCharacter(first17)}});
        REQUIRE(ok(issued));
        HallFixture::issue(*kiosk, {QStringLiteral("enquiries")}, QStringLiteral("r-2"));
        auto wang = f.counter(QStringLiteral("counter-2"), QStringLiteral("wang"));
        const QJsonObject at8{{QStringLiteral("counter"), 8}};
        REQUIRE(ok(wang->call(QStringLiteral("counter.open"), at8)));
        for (int i = 0; i < 2; ++i) {
            REQUIRE(ok(wang->call(QStringLiteral("counter.callNext"), at8)));
            REQUIRE(ok(wang->call(QStringLiteral("counter.start"), at8)));
            REQUIRE(ok(wang->call(
                QStringLiteral("counter.finish"),
                {{QStringLiteral("counter"), 8}, {QStringLiteral("rating"), QStringLiteral("satisfied")}})));
        }
    }
    const auto count = [&](const QString& sql) { return HallStore(f.hall).value(sql).toInt(); };
    // 24 November's figures as a supervisor reads them (report.queue by service), once the day is closed.
    const QJsonObject day24{{QStringLiteral("from"), QStringLiteral("2026-11-24")},
                            {QStringLiteral("to"), QStringLiteral("2026-11-24")},
                            {QStringLiteral("by"), QStringLiteral("service")}};
    const auto figures = [&] {
        auto wang = f.counter(QStringLiteral("counter-2"), QStringLiteral("wang"));
        const QJsonObject report = result(wang->call(QStringLiteral("report.queue"), day24))
                                       .value(QLatin1String("report"))
                                       .toObject();
        return QJsonObject{{QStringLiteral("total"), report.value(QLatin1String("total"))},
                           {QStringLiteral("rows"), report.value(QLatin1String("rows"))}};
    };
    const auto metricsAfterPass = [&] {
        std::vector<Sample> m;
        REQUIRE(waitUntil(
            [&] {
                m = parseMetrics(get(f.hall.operatorPort(), QStringLiteral("/metrics")).body);
                return value(m, QStringLiteral("hall_retention_last_run_timestamp_seconds")).value_or(0) > 0;
            },
            20000));
        return m;
    };

    // The next day: the pass at start finds nothing due (tickets are kept 30 days).
    f.hall.kill();
    REQUIRE(f.hall.start(withOperator + QStringList{QStringLiteral("--start-time"),
                                                    QStringLiteral("2026-11-25T10:00:00+08:00")}));
    CHECK(value(metricsAfterPass(), QStringLiteral("hall_retention_purged_total"),
                {{QStringLiteral("what"), QStringLiteral("tickets")}}) == 0.0);
    const QJsonObject before = figures();
    INFO(QJsonDocument(before).toJson().toStdString());
    REQUIRE(before.value(QLatin1String("total")).toObject().value(QLatin1String("served")).toInt() == 2);
    CHECK(count(QStringLiteral(
              "SELECT COUNT(*) FROM tickets WHERE person_key IS NOT NULL AND id_ref IS NOT NULL")) == 1);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM journal WHERE data LIKE '%idRef%'")) > 0);

    // Six weeks later (past the 30 days), after 02:30: the service that was down at night runs the
    // pass as it starts.
    f.hall.kill();
    REQUIRE(f.hall.start(withOperator + QStringList{QStringLiteral("--start-time"),
                                                    QStringLiteral("2027-01-05T10:00:00+08:00")}));
    const std::vector<Sample> m = metricsAfterPass();
    // One of the two tickets carried an ID (the enquiry was taken without one).
    CHECK(value(m, QStringLiteral("hall_retention_purged_total"),
                {{QStringLiteral("what"), QStringLiteral("tickets")}}) == 1.0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM tickets")) == 2); // the tickets, for the figures
    CHECK(count(QStringLiteral(
              "SELECT COUNT(*) FROM tickets WHERE person_key IS NOT NULL OR id_ref IS NOT NULL")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM journal WHERE data LIKE '%idRef%'")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = 'retention.purged'")) ==
          1); // only the pass that forgot
    CHECK(
        waitUntil([&] { return f.hall.log().contains(QStringLiteral("retention pass: tickets=1")); }, 10000));
    // The supervisor's figures of that day are what they were.
    CHECK(figures() == before);

    // An admin may run a pass at once; it finds nothing more. Other roles may not.
    auto admin = f.connect(QStringLiteral("admin-1"));
    const QJsonObject again = admin->call(QStringLiteral("retention.run"));
    REQUIRE(ok(again));
    CHECK(result(again).value(QLatin1String("purged")).toObject().value(QLatin1String("tickets")).toInt() ==
          0);
    auto display = f.connect(QStringLiteral("display-1"));
    CHECK(errorCode(display->call(QStringLiteral("retention.run"))) == QLatin1String("FORBIDDEN"));
}
