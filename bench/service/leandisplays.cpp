// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "leandisplays.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <utility>

#include <arpa/inet.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace hall::bench {

namespace leandisplay {

// A client frame must be masked; a zero key leaves the payload as it is (RFC 6455 5.3).
QByteArray maskedFrame(quint8 opcode, QByteArrayView payload)
{
    QByteArray f;
    f.append(char(0x80 | opcode));
    if (payload.size() < 126) {
        f.append(char(0x80 | payload.size()));
    } else {
        f.append(char(0x80 | 126));
        f.append(char(payload.size() >> 8));
        f.append(char(payload.size() & 0xFF));
    }
    f.append(4, '\0');
    f.append(payload);
    return f;
}

} // namespace leandisplay

LeanDisplays::LeanDisplays(const BenchHall& hall, int displays, int threads)
{
    const int groups = std::max(1, threads);
    for (int t = 0; t < groups; ++t) {
        auto g = std::make_unique<Group>();
        g->epoll = ::epoll_create1(EPOLL_CLOEXEC);
        m_groups.push_back(std::move(g));
    }
    for (int i = 1; i <= displays; ++i) {
        Group& g = *m_groups.at(std::size_t(i - 1) % m_groups.size());
        auto c = std::make_unique<Conn>();
        c->countBytes = i == 1;
        const QUrl url = hall.displayUrl(i);
        const QString device = hall.device(QStringLiteral("display"), i);
        c->request =
            QStringLiteral("GET %1 HTTP/1.1\r\nHost: %2:%3\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                           "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                .arg(url.path().isEmpty() ? QStringLiteral("/") : url.path(), url.host())
                .arg(url.port())
                .toLatin1();
        const QJsonObject hello{
            {QStringLiteral("id"), 1},
            {QStringLiteral("op"), QStringLiteral("hello")},
            {QStringLiteral("args"), QJsonObject{{QStringLiteral("protocol"), 1},
                                                 {QStringLiteral("role"), QStringLiteral("display")},
                                                 {QStringLiteral("device"), device},
                                                 {QStringLiteral("token"), hall.token(device)}}}};
        c->hello = leandisplay::maskedFrame(1, QJsonDocument(hello).toJson(QJsonDocument::Compact)) +
                   leandisplay::maskedFrame(1, R"({"id":2,"op":"subscribe","args":{}})");
        c->fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        const int one = 1;
        ::setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        ::setsockopt(c->fd, SOL_SOCKET, SO_TIMESTAMPNS, &one, sizeof one);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(quint16(url.port()));
        ::inet_pton(AF_INET, url.host().toLatin1().constData(), &addr.sin_addr);
        if (::connect(c->fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 && errno != EINPROGRESS) {
            c->failed = true;
        }
        epoll_event ev{};
        ev.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP;
        ev.data.ptr = c.get();
        ::epoll_ctl(g.epoll, EPOLL_CTL_ADD, c->fd, &ev);
        g.conns.push_back(std::move(c));
    }
    for (auto& g : m_groups) {
        g->thread = std::thread([this, grp = g.get()] { run(*grp); });
    }
}

LeanDisplays::~LeanDisplays()
{
    m_stop = true;
    for (auto& g : m_groups) {
        g->thread.join();
        for (auto& c : g->conns) {
            ::close(c->fd);
        }
        ::close(g->epoll);
    }
}

void LeanDisplays::run(Group& g)
{
    epoll_event events[256];
    while (!m_stop.load(std::memory_order_relaxed)) {
        const int n = ::epoll_wait(g.epoll, events, 256, 50);
        for (int i = 0; i < n; ++i) {
            Conn& c = *static_cast<Conn*>(events[i].data.ptr);
            if ((events[i].events & EPOLLOUT) != 0 && !c.request.isEmpty()) {
                // Connected: the upgrade goes out, and from now on only reads are watched.
                send(c, c.request);
                c.request.clear();
                epoll_event ev{};
                ev.events = EPOLLIN | EPOLLRDHUP;
                ev.data.ptr = &c;
                ::epoll_ctl(g.epoll, EPOLL_CTL_MOD, c.fd, &ev);
            }
            if ((events[i].events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)) != 0) {
                readable(g, c);
            }
        }
    }
}

void LeanDisplays::send(Conn& c, QByteArrayView bytes)
{
    // A few hundred bytes into an empty send buffer: all of it goes, or the connection is broken.
    if (::send(c.fd, bytes.data(), std::size_t(bytes.size()), MSG_NOSIGNAL) != bytes.size()) {
        c.failed = true;
    }
}

void LeanDisplays::readable(Group& g, Conn& c)
{
    char buffer[65536];
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(timespec))];
    for (;;) {
        iovec iov{buffer, sizeof buffer};
        msghdr msg{};
        msg.msg_iov = &iov;
        msg.msg_iovlen = 1;
        msg.msg_control = control;
        msg.msg_controllen = sizeof control;
        const ssize_t n = ::recvmsg(c.fd, &msg, 0);
        if (n > 0) {
            c.in.append(buffer, n);
            // When the data reached the socket (CLOCK_REALTIME, SO_TIMESTAMPNS), as the monotonic clock.
            for (cmsghdr* m = CMSG_FIRSTHDR(&msg); m != nullptr; m = CMSG_NXTHDR(&msg, m)) {
                if (m->cmsg_level == SOL_SOCKET && m->cmsg_type == SCM_TIMESTAMPNS) {
                    timespec stamp{};
                    std::memcpy(&stamp, CMSG_DATA(m), sizeof stamp);
                    timespec real{};
                    ::clock_gettime(CLOCK_REALTIME, &real);
                    const qint64 age =
                        (qint64(real.tv_sec) - stamp.tv_sec) * 1'000'000'000 + (real.tv_nsec - stamp.tv_nsec);
                    c.arrivedNs = nowNs() - std::max<qint64>(0, age);
                }
            }
            continue;
        }
        if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
            if (!c.failed) {
                c.failed = true;
                ::epoll_ctl(g.epoll, EPOLL_CTL_DEL, c.fd, nullptr);
            }
            break;
        }
        if (errno != EINTR) {
            break;
        }
    }
    const qint64 at = nowNs(); // one stamp per read, as a display sees a push
    if (!c.open) {
        const qsizetype end = c.in.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        if (!c.in.startsWith("HTTP/1.1 101")) {
            std::fprintf(stderr, "bench: a display's upgrade was refused: %s\n",
                         c.in.left(c.in.indexOf('\r')).constData());
            c.failed = true;
            return;
        }
        c.in.remove(0, end + 4);
        c.open = true;
        send(c, c.hello);
    }
    frames(g, c, at, c.arrivedNs > 0 ? std::min(c.arrivedNs, at) : at);
}

