// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// wss:// — the service with a certificate, ServiceClient trusting the hall's own certificate
// authority (--ca), and everything else refused: plain ws://, a client trusting another authority,
// a half-configured service.
#include "client/serviceclient.h"
#include "hallfixture.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslConfiguration>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace hall;
using namespace hall::test;

namespace {

/// A self-signed certificate for 127.0.0.1 (its own authority), made with the openssl tool.
struct Certificate
{
    QString cert;
    QString key;
};

Certificate makeCertificate(const QTemporaryDir& dir, const QString& name)
{
    Certificate c{dir.filePath(name + QStringLiteral(".crt")), dir.filePath(name + QStringLiteral(".key"))};
    QProcess openssl;
    openssl.start(
        QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), c.key, QStringLiteral("-out"), c.cert, QStringLiteral("-days"),
         QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=hall-service test %1").arg(name),
         QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    REQUIRE(openssl.waitForFinished(30000));
    INFO(QString::fromUtf8(openssl.readAllStandardError()).toStdString());
    REQUIRE(openssl.exitCode() == 0);
    return c;
}

ServiceClient::Options kioskOptions(const HallFixture& f, const QString& caFile)
{
    ServiceClient::Options o;
    o.url = f.hall.url();
    o.caFile = caFile;
    o.role = QStringLiteral("kiosk");
    o.device = QStringLiteral("kiosk-1");
    o.token = f.tokens.value(QStringLiteral("kiosk-1"));
    o.backoffInitialMs = 50;
    o.backoffMaxMs = 200;
    return o;
}

} // namespace

TEST_CASE("tls: a kiosk trusting the hall's certificate takes a ticket over wss://", "[tls]")
{
    QTemporaryDir dir;
    const Certificate hallCert = makeCertificate(dir, QStringLiteral("hall"));
    HallFixture f({QStringLiteral("--tls-cert"), hallCert.cert, QStringLiteral("--tls-key"), hallCert.key});
    REQUIRE(f.hall.url().scheme() == QLatin1String("wss"));

    ServiceClient kiosk(kioskOptions(f, hallCert.cert));
    kiosk.start();
    REQUIRE(waitUntil([&] { return kiosk.state() == ServiceClient::State::Ready; }, 15000));
    ServiceReply reply;
    bool answered = false;
    kiosk.request(QStringLiteral("ticket.issue"),
                  {{QStringLiteral("services"), QJsonArray{QStringLiteral("marriage")}},
                   {QStringLiteral("requestId"), QStringLiteral("tls-1")}},
                  [&](const ServiceReply& r) {
                      reply = r;
                      answered = true;
                  });
    REQUIRE(waitUntil([&] { return answered; }, 15000));
    CHECK(reply.ok);
    CHECK_FALSE(reply.result.value(QLatin1String("ticket"))
                    .toObject()
                    .value(QLatin1String("number"))
                    .toString()
                    .isEmpty());
}

TEST_CASE("tls: plain ws:// and a client trusting another authority are refused", "[tls]")
{
    QTemporaryDir dir;
    const Certificate hallCert = makeCertificate(dir, QStringLiteral("hall"));
    const Certificate stranger = makeCertificate(dir, QStringLiteral("stranger"));
    HallFixture f({QStringLiteral("--tls-cert"), hallCert.cert, QStringLiteral("--tls-key"), hallCert.key});

    // Plain text to the TLS port: no WebSocket comes of it.
    WsClient plain;
    QUrl ws = f.hall.url();
    ws.setScheme(QStringLiteral("ws"));
    CHECK_FALSE(plain.open(ws));

    // A client that trusts a different authority (a look-alike service, or the wrong --ca) never
    // says hello, so its token is never sent.
    ServiceClient wrong(kioskOptions(f, stranger.cert));
    wrong.start();
    waitUntil([] { return false; }, 1500);
    CHECK(wrong.state() != ServiceClient::State::Ready);
    CHECK_FALSE(f.hall.log().contains(QStringLiteral("op=hello")));
    CHECK(f.hall.log().contains(QStringLiteral("refused tls-handshake")));
}

TEST_CASE("tls: a half or wrong configuration stops the service with a clear message", "[tls][nostore]")
{
    QTemporaryDir dir;
    const Certificate hallCert = makeCertificate(dir, QStringLiteral("hall"));
    const auto run = [](const QStringList& args) {
        QProcess p;
        p.start(HallProcess::servicePath(),
                QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--listen"),
                            QStringLiteral("127.0.0.1")} +
                    args);
        if (!p.waitForFinished(15000)) {
            p.kill();
            p.waitForFinished();
            return std::pair{-1, QString()};
        }
        return std::pair{p.exitCode(),
                         QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput())};
    };
    const QString data = dir.filePath(QStringLiteral("data"));
    QProcess init;
    init.start(HallProcess::adminPath(), {QStringLiteral("--data-dir"), data, QStringLiteral("init")});
    REQUIRE(init.waitForFinished(30000));
    REQUIRE(init.exitCode() == 0);
    auto [code, text] =
        run({QStringLiteral("--data-dir"), data, QStringLiteral("--tls-cert"), hallCert.cert});
    CHECK(code == 2);
    CHECK(text.contains(QStringLiteral("--tls-cert 和 --tls-key 必须同时给出")));

    QFile notAKey(dir.filePath(QStringLiteral("bad.key")));
    REQUIRE(notAKey.open(QIODevice::WriteOnly));
    notAKey.write("not a key\n");
    notAKey.close();
    std::tie(code, text) = run({QStringLiteral("--data-dir"), data, QStringLiteral("--tls-cert"),
                                hallCert.cert, QStringLiteral("--tls-key"), notAKey.fileName()});
    CHECK(code == 1);
    CHECK(text.contains(QStringLiteral("TLS 私钥")));
}

TEST_CASE("tls: the residents' pages over HTTPS with their own certificate, and not over plain HTTP",
          "[tls][resident]")
{
    QTemporaryDir dir;
    const Certificate pages = makeCertificate(dir, QStringLiteral("pages"));
    HallFixture f({QStringLiteral("--resident-port"), QStringLiteral("0"),
                   QStringLiteral("--resident-tls-cert"), pages.cert, QStringLiteral("--resident-tls-key"),
                   pages.key});
    REQUIRE(f.hall.residentPort() != 0);
    const auto fetch = [&](const QString& scheme) {
        QNetworkAccessManager nam;
        QNetworkRequest request(
            QUrl(QStringLiteral("%1://127.0.0.1:%2/r/resident.css").arg(scheme).arg(f.hall.residentPort())));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(pages.cert));
        request.setSslConfiguration(tls);
        QNetworkReply* reply = nam.get(request);
        REQUIRE(waitUntil([&] { return reply->isFinished(); }, 20000));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    };
    CHECK(fetch(QStringLiteral("https")) == 200);
    CHECK(fetch(QStringLiteral("http")) == 0); // no answer in clear
}
