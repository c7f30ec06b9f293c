// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionguard.h"

#include "tlsserver.h"

#include <QDeadlineTimer>

#include <cerrno>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace hall {

namespace {

constexpr int kSweepMs = 500;
// After running out of descriptors, accepting waits this long (connections queue in the backlog):
// a retry at every wake-up would spin exactly like the loop it replaces.
constexpr int kResumeAfterMs = 200;

QString peerOf(const QAbstractSocket* s)
{
    return QStringLiteral("%1:%2").arg(s->peerAddress().toString()).arg(s->peerPort());
}

qint64 nowMs()
{
    return QDeadlineTimer::current().deadline();
}

} // namespace

ConnectionGuard::ConnectionGuard(TlsServer& server, Settings settings, Log log, QObject* parent)
    : QObject(parent), m_server(server), m_settings(settings), m_log(std::move(log))
{
    openReserve();
    m_resume.setSingleShot(true);
    connect(&m_resume, &QTimer::timeout, this, [this] {
        if (m_listening) {
            m_listening->setEnabled(true);
        }
    });
    connect(&m_sweep, &QTimer::timeout, this, &ConnectionGuard::sweep);
}

bool ConnectionGuard::listen(const QHostAddress& address, quint16 port, QString* error)
{
    const bool v4 = address.protocol() == QAbstractSocket::IPv4Protocol;
    const int fd = ::socket(v4 ? AF_INET : AF_INET6, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(strerror(errno));
        return false;
    }
    const int on = 1;
    const int off = 0;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    sockaddr_storage storage{};
    socklen_t length = 0;
    if (v4) {
        auto* a = reinterpret_cast<sockaddr_in*>(&storage);
        a->sin_family = AF_INET;
        a->sin_port = htons(port);
        a->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    } else {
        // QHostAddress::Any listens on both families, as QTcpServer does.
        if (address == QHostAddress(QHostAddress::Any)) {
            ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &off, sizeof off);
        }
        auto* a = reinterpret_cast<sockaddr_in6*>(&storage);
        a->sin6_family = AF_INET6;
        a->sin6_port = htons(port);
        const Q_IPV6ADDR ip =
            address == QHostAddress(QHostAddress::Any) ? Q_IPV6ADDR{} : address.toIPv6Address();
        std::memcpy(&a->sin6_addr, &ip, sizeof ip);
        length = sizeof(sockaddr_in6);
    }
    if (::bind(fd, reinterpret_cast<sockaddr*>(&storage), length) != 0 || ::listen(fd, SOMAXCONN) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&storage), &length) != 0) {
        *error = QString::fromLocal8Bit(strerror(errno));
        ::close(fd);
        return false;
    }
    m_port = ntohs(v4 ? reinterpret_cast<sockaddr_in*>(&storage)->sin_port
                      : reinterpret_cast<sockaddr_in6*>(&storage)->sin6_port);
    m_listenFd = fd;
    m_listening = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read);
    connect(m_listening.get(), &QSocketNotifier::activated, this, &ConnectionGuard::acceptAll);
    m_sweep.start(kSweepMs);
    return true;
}

void ConnectionGuard::stop()
{
    m_listening.reset();
    m_resume.stop();
    if (m_listenFd >= 0) {
        ::close(m_listenFd);
        m_listenFd = -1;
    }
}

void ConnectionGuard::acceptAll()
{
    const int listening = m_listenFd;
    // A bounded batch per wake-up, so a flood of connections cannot hold the event loop.
    for (int i = 0; i < 256 && m_listenFd >= 0; ++i) {
        const int fd = ::accept4(listening, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (fd >= 0) {
            if (QTcpSocket* socket = m_server.adopt(fd)) {
                emit accepted(socket);
            }
            continue;
        }
        if (errno == EINTR || errno == ECONNABORTED) {
            continue;
        }
        if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
            outOfDescriptors();
        }
        break; // EAGAIN: the backlog is empty
    }
}

ConnectionGuard::~ConnectionGuard()
{
    stop();
    if (m_reserveFd >= 0) {
        ::close(m_reserveFd);
    }
}

