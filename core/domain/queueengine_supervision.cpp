// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// QueueEngine: what a supervisor does and reads — moving the tickets waiting for a window, and
// today's counts.
#include "queueengine.h"

namespace hall {

Result<QList<Ticket>> QueueEngine::reassignWaiting(int counter, int targetCounter, const Actor& actor)
{
    rollOverIfDue();
    auto c = counterRef(counter);
    if (!c) {
        return c.error();
    }
    if (targetCounter != 0) {
        auto target = counterRef(targetCounter);
        if (!target) {
            return target.error();
        }
        if (targetCounter == counter) {
            return Error{ErrorCode::InvalidArgument, QStringLiteral("不能移给同一个窗口")};
        }
        if (target->state->status == CounterStatus::Closed) {
            return Error{ErrorCode::CounterClosed,
                         QStringLiteral("%1未开启，不能转入").arg(target->def->name)};
        }
    }
    QList<Ticket*> moving;
    for (Ticket* t : ticketsInIdOrder()) {
        if (t->state == TicketState::Waiting && t->assignedCounter == counter) {
            moving.append(t);
        }
    }
    if (moving.isEmpty()) {
        return Error{ErrorCode::QueueEmpty, QStringLiteral("没有转给%1的等候号").arg(c->def->name)};
    }
    QList<Ticket> moved;
    for (Ticket* t : moving) {
        m_index.remove(*t);
        t->assignedCounter = targetCounter;
        m_index.insert(*t);
        QJsonObject extra{{QStringLiteral("fromCounter"), counter},
                          {QStringLiteral("reason"), QStringLiteral("supervisor")}};
        if (targetCounter != 0) {
            extra.insert(QStringLiteral("toCounter"), targetCounter);
        } else {
            extra.insert(QStringLiteral("toService"), t->currentService());
        }
        record(QStringLiteral("ticket.transferred"), t, nullptr, actor, extra);
        moved.append(*t);
    }
    return moved;
}

DayCounts QueueEngine::dayCounts() const
{
    DayCounts out;
    out.now = m_clock.now();
    for (const auto& [id, t] : m_tickets) {
        for (const Errand& e : t.errands) {
            ServiceDayCounts& s = out.services[e.serviceId];
            s.issued += 1;
            if (!e.done()) {
                continue;
            }
            s.finished += 1;
            out.finishedByCounter[e.servedBy] += 1;
            switch (e.rating) {
            case Rating::Satisfied:
                ++out.satisfied;
                break;
            case Rating::Basic:
                ++out.basic;
                break;
            case Rating::Unsatisfied:
                ++out.unsatisfied;
                break;
            case Rating::None:
                ++out.unrated;
                break;
            }
        }
        if (t.state == TicketState::SetAside) {
            out.services[t.currentService()].setAside += 1;
        } else if (t.state == TicketState::Cancelled) {
            out.services[t.currentService()].cancelled += 1;
        }
    }
    return out;
}

} // namespace hall
