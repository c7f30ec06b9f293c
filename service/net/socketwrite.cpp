// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "socketwrite.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <sys/socket.h>

namespace hall::socketwrite {

void write(QAbstractSocket* tcp, const char* data, qsizetype size)
{
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
}

} // namespace hall::socketwrite