int ConnectionGuard::raiseDescriptorLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0) {
        return -1;
    }
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0) {
            limit = raised;
        }
    }
    return limit.rlim_cur == RLIM_INFINITY ? std::numeric_limits<int>::max()
                                           : static_cast<int>(std::min<rlim_t>(limit.rlim_cur, INT_MAX));
}

void ConnectionGuard::openReserve()
{
    if (m_reserveFd < 0) {
        m_reserveFd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    }
}

bool ConnectionGuard::admit(QTcpSocket* socket)
{
    const QString address = socket->peerAddress().toString();
    const QString peer = peerOf(socket);
    if (m_perAddress.value(address) >= m_settings.maxPerAddress) {
        m_log(peer, QStringLiteral("refused too-many-connections"));
        // No WebSocket exists yet to carry a close code: a plain HTTP answer says why.
        socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\nConnection: close\r\n"
                      "Content-Length: 44\r\n\r\ntoo many connections from this address 4001");
        socket->disconnectFromHost();
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(1000, socket, &QAbstractSocket::abort);
        return false;
    }
    m_perAddress[address] += 1;
    m_handshakes.insert(peer, Handshake{socket, address, nowMs() + m_settings.handshakeTimeoutMs});
    // A socket that goes away before its upgrade (closed by the client, refused by the WebSocket
    // server, timed out below) gives its place back at once.
    connect(socket, &QObject::destroyed, this, [this, peer] { forget(peer); });
    connect(socket, &QAbstractSocket::disconnected, this, [this, peer] { forget(peer); });
    return true;
}

void ConnectionGuard::forget(const QString& peer)
{
    const auto it = m_handshakes.find(peer);
    if (it == m_handshakes.end()) {
        return;
    }
    released(it->address);
    m_handshakes.erase(it);
}

QAbstractSocket* ConnectionGuard::upgraded(const QString& peer)
{
    const auto it = m_handshakes.find(peer);
    if (it == m_handshakes.end()) {
        // Not counted from accept (cannot happen with every socket passing admit()); count it now so
        // released() stays balanced.
        m_perAddress[peer.left(peer.lastIndexOf(QLatin1Char(':')))] += 1;
        return nullptr;
    }
    QTcpSocket* socket = it->socket.data();
    if (socket) {
        disconnect(socket, nullptr, this, nullptr);
    }
    m_handshakes.erase(it); // the address keeps its count: the session holds the place now
    return socket;
}

void ConnectionGuard::released(const QString& address)
{
    const auto it = m_perAddress.find(address);
    if (it != m_perAddress.end() && --it.value() <= 0) {
        m_perAddress.erase(it);
    }
}

void ConnectionGuard::sweep()
{
    const qint64 now = nowMs();
    QStringList late;
    for (auto it = m_handshakes.cbegin(); it != m_handshakes.cend(); ++it) {
        if (it->deadline <= now) {
            late << it.key();
        }
    }
    for (const QString& peer : late) {
        const QPointer<QTcpSocket> socket = m_handshakes.value(peer).socket;
        m_log(peer, QStringLiteral("closing unfinished handshake"));
        forget(peer);
        if (socket) {
            socket->abort();
            socket->deleteLater();
        }
    }
}

void ConnectionGuard::outOfDescriptors()
{
    // Use the reserve descriptor to take the waiting connections off the backlog and close them, so
    // their clients learn at once instead of hanging, then accept again after a pause.
    if (m_listening) {
        m_listening->setEnabled(false);
    }
    if (m_reserveFd >= 0) {
        ::close(m_reserveFd);
        m_reserveFd = -1;
    }
    int shed = 0;
    const int listening = m_listenFd;
    for (; shed < 1024; ++shed) {
        const int fd = ::accept4(listening, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (fd < 0) {
            break;
        }
        ::close(fd);
    }
    openReserve();
    m_log(
        QStringLiteral("-"),
        QStringLiteral("refused descriptor-limit shed=%1 handshaking=%2").arg(shed).arg(m_handshakes.size()));
    m_resume.start(kResumeAfterMs);
}

} // namespace hall
