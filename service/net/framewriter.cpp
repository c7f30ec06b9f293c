// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "framewriter.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QWebSocket>

#include <sys/socket.h>

#include <algorithm>
#include <cerrno>

namespace hall::wsframe {

void appendText(QByteArray& out, QByteArrayView payload)
{
    const auto size = static_cast<quint64>(payload.size());
    out.append(char(0x81)); // FIN, opcode 1 (text)
    if (size < 126) {
        out.append(char(size));
    } else if (size <= 0xFFFF) {
        out.append(char(126));
        out.append(char(size >> 8));
        out.append(char(size & 0xFF));
    } else {
        out.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8) {
            out.append(char((size >> shift) & 0xFF));
        }
    }
    out.append(payload);
}

void appendClose(QByteArray& out, quint16 code, QByteArrayView reason)
{
    const QByteArrayView text = reason.first(std::min<qsizetype>(reason.size(), 123));
    out.append(char(0x88)); // FIN, opcode 8 (close)
    out.append(char(2 + text.size()));
    out.append(char(code >> 8));
    out.append(char(code & 0xFF));
    out.append(text);
}

bool write(QWebSocket& ws, QAbstractSocket* tcp, const char* data, qsizetype size)
{
    if (tcp == nullptr || ws.state() != QAbstractSocket::ConnectedState) {
        return false;
    }
    const auto* tls = qobject_cast<const QSslSocket*>(tcp);
    const bool plain = tls == nullptr || tls->mode() == QSslSocket::UnencryptedMode;
    qsizetype sent = 0;
    if (plain && tcp->bytesToWrite() == 0 && tcp->socketDescriptor() >= 0) {
        const ssize_t n =
            ::send(int(tcp->socketDescriptor()), data, std::size_t(size), MSG_DONTWAIT | MSG_NOSIGNAL);
        if (n > 0) {
            sent = n;
        }
        // EAGAIN, or an error the socket reports itself on its next write or read: queue the rest.
    }
    if (sent < size) {
        tcp->write(data + sent, size - sent);
        tcp->flush(); // at once if the kernel takes it, not at the next turn of the loop
    }
    return true;
}

} // namespace hall::wsframe
