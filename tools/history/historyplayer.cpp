// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyplayer.h"

#include "domain/halltime.h"

#include <QCoreApplication>

namespace hall::history {

HistoryPlayer::HistoryPlayer(QueueEngine& engine, DurableQueue& queue, ManualClock& clock, Options options)
    : m_engine(engine), m_queue(queue), m_clock(clock), m_options(std::move(options)), m_rng(m_options.seed)
{
    for (int c = int(m_options.staff.size()) + 1; c <= m_options.counters; ++c) {
        m_options.staff.append(Actor{QStringLiteral("staff%1").arg(c), QStringLiteral("counter-%1").arg(c)});
    }
    // Only services an open window serves: a ticket nobody can call would keep the day from ending.
    const Catalogue& catalogue = m_engine.config().catalogue;
    for (const ServiceDef& s : catalogue.services()) {
        for (int c = 1; c <= m_options.counters; ++c) {
            const CounterDef* counter = catalogue.counter(c);
            if (counter != nullptr && counter->weightOf(s.id).has_value()) {
                m_services.append(s);
                break;
            }
        }
    }
}

bool HistoryPlayer::chance(int inN)
{
    return std::uniform_int_distribution<int>(1, inN)(m_rng) == 1;
}

bool HistoryPlayer::stillBusy() const
{
    for (const ServiceDef& sd : m_services) {
        if (m_engine.waitingCount(sd.id) > 0) {
            return true;
        }
    }
    for (int c = 1; c <= m_options.counters; ++c) {
        if (m_engine.counter(c)->currentTicket != 0) {
            return true;
        }
    }
    return false;
}

int HistoryPlayer::finishOneIn(const Ticket& serving) const
{
    // One draw per 30 s turn: 1 in N ends the errand after N × 30 s on average.
    if (!m_options.catalogueServiceTimes) {
        return 6;
    }
    const ServiceDef* service = m_engine.config().catalogue.service(serving.currentService());
    return service != nullptr ? std::max(2, service->avgServiceSeconds / 30) : 6;
}

int HistoryPlayer::playDay(QDate day)
{
    const auto ignore = [](auto&&) {};
    const QList<Actor>& staff = m_options.staff;
    const Actor kiosk{QString(), QStringLiteral("kiosk-1")};
    const int counters = m_options.counters;
    const int perDay = m_options.perDay;
    m_clock.set(halltime::at(day, QTime(8, 50)));
    for (int c = 1; c <= counters; ++c) {
        m_queue.submit<CounterState>([&, c](QueueEngine& e) { return e.openCounter(c, staff[c - 1]); },
                                     ignore);
    }
    int issued = 0;
    int turn = 0;
    QStringList setAside;
    while (!m_services.isEmpty() && (issued < perDay || stillBusy() || turn % 20 != 0)) {
        // Tickets arrive about evenly over the day: perDay in 8 hours, 30 s per turn.
        const int arrivals = issued < perDay ? std::poisson_distribution<int>(perDay / 960.0)(m_rng) : 0;
        for (int i = 0; i < arrivals && issued < perDay; ++i, ++issued) {
            const int pick = std::uniform_int_distribution<int>(0, int(m_services.size()) - 1)(m_rng);
            QStringList wanted{m_services.at(pick).id};
            if (chance(20)) { // one-stop: a second errand at the next service
                wanted.append(m_services.at((pick + 1) % m_services.size()).id);
            }
            const PriorityClass priority = chance(10) ? PriorityClass::Elder : PriorityClass::Normal;
            std::optional<Appointment> appointment;
            if (chance(15)) {
                appointment =
                    Appointment{QStringLiteral("bench"), m_clock.now(), m_clock.now().addSecs(1800)};
            }
            m_queue.submit<Ticket>(
                [&, wanted, priority, appointment](QueueEngine& e) {
                    return e.issue(IssueRequest{wanted, priority, {}, appointment, kiosk});
                },
                ignore);
        }
        for (int c = 1; c <= counters; ++c) {
            const Actor& a = staff[c - 1];
            const CounterState* state = m_engine.counter(c);
            const Ticket* current = m_engine.ticketById(state->currentTicket);
            if (state->status == CounterStatus::Paused) {
                if (chance(4)) {
                    m_queue.submit<CounterState>([&, c](QueueEngine& e) { return e.resumeCounter(c, a); },
                                                 ignore);
                }
            } else if (current == nullptr) {
                if (chance(400)) {
                    m_queue.submit<CounterState>([&, c](QueueEngine& e) { return e.pauseCounter(c, a); },
                                                 ignore);
                } else {
                    m_queue.submit<Ticket>([&, c](QueueEngine& e) { return e.callNext(c, a); }, ignore);
                }
            } else if (current->state == TicketState::Called) {
                if (chance(33)) {
                    if (chance(3)) {
                        setAside.append(current->number);
                    }
                    m_queue.submit<Ticket>([&, c](QueueEngine& e) { return e.setAside(c, a); }, ignore);
                } else {
                    m_queue.submit<Ticket>([&, c](QueueEngine& e) { return e.start(c, a); }, ignore);
                }
            } else if (chance(finishOneIn(*current))) {
                const Rating rating = chance(8)    ? Rating::None
                                      : chance(12) ? Rating::Unsatisfied
                                      : chance(6)  ? Rating::Basic
                                                   : Rating::Satisfied;
                m_queue.submit<Ticket>([&, c, rating](QueueEngine& e) { return e.finish(c, rating, a); },
                                       ignore);
            }
        }
        if (!setAside.isEmpty() && chance(10)) {
            const QString number = setAside.takeFirst();
            m_queue.submit<Ticket>([&, number](QueueEngine& e) { return e.requeue(number, kiosk); }, ignore);
        }
        ++turn;
        m_clock.advanceSecs(30);
        if (turn % 20 == 0) {
            QCoreApplication::processEvents(); // one group commit per 10 simulated minutes
        }
    }
    for (int c = 1; c <= counters; ++c) {
        m_queue.submit<CounterState>([&, c](QueueEngine& e) { return e.closeCounter(c, staff[c - 1]); },
                                     ignore);
    }
    QCoreApplication::processEvents();
    return issued;
}

} // namespace hall::history
