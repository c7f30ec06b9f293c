// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawsocket.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace hall::test {

RawSocket::~RawSocket()
{
    close();
}

void RawSocket::close()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

bool RawSocket::connectTo(quint16 port, int receiveBuffer, const char* from)
{
    close();
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0) {
        return false;
    }
    if (receiveBuffer > 0) {
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer);
    }
    if (from != nullptr) {
        sockaddr_in local{};
        local.sin_family = AF_INET;
        if (::inet_pton(AF_INET, from, &local.sin_addr) != 1 ||
            ::bind(m_fd, reinterpret_cast<sockaddr*>(&local), sizeof local) != 0) {
            close();
            return false;
        }
    }
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(m_fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        close();
        return false;
    }
    return true;
}

bool RawSocket::upgrade()
{
    const QByteArray request = "GET /v1 HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                               "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                               "Sec-WebSocket-Version: 13\r\n\r\n";
    if (::send(m_fd, request.constData(), static_cast<size_t>(request.size()), MSG_NOSIGNAL) !=
        request.size()) {
        return false;
    }
    QByteArray head;
    QDeadlineTimer deadline(10000);
    while (!head.contains("\r\n\r\n") && !deadline.hasExpired()) {
        pollfd p{m_fd, POLLIN, 0};
        if (::poll(&p, 1, 100) <= 0) {
            continue;
        }
        char c = 0;
        // One byte at a time: nothing after the head may be consumed (the service may send at once).
        if (::recv(m_fd, &c, 1, 0) != 1) {
            return false;
        }
        head += c;
    }
    return head.startsWith("HTTP/1.1 101");
}

bool RawSocket::sendText(const QByteArray& payload)
{
    QByteArray frame;
    frame += char(0x81); // FIN + text
    const qsizetype n = payload.size();
    if (n < 126) {
        frame += char(0x80 | n);
    } else {
        frame += char(0x80 | 126);
        frame += char((n >> 8) & 0xff);
        frame += char(n & 0xff);
    }
    const quint32 mask = QRandomGenerator::global()->generate();
    const char key[4] = {char(mask >> 24), char(mask >> 16), char(mask >> 8), char(mask)};
    frame.append(key, 4);
    for (qsizetype i = 0; i < n; ++i) {
        frame += char(payload[i] ^ key[i % 4]);
    }
    return ::send(m_fd, frame.constData(), static_cast<size_t>(frame.size()), MSG_NOSIGNAL) == frame.size();
}

QByteArray RawSocket::readFrame(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    const auto readExactly = [&](qsizetype n) {
        QByteArray out;
        while (out.size() < n && !deadline.hasExpired()) {
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0) {
                continue;
            }
            char buffer[4096];
            const ssize_t got =
                ::recv(m_fd, buffer, static_cast<size_t>(std::min<qsizetype>(n - out.size(), 4096)), 0);
            if (got <= 0) {
                return QByteArray();
            }
            out.append(buffer, got);
        }
        return out.size() == n ? out : QByteArray();
    };
    for (;;) {
        const QByteArray head = readExactly(2);
        if (head.size() != 2) {
            return {};
        }
        quint64 length = static_cast<quint8>(head[1]) & 0x7f;
        if (length >= 126) {
            const QByteArray extended = readExactly(length == 126 ? 2 : 8);
            length = 0;
            for (char c : extended) {
                length = (length << 8) | static_cast<quint8>(c);
            }
        }
        const QByteArray payload = readExactly(static_cast<qsizetype>(length));
        const int opcode = head[0] & 0x0f;
        if (opcode == 0x8) {
            return {}; // the service closed the connection
        }
        if (opcode < 0x8) {
            return payload; // text (the service sends no fragments)
        }
        // A ping or pong: not an answer; the next frame is.
    }
}

bool RawSocket::waitClosed(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    char buffer[4096];
    while (!deadline.hasExpired()) {
        pollfd p{m_fd, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0) {
            continue;
        }
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) {
            return true;
        }
    }
    return false;
}

bool RawSocket::hungUp(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        pollfd p{m_fd, POLLRDHUP, 0};
        if (::poll(&p, 1, 50) > 0 && (p.revents & (POLLHUP | POLLERR | POLLRDHUP)) != 0) {
            return true;
        }
    }
    return false;
}

} // namespace hall::test
