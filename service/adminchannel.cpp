// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminchannel.h"

#include <QLocalSocket>
#include <QPointer>
#include <QTimer>

namespace hall {

namespace {

// An admin command is one line in; a connection that sends nothing useful is not kept.
constexpr int kIdleMs = 30000;

} // namespace

AdminChannel::AdminChannel(Handler handler, QObject* parent) : QObject(parent), m_handler(std::move(handler))
{
    connect(&m_server, &QLocalServer::newConnection, this, &AdminChannel::accept);
}

bool AdminChannel::listen(const QString& dataDir, QString* error)
{
    const QString path = adminwire::socketPath(dataDir);
    QLocalServer::removeServer(path);
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server.listen(path)) {
        *error = QStringLiteral("无法创建管理通道 %1: %2").arg(path, m_server.errorString());
        return false;
    }
    return true;
}

void AdminChannel::accept()
{
    while (QLocalSocket* socket = m_server.nextPendingConnection()) {
        QTimer::singleShot(kIdleMs, socket, [socket] { socket->abort(); });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QLocalSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            if (buffer->size() > adminwire::kMaxRequestBytes) {
                socket->write(adminwire::encode(
                    adminwire::Reply{1, {}, QStringLiteral("hall-admin: 请求过大（超过 32 MiB）\n")}));
                socket->disconnectFromServer();
                return;
            }
            if (!buffer->endsWith('\n')) {
                return;
            }
            const auto request = adminwire::decodeRequest(*buffer);
            buffer->clear();
            if (!request) {
                socket->write(
                    adminwire::encode(adminwire::Reply{2, {}, QStringLiteral("hall-admin: 无法读取请求\n")}));
                socket->disconnectFromServer();
                return;
            }
            QPointer<QLocalSocket> alive(socket);
            m_handler(*request, [alive](const adminwire::Reply& reply) {
                if (alive) {
                    alive->write(adminwire::encode(reply));
                    alive->disconnectFromServer();
                }
            });
        });
    }
}

} // namespace hall
