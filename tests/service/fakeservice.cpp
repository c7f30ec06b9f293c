// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QWebSocket>

#include <catch2/catch.hpp>

namespace hall::test {

FakeService::FakeService() : m_server(QStringLiteral("fake"), QWebSocketServer::NonSecureMode)
{
    REQUIRE(m_server.listen(QHostAddress::LocalHost, 0));
    m_script = [this](QWebSocket* s, const QJsonObject& r) { answerHandshake(s, r); };
    QObject::connect(&m_server, &QWebSocketServer::newConnection, [this] {
        while (QWebSocket* s = m_server.nextPendingConnection()) {
            sockets.append(s);
            QObject::connect(s, &QWebSocket::textMessageReceived, [this, s](const QString& text) {
                const QJsonObject r = QJsonDocument::fromJson(text.toUtf8()).object();
                requests.append(r);
                m_script(s, r);
            });
        }
    });
}

FakeService::~FakeService()
{
    for (QWebSocket* s : sockets) {
        s->disconnect();
        s->abort();
        delete s;
    }
}

QUrl FakeService::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/v1").arg(m_server.serverPort()));
}

void FakeService::reply(QWebSocket* s, const QJsonObject& request, const QJsonObject& result)
{
    const QJsonObject o{{QStringLiteral("id"), request.value(QLatin1String("id"))},
                        {QStringLiteral("ok"), true},
                        {QStringLiteral("result"), result}};
    s->sendTextMessage(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

void FakeService::event(QWebSocket* s, const QString& kind, qint64 seq, const QJsonObject& data)
{
    const QJsonObject o{
        {QStringLiteral("event"), kind}, {QStringLiteral("seq"), seq}, {QStringLiteral("data"), data}};
    s->sendTextMessage(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

QJsonObject FakeService::snapshot(qint64 seq) const
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("services"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("marriage")},
                                    {QStringLiteral("waiting"), 0}}}},
            {QStringLiteral("counters"), QJsonArray{}},
            {QStringLiteral("recentCalls"), QJsonArray{}}};
}

void FakeService::answerHandshake(QWebSocket* s, const QJsonObject& request)
{
    const QString op = request.value(QLatin1String("op")).toString();
    if (op == QLatin1String("subscribe") || op == QLatin1String("hall.snapshot")) {
        reply(s, request, snapshot(snapshotSeq));
    } else if (op == QLatin1String("hello") || op == QLatin1String("staff.login")) {
        reply(s, request, {});
    }
}

} // namespace hall::test
