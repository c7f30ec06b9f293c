// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "displayreaders.h"

#include <QByteArray>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace hall::bench {

/// The bench's lobby displays as bare WebSocket clients: non-blocking sockets on one epoll per
/// reader thread, frames parsed in place, pings answered, no Qt object per display. A QWebSocket
/// display cost the bench ~12 µs of CPU per frame read, more than the relays spent writing it,
/// on the same two cores: the bench's reading, not the service's or relays' writing, was then
/// the largest hop of a call. A display here does what DisplayActor does (hello, subscribe, read
/// events in order) and records the same observations.
class LeanDisplays final : public DisplayPool
{
public:
    LeanDisplays(const BenchHall& hall, int displays, int threads);
    ~LeanDisplays() override;
    LeanDisplays(const LeanDisplays&) = delete;
    LeanDisplays& operator=(const LeanDisplays&) = delete;

    bool allReady() const override;
    bool allAtLeast(qint64 seq) const override;
    void addTo(Observations& obs) const override;

private:
    struct Conn
    {
        int fd = -1;
        bool countBytes = false;
        bool open = false;  ///< the HTTP upgrade was answered
        QByteArray request; ///< the upgrade, sent once connected
        QByteArray hello;   ///< hello and subscribe frames, sent once open
        QByteArray in;
        QByteArray message; ///< a fragmented text message being put together
        std::atomic<bool> ready = false;
        std::atomic<qint64> seq = -1;
        std::atomic<bool> failed = false;
        qint64 arrivedNs = 0; ///< the kernel's receive stamp of the last read, CLOCK_MONOTONIC
    };
    struct Group
    {
        std::vector<std::unique_ptr<Conn>> conns;
        mutable std::mutex mutex; ///< guards obs
        Observations obs;
        int epoll = -1;
        std::thread thread;
    };
    void run(Group& g);
    void readable(Group& g, Conn& c);
    void frames(Group& g, Conn& c, qint64 at, qint64 arrivedNs);
    void text(Group& g, Conn& c, QByteArrayView json, qint64 at, qint64 arrivedNs);
    static void send(Conn& c, QByteArrayView bytes);

    std::vector<std::unique_ptr<Group>> m_groups;
    std::atomic<bool> m_stop = false;
};

} // namespace hall::bench
