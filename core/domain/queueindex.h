#pragma once

#include "catalogue.h"
#include "queuepolicy.h"
#include "ticket.h"

#include <QHash>

#include <set>

namespace hall {

/// The waiting tickets of one business day, ordered per service (and per counter for tickets
/// transferred to a counter), so that call-next looks at queue heads instead of scanning the day.
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
    int ahead(const Ticket& t, const QueuePolicy& policy, const QDateTime& now) const;

    int waitingCount(const QString& serviceId) const;

private:
    struct Key
    {
        qint64 issuedMs;
        qint64 id;
        const Ticket* ticket; ///< stable: tickets live in node-based storage owned by the engine
        bool operator<(const Key& o) const
        {
            return issuedMs != o.issuedMs ? issuedMs < o.issuedMs : id < o.id;
        }
    };
    struct ServiceQueue
    {
        std::set<Key> appointment;
        std::set<Key> priority;
        std::set<Key> normal;
    };

    static Key keyOf(const Ticket& t) { return {t.issuedAt.toMSecsSinceEpoch(), t.id, &t}; }
    std::set<Key>& setFor(const Ticket& t);

    QHash<QString, ServiceQueue> m_services;
    QHash<int, std::set<Key>> m_assigned;
};

} // namespace hall
