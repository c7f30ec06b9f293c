// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// QueueEngine: opening, pausing, resuming and closing counters.
#include "queueengine.h"

namespace hall {

Result<CounterState> QueueEngine::openCounter(int counter, const Actor& actor)
{
    rollOverIfDue();
    auto c = counterRef(counter);
    if (!c) {
        return c.error();
    }
    if (c->state->status != CounterStatus::Closed) {
        if (actor.staff.isEmpty() || actor.staff == c->state->staff) {
            return Error{ErrorCode::InvalidTransition, QStringLiteral("%1已开启").arg(c->def->name)};
        }
        // A colleague hands over: the window stays as it is (open or paused, the ticket in hand
        // with it) and the newcomer is the one serving from now on.
        const QString previous = c->state->staff;
        attend(*c, actor);
        record(QStringLiteral("counter.changed"), nullptr, c->state, actor,
               {{QStringLiteral("action"), QStringLiteral("takeOver")}, {QStringLiteral("from"), previous}});
        return *c->state;
    }
    attend(*c, actor, CounterStatus::Open);
    record(QStringLiteral("counter.changed"), nullptr, c->state, actor,
           {{QStringLiteral("action"), QStringLiteral("open")}});
    return *c->state;
}

Result<CounterState> QueueEngine::pauseCounter(int counter, const Actor& actor)
{
    rollOverIfDue();
    auto c = counterRef(counter);
    if (!c) {
        return c.error();
    }
    if (c->state->status != CounterStatus::Open) {
        return Error{ErrorCode::InvalidTransition, QStringLiteral("%1未在办理，不能暂停").arg(c->def->name)};
    }
    // A paused counter calls nobody new, but the ticket in hand can still be finished.
    attend(*c, actor, CounterStatus::Paused);
    record(QStringLiteral("counter.changed"), nullptr, c->state, actor,
           {{QStringLiteral("action"), QStringLiteral("pause")}});
    return *c->state;
}

Result<CounterState> QueueEngine::resumeCounter(int counter, const Actor& actor)
{
    rollOverIfDue();
    auto c = counterRef(counter);
    if (!c) {
        return c.error();
    }
    if (c->state->status != CounterStatus::Paused) {
        return Error{ErrorCode::InvalidTransition, QStringLiteral("%1未暂停").arg(c->def->name)};
    }
    attend(*c, actor, CounterStatus::Open);
    record(QStringLiteral("counter.changed"), nullptr, c->state, actor,
           {{QStringLiteral("action"), QStringLiteral("resume")}});
    return *c->state;
}

Result<CounterState> QueueEngine::closeCounter(int counter, const Actor& actor)
{
    rollOverIfDue();
    auto c = counterRef(counter);
    if (!c) {
        return c.error();
    }
    if (c->state->status == CounterStatus::Closed) {
        return Error{ErrorCode::InvalidTransition, QStringLiteral("%1已关闭").arg(c->def->name)};
    }
    if (c->state->currentTicket != 0) {
        return Error{ErrorCode::CounterBusy,
                     QStringLiteral("%1正在办理 %2，请先办结或过号")
                         .arg(c->def->name, m_tickets.at(c->state->currentTicket).number)};
    }
    attend(*c, actor, CounterStatus::Closed);
    c->state->normalStreak = 0;
    record(QStringLiteral("counter.changed"), nullptr, c->state, actor,
           {{QStringLiteral("action"), QStringLiteral("close")}});
    // Tickets sent to this window by name would wait for nobody: they go back to their service's queue.
    for (Ticket* t : ticketsInIdOrder()) {
        if (t->state == TicketState::Waiting && t->assignedCounter == counter) {
            m_index.remove(*t);
            t->assignedCounter = 0;
            m_index.insert(*t);
            record(QStringLiteral("ticket.transferred"), t, nullptr, actor,
                   {{QStringLiteral("toService"), t->currentService()},
                    {QStringLiteral("reason"), QStringLiteral("counterClosed")}});
        }
    }
    return *c->state;
}

} // namespace hall
