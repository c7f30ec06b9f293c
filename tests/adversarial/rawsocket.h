// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace hall::test {

/// A bare TCP connection to the service on 127.0.0.1, for clients no real front end would be: one
/// that never finishes the WebSocket upgrade, or upgrades, subscribes and then never reads. Plain
/// POSIX sockets, so the test decides exactly what is read and how big the receive buffer is.
class RawSocket
{
public:
    RawSocket() = default;
    ~RawSocket();
    RawSocket(const RawSocket&) = delete;
    RawSocket& operator=(const RawSocket&) = delete;

    /// Connects; `receiveBuffer` > 0 shrinks the kernel's receive buffer first; `from` (an IPv4
    /// loopback address such as "127.0.0.2") is the address the service sees, 127.0.0.1 by default.
    bool connectTo(quint16 port, int receiveBuffer = 0, const char* from = nullptr);
    /// Sends the WebSocket upgrade for /v1 and reads the answer's head; true on "101".
    bool upgrade();
    /// One masked text frame, as a client must send it.
    bool sendText(const QByteArray& payload);
    /// The payload of the next data frame the service sends (its frames are unmasked; pings are
    /// skipped, not answered); empty when none came within `timeoutMs` or the connection ended.
    QByteArray readFrame(int timeoutMs);
    /// True once the service has closed or reset the connection (waits up to `timeoutMs`; reads
    /// and discards whatever arrives meanwhile, so call it only when reading is intended).
    bool waitClosed(int timeoutMs);
    /// True when the service has reset or half-closed the connection, without reading anything.
    bool hungUp(int timeoutMs);
    void close();
    bool isOpen() const { return m_fd >= 0; }

private:
    int m_fd = -1;
};

} // namespace hall::test
