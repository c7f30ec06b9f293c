// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QUrl>
#include <QWebSocket>

#include <string>

namespace hall::test {

/// A plain protocol client for tests: synchronous calls over a real WebSocket, every pushed event
/// kept in order. Deliberately not ServiceClient, so the service is tested against the wire format.
class WsClient
{
public:
    WsClient();
    bool open(const QUrl& url);
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    /// Waits until the service closed the connection; returns its close code (-1 on timeout).
    int waitClosed(int timeoutMs = 10000);

    /// Sends a request and waits for its reply (`{}` with ok missing on timeout).
    QJsonObject call(const QString& op, const QJsonObject& args = {});
    void sendRaw(const QString& frame) { m_socket.sendTextMessage(frame); }
    void sendBinary(const QByteArray& data) { m_socket.sendBinaryMessage(data); }
    /// The next frame that is not an event (for raw sends).
    QJsonObject nextReply(int timeoutMs = 10000);

    QJsonObject hello(const QString& role, const QString& device, const QString& token);
    QJsonObject login(const QString& user, const QString& password = QStringLiteral("secret-pass"));

    const QList<QJsonObject>& events() const { return m_events; }
    /// The same events as the bytes that arrived.
    const QList<QByteArray>& rawEvents() const { return m_rawEvents; }
    /// Waits for an event of `kind` (optionally about ticket `number`) among those received so far.
    QJsonObject waitEvent(const QString& kind, const QString& number = {}, int timeoutMs = 10000);

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_replies;
    QList<QJsonObject> m_events;
    QList<QByteArray> m_rawEvents;
    qint64 m_nextId = 1;
};

bool ok(const QJsonObject& reply);
QString errorCode(const QJsonObject& reply);
QJsonObject result(const QJsonObject& reply);
/// A reply or event as one line of JSON, for messages and searches.
QString text(const QJsonObject& o);
/// The same, for Catch's INFO and CHECK messages.
std::string dump(const QJsonObject& o);
/// The hall's seq as a fresh snapshot gives it.
qint64 seqOf(WsClient& c);

} // namespace hall::test
