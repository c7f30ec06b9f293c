// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// EpollDispatcher as the main thread's event loop: timers, sockets, wake-ups from other threads,
// nested loops, descriptor reuse. hall-service runs on it, so Qt's own behaviour is the reference.
#include "net/epolldispatcher.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <catch2/catch.hpp>

#include <memory>
#include <vector>

#include <sys/socket.h>
#include <unistd.h>

using namespace hall;

namespace {

/// Runs the loop until `done` or `ms` pass; true if done.
bool spinUntil(const std::function<bool()>& done, int ms = 5000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return done();
}

} // namespace

TEST_CASE("the service's main thread runs on EpollDispatcher", "[eventloop]")
{
    CHECK(qobject_cast<EpollDispatcher*>(QAbstractEventDispatcher::instance()) != nullptr);
}

TEST_CASE("epoll loop: a single-shot timer fires once and not early, a repeating one repeats until killed",
          "[eventloop]")
{
    QElapsedTimer clock;
    clock.start();
    qint64 firedAt = -1;
    int singleShots = 0;
    QTimer::singleShot(30, Qt::PreciseTimer, [&] {
        firedAt = clock.elapsed();
        ++singleShots;
    });
    int repeats = 0;
    QTimer repeating;
    repeating.setInterval(5);
    QObject::connect(&repeating, &QTimer::timeout, [&] {
        if (++repeats == 4) {
            repeating.stop();
        }
    });
    repeating.start();
    REQUIRE(spinUntil([&] { return singleShots == 1 && repeats == 4; }));
    CHECK(firedAt >= 30);
    spinUntil([] { return false; }, 60);
    CHECK(singleShots == 1);
    CHECK(repeats == 4);
}

TEST_CASE("epoll loop: remainingTime and registeredTimers describe a running timer", "[eventloop]")
{
    QTimer timer;
    timer.setInterval(10000);
    timer.start();
    const int left = timer.remainingTime();
    CHECK(left > 9000);
    CHECK(left <= 10000);
    auto* dispatcher = QAbstractEventDispatcher::instance();
    const auto timers = dispatcher->registeredTimers(&timer);
    REQUIRE(timers.size() == 1);
    CHECK(timers.front().interval == 10000);
    timer.stop();
    CHECK(dispatcher->registeredTimers(&timer).isEmpty());
    CHECK(timer.remainingTime() == -1);
}

TEST_CASE("epoll loop: an event posted from another thread wakes a loop blocked with nothing else to do",
          "[eventloop]")
{
    QObject receiver;
    bool delivered = false;
    QEventLoop loop;
    std::unique_ptr<QThread> poster(QThread::create([&] {
        QThread::msleep(50); // the main thread is blocked in exec() by now
        QMetaObject::invokeMethod(
            &receiver,
            [&] {
                delivered = true;
                loop.quit();
            },
            Qt::QueuedConnection);
    }));
    // A guard so a lost wake-up fails the test instead of hanging it.
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    poster->start();
    loop.exec();
    poster->wait();
    CHECK(delivered);
}

TEST_CASE("epoll loop: quitting from another thread ends exec()", "[eventloop]")
{
    QEventLoop loop;
    QElapsedTimer t;
    t.start();
    std::unique_ptr<QThread> quitter(QThread::create([&] {
        QThread::msleep(30);
        loop.exit(7);
    }));
    QTimer::singleShot(5000, &loop, [&] { loop.exit(1); });
    quitter->start();
    CHECK(loop.exec() == 7);
    quitter->wait();
}

TEST_CASE("epoll loop: a timer whose handler runs a nested loop is not re-entered, other timers still fire",
          "[eventloop]")
{
    QTimer outer;
    outer.setInterval(1);
    int outerEntries = 0;
    int depth = 0;
    int maxDepth = 0;
    int innerTicks = 0;
    QObject::connect(&outer, &QTimer::timeout, [&] {
        ++outerEntries;
        maxDepth = std::max(maxDepth, ++depth);
        if (outerEntries == 1) {
            QEventLoop nested;
            QTimer inner;
            inner.setInterval(2);
            QObject::connect(&inner, &QTimer::timeout, [&] {
                if (++innerTicks == 5) {
                    nested.quit();
                }
            });
            inner.start();
            QTimer::singleShot(5000, &nested, &QEventLoop::quit);
            nested.exec();
        }
        --depth;
        if (outerEntries == 3) {
            outer.stop();
        }
    });
    outer.start();
    REQUIRE(spinUntil([&] { return outerEntries == 3; }));
    CHECK(innerTicks == 5);
    CHECK(maxDepth == 1);
}

