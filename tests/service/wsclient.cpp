// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wsclient.h"

#include "hallprocess.h"

#include <QJsonDocument>

namespace hall::test {

WsClient::WsClient()
{
    m_socket.setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString& text) {
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        (o.contains(QLatin1String("event")) ? m_events : m_replies).append(o);
        if (o.contains(QLatin1String("event"))) {
            m_rawEvents.append(text.toUtf8());
        }
    });
}

bool WsClient::open(const QUrl& url)
{
    m_socket.open(url);
    return waitUntil([this] {
               return m_socket.state() == QAbstractSocket::ConnectedState ||
                      m_socket.state() == QAbstractSocket::UnconnectedState;
           }) &&
           isOpen();
}

int WsClient::waitClosed(int timeoutMs)
{
    if (!waitUntil([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs)) {
        return -1;
    }
    return static_cast<int>(m_socket.closeCode());
}

QJsonObject WsClient::nextReply(int timeoutMs)
{
    if (!waitUntil([this] { return !m_replies.isEmpty(); }, timeoutMs)) {
        return {};
    }
    return m_replies.takeFirst();
}

QJsonObject WsClient::call(const QString& op, const QJsonObject& args)
{
    const qint64 id = m_nextId++;
    const QJsonObject request{
        {QStringLiteral("id"), id}, {QStringLiteral("op"), op}, {QStringLiteral("args"), args}};
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)));
    QJsonObject reply;
    waitUntil([&] {
        for (qsizetype i = 0; i < m_replies.size(); ++i) {
            if (m_replies[i].value(QLatin1String("id")).toInteger() == id) {
                reply = m_replies.takeAt(i);
                return true;
            }
        }
        return false;
    });
    return reply;
}

QJsonObject WsClient::hello(const QString& role, const QString& device, const QString& token)
{
    return call(QStringLiteral("hello"), {{QStringLiteral("protocol"), 1},
                                          {QStringLiteral("role"), role},
                                          {QStringLiteral("device"), device},
                                          {QStringLiteral("token"), token}});
}

QJsonObject WsClient::login(const QString& user, const QString& password)
{
    return call(QStringLiteral("staff.login"),
                {{QStringLiteral("user"), user}, {QStringLiteral("password"), password}});
}

QJsonObject WsClient::waitEvent(const QString& kind, const QString& number, int timeoutMs)
{
    QJsonObject found;
    waitUntil(
        [&] {
            for (const QJsonObject& e : m_events) {
                const QJsonObject data = e.value(QLatin1String("data")).toObject();
                if (e.value(QLatin1String("event")).toString() == kind &&
                    (number.isEmpty() || data.value(QLatin1String("number")).toString() == number)) {
                    found = e;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}

bool ok(const QJsonObject& reply)
{
    return reply.value(QLatin1String("ok")).toBool();
}

QString errorCode(const QJsonObject& reply)
{
    return reply.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

QJsonObject result(const QJsonObject& reply)
{
    return reply.value(QLatin1String("result")).toObject();
}

QString text(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::string dump(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

qint64 seqOf(WsClient& c)
{
    return result(c.call(QStringLiteral("hall.snapshot"))).value(QLatin1String("seq")).toInteger();
}

} // namespace hall::test
