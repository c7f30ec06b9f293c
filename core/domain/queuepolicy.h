// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue.h"
#include "ticket.h"

#include <QDateTime>
#include <QList>

namespace hall {

/// Tunables of the call order and the no-show rules (documented in docs/architecture.md).
struct QueuePolicyConfig
{
    enum class PriorityMode
    {
        Strict,
        Interleave
    };

    /// Strict: any waiting priority ticket goes before every normal one. Interleave: after
    /// `normalsPerPriority` normal calls at a counter, a waiting priority ticket is called.
    PriorityMode priorityMode = PriorityMode::Interleave;
    int normalsPerPriority = 2;
    int maxRecalls = 2;  ///< recalls allowed; the next recall sets the ticket aside (过号)
    int maxRequeues = 1; ///< a set-aside ticket may be re-queued this many times
    /// An appointment ticket is served first from this long before its slot start …
    int appointmentLeadMinutes = 15;
    /// … until this long after its slot end; outside that it queues like any other ticket.
    int appointmentGraceMinutes = 15;
};

/// A ticket that may be called at a counter, with the weight that counter gives its service.
struct Candidate
{
    const Ticket* ticket = nullptr;
    ServiceWeight weight = ServiceWeight::Primary;
};

/// The decision of the call-next policy: which ticket, and the counter's new normal-call streak.
struct PolicyChoice
{
    const Ticket* ticket = nullptr;
    int normalStreak = 0;
};

/// Decides which ticket a counter calls next. Pure: no state of its own, so it is tested alone.
///
/// Order: (1) appointment holders whose slot is current, (2) priority classes (strict or
/// interleaved), (3) the counter's primary services before its secondary ones, (4) the oldest
/// original issue time, then the lower ticket id.
class QueuePolicy
{
public:
    explicit QueuePolicy(QueuePolicyConfig config = {}) : m_config(config) {}

    const QueuePolicyConfig& config() const { return m_config; }

    bool appointmentDue(const Ticket& t, const QDateTime& now) const;
    /// The same rule on milliseconds since the epoch, for callers that keep times as keys.
    bool appointmentDue(qint64 slotStartMs, qint64 slotEndMs, qint64 nowMs) const
    {
        return nowMs >= slotStartMs - 60'000LL * m_config.appointmentLeadMinutes &&
               nowMs <= slotEndMs + 60'000LL * m_config.appointmentGraceMinutes;
    }

    /// `candidates` must hold at least the head of every queue the counter may call from; more is fine.
    PolicyChoice choose(const QList<Candidate>& candidates, int normalStreak, const QDateTime& now) const;

private:
    QueuePolicyConfig m_config;
};

} // namespace hall
