// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "queueindex.h"

#include <algorithm>

namespace hall {

QueueIndex::Key QueueIndex::keyOf(const Ticket& t)
{
    Key k{t.issuedAt.toMSecsSinceEpoch(), t.id, &t, 0, 0};
    if (t.appointment) {
        k.slotStartMs = t.appointment->slotStart.toMSecsSinceEpoch();
        k.slotEndMs = t.appointment->slotEnd.toMSecsSinceEpoch();
    }
    return k;
}

QueueIndex::KeySet& QueueIndex::setFor(const Ticket& t)
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
    if (setFor(t).insert(keyOf(t)).second && t.assignedCounter != 0) {
        m_services[t.currentService()].assigned += 1;
    }
}

void QueueIndex::remove(const Ticket& t)
{
    if (setFor(t).erase(keyOf(t)) && t.assignedCounter != 0) {
        m_services[t.currentService()].assigned -= 1;
    }
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
    const Key key = keyOf(t);
    if (t.assignedCounter != 0) {
        const auto it = m_assigned.constFind(t.assignedCounter);
        return it == m_assigned.cend() ? 0 : static_cast<int>(it->order_of_key(key));
    }
    const auto it = m_services.constFind(t.currentService());
    if (it == m_services.cend()) {
        return 0;
    }
    const qint64 nowMs = now.toMSecsSinceEpoch();
    // Appointment tickets join the policy's tiers by whether their slot is current: the one part that
    // depends on the time, so it is counted here. There are few: they come only from checked-in bookings.
    int due = 0, dueBefore = 0, priority = 0, priorityBefore = 0, normal = 0, normalBefore = 0;
    for (const Key& k : it->appointment) {
        const int before = k < key ? 1 : 0;
        if (policy.appointmentDue(k.slotStartMs, k.slotEndMs, nowMs)) {
            ++due;
            dueBefore += before;
        } else if (k.ticket->isPriority()) {
            ++priority;
            priorityBefore += before;
        } else {
            ++normal;
            normalBefore += before;
        }
    }
    // The rest of each tier, and how much of it is older than `t`, from the trees' subtree sizes.
    priority += static_cast<int>(it->priority.size());
    priorityBefore += static_cast<int>(it->priority.order_of_key(key));
    normal += static_cast<int>(it->normal.size());
    normalBefore += static_cast<int>(it->normal.order_of_key(key));
    if (t.appointment && policy.appointmentDue(key.slotStartMs, key.slotEndMs, nowMs)) {
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
    const auto it = m_services.constFind(serviceId);
    if (it == m_services.cend()) {
        return 0;
    }
    return static_cast<int>(it->appointment.size() + it->priority.size() + it->normal.size()) + it->assigned;
}

} // namespace hall
