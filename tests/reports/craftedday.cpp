// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "craftedday.h"

namespace hall::test {

namespace {

struct Script
{
    StoredHall& h;
    CraftedStaff s;

    void at(int hour, int minute) { h.clock.set(hallTime(hour, minute)); }

    Ticket issue(const QStringList& services, PriorityClass p = PriorityClass::Normal,
                 std::optional<Appointment> appointment = std::nullopt)
    {
        return h.ok<Ticket>([&](QueueEngine& e) {
            return e.issue(IssueRequest{services, p, {}, appointment, s.kiosk});
        });
    }
    void counter(Result<CounterState> (QueueEngine::*op)(int, const Actor&), int c, const Actor& a)
    {
        h.ok<CounterState>([&](QueueEngine& e) { return (e.*op)(c, a); });
    }
    Ticket ticket(Result<Ticket> (QueueEngine::*op)(int, const Actor&), int c, const Actor& a)
    {
        return h.ok<Ticket>([&](QueueEngine& e) { return (e.*op)(c, a); });
    }
    Ticket callNext(int c, const Actor& a) { return ticket(&QueueEngine::callNext, c, a); }
    void start(int c, const Actor& a) { ticket(&QueueEngine::start, c, a); }
    void setAside(int c, const Actor& a) { ticket(&QueueEngine::setAside, c, a); }
    void finish(int c, const Actor& a, Rating r = Rating::None)
    {
        h.ok<Ticket>([&](QueueEngine& e) { return e.finish(c, r, a); });
    }
};

} // namespace

void playCraftedDay(StoredHall& h, bool rollOver, bool restartAt10)
{
    Script x{h, {}};
    const CraftedStaff& s = x.s;
    x.at(8, 30);
    x.counter(&QueueEngine::openCounter, 1, s.li);
    x.counter(&QueueEngine::openCounter, 2, s.wang);
    x.at(8, 40);
    REQUIRE(x.issue({QStringLiteral("marriage")}).number == QStringLiteral("A001"));
    x.at(8, 45);
    x.counter(&QueueEngine::pauseCounter, 1, s.li);
    x.at(9, 0);
    REQUIRE(x.issue({QStringLiteral("assistance")}, PriorityClass::Elder).number == QStringLiteral("D001"));
    x.counter(&QueueEngine::openCounter, 3, s.sun);
    x.counter(&QueueEngine::openCounter, 4, s.zhao);
    x.at(9, 10);
    REQUIRE(x.callNext(2, s.wang).number == QStringLiteral("D001"));
    x.at(9, 11);
    x.start(2, s.wang);
    x.at(9, 15);
    h.ok<Ticket>([&](QueueEngine& e) { return e.transferToService(2, QStringLiteral("elderly"), s.wang); });
    x.counter(&QueueEngine::resumeCounter, 1, s.li);
    x.at(9, 20);
    REQUIRE(x.callNext(1, s.li).number == QStringLiteral("A001"));
    x.at(9, 22);
    x.start(1, s.li);
    x.at(9, 25);
    REQUIRE(x.callNext(4, s.zhao).number == QStringLiteral("D001"));
    x.at(9, 26);
    x.start(4, s.zhao);
    x.at(9, 30);
    REQUIRE(x.issue({QStringLiteral("enquiries"), QStringLiteral("marriage"), QStringLiteral("assistance")})
                .number == QStringLiteral("L001"));
    x.at(9, 32);
    x.finish(1, s.li, Rating::Satisfied);
    x.at(9, 35);
    REQUIRE(x.callNext(3, s.sun).number == QStringLiteral("L001"));
    x.at(9, 36);
    x.start(3, s.sun);
    x.at(9, 41);
    x.finish(4, s.zhao, Rating::Basic);
    x.at(9, 46);
    x.finish(3, s.sun);
    x.at(9, 50);
    REQUIRE(x.callNext(1, s.li).number == QStringLiteral("L001"));
    x.at(9, 51);
    x.start(1, s.li);
    x.at(10, 0);
    if (restartAt10) {
        h.restart();
    }
    REQUIRE(x.issue({QStringLiteral("assistance")}).number == QStringLiteral("D002"));
    x.counter(&QueueEngine::closeCounter, 3, s.sun);
    x.at(10, 11);
    x.finish(1, s.li, Rating::Unsatisfied);
    x.at(10, 20);
    REQUIRE(x.callNext(2, s.wang).number == QStringLiteral("L001"));
    x.at(10, 21);
    x.start(2, s.wang);
    x.at(10, 26);
    x.finish(2, s.wang);
    x.at(10, 30);
    REQUIRE(x.callNext(2, s.wang).number == QStringLiteral("D002"));
    x.at(10, 33);
    x.setAside(2, s.wang);
    x.at(10, 50);
    h.ok<Ticket>([&](QueueEngine& e) { return e.requeue(QStringLiteral("D002"), s.wang); });
    x.at(11, 0);
    REQUIRE(x.callNext(2, s.wang).number == QStringLiteral("D002"));
    REQUIRE(x.issue({QStringLiteral("marriage")}).number == QStringLiteral("A002"));
    x.at(11, 1);
    x.start(2, s.wang);
    x.at(11, 5);
    h.ok<Ticket>([&](QueueEngine& e) { return e.cancel(QStringLiteral("A002"), s.kiosk); });
    x.at(11, 9);
    x.finish(2, s.wang);
    x.at(11, 10);
    REQUIRE(x.issue({QStringLiteral("elderly")}).number == QStringLiteral("E001"));
    x.at(11, 15);
    x.counter(&QueueEngine::openCounter, 4, s.sun); // takes window 4 over from zhao
    x.at(11, 20);
    REQUIRE(x.callNext(4, s.sun).number == QStringLiteral("E001"));
    x.at(11, 22);
    x.setAside(4, s.sun);
    x.at(11, 25);
    const Appointment booked{QStringLiteral("BK-7Q2M"), hallTime(11, 30), hallTime(12, 0)};
    REQUIRE(x.issue({QStringLiteral("marriage")}, PriorityClass::Normal, booked).number ==
            QStringLiteral("A003"));
    x.at(11, 30);
    REQUIRE(x.callNext(1, s.li).number == QStringLiteral("A003"));
    x.at(11, 31);
    x.start(1, s.li);
    x.at(11, 41);
    x.finish(1, s.li, Rating::Satisfied);
    x.at(12, 0);
    x.counter(&QueueEngine::closeCounter, 1, s.li);
    x.counter(&QueueEngine::closeCounter, 4, s.sun);
    x.at(16, 0);
    REQUIRE(x.issue({QStringLiteral("assistance")}).number == QStringLiteral("D003"));
    if (rollOver) {
        h.clock.set(hallTime(9, 0, kDay.addDays(1)));
        h.durable->tick();
        REQUIRE(h.engine->day() == kDay.addDays(1));
    }
}

} // namespace hall::test
