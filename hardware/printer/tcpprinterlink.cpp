// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcpprinterlink.h"

#include <QTcpSocket>

namespace hall {

TcpPrinterLink::TcpPrinterLink(QString host, quint16 port, QObject* parent)
    : PrinterLink(parent), m_host(std::move(host)), m_port(port), m_socket(new QTcpSocket(this))
{
    connect(m_socket, &QTcpSocket::readyRead, this, [this] { emit received(m_socket->readAll()); });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] { emit failed(m_socket->errorString()); });
}

bool TcpPrinterLink::open()
{
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        // Asynchronous: data written while connecting is buffered and sent once connected.
        m_socket->connectToHost(m_host, m_port);
    }
    return true;
}

void TcpPrinterLink::close()
{
    m_socket->disconnectFromHost();
}

bool TcpPrinterLink::isOpen() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState ||
           m_socket->state() == QAbstractSocket::ConnectingState ||
           m_socket->state() == QAbstractSocket::HostLookupState;
}

bool TcpPrinterLink::write(const QByteArray& bytes)
{
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        open();
    }
    return m_socket->write(bytes) == bytes.size();
}

QString TcpPrinterLink::describe() const
{
    return QStringLiteral("tcp://%1:%2").arg(m_host).arg(m_port);
}

} // namespace hall
