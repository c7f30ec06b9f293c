#include "queueindex.h"

#include <algorithm>
#include <iterator>

namespace hall {

std::set<QueueIndex::Key>& QueueIndex::setFor(const Ticket& t)
{
    if (t.assignedCounter != 0) {
        return m_assigned[t.assignedCounter];
    }
    ServiceQueue& q = m_services[t.currentService()];
    if (t.appointment) {
        return q.appointment;
    }
    return t.isPriority() ? q.priority : q.normal;
}

void QueueIndex::insert(const Ticket& t)
{
    setFor(t).insert(keyOf(t));
}

void QueueIndex::remove(const Ticket& t)
{
    setFor(t).erase(keyOf(t));
}

void QueueIndex::clear()
{
    m_services.clear();
    m_assigned.clear();
}

QList<Candidate> QueueIndex::candidates(const CounterDef& counter, const Catalogue& catalogue) const
{
    QList<Candidate> out;
    for (const ServiceDef& s : catalogue.services()) {
        const auto weight = counter.weightOf(s.id);
        const auto it = m_services.constFind(s.id);
        if (!weight || it == m_services.cend()) {
            continue;
        }
        for (const Key& k : it->appointment) {
            out.append({k.ticket, *weight});
        }
        if (!it->priority.empty()) {
            out.append({it->priority.begin()->ticket, *weight});
        }
        if (!it->normal.empty()) {
            out.append({it->normal.begin()->ticket, *weight});
        }
    }
    // A ticket sent to this counter by name is this counter's own business, whatever its service.
    if (const auto it = m_assigned.constFind(counter.number); it != m_assigned.cend()) {
        for (const Key& k : *it) {
            out.append({k.ticket, ServiceWeight::Primary});
        }
    }
    return out;
}

int QueueIndex::ahead(const Ticket& t, const QueuePolicy& policy, const QDateTime& now) const
{
    const auto older = [](const Ticket& a, const Ticket& b) {
        return a.issuedAt != b.issuedAt ? a.issuedAt < b.issuedAt : a.id < b.id;
    };
    if (t.assignedCounter != 0) {
        const auto it = m_assigned.constFind(t.assignedCounter);
        return it == m_assigned.cend() ? 0 : static_cast<int>(std::distance(it->begin(), it->find(keyOf(t))));
    }
    const auto it = m_services.constFind(t.currentService());
    if (it == m_services.cend()) {
        return 0;
    }
    // Split the service's waiting tickets into the policy's tiers, counting those older than `t`.
    int due = 0, dueBefore = 0, priority = 0, priorityBefore = 0, normal = 0, normalBefore = 0;
    const auto tally = [&](const Key& k) {
        const Ticket& u = *k.ticket;
        const bool before = &u != &t && older(u, t);
        if (policy.appointmentDue(u, now)) {
            ++due;
            dueBefore += before ? 1 : 0;
        } else if (u.isPriority()) {
            ++priority;
            priorityBefore += before ? 1 : 0;
        } else {
            ++normal;
            normalBefore += before ? 1 : 0;
        }
    };
    for (const std::set<Key>* s : {&it->appointment, &it->priority, &it->normal}) {
        std::for_each(s->begin(), s->end(), tally);
    }
    if (policy.appointmentDue(t, now)) {
        return dueBefore;
    }
    // Interleave puts one priority ticket after every N normal ones; strict puts them all first.
    // The per-counter streak is not known here, so this is the order a fresh counter would call.
    const int n = policy.config().normalsPerPriority;
    const bool strict = policy.config().priorityMode == QueuePolicyConfig::PriorityMode::Strict || n == 0;
    if (t.isPriority()) {
        return due + priorityBefore + (strict ? 0 : std::min(normal, (priorityBefore + 1) * n));
    }
    return due + normalBefore + (strict ? priority : std::min(priority, normalBefore / n));
}

int QueueIndex::waitingCount(const QString& serviceId) const
{
    std::size_t n = 0;
    if (const auto it = m_services.constFind(serviceId); it != m_services.cend()) {
        n += it->appointment.size() + it->priority.size() + it->normal.size();
    }
    for (const auto& assigned : m_assigned) {
        for (const Key& k : assigned) {
            n += k.ticket->currentService() == serviceId ? 1 : 0;
        }
    }
    return static_cast<int>(n);
}

} // namespace hall
