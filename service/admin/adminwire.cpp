// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminwire.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>

namespace hall::adminwire {

namespace {

QJsonObject object(const QByteArray& line)
{
    return QJsonDocument::fromJson(line.trimmed()).object();
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

Error failed(const QString& message)
{
    return Error{ErrorCode::StorageFailed, message};
}

} // namespace

QString socketPath(const QString& dataDir)
{
    return QDir(dataDir).absoluteFilePath(QStringLiteral("admin.sock"));
}

QByteArray encode(const Request& r)
{
    return compact({{QStringLiteral("args"), QJsonArray::fromStringList(r.args)},
                    {QStringLiteral("input"), QString::fromLatin1(r.input.toBase64())}});
}

QByteArray encode(const Reply& r)
{
    return compact({{QStringLiteral("exit"), r.exitCode},
                    {QStringLiteral("out"), r.out},
                    {QStringLiteral("err"), r.err}});
}

std::optional<Request> decodeRequest(const QByteArray& line)
{
    const QJsonObject o = object(line);
    const QJsonValue args = o.value(QLatin1String("args"));
    if (!args.isArray()) {
        return std::nullopt;
    }
    Request r;
    for (const QJsonValue& a : args.toArray()) {
        if (!a.isString()) {
            return std::nullopt;
        }
        r.args << a.toString();
    }
    r.input = QByteArray::fromBase64(o.value(QLatin1String("input")).toString().toLatin1());
    return r;
}

std::optional<Reply> decodeReply(const QByteArray& line)
{
    const QJsonObject o = object(line);
    if (!o.value(QLatin1String("exit")).isDouble()) {
        return std::nullopt;
    }
    return Reply{o.value(QLatin1String("exit")).toInt(), o.value(QLatin1String("out")).toString(),
                 o.value(QLatin1String("err")).toString()};
}

Result<Reply> call(const QString& dataDir, const Request& request, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(socketPath(dataDir));
    QDeadlineTimer deadline(timeoutMs);
    if (!socket.waitForConnected(static_cast<int>(std::min<qint64>(deadline.remainingTime(), 5000)))) {
        return failed(QStringLiteral("hall-service 正在运行，但无法连接它的管理通道 %1: %2")
                          .arg(socketPath(dataDir), socket.errorString()));
    }
    socket.write(encode(request));
    while (socket.bytesToWrite() > 0 && !deadline.hasExpired()) {
        socket.waitForBytesWritten(static_cast<int>(deadline.remainingTime()));
    }
    QByteArray line;
    while (!line.endsWith('\n') && !deadline.hasExpired()) {
        if (!socket.waitForReadyRead(static_cast<int>(deadline.remainingTime())) &&
            socket.state() != QLocalSocket::ConnectedState) {
            line += socket.readAll();
            break;
        }
        line += socket.readAll();
    }
    const auto reply = decodeReply(line);
    if (!reply) {
        return failed(QStringLiteral("hall-service 没有回答管理命令（超时或连接中断）"));
    }
    return *reply;
}

} // namespace hall::adminwire
