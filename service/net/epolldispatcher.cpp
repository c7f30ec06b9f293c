// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "epolldispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimerEvent>

#include <algorithm>
#include <array>
#include <cerrno>

#include <sys/eventfd.h>
#include <unistd.h>

namespace hall {

namespace {

// Ready descriptors taken per wait. A turn handles at most this many before the posted events (the
// group commit among them) run, so it also bounds how long the first request of a burst waits.
constexpr int kMaxEvents = 256;

constexpr quint32 kTypeMask[3] = {EPOLLIN, EPOLLOUT, EPOLLPRI};

} // namespace

EpollDispatcher::EpollDispatcher()
    : m_epoll(epoll_create1(EPOLL_CLOEXEC)), m_wake(eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC))
{
    if (m_epoll >= 0 && m_wake >= 0) {
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.fd = m_wake;
        if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &ev) != 0) {
            ::close(m_wake);
            m_wake = -1;
        }
    }
}

EpollDispatcher::~EpollDispatcher()
{
    if (m_wake >= 0) {
        ::close(m_wake);
    }
    if (m_epoll >= 0) {
        ::close(m_epoll);
    }
}

quint32 EpollDispatcher::wantedMask(const Watched& w)
{
    quint32 mask = 0;
    for (int type = 0; type < 3; ++type) {
        if (w.notifier[type]) {
            mask |= kTypeMask[type];
        }
    }
    return mask;
}

void EpollDispatcher::registerSocketNotifier(QSocketNotifier* notifier)
{
    const int fd = static_cast<int>(notifier->socket());
    const int type = static_cast<int>(notifier->type());
    Watched& w = m_watched[fd];
    if (w.notifier[type] && w.notifier[type] != notifier) {
        // The descriptor was closed under a notifier that still exists (libpq closes its socket when
        // the server dies, the driver's notifier stays) and its number reused: the kernel dropped the
        // old registration at the close, so the new socket must be added again, whatever the mask says.
        w.kernelMask = 0;
    }
    w.notifier[type] = notifier;
    if (!w.dirty) {
        w.dirty = true;
        m_dirty.push_back(fd);
    }
}

void EpollDispatcher::unregisterSocketNotifier(QSocketNotifier* notifier)
{
    const int fd = static_cast<int>(notifier->socket());
    const auto it = m_watched.find(fd);
    if (it == m_watched.end()) {
        return;
    }
    Watched& w = it->second;
    const int type = static_cast<int>(notifier->type());
    if (w.notifier[type] == notifier) {
        w.notifier[type] = nullptr;
    }
    if (wantedMask(w) == 0) {
        // At once, not at the next wait: the descriptor may be closed and its number reused before
        // then, and a stale registration must not survive into the new socket's.
        if (w.kernelMask != 0) {
            epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
        }
        m_watched.erase(it);
        return;
    }
    if (!w.dirty) {
        w.dirty = true;
        m_dirty.push_back(fd);
    }
}

void EpollDispatcher::applyInterestChanges()
{
    for (const int fd : m_dirty) {
        const auto it = m_watched.find(fd);
        if (it == m_watched.end()) {
            continue; // unregistered since, already removed from epoll
        }
        Watched& w = it->second;
        w.dirty = false;
        const quint32 mask = wantedMask(w);
        if (mask == w.kernelMask) {
            continue;
        }
        epoll_event ev{};
        ev.events = mask;
        ev.data.fd = fd;
        const int op = w.kernelMask == 0 ? EPOLL_CTL_ADD : EPOLL_CTL_MOD;
        if (epoll_ctl(m_epoll, op, fd, &ev) != 0) {
            // MOD on a descriptor epoll forgot (closed and reopened under Qt's feet) or ADD on one it
            // still has: try the other way before giving up.
            const int other = op == EPOLL_CTL_ADD ? EPOLL_CTL_MOD : EPOLL_CTL_ADD;
            if (epoll_ctl(m_epoll, other, fd, &ev) != 0) {
                qWarning("EpollDispatcher: cannot watch descriptor %d (errno %d)", fd, errno);
                continue;
            }
        }
        w.kernelMask = mask;
    }
    m_dirty.clear();
}

void EpollDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject* object)
{
    const qint64 ms = std::max<qint64>(0, interval);
    m_timers.push_back(Timer{timerId, ms, timerType, object, Clock::now() + std::chrono::milliseconds(ms)});
}

EpollDispatcher::Timer* EpollDispatcher::findTimer(int id)
{
    const auto it =
        std::find_if(m_timers.begin(), m_timers.end(), [id](const Timer& t) { return t.id == id; });
    return it == m_timers.end() ? nullptr : &*it;
}

bool EpollDispatcher::unregisterTimer(int timerId)
{
    return std::erase_if(m_timers, [timerId](const Timer& t) { return t.id == timerId; }) > 0;
}

