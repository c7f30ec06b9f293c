// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class QAbstractSocket;

namespace hall::socketwrite {

/// Writes `size` bytes to an open connection, shared by every receiver of the same bytes (a pushed
/// frame, a ticket page's event) without a copy per receiver where it can: on a plain TCP socket
/// with nothing queued they go out in one send(2) straight from `data`; whatever the kernel does not
/// take (a slow reader), and everything on TLS sockets, goes through the socket's own buffer, so
/// QAbstractSocket::bytesToWrite() still tells what one client has not read.
void write(QAbstractSocket* tcp, const char* data, qsizetype size);

} // namespace hall::socketwrite
