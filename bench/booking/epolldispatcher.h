#pragma once
#include <QAbstractEventDispatcher>
#include <QHash>
#include <atomic>
#include <vector>
namespace hall {
/// An event dispatcher on epoll: each iteration costs O(ready sockets), where Qt's own (glib or
/// poll) costs O(all sockets) — with 2,000 connections that poll was over half of the CPU time
/// (docs/benchmarks.md). Used by bench-booking-release's client with --epoll; an experiment for the
/// service too (set with QCoreApplication::setEventDispatcher before the application is made). Main
/// thread only; timers have millisecond resolution and ignore the timer type.
class EpollDispatcher final : public QAbstractEventDispatcher
{
public:
    EpollDispatcher();
    ~EpollDispatcher() override;
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
    struct Fd
    {
        QSocketNotifier* n[3] = {nullptr, nullptr, nullptr};
    };
    struct Timer
    {
        int id;
        qint64 interval;
        Qt::TimerType type;
        QObject* object;
        qint64 due;
    };
    void update(int fd);
    int m_epoll = -1;
    int m_wake = -1;
    QHash<int, Fd> m_fds;
    std::vector<Timer> m_timers;
    std::atomic<bool> m_interrupt{false};
};
} // namespace hall
