// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "adversary.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hall::test {

QStringList allServices()
{
    return {QStringLiteral("marriage"),   QStringLiteral("divorce"),  QStringLiteral("certificates"),
            QStringLiteral("assistance"), QStringLiteral("elderly"),  QStringLiteral("disability"),
            QStringLiteral("veterans"),   QStringLiteral("funeral"),  QStringLiteral("organisations"),
            QStringLiteral("adoption"),   QStringLiteral("enquiries")};
}

QByteArray requestFrame(const QString& op, const QJsonObject& args)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("id"), 1},
                                     {QStringLiteral("op"), op},
                                     {QStringLiteral("args"), args}})
        .toJson(QJsonDocument::Compact);
}

bool rawHello(RawSocket& socket, const HallFixture& f, const QString& device)
{
    return socket.sendText(
        requestFrame(QStringLiteral("hello"), {{QStringLiteral("protocol"), 1},
                                               {QStringLiteral("role"), roleOf(device)},
                                               {QStringLiteral("device"), device},
                                               {QStringLiteral("token"), f.tokens.value(device)}}));
}

QString issueFrame(qint64 id, int n)
{
    const QStringList services = allServices();
    const QJsonObject request{
        {QStringLiteral("id"), id},
        {QStringLiteral("op"), QStringLiteral("ticket.issue")},
        {QStringLiteral("args"),
         QJsonObject{{QStringLiteral("services"), QJsonArray{services.at(n % services.size())}},
                     {QStringLiteral("requestId"), QStringLiteral("adv-%1").arg(n)}}}};
    return QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact));
}

int pipeline(WsClient& client, const QStringList& frames)
{
    for (const QString& frame : frames) {
        client.sendRaw(frame);
    }
    int succeeded = 0;
    for (qsizetype i = 0; i < frames.size(); ++i) {
        const QJsonObject reply = client.nextReply(30000);
        if (reply.isEmpty()) {
            break;
        }
        succeeded += ok(reply) ? 1 : 0;
    }
    return succeeded;
}

int issueBatch(WsClient& client, int first, int count)
{
    QStringList frames;
    for (int i = 0; i < count; ++i) {
        frames << issueFrame(1000000 + first + i, first + i);
    }
    return pipeline(client, frames);
}

int toggleBatch(WsClient& client, int counter, int first, int count)
{
    QStringList frames;
    for (int n = first; n < first + count; ++n) {
        const QJsonObject request{
            {QStringLiteral("id"), 2000000 + n},
            {QStringLiteral("op"),
             n % 2 == 0 ? QStringLiteral("counter.pause") : QStringLiteral("counter.resume")},
            {QStringLiteral("args"), QJsonObject{{QStringLiteral("counter"), counter}}}};
        frames << QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact));
    }
    return pipeline(client, frames);
}

} // namespace hall::test