TEST_CASE("epoll loop: many TCP connections each get their echo, and the server sees them close",
          "[eventloop]")
{
    QTcpServer server;
    REQUIRE(server.listen(QHostAddress::LocalHost, 0));
    int closed = 0;
    QObject::connect(&server, &QTcpServer::newConnection, [&] {
        while (QTcpSocket* s = server.nextPendingConnection()) {
            QObject::connect(s, &QTcpSocket::readyRead, s, [s] {
                // Written without flush: the write notifier carries it out on a later turn.
                s->write(s->readAll());
            });
            QObject::connect(s, &QTcpSocket::disconnected, s, [s, &closed] {
                ++closed;
                s->deleteLater();
            });
        }
    });
    constexpr int kClients = 300;
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    std::vector<QByteArray> received(kClients);
    for (int i = 0; i < kClients; ++i) {
        auto c = std::make_unique<QTcpSocket>();
        QObject::connect(c.get(), &QTcpSocket::readyRead,
                         [&received, i, s = c.get()] { received[i] += s->readAll(); });
        c->connectToHost(QHostAddress::LocalHost, server.serverPort());
        clients.push_back(std::move(c));
    }
    REQUIRE(spinUntil([&] {
        return std::all_of(clients.begin(), clients.end(),
                           [](const auto& c) { return c->state() == QAbstractSocket::ConnectedState; });
    }));
    // A payload larger than one socket buffer read, so readiness is reported more than once.
    const QByteArray big(300 * 1024, 'x');
    for (int i = 0; i < kClients; ++i) {
        clients[static_cast<std::size_t>(i)]->write(i == 0 ? big : QByteArray::number(i));
    }
    REQUIRE(spinUntil([&] {
        for (int i = 0; i < kClients; ++i) {
            if (received[static_cast<std::size_t>(i)] != (i == 0 ? big : QByteArray::number(i))) {
                return false;
            }
        }
        return true;
    }));
    clients.clear();
    CHECK(spinUntil([&] { return closed == kClients; }));
}

TEST_CASE("epoll loop: a descriptor closed and reused within one turn is watched for its new owner",
          "[eventloop]")
{
    int first[2];
    REQUIRE(::socketpair(AF_UNIX, SOCK_STREAM, 0, first) == 0);
    auto oldNotifier = std::make_unique<QSocketNotifier>(first[0], QSocketNotifier::Read);
    int oldFired = 0;
    QObject::connect(oldNotifier.get(), &QSocketNotifier::activated, [&] { ++oldFired; });
    REQUIRE(::write(first[1], "a", 1) == 1);
    REQUIRE(spinUntil([&] { return oldFired > 0; }));
    char c;
    REQUIRE(::read(first[0], &c, 1) == 1);

    // Same turn: drop the notifier, close both ends, open a new pair (the kernel hands back the
    // lowest free numbers, the ones just closed) and watch it.
    oldNotifier.reset();
    ::close(first[0]);
    ::close(first[1]);
    int second[2];
    REQUIRE(::socketpair(AF_UNIX, SOCK_STREAM, 0, second) == 0);
    CHECK(second[0] == first[0]);
    QSocketNotifier newNotifier(second[0], QSocketNotifier::Read);
    int newFired = 0;
    QObject::connect(&newNotifier, &QSocketNotifier::activated, [&] { ++newFired; });
    REQUIRE(::write(second[1], "b", 1) == 1);
    CHECK(spinUntil([&] { return newFired > 0; }));
    newNotifier.setEnabled(false);
    ::close(second[0]);
    ::close(second[1]);
}

