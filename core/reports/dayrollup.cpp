// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dayrollup.h"

#include "domain/halltime.h"

#include <QHash>

#include <algorithm>

namespace hall::reports {

namespace {

constexpr const char* kDimensionNames[] = {"total", "service",  "counter", "staff",
                                           "hour",  "priority", "channel"};

QString hourKey(const QDateTime& t)
{
    return QStringLiteral("%1").arg(halltime::local(t).time().hour(), 2, 10, QLatin1Char('0'));
}

QString channelOf(const Ticket& t)
{
    return t.appointment ? QStringLiteral("appointment") : QStringLiteral("kiosk");
}

qint64 overlapSecs(const QDateTime& a0, const QDateTime& a1, const QDateTime& b0, const QDateTime& b1)
{
    const QDateTime from = std::max(a0, b0);
    const QDateTime to = std::min(a1, b1);
    return from < to ? from.secsTo(to) : 0;
}

class Roller
{
public:
    explicit Roller(DayRollup& out) : m_out(out) {}

    Figures& at(Dimension d, const QString& key) { return m_out.dimensions[d][key]; }

    /// `apply` to the group of every dimension named, with its key.
    template <typename F> void each(std::initializer_list<std::pair<Dimension, QString>> keys, F apply)
    {
        for (const auto& [d, key] : keys) {
            apply(at(d, key));
        }
    }

private:
    DayRollup& m_out;
};

void rollTickets(const DayFacts& facts, const QHash<qint64, const Visit*>& firstVisit,
                 const QHash<qint64, const Visit*>& lastVisit, Roller& r)
{
    for (const Ticket& t : facts.tickets) {
        // A ticket counts for the service it was taken for, even if its first errand was transferred
        // since: its first visit (made before any transfer) still names it.
        const Visit* firstStay = firstVisit.value(t.id);
        const QString first =
            firstStay != nullptr && firstStay->errand == 0 ? firstStay->service : t.errands.first().serviceId;
        const QString current = t.currentService();
        const QString hour = hourKey(t.issuedAt);
        const QString priority = toString(t.priority);
        const QString channel = channelOf(t);
        r.each({{Dimension::Total, {}},
                {Dimension::Service, first},
                {Dimension::Hour, hour},
                {Dimension::Priority, priority},
                {Dimension::Channel, channel}},
               [&](Figures& f) {
                   f.issued += 1;
                   f.oneStop += t.errands.size() > 1 ? 1 : 0;
               });
        for (const Errand& e : t.errands) {
            r.at(Dimension::Service, e.serviceId).errands += 1;
        }
        r.each({{Dimension::Total, {}},
                {Dimension::Hour, hour},
                {Dimension::Priority, priority},
                {Dimension::Channel, channel}},
               [&](Figures& f) { f.errands += static_cast<int>(t.errands.size()); });

        const Visit* last = lastVisit.value(t.id);
        const bool endedSetAside = last != nullptr && last->outcome == VisitOutcome::SetAside;
        int Figures::*outcome = nullptr;
        switch (t.state) {
        case TicketState::Cancelled:
            outcome = &Figures::cancelled;
            break;
        case TicketState::SetAside:
            outcome = &Figures::noShow;
            break;
        case TicketState::Expired:
            outcome = endedSetAside ? &Figures::noShow : &Figures::expired;
            break;
        case TicketState::Waiting:
        case TicketState::Called:
        case TicketState::Serving:
            outcome = &Figures::open;
            break;
        case TicketState::Finished:
            break;
        }
        r.each({{Dimension::Total, {}},
                {Dimension::Service, current},
                {Dimension::Hour, hour},
                {Dimension::Priority, priority},
                {Dimension::Channel, channel}},
               [&](Figures& f) {
                   if (outcome != nullptr) {
                       f.*outcome += 1;
                   }
                   f.requeued += t.requeues > 0 ? 1 : 0;
               });
    }
}

void rollVisits(const DayFacts& facts, const QHash<qint64, const Ticket*>& tickets, Roller& r)
{
    for (const Visit& v : facts.visits) {
        const Ticket* t = tickets.value(v.ticketId);
        const int wait = waitSecs(v);
        const int service = serviceSecs(v);
        const bool came = v.outcome == VisitOutcome::Finished || v.outcome == VisitOutcome::Transferred;
        Rating rating = Rating::None;
        if (v.outcome == VisitOutcome::Finished && t != nullptr && v.errand < t->errands.size()) {
            rating = t->errands.at(v.errand).rating;
        }
        const auto apply = [&](Figures& f) {
            f.served += v.outcome == VisitOutcome::Finished ? 1 : 0;
            f.setAside += v.outcome == VisitOutcome::SetAside ? 1 : 0;
            f.transferred += v.outcome == VisitOutcome::Transferred ? 1 : 0;
            if (v.outcome == VisitOutcome::Finished) {
                f.ratings[static_cast<std::size_t>(rating)] += 1;
            }
            if (came && wait >= 0) {
                f.waits.push_back(wait);
            }
            if (came && service >= 0) {
                f.serviceTimes.push_back(service);
            }
        };
        r.each({{Dimension::Total, {}},
                {Dimension::Service, v.service},
                {Dimension::Counter, QString::number(v.counter)},
                {Dimension::Staff, v.staff},
                {Dimension::Hour, hourKey(v.queuedAt)}},
               apply);
        if (t != nullptr) {
            r.each({{Dimension::Priority, toString(t->priority)}, {Dimension::Channel, channelOf(*t)}},
                   apply);
        }
    }
}

void rollWindowTime(const DayFacts& facts, Roller& r)
{
    QHash<int, QList<const Visit*>> atCounter;
    for (const Visit& v : facts.visits) {
        atCounter[v.counter].append(&v);
    }
    for (const CounterSpan& s : facts.spans) {
        const qint64 length = std::max<qint64>(0, s.from.secsTo(s.to));
        qint64 busy = 0;
        for (const Visit* v : atCounter.value(s.counter)) {
            busy += overlapSecs(s.from, s.to, v->calledAt, v->endedAt);
        }
        busy = std::min(busy, length);
        r.each({{Dimension::Total, {}},
                {Dimension::Counter, QString::number(s.counter)},
                {Dimension::Staff, s.staff}},
               [&](Figures& f) {
                   f.openSecs += length;
                   f.busySecs += busy;
                   (s.status == CounterStatus::Paused ? f.pausedSecs : f.idleSecs) += length - busy;
               });
    }
}

} // namespace

QString toString(Dimension d)
{
    return QLatin1String(kDimensionNames[static_cast<int>(d)]);
}

std::optional<Dimension> dimensionFromString(const QString& s)
{
    for (Dimension d : kDimensions) {
        if (toString(d) == s) {
            return d;
        }
    }
    return std::nullopt;
}

const Groups& DayRollup::groups(Dimension d) const
{
    static const Groups none;
    const auto it = dimensions.find(d);
    return it == dimensions.end() ? none : it->second;
}

Figures DayRollup::total() const
{
    const Groups& g = groups(Dimension::Total);
    const auto it = g.find(QString());
    return it == g.end() ? Figures{} : it->second;
}

int waitSecs(const Visit& v)
{
    return v.queuedAt.isValid() && v.calledAt.isValid()
               ? static_cast<int>(std::max<qint64>(0, v.queuedAt.secsTo(v.calledAt)))
               : -1;
}

int serviceSecs(const Visit& v)
{
    return v.startedAt.isValid() && v.endedAt.isValid()
               ? static_cast<int>(std::max<qint64>(0, v.startedAt.secsTo(v.endedAt)))
               : -1;
}

DayRollup rollUp(const DayFacts& facts)
{
    DayRollup out;
    out.day = facts.day;
    out.dimensions[Dimension::Total][QString()]; // a day with tickets always has its total row
    QHash<qint64, const Ticket*> tickets;
    for (const Ticket& t : facts.tickets) {
        tickets.insert(t.id, &t);
    }
    QHash<qint64, const Visit*> firstVisit;
    QHash<qint64, const Visit*> lastVisit;
    for (const Visit& v : facts.visits) {
        const Visit*& first = firstVisit[v.ticketId];
        if (first == nullptr || v.seq < first->seq) {
            first = &v;
        }
        const Visit*& last = lastVisit[v.ticketId];
        if (last == nullptr || v.seq > last->seq) {
            last = &v;
        }
    }
    Roller r(out);
    rollTickets(facts, firstVisit, lastVisit, r);
    rollVisits(facts, tickets, r);
    rollWindowTime(facts, r);
    return out;
}

} // namespace hall::reports
