// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clock.h"
#include "domain/queueengine.h"
#include "storage/durablequeue.h"

#include <random>

namespace hall::history {

/// Plays synthetic business days through the real queue engine and its durable store, so reports
/// have a history to read: bench-reports fills a year of a busy hall with it, `hall-queue-demo
/// --history-days` a month for the screenshots and the demo.
///
/// A day: windows 1..`counters` open at 08:50; `perDay` tickets arrive over 8 hours (Poisson, one
/// draw per 30 simulated seconds) for the services those windows serve; windows call, start, serve
/// for a random while (mean about 3 minutes, or the catalogue's time per service), set aside 3 in 100 called
/// tickets (a third of them re-queued), pause now and then; most residents rate; one-stop tickets with two
/// errands 1 in 20, priority 1 in 10, appointments 1 in 15. Commits run every simulated 10 minutes (the
/// engine keeps the state meanwhile); the day ends when nobody waits, and the windows close. Reproducible:
/// the same seed plays the same days.
class HistoryPlayer
{
public:
    struct Options
    {
        int perDay = 200;
        int counters = 4;   ///< windows 1..counters open
        QList<Actor> staff; ///< one per window; missing ones are "staffN" at "counter-N"
        std::uint32_t seed = 18;
        /// Serve each errand for about its service's avgServiceSeconds (the catalogue's) instead of
        /// about 3 minutes for all: a hall whose waits look like a real one's.
        bool catalogueServiceTimes = false;
    };

    HistoryPlayer(QueueEngine& engine, DurableQueue& queue, ManualClock& clock, Options options);

    /// Plays `day` from 08:50 (the caller has rolled the hall over into it); returns the tickets issued.
    int playDay(QDate day);
    /// Tickets of the days played from now on.
    void setPerDay(int perDay) { m_options.perDay = perDay; }

private:
    bool chance(int inN);
    bool stillBusy() const;
    int finishOneIn(const Ticket& serving) const;

    QueueEngine& m_engine;
    DurableQueue& m_queue;
    ManualClock& m_clock;
    Options m_options;
    QList<ServiceDef> m_services; ///< the ones an open window serves, in catalogue order
    std::mt19937 m_rng;
};

} // namespace hall::history
