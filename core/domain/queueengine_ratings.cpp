// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// QueueEngine: the resident's rating after the finish (评价器).
#include "queueengine.h"

namespace hall {

Result<Ticket> QueueEngine::rate(int counter, const QString& number, Rating rating, const Actor& actor)
{
    rollOverIfDue();
    auto c = counterRef(counter);
    if (!c) {
        return c.error();
    }
    if (rating == Rating::None) {
        return Error{ErrorCode::InvalidArgument, QStringLiteral("评价必须是满意、基本满意或不满意")};
    }
    Ticket* t = findTicket(number);
    if (t == nullptr) {
        return Error{ErrorCode::UnknownTicket, QStringLiteral("今天没有 %1 号").arg(number)};
    }
    // Only the errand this window finished last may be rated, so a rating pad left showing cannot
    // rate somebody else's errand, and a rating cannot be added hours later.
    const Ticket* lastTicket = nullptr;
    const Errand* last = nullptr;
    for (const auto& [id, candidate] : m_tickets) {
        for (const Errand& e : candidate.errands) {
            if (e.servedBy == counter && e.done() &&
                (last == nullptr || e.finishedAt > last->finishedAt ||
                 (e.finishedAt == last->finishedAt && candidate.id > lastTicket->id))) {
                last = &e;
                lastTicket = &candidate;
            }
        }
    }
    if (lastTicket != t) {
        return Error{ErrorCode::InvalidTransition,
                     QStringLiteral("%1 刚办结的不是 %2 号，不能评价").arg(c->def->name, number)};
    }
    if (last->rating != Rating::None) {
        return Error{ErrorCode::InvalidTransition, QStringLiteral("%1 号已评价").arg(number)};
    }
    if (last->finishedAt.secsTo(m_clock.now()) > kRatingWindowSecs) {
        return Error{
            ErrorCode::InvalidTransition,
            QStringLiteral("%1 号办结已超过 %2 分钟，评价时间已过").arg(number).arg(kRatingWindowSecs / 60)};
    }
    Errand& errand = t->errands[static_cast<qsizetype>(last - t->errands.constData())];
    errand.rating = rating;
    record(QStringLiteral("ticket.rated"), t, nullptr, actor,
           {{QStringLiteral("service"), errand.serviceId},
            {QStringLiteral("rating"), toString(rating)},
            {QStringLiteral("counter"), counter}});
    return *t;
}

} // namespace hall
