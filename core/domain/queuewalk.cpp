// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuewalk.h"

#include <algorithm>

namespace hall {

int walkedAhead(const Ticket& t, const QList<const Ticket*>& waiting, const QueuePolicy& policy,
                const QDateTime& now)
{
    // Deliberately the old shape: QDateTime comparisons and the policy's QDateTime rule per ticket.
    const auto older = [](const Ticket& a, const Ticket& b) {
        return a.issuedAt != b.issuedAt ? a.issuedAt < b.issuedAt : a.id < b.id;
    };
    if (t.assignedCounter != 0) {
        return static_cast<int>(std::count_if(waiting.begin(), waiting.end(), [&](const Ticket* u) {
            return u->assignedCounter == t.assignedCounter && u->id != t.id && older(*u, t);
        }));
    }
    int due = 0, dueBefore = 0, priority = 0, priorityBefore = 0, normal = 0, normalBefore = 0;
    for (const Ticket* u : waiting) {
        if (u->assignedCounter != 0 || u->currentService() != t.currentService()) {
            continue;
        }
        const bool before = u->id != t.id && older(*u, t);
        if (policy.appointmentDue(*u, now)) {
            ++due;
            dueBefore += before ? 1 : 0;
        } else if (u->isPriority()) {
            ++priority;
            priorityBefore += before ? 1 : 0;
        } else {
            ++normal;
            normalBefore += before ? 1 : 0;
        }
    }
    if (policy.appointmentDue(t, now)) {
        return dueBefore;
    }
    const int n = policy.config().normalsPerPriority;
    const bool strict = policy.config().priorityMode == QueuePolicyConfig::PriorityMode::Strict || n == 0;
    if (t.isPriority()) {
        return due + priorityBefore + (strict ? 0 : std::min(normal, (priorityBefore + 1) * n));
    }
    return due + normalBefore + (strict ? priority : std::min(priority, normalBefore / n));
}

} // namespace hall
