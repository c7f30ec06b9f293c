// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webdriver.h"

#include "client/waituntil.h"
#include "httpget.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTimer>

namespace hall::test {

namespace {

/// Runs the event loop for `ms` (between polls that themselves wait for answers: waitUntil must
/// not nest them).
void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

WebDriver::WebDriver(int width, int height)
{
    m_port = freePort();
    m_driver.setProgram(QStringLiteral("/usr/bin/chromedriver"));
    m_driver.setArguments({QStringLiteral("--port=%1").arg(m_port)});
    m_driver.setProcessChannelMode(QProcess::MergedChannels);
    m_driver.start();
    if (!m_driver.waitForStarted(10000)) {
        m_error = QStringLiteral("chromedriver did not start (Debian package chromium-driver)");
        return;
    }
    // Ready once its status says so.
    bool ready = false;
    for (int i = 0; i < 100 && !ready; ++i) {
        ready = call("GET", QStringLiteral("/status")).toObject().value(QLatin1String("ready")).toBool();
        if (!ready) {
            pause(200);
        }
    }
    if (!ready) {
        m_error = QStringLiteral("chromedriver not ready: ") + QString::fromUtf8(m_driver.readAll());
        return;
    }
    const QJsonArray args{QStringLiteral("--headless"),
                          QStringLiteral("--no-sandbox"),
                          QStringLiteral("--disable-gpu"),
                          QStringLiteral("--disable-quic"),
                          QStringLiteral("--no-first-run"),
                          QStringLiteral("--disable-background-networking"),
                          QStringLiteral("--disable-component-update"),
                          QStringLiteral("--disable-sync"),
                          QStringLiteral("--disable-dev-shm-usage"),
                          QStringLiteral("--lang=zh-CN"),
                          QStringLiteral("--user-data-dir=") + m_profile.path()};
    const QJsonObject chrome{
        {QStringLiteral("binary"), QStringLiteral("/usr/bin/chromium")},
        {QStringLiteral("args"), args},
        // A phone: its viewport and pixel ratio, and a WeChat WebView's user agent.
        {QStringLiteral("mobileEmulation"),
         QJsonObject{
             {QStringLiteral("deviceMetrics"), QJsonObject{{QStringLiteral("width"), width},
                                                           {QStringLiteral("height"), height},
                                                           {QStringLiteral("pixelRatio"), 2}}},
             {QStringLiteral("userAgent"),
              QStringLiteral("Mozilla/5.0 (Linux; Android 12; HarmonyOS) AppleWebKit/537.36 (KHTML, like "
                             "Gecko) Chrome/110.0 Mobile Safari/537.36 MicroMessenger/8.0.40")}}}};
    const QJsonObject caps{
        {QStringLiteral("capabilities"),
         QJsonObject{{QStringLiteral("alwaysMatch"),
                      QJsonObject{{QStringLiteral("browserName"), QStringLiteral("chrome")},
                                  {QStringLiteral("goog:chromeOptions"), chrome}}}}}};
    const QJsonValue session = call("POST", QStringLiteral("/session"), caps);
    m_session = session.toObject().value(QLatin1String("sessionId")).toString();
    if (m_session.isEmpty()) {
        m_error = QStringLiteral("no browser session: ") +
                  QString::fromUtf8(QJsonDocument(session.toObject()).toJson());
    }
}

WebDriver::~WebDriver()
{
    if (!m_session.isEmpty()) {
        call("DELETE", QStringLiteral("/session/") + m_session);
    }
    m_driver.terminate();
    if (!m_driver.waitForFinished(10000)) {
        m_driver.kill();
        m_driver.waitForFinished(5000);
    }
}

QJsonValue WebDriver::call(const QByteArray& verb, const QString& path, const QJsonObject& body)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply =
        verb == "GET" || verb == "DELETE"
            ? nam.sendCustomRequest(request, verb)
            : nam.sendCustomRequest(request, verb, QJsonDocument(body).toJson(QJsonDocument::Compact));
    waitUntil([&] { return reply->isFinished(); }, 60000);
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer.value(QLatin1String("value"));
}

void WebDriver::open(const QString& url)
{
    call("POST", QStringLiteral("/session/%1/url").arg(m_session), {{QStringLiteral("url"), url}});
}

QJsonValue WebDriver::run(const QString& script, const QJsonArray& args)
{
    return call("POST", QStringLiteral("/session/%1/execute/sync").arg(m_session),
                {{QStringLiteral("script"), script}, {QStringLiteral("args"), args}});
}

QString WebDriver::text(const QString& id)
{
    return run(QStringLiteral(
                   "var e = document.getElementById(arguments[0]); return e ? e.textContent : '';"),
               {id})
        .toString();
}

QString WebDriver::element(const QString& id)
{
    const QJsonObject found = call("POST", QStringLiteral("/session/%1/element").arg(m_session),
                                   {{QStringLiteral("using"), QStringLiteral("css selector")},
                                    {QStringLiteral("value"), QLatin1Char('#') + id}})
                                  .toObject();
    return found.value(QLatin1String("element-6066-11e4-a52e-4f735466cecf")).toString();
}

void WebDriver::click(const QString& id)
{
    call("POST", QStringLiteral("/session/%1/element/%2/click").arg(m_session, element(id)));
}

void WebDriver::type(const QString& id, const QString& keys)
{
    call("POST", QStringLiteral("/session/%1/element/%2/value").arg(m_session, element(id)),
         {{QStringLiteral("text"), keys}});
}

bool WebDriver::waitFor(const QString& condition, int timeoutMs)
{
    QElapsedTimer elapsed;
    elapsed.start();
    const QString script = QStringLiteral("return !!(%1);").arg(condition);
    while (elapsed.elapsed() < timeoutMs) {
        if (run(script).toBool()) {
            return true;
        }
        pause(50);
    }
    return run(script).toBool();
}

QByteArray WebDriver::screenshot()
{
    return QByteArray::fromBase64(
        call("GET", QStringLiteral("/session/%1/screenshot").arg(m_session)).toString().toLatin1());
}

} // namespace hall::test
