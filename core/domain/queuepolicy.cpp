// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuepolicy.h"

namespace hall {

namespace {

bool before(const Candidate& a, const Candidate& b)
{
    if (a.weight != b.weight) {
        return a.weight == ServiceWeight::Primary;
    }
    if (a.ticket->issuedAt != b.ticket->issuedAt) {
        return a.ticket->issuedAt < b.ticket->issuedAt;
    }
    return a.ticket->id < b.ticket->id;
}

const Candidate* best(const Candidate* current, const Candidate& c)
{
    return (current == nullptr || before(c, *current)) ? &c : current;
}

} // namespace

bool QueuePolicy::appointmentDue(const Ticket& t, const QDateTime& now) const
{
    if (!t.appointment) {
        return false;
    }
    return appointmentDue(t.appointment->slotStart.toMSecsSinceEpoch(),
                          t.appointment->slotEnd.toMSecsSinceEpoch(), now.toMSecsSinceEpoch());
}

PolicyChoice QueuePolicy::choose(const QList<Candidate>& candidates, int normalStreak,
                                 const QDateTime& now) const
{
    const Candidate* appointment = nullptr;
    const Candidate* priority = nullptr;
    const Candidate* normal = nullptr;
    for (const Candidate& c : candidates) {
        if (appointmentDue(*c.ticket, now)) {
            appointment = best(appointment, c);
        } else if (c.ticket->isPriority()) {
            priority = best(priority, c);
        } else {
            normal = best(normal, c);
        }
    }
    if (appointment) {
        return {appointment->ticket, normalStreak};
    }
    const bool priorityTurn = m_config.priorityMode == QueuePolicyConfig::PriorityMode::Strict ||
                              normal == nullptr || normalStreak >= m_config.normalsPerPriority;
    if (priority && priorityTurn) {
        return {priority->ticket, 0};
    }
    if (normal) {
        return {normal->ticket, normalStreak + 1};
    }
    return {};
}

} // namespace hall
