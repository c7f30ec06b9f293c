// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/serviceclient.h"

#include <QJsonObject>
#include <QList>
#include <QWebSocketServer>

#include <functional>

namespace hall::test {

/// A kiosk's client options for a FakeService at `url` (the fake takes any device and token).
inline ServiceClient::Options fakeKioskOptions(const QUrl& url)
{
    ServiceClient::Options o;
    o.url = url;
    o.role = QStringLiteral("kiosk");
    o.device = QStringLiteral("kiosk-1");
    o.token = QStringLiteral("token");
    return o;
}

/// A scripted stand-in for hall-service, to put ServiceClient in situations a correct service
/// rarely produces on demand: seq gaps, dropped connections with a request in flight, silence.
class FakeService
{
public:
    /// `script(socket, request)` answers (or not) every request; the default answers hello,
    /// staff.login, subscribe and hall.snapshot with `snapshotSeq`.
    FakeService();
    ~FakeService();

    QUrl url() const;
    void setScript(std::function<void(QWebSocket*, const QJsonObject&)> script)
    {
        m_script = std::move(script);
    }
    void reply(QWebSocket* s, const QJsonObject& request, const QJsonObject& result);
    void event(QWebSocket* s, const QString& kind, qint64 seq, const QJsonObject& data = {});
    QJsonObject snapshot(qint64 seq) const;
    void answerHandshake(QWebSocket* s, const QJsonObject& request);

    QList<QJsonObject> requests; ///< every request received, in order
    QList<QWebSocket*> sockets;  ///< connections, newest last
    qint64 snapshotSeq = 5;

private:
    QWebSocketServer m_server;
    std::function<void(QWebSocket*, const QJsonObject&)> m_script;
};

} // namespace hall::test
