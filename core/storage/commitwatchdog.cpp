// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commitwatchdog.h"

#include <algorithm>

namespace hall {

CommitWatchdog::~CommitWatchdog()
{
    {
        const std::lock_guard held(m_lock);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

CommitWatchdog& CommitWatchdog::instance()
{
    static CommitWatchdog watchdog;
    return watchdog;
}

CommitWatchdog::Ticket CommitWatchdog::arm(std::chrono::milliseconds wait, std::function<void()> fire)
{
    Ticket ticket = 0;
    {
        const std::lock_guard held(m_lock);
        ticket = m_next++;
        m_entries.emplace(ticket, Entry{Clock::now() + wait, std::move(fire)});
        if (!m_thread.joinable()) {
            ++m_started;
            m_thread = std::thread([this] { run(); });
        }
    }
    m_changed.notify_all();
    return ticket;
}

bool CommitWatchdog::disarm(Ticket ticket)
{
    std::unique_lock held(m_lock);
    const auto it = m_entries.find(ticket);
    if (it == m_entries.end()) {
        return false;
    }
    // Running now: its PGcancel is the caller's, so the caller must not free it before it returns.
    m_changed.wait(held, [&] { return it->second.phase != Phase::Firing; });
    const bool fired = it->second.phase == Phase::Fired;
    m_entries.erase(it);
    held.unlock();
    // The thread may be sleeping until this entry's deadline.
    m_changed.notify_all();
    return fired;
}

int CommitWatchdog::threadsStarted() const
{
    const std::lock_guard held(m_lock);
    return m_started;
}

void CommitWatchdog::run()
{
    std::unique_lock held(m_lock);
    while (!m_stopping) {
        auto due = m_entries.end();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->second.phase == Phase::Armed &&
                (due == m_entries.end() || it->second.deadline < due->second.deadline)) {
                due = it;
            }
        }
        if (due == m_entries.end()) {
            m_changed.wait(held);
            continue;
        }
        if (Clock::now() < due->second.deadline) {
            m_changed.wait_until(held, due->second.deadline);
            continue; // armed, disarmed or woken early: look again
        }
        // Entries are erased only by disarm, which waits while one is Firing: `due` stays valid.
        due->second.phase = Phase::Firing;
        const std::function<void()> fire = due->second.fire;
        held.unlock();
        fire();
        held.lock();
        due->second.phase = Phase::Fired;
        m_changed.notify_all();
    }
}

} // namespace hall
