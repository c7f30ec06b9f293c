// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue.h"
#include "queuepolicy.h"
#include "ticket.h"

#include <QHash>

#include <ext/pb_ds/assoc_container.hpp>
#include <ext/pb_ds/tree_policy.hpp>

namespace hall {

/// The waiting tickets of one business day, ordered per service (and per counter for tickets
/// transferred to a counter), so that call-next looks at queue heads instead of scanning the day.
///
/// The ordered sets are order-statistic trees (libstdc++'s policy-based red-black tree, each node
/// knowing its subtree's size), so a ticket's place in its tier costs O(log n): `ahead` no longer
/// walks the service's queue, which at a full day (999 a service) made every `ticket.issue` slower
/// than the naive one-transaction-per-request design. Keys hold the issue time as milliseconds,
/// computed once when a ticket enters the index, so comparisons never touch QDateTime.
class QueueIndex
{
public:
    void insert(const Ticket& t);
    void remove(const Ticket& t);
    void clear();

    /// What counter `counter` may call: the head of every queue it serves plus every appointment
    /// ticket of those services (few; the policy decides which are due), and all tickets transferred to it.
    QList<Candidate> candidates(const CounterDef& counter, const Catalogue& catalogue) const;

    /// Tickets before `t` in the order the policy would call its service's queue at a fresh counter.
    /// O(log n) plus the service's waiting appointment tickets (which come only from bookings).
    int ahead(const Ticket& t, const QueuePolicy& policy, const QDateTime& now) const;

    /// Waiting tickets whose current errand is `serviceId`, including those transferred to a counter. O(1).
    int waitingCount(const QString& serviceId) const;

private:
    struct Key
    {
        qint64 issuedMs;
        qint64 id;
        const Ticket* ticket; ///< stable: tickets live in node-based storage owned by the engine
        qint64 slotStartMs;   ///< appointment tickets only
        qint64 slotEndMs;
        bool operator<(const Key& o) const
        {
            return issuedMs != o.issuedMs ? issuedMs < o.issuedMs : id < o.id;
        }
    };
    using KeySet = __gnu_pbds::tree<Key, __gnu_pbds::null_type, std::less<Key>, __gnu_pbds::rb_tree_tag,
                                    __gnu_pbds::tree_order_statistics_node_update>;
    struct ServiceQueue
    {
        KeySet appointment;
        KeySet priority;
        KeySet normal;
        int assigned = 0; ///< tickets of this service transferred to a counter (kept in m_assigned)
    };

    static Key keyOf(const Ticket& t);
    KeySet& setFor(const Ticket& t);

    QHash<QString, ServiceQueue> m_services;
    QHash<int, KeySet> m_assigned;
};

} // namespace hall
