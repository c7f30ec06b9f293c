// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <thread>

namespace hall {

/// One long-lived thread that acts when a blocking call outlasts its bound: commitWithin arms it with
/// a PQcancel before a COMMIT that may wait for a synchronous standby and disarms it when the COMMIT
/// returns. Started on the first arm and kept for the life of the process (or of the object), so a
/// commit costs two lock round trips instead of a thread start and join; callers on any thread (the
/// event loop's commits, a link probe on a worker) share it.
///
/// `fire` runs on the watchdog's thread, outside its lock (PQcancel opens a connection of its own and
/// may take as long as the server does to answer): while one fires, the others' deadlines wait.
class CommitWatchdog
{
public:
    using Ticket = std::uint64_t;
    using Clock = std::chrono::steady_clock;

    CommitWatchdog() = default;
    ~CommitWatchdog();
    CommitWatchdog(const CommitWatchdog&) = delete;
    CommitWatchdog& operator=(const CommitWatchdog&) = delete;

    /// The process's one watchdog.
    static CommitWatchdog& instance();

    /// `fire` runs once `wait` has passed, unless disarm(ticket) came first.
    Ticket arm(std::chrono::milliseconds wait, std::function<void()> fire);
    /// After this returns, the ticket's `fire` never runs (again); true if it ran (if it is running,
    /// this waits until it has returned, so the caller may then free what it uses).
    bool disarm(Ticket ticket);

    /// Threads this watchdog started (1 after the first arm, whatever the number of commits).
    int threadsStarted() const;

private:
    enum class Phase
    {
        Armed,
        Firing,
        Fired,
    };
    struct Entry
    {
        Clock::time_point deadline;
        std::function<void()> fire;
        Phase phase = Phase::Armed;
    };
    void run();

    mutable std::mutex m_lock;
    std::condition_variable m_changed; ///< an entry armed, disarmed, fired, or the end
    std::map<Ticket, Entry> m_entries;
    Ticket m_next = 1;
    int m_started = 0;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace hall
