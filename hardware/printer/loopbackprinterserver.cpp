// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loopbackprinterserver.h"

#include <QTcpSocket>

namespace hall {

LoopbackPrinterServer::LoopbackPrinterServer(int dotsPerLine, QObject* parent)
    : QObject(parent), m_printer(dotsPerLine)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackPrinterServer::onConnection);
}

quint16 LoopbackPrinterServer::listen(quint16 port)
{
    if (!m_server.listen(QHostAddress::LocalHost, port)) {
        return 0;
    }
    return m_server.serverPort();
}

void LoopbackPrinterServer::onConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            const QByteArray bytes = socket->readAll();
            m_bytesReceived += bytes.size();
            const QByteArray replies = m_printer.feed(bytes);
            if (!m_silent && !replies.isEmpty()) {
                socket->write(replies);
            }
        });
    }
}

} // namespace hall