TEST_CASE("epoll loop: a notifier switched off and on again within one turn keeps firing", "[eventloop]")
{
    int pair[2];
    REQUIRE(::socketpair(AF_UNIX, SOCK_STREAM, 0, pair) == 0);
    QSocketNotifier writable(pair[0], QSocketNotifier::Write);
    QSocketNotifier readable(pair[0], QSocketNotifier::Read);
    int writes = 0;
    int reads = 0;
    QObject::connect(&writable, &QSocketNotifier::activated, [&] {
        ++writes;
        // What QAbstractSocket does around every flushed reply.
        writable.setEnabled(false);
        writable.setEnabled(true);
        writable.setEnabled(false);
    });
    QObject::connect(&readable, &QSocketNotifier::activated, [&] {
        char c;
        [[maybe_unused]] const auto n = ::read(pair[0], &c, 1);
        ++reads;
    });
    REQUIRE(spinUntil([&] { return writes == 1; }));
    // Write interest is off now: no more write activations, but reads still arrive.
    REQUIRE(::write(pair[1], "r", 1) == 1);
    REQUIRE(spinUntil([&] { return reads == 1; }));
    CHECK(writes == 1);
    writable.setEnabled(true);
    CHECK(spinUntil([&] { return writes == 2; }));
    writable.setEnabled(false);
    readable.setEnabled(false);
    ::close(pair[0]);
    ::close(pair[1]);
}

TEST_CASE("epoll loop: deleteLater and queued calls run, in order", "[eventloop]")
{
    QPointer<QObject> doomed = new QObject;
    std::vector<int> order;
    for (int i = 0; i < 3; ++i) {
        QMetaObject::invokeMethod(
            qApp, [&order, i] { order.push_back(i); }, Qt::QueuedConnection);
    }
    // Inside a running loop, as in the service: a deferred delete waits for the loop it was posted in.
    QEventLoop loop;
    QTimer::singleShot(0, &loop, [&] {
        doomed->deleteLater();
        QObject::connect(doomed.data(), &QObject::destroyed, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    CHECK(doomed.isNull());
    CHECK(order == std::vector<int>{0, 1, 2});
}

TEST_CASE("epoll loop: a socket handler running a nested loop does not disturb the turn around it",
          "[eventloop]")
{
    // Two sockets ready in the same turn; the first one's handler waits in a nested loop for a
    // third. Every socket must get exactly its own data, once.
    int a[2];
    int b[2];
    int c[2];
    REQUIRE(::socketpair(AF_UNIX, SOCK_STREAM, 0, a) == 0);
    REQUIRE(::socketpair(AF_UNIX, SOCK_STREAM, 0, b) == 0);
    REQUIRE(::socketpair(AF_UNIX, SOCK_STREAM, 0, c) == 0);
    QByteArray gotA;
    QByteArray gotB;
    QByteArray gotC;
    const auto drain = [](int fd, QByteArray& into) {
        char buf[64];
        const auto n = ::read(fd, buf, sizeof buf);
        if (n > 0) {
            into.append(buf, n);
        }
    };
    QSocketNotifier onA(a[0], QSocketNotifier::Read);
    QSocketNotifier onB(b[0], QSocketNotifier::Read);
    QSocketNotifier onC(c[0], QSocketNotifier::Read);
    QObject::connect(&onC, &QSocketNotifier::activated, [&] { drain(c[0], gotC); });
    QObject::connect(&onB, &QSocketNotifier::activated, [&] { drain(b[0], gotB); });
    QObject::connect(&onA, &QSocketNotifier::activated, [&] {
        drain(a[0], gotA);
        if (gotA == "a") {
            REQUIRE(::write(c[1], "c", 1) == 1);
            QEventLoop nested;
            QTimer::singleShot(5000, &nested, &QEventLoop::quit);
            QObject::connect(&onC, &QSocketNotifier::activated, &nested, &QEventLoop::quit,
                             Qt::QueuedConnection);
            nested.exec();
        }
    });
    REQUIRE(::write(a[1], "a", 1) == 1);
    REQUIRE(::write(b[1], "b", 1) == 1);
    REQUIRE(spinUntil([&] { return gotA == "a" && gotB == "b" && gotC == "c"; }));
    spinUntil([] { return false; }, 50);
    CHECK(gotA == "a");
    CHECK(gotB == "b");
    CHECK(gotC == "c");
    for (QSocketNotifier* n : {&onA, &onB, &onC}) {
        n->setEnabled(false);
    }
    for (int* p : {a, b, c}) {
        ::close(p[0]);
        ::close(p[1]);
    }
}
