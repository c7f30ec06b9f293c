// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include "domain/queuepolicy.h"

using namespace hall;

namespace {

Ticket make(qint64 id, int minute, PriorityClass p = PriorityClass::Normal)
{
    Ticket t;
    t.id = id;
    t.number = QStringLiteral("X%1").arg(id, 3, 10, QLatin1Char('0'));
    t.issuedAt = test::hallTime(9, minute);
    t.errands = {Errand{QStringLiteral("s"), 0, {}, {}, Rating::None}};
    t.priority = p;
    return t;
}

QueuePolicy interleave(int n)
{
    QueuePolicyConfig c;
    c.priorityMode = QueuePolicyConfig::PriorityMode::Interleave;
    c.normalsPerPriority = n;
    return QueuePolicy(c);
}

QueuePolicy strict()
{
    QueuePolicyConfig c;
    c.priorityMode = QueuePolicyConfig::PriorityMode::Strict;
    return QueuePolicy(c);
}

} // namespace

TEST_CASE("an appointment in its slot goes first, one outside its slot queues normally", "[policy]")
{
    const QDateTime now = test::hallTime(10, 0);
    Ticket early = make(1, 1, PriorityClass::Elder);
    Ticket booked = make(2, 50);
    booked.appointment = Appointment{QStringLiteral("BK1"), test::hallTime(10, 10), test::hallTime(10, 40)};
    Ticket later = make(3, 55);
    later.appointment = Appointment{QStringLiteral("BK2"), test::hallTime(11, 0), test::hallTime(11, 30)};

    const QueuePolicy p = strict();
    CHECK(p.appointmentDue(booked, now)); // 10 minutes before the slot, inside the 15-minute lead
    CHECK_FALSE(p.appointmentDue(later, now));
    CHECK_FALSE(p.appointmentDue(booked, test::hallTime(10, 56))); // past slot end + 15 minutes grace

    QList<Candidate> c{{&early, ServiceWeight::Primary},
                       {&booked, ServiceWeight::Secondary},
                       {&later, ServiceWeight::Primary}};
    CHECK(p.choose(c, 0, now).ticket == &booked);
    // At 11:50 neither booking is current: the elder's priority wins, then the bookings queue like
    // everyone else, where the later one's primary service beats the earlier one's secondary.
    CHECK(p.choose(c, 0, test::hallTime(11, 50)).ticket == &early);
    c.removeFirst();
    CHECK(p.choose(c, 0, test::hallTime(11, 50)).ticket == &later);
    c[1].weight = ServiceWeight::Secondary;
    CHECK(p.choose(c, 0, test::hallTime(11, 50)).ticket == &booked);
}

TEST_CASE("strict priority calls every priority ticket before any normal one", "[policy]")
{
    Ticket n1 = make(1, 1);
    Ticket p1 = make(2, 30, PriorityClass::Disabled);
    const QList<Candidate> c{{&n1, ServiceWeight::Primary}, {&p1, ServiceWeight::Primary}};
    CHECK(strict().choose(c, 0, test::hallTime(10, 0)).ticket == &p1);
    CHECK(strict().choose(c, 99, test::hallTime(10, 0)).ticket == &p1);
}

TEST_CASE("interleave calls one priority ticket after every N normal ones", "[policy]")
{
    Ticket n1 = make(1, 1);
    Ticket p1 = make(2, 30, PriorityClass::Military);
    const QList<Candidate> c{{&n1, ServiceWeight::Primary}, {&p1, ServiceWeight::Primary}};
    const QueuePolicy p = interleave(2);
    const QDateTime now = test::hallTime(10, 0);

    PolicyChoice first = p.choose(c, 0, now);
    CHECK(first.ticket == &n1);
    CHECK(first.normalStreak == 1);
    PolicyChoice second = p.choose(c, 1, now);
    CHECK(second.ticket == &n1);
    CHECK(second.normalStreak == 2);
    PolicyChoice third = p.choose(c, 2, now);
    CHECK(third.ticket == &p1);
    CHECK(third.normalStreak == 0);
    // With no normal ticket waiting, priority is called whatever the streak.
    CHECK(p.choose({{&p1, ServiceWeight::Primary}}, 0, now).ticket == &p1);
    // With N = 0 interleave behaves as strict.
    CHECK(interleave(0).choose(c, 0, now).ticket == &p1);
}

TEST_CASE("primary services before secondary, then oldest issue time, then lower id", "[policy]")
{
    Ticket oldSecondary = make(1, 1);
    Ticket newPrimary = make(2, 40);
    Ticket tieA = make(4, 20);
    Ticket tieB = make(3, 20);
    const QDateTime now = test::hallTime(10, 0);
    const QueuePolicy p = strict();
    CHECK(p.choose({{&oldSecondary, ServiceWeight::Secondary}, {&newPrimary, ServiceWeight::Primary}}, 0, now)
              .ticket == &newPrimary);
    CHECK(p.choose({{&oldSecondary, ServiceWeight::Primary}, {&newPrimary, ServiceWeight::Primary}}, 0, now)
              .ticket == &oldSecondary);
    CHECK(p.choose({{&tieA, ServiceWeight::Primary}, {&tieB, ServiceWeight::Primary}}, 0, now).ticket ==
          &tieB);
    CHECK(p.choose({}, 0, now).ticket == nullptr);
}
