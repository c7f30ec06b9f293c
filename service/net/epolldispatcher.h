// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractEventDispatcher>

#include <sys/epoll.h>

#include <atomic>
#include <chrono>
#include <deque>
#include <unordered_map>
#include <vector>

namespace hall {

/// A Linux event dispatcher on epoll for hall-service's main thread. Qt's own dispatchers (glib or
/// poll) hand every socket to poll() on every loop iteration, so with a hall's worth of kiosks, phones
/// and displays connected most of the service's CPU went to polling idle sockets (docs/benchmarks.md).
/// Here an iteration costs O(ready sockets). Readiness is level-triggered, like Qt's, so a socket
/// that was not fully read is reported again. Changes of a socket's interest set are applied just
/// before the next wait, so a write notifier switched on and off within one turn (every reply that is
/// flushed at once) costs no system call. Timers keep Qt's semantics (once per pass, not re-entered
/// from a nested loop) with millisecond precision for every timer type.
class EpollDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT
public:
    EpollDispatcher();
    ~EpollDispatcher() override;

    /// False if the kernel refused epoll or eventfd; the dispatcher must not be installed then.
    bool isValid() const { return m_epoll >= 0 && m_wake >= 0; }

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;
    void registerSocketNotifier(QSocketNotifier* notifier) override;
    void unregisterSocketNotifier(QSocketNotifier* notifier) override;
    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject* object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject* object) override;
    QList<TimerInfo> registeredTimers(QObject* object) const override;
    int remainingTime(int timerId) override;
    void wakeUp() override;
    void interrupt() override;

private:
    using Clock = std::chrono::steady_clock;

    struct Watched
    {
        QSocketNotifier* notifier[3] = {nullptr, nullptr, nullptr}; ///< by QSocketNotifier::Type
        quint32 kernelMask = 0; ///< what epoll currently watches for this descriptor
        bool dirty = false;     ///< the wanted mask may differ from kernelMask
        quint8 queued = 0;      ///< types with an activation waiting, so one is never queued twice
    };
    struct Timer
    {
        int id;
        qint64 intervalMs;
        Qt::TimerType type;
        QObject* object;
        Clock::time_point due;
        bool firing = false; ///< its timerEvent is running (maybe in a nested loop)
    };

    static quint32 wantedMask(const Watched& w);
    void applyInterestChanges();
    int nextTimerMs() const; ///< -1 without timers
    void drainWakeUps();
    void queueActivations(const epoll_event* ready, int count);
    int activateSockets();
    int activateTimers();
    Timer* findTimer(int id);

    int m_epoll = -1;
    int m_wake = -1;
    std::atomic<bool> m_wakePending{false};
    std::atomic<bool> m_interrupt{false};
    std::unordered_map<int, Watched> m_watched;
    std::vector<int> m_dirty;
    std::vector<Timer> m_timers;
    struct Activation
    {
        int fd;
        int type;
        QSocketNotifier* notifier; ///< still the one registered when its turn comes, or skipped
    };
    /// Readiness waiting to be delivered. A member, as in Qt's dispatcher: a handler that runs a
    /// nested loop delivers the rest of the outer turn's list there, and nothing twice.
    std::deque<Activation> m_activations;
};

} // namespace hall