void LeanDisplays::frames(Group& g, Conn& c, qint64 at, qint64 arrivedNs)
{
    qsizetype pos = 0;
    const auto* d = reinterpret_cast<const quint8*>(c.in.constData());
    while (c.in.size() - pos >= 2) {
        const quint8 opcode = d[pos] & 0x0F;
        const bool fin = (d[pos] & 0x80) != 0;
        const bool masked = (d[pos + 1] & 0x80) != 0;
        quint64 length = d[pos + 1] & 0x7F;
        qsizetype header = 2;
        if (length == 126) {
            if (c.in.size() - pos < 4) {
                break;
            }
            length = (quint64(d[pos + 2]) << 8) | d[pos + 3];
            header = 4;
        } else if (length == 127) {
            if (c.in.size() - pos < 10) {
                break;
            }
            length = 0;
            for (int k = 0; k < 8; ++k) {
                length = (length << 8) | d[pos + 2 + k];
            }
            header = 10;
        }
        const qsizetype maskAt = pos + header;
        header += masked ? 4 : 0;
        if (quint64(c.in.size() - pos - header) < length) {
            break;
        }
        QByteArray unmasked;
        QByteArrayView payload(c.in.constData() + pos + header, qsizetype(length));
        if (masked) { // a server does not mask; accepted all the same
            unmasked = payload.toByteArray();
            for (qsizetype k = 0; k < unmasked.size(); ++k) {
                unmasked[k] = char(unmasked[k] ^ c.in[maskAt + k % 4]);
            }
            payload = unmasked;
        }
        if (opcode == 0x1 && fin) {
            text(g, c, payload, at, arrivedNs);
        } else if (opcode == 0x1 || opcode == 0x0) {
            c.message.append(payload);
            if (fin) {
                const QByteArray whole = std::exchange(c.message, {});
                text(g, c, whole, at, arrivedNs);
            }
        } else if (opcode == 0x9) {
            send(c, leandisplay::maskedFrame(0xA, payload));
        } else if (opcode == 0x8) {
            c.failed = true;
        }
        pos += header + qsizetype(length);
    }
    c.in.remove(0, pos);
}

void LeanDisplays::text(Group& g, Conn& c, QByteArrayView json, qint64 at, qint64 arrivedNs)
{
    if (!json.startsWith(QByteArrayView("{\"data\":"))) {
        if (const qint64 seq = subscribeReplySeq(json); seq >= 0) {
            c.seq.store(seq, std::memory_order_relaxed);
            c.ready.store(true, std::memory_order_relaxed);
        }
        return;
    }
    const std::lock_guard lock(g.mutex);
    observeDisplayEvent(g.obs, json, at, arrivedNs, c.seq, c.countBytes);
}

bool LeanDisplays::allReady() const
{
    for (const auto& g : m_groups) {
        for (const auto& c : g->conns) {
            if (!c->ready.load(std::memory_order_relaxed)) {
                return false;
            }
        }
    }
    return true;
}

bool LeanDisplays::allAtLeast(qint64 seq) const
{
    for (const auto& g : m_groups) {
        for (const auto& c : g->conns) {
            if (c->seq.load(std::memory_order_relaxed) < seq) {
                return false;
            }
        }
    }
    return true;
}

void LeanDisplays::addTo(Observations& obs) const
{
    for (const auto& g : m_groups) {
        const std::lock_guard lock(g->mutex);
        obs.addDisplays(g->obs);
    }
}

} // namespace hall::bench
