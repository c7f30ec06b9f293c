// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actors.h"

#include <QThread>

#include <memory>
#include <vector>

namespace hall::bench {

/// The bench's lobby displays, however they are read.
class DisplayPool
{
public:
    virtual ~DisplayPool() = default;
    virtual bool allReady() const = 0;
    /// Every display has seen every event up to `seq`.
    virtual bool allAtLeast(qint64 seq) const = 0;
    /// Adds what the displays observed (call once they are quiet).
    virtual void addTo(Observations& obs) const = 0;
};

/// `lean`: LeanDisplays (raw sockets), else DisplayReaders (QWebSocket).
std::unique_ptr<DisplayPool> makeDisplays(const BenchHall& hall, int displays, int threads, bool lean);

/// The bench's lobby displays as QWebSocket clients, spread round robin over `threads` reader threads (each
/// with its own epoll loop, as the service's), or on the calling thread when `threads` is 0. 2,000 display
/// sockets read by one thread made the bench's own reading the last hop of every call: the last
/// display's read waited for the 1,999 before it, whatever the service and relays did.
class DisplayReaders final : public DisplayPool
{
public:
    DisplayReaders(const BenchHall& hall, int displays, int threads);
    ~DisplayReaders();
    DisplayReaders(const DisplayReaders&) = delete;
    DisplayReaders& operator=(const DisplayReaders&) = delete;

    bool allReady() const override;
    bool allAtLeast(qint64 seq) const override;
    void addTo(Observations& obs) const override;

private:
    struct Group
    {
        std::unique_ptr<QThread> thread; ///< null: the displays live on the caller's thread
        std::unique_ptr<QObject> context;
        Observations obs;
        std::vector<std::unique_ptr<DisplayActor>> actors;
    };
    /// Runs `work` on the group's thread and waits for it.
    static void runIn(Group& g, const std::function<void()>& work);
    std::vector<std::unique_ptr<Group>> m_groups;
};

} // namespace hall::bench
