#include "epolldispatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QTimerEvent>

#include <algorithm>

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace hall {

namespace {
qint64 nowMs()
{
    static QElapsedTimer t = [] {
        QElapsedTimer e;
        e.start();
        return e;
    }();
    return t.elapsed();
}
} // namespace

EpollDispatcher::EpollDispatcher()
{
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    m_wake = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.fd = m_wake;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &ev);
}

EpollDispatcher::~EpollDispatcher()
{
    ::close(m_wake);
    ::close(m_epoll);
}

void EpollDispatcher::update(int fd)
{
    const auto it = m_fds.find(fd);
    uint32_t mask = 0;
    if (it != m_fds.end()) {
        if (it->n[0])
            mask |= EPOLLIN;
        if (it->n[1])
            mask |= EPOLLOUT;
        if (it->n[2])
            mask |= EPOLLPRI;
    }
    epoll_event ev{};
    ev.events = mask;
    ev.data.fd = fd;
    if (mask == 0) {
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
        m_fds.remove(fd);
    } else if (epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &ev) != 0) {
        epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev);
    }
}

void EpollDispatcher::registerSocketNotifier(QSocketNotifier* n)
{
    const int fd = static_cast<int>(n->socket());
    m_fds[fd].n[static_cast<int>(n->type())] = n;
    update(fd);
}

void EpollDispatcher::unregisterSocketNotifier(QSocketNotifier* n)
{
    const int fd = static_cast<int>(n->socket());
    const auto it = m_fds.find(fd);
    if (it == m_fds.end())
        return;
    if (it->n[static_cast<int>(n->type())] == n)
        it->n[static_cast<int>(n->type())] = nullptr;
    update(fd);
}

void EpollDispatcher::registerTimer(int id, qint64 interval, Qt::TimerType type, QObject* object)
{
    m_timers.push_back(Timer{id, interval, type, object, nowMs() + interval});
}

bool EpollDispatcher::unregisterTimer(int id)
{
    for (auto it = m_timers.begin(); it != m_timers.end(); ++it) {
        if (it->id == id) {
            m_timers.erase(it);
            return true;
        }
    }
    return false;
}

bool EpollDispatcher::unregisterTimers(QObject* object)
{
    const auto before = m_timers.size();
    std::erase_if(m_timers, [object](const Timer& t) { return t.object == object; });
    return m_timers.size() != before;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollDispatcher::registeredTimers(QObject* object) const
{
    QList<TimerInfo> out;
    for (const Timer& t : m_timers) {
        if (t.object == object)
            out.append(TimerInfo(t.id, static_cast<int>(t.interval), t.type));
    }
    return out;
}

int EpollDispatcher::remainingTime(int id)
{
    for (const Timer& t : m_timers) {
        if (t.id == id)
            return static_cast<int>(std::max<qint64>(0, t.due - nowMs()));
    }
    return -1;
}

void EpollDispatcher::wakeUp()
{
    const uint64_t one = 1;
    [[maybe_unused]] auto r = ::write(m_wake, &one, sizeof one);
}

void EpollDispatcher::interrupt()
{
    m_interrupt = true;
    wakeUp();
}

bool EpollDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupt = false;
    emit awake();
    QCoreApplication::sendPostedEvents();
    bool did = false;
    const bool wait = (flags & QEventLoop::WaitForMoreEvents) && !m_interrupt;
    int timeout = 0;
    if (wait) {
        timeout = -1;
        for (const Timer& t : m_timers) {
            const qint64 left = std::max<qint64>(0, t.due - nowMs());
            timeout = timeout < 0 ? static_cast<int>(left) : std::min(timeout, static_cast<int>(left));
        }
        emit aboutToBlock();
    }
    epoll_event events[512];
    const int n = epoll_wait(m_epoll, events, 512, timeout);
    emit awake();
    for (int i = 0; i < n && !(flags & QEventLoop::ExcludeSocketNotifiers); ++i) {
        const int fd = events[i].data.fd;
        if (fd == m_wake) {
            uint64_t v;
            [[maybe_unused]] auto r = ::read(m_wake, &v, sizeof v);
            continue;
        }
        const uint32_t e = events[i].events;
        const bool err = e & (EPOLLERR | EPOLLHUP);
        for (int type = 0; type < 3; ++type) {
            const bool hit = (type == 0 && (e & EPOLLIN || err)) || (type == 1 && (e & EPOLLOUT || err)) ||
                             (type == 2 && (e & EPOLLPRI));
            if (!hit)
                continue;
            const auto it = m_fds.constFind(fd);
            if (it == m_fds.constEnd() || !it->n[type])
                continue;
            QEvent ev(QEvent::SockAct);
            QCoreApplication::sendEvent(it->n[type], &ev);
            did = true;
        }
    }
    if (!(flags & QEventLoop::X11ExcludeTimers)) {
        const qint64 now = nowMs();
        std::vector<int> due;
        for (Timer& t : m_timers) {
            if (t.due <= now) {
                due.push_back(t.id);
                t.due = now + t.interval;
            }
        }
        for (int id : due) {
            QObject* object = nullptr;
            for (const Timer& t : m_timers) {
                if (t.id == id)
                    object = t.object;
            }
            if (object) {
                QTimerEvent ev(id);
                QCoreApplication::sendEvent(object, &ev);
                did = true;
            }
        }
    }
    QCoreApplication::sendPostedEvents();
    return did || n > 0;
}

} // namespace hall