bool EpollDispatcher::unregisterTimers(QObject* object)
{
    return std::erase_if(m_timers, [object](const Timer& t) { return t.object == object; }) > 0;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollDispatcher::registeredTimers(QObject* object) const
{
    QList<TimerInfo> out;
    for (const Timer& t : m_timers) {
        if (t.object == object) {
            out.append(TimerInfo(t.id, static_cast<int>(t.intervalMs), t.type));
        }
    }
    return out;
}

int EpollDispatcher::remainingTime(int timerId)
{
    const Timer* t = findTimer(timerId);
    if (!t) {
        return -1;
    }
    const auto left = std::chrono::ceil<std::chrono::milliseconds>(t->due - Clock::now()).count();
    return static_cast<int>(std::max<qint64>(0, left));
}

void EpollDispatcher::wakeUp()
{
    // Every posted event calls this, from any thread; one pending write is enough to end a wait.
    if (m_wakePending.exchange(true)) {
        return;
    }
    const quint64 one = 1;
    [[maybe_unused]] const auto written = ::write(m_wake, &one, sizeof one);
}

void EpollDispatcher::drainWakeUps()
{
    // Cleared before reading: a wakeUp() racing with this read writes again rather than being lost.
    m_wakePending = false;
    quint64 count;
    [[maybe_unused]] const auto got = ::read(m_wake, &count, sizeof count);
}

void EpollDispatcher::interrupt()
{
    m_interrupt = true;
    wakeUp();
}

int EpollDispatcher::nextTimerMs() const
{
    int timeout = -1;
    const auto now = Clock::now();
    for (const Timer& t : m_timers) {
        if (t.firing) {
            continue;
        }
        // Rounded up: waking a fraction of a millisecond early would only spin until the timer is due.
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(t.due - now).count();
        const int ms = static_cast<int>(std::clamp<qint64>(left, 0, 24 * 3600 * 1000));
        timeout = timeout < 0 ? ms : std::min(timeout, ms);
    }
    return timeout;
}

void EpollDispatcher::queueActivations(const epoll_event* ready, int count)
{
    for (int i = 0; i < count; ++i) {
        const int fd = ready[i].data.fd;
        if (fd == m_wake) {
            drainWakeUps();
            continue;
        }
        const auto it = m_watched.find(fd);
        if (it == m_watched.end()) {
            continue;
        }
        const quint32 happened = ready[i].events;
        const bool failed = happened & (EPOLLERR | EPOLLHUP);
        for (int type = 0; type < 3; ++type) {
            // An error or hang-up is news to the reader and the writer alike (Qt's poll dispatcher
            // does the same); they find out which by reading or writing.
            const bool hit = (happened & kTypeMask[type]) || (failed && type != QSocketNotifier::Exception);
            // Level-triggered readiness that a nested loop sees again while the outer turn's entry is
            // still waiting is one activation, as in Qt's dispatcher.
            const quint8 bit = static_cast<quint8>(1u << type);
            if (hit && it->second.notifier[type] && !(it->second.queued & bit)) {
                it->second.queued |= bit;
                m_activations.push_back({fd, type, it->second.notifier[type]});
            }
        }
    }
}

int EpollDispatcher::activateSockets()
{
    int activated = 0;
    while (!m_activations.empty()) {
        const Activation a = m_activations.front();
        m_activations.pop_front();
        // Looked up again: an earlier handler may have removed or replaced the notifier.
        const auto it = m_watched.find(a.fd);
        if (it == m_watched.end()) {
            continue;
        }
        it->second.queued &= static_cast<quint8>(~(1u << a.type));
        if (it->second.notifier[a.type] != a.notifier) {
            continue;
        }
        QEvent event(QEvent::SockAct);
        QCoreApplication::sendEvent(a.notifier, &event);
        ++activated;
    }
    return activated;
}

int EpollDispatcher::activateTimers()
{
    // Like Qt: every timer due at the start of the pass fires once; timers registered or rescheduled
    // during the pass wait for the next one; a timer whose handler is still running (a nested event
    // loop inside timerEvent) does not fire again inside it.
    const auto now = Clock::now();
    std::vector<int> due;
    for (const Timer& t : m_timers) {
        if (!t.firing && t.due <= now) {
            due.push_back(t.id);
        }
    }
    int activated = 0;
    for (const int id : due) {
        Timer* t = findTimer(id);
        // Also skipped if a nested loop in an earlier handler of this pass fired it already.
        if (!t || t->firing || t->due > now) {
            continue;
        }
        // From now, not from the missed deadline: a late timer does not fire in a catch-up burst.
        t->due = now + std::chrono::milliseconds(t->intervalMs);
        t->firing = true;
        QObject* object = t->object;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
        ++activated;
        if (Timer* still = findTimer(id)) {
            still->firing = false;
        }
    }
    return activated;
}

bool EpollDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupt = false;
    emit awake();
    QCoreApplication::sendPostedEvents();

    // A posted event always calls wakeUp(), so the eventfd tells a wait that there is work.
    const bool canWait = (flags & QEventLoop::WaitForMoreEvents) && !m_interrupt;
    if (canWait) {
        emit aboutToBlock();
    }
    if (m_interrupt) {
        return false;
    }
    applyInterestChanges();
    const bool timers = !(flags & QEventLoop::X11ExcludeTimers);
    const int timeout = !canWait ? 0 : timers ? nextTimerMs() : -1;
    // Moved into m_activations before any handler runs, so a nested loop's wait cannot disturb it.
    std::array<epoll_event, kMaxEvents> events;
    int ready = epoll_wait(m_epoll, events.data(), kMaxEvents, timeout);
    if (ready < 0) {
        ready = 0; // EINTR: a signal; the caller's loop comes back
    }
    if (canWait) {
        emit awake();
    }
    int activated = 0;
    if (!(flags & QEventLoop::ExcludeSocketNotifiers)) {
        queueActivations(events.data(), ready);
        activated += activateSockets();
    } else {
        // The wake-up must still be consumed, or every wait would return at once.
        for (int i = 0; i < ready; ++i) {
            if (events[static_cast<std::size_t>(i)].data.fd == m_wake) {
                drainWakeUps();
            }
        }
    }
    if (timers) {
        activated += activateTimers();
    }
    return activated > 0;
}

} // namespace hall
