// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// QueueIndex's positions (order-statistic trees) against the walk it replaced (queuewalk.h), on
// random days.
#include "fixtures.h"

#include "domain/queuewalk.h"

#include <random>

using namespace hall;
using test::EngineFixture;

namespace {

/// A random hall day: issues (one-stop, priority, appointments around now, several in the same
/// millisecond), calls, set-asides and re-queues (which keep the original time), transfers to a
/// service or a counter, finishes that move a ticket to its next errand, cancels and reassignments.
/// After every step every waiting ticket's position and every service's waiting count is compared
/// with the walk.
void playRandomDay(QueuePolicyConfig policyConfig, unsigned seed, int steps)
{
    HallConfig config = test::testConfig();
    config.policy = policyConfig;
    EngineFixture f(config);
    const QueuePolicy policy(policyConfig);
    std::mt19937 rng(seed);
    const auto pick = [&rng](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    const QStringList services{QStringLiteral("marriage"), QStringLiteral("assistance"),
                               QStringLiteral("elderly"), QStringLiteral("enquiries")};
    const QList<PriorityClass> priorities{PriorityClass::Normal, PriorityClass::Normal, PriorityClass::Normal,
                                          PriorityClass::Elder, PriorityClass::Disabled};
    for (int c = 1; c <= 4; ++c) {
        f.open(c);
    }
    int compared = 0;
    for (int step = 0; step < steps; ++step) {
        // Often no time passes at all: tickets issued in the same millisecond are ordered by id.
        if (pick(3) == 0) {
            f.clock.advanceSecs(pick(240));
        }
        const int counter = 1 + pick(4);
        const QList<Ticket> all = f.engine.snapshot().tickets;
        const QString someNumber =
            all.isEmpty() ? QStringLiteral("L001") : all.at(pick(static_cast<int>(all.size()))).number;
        switch (pick(12)) {
        case 0:
        case 1:
        case 2:
        case 3: {
            IssueRequest r;
            r.services = {services.at(pick(4))};
            if (pick(4) == 0) {
                const QString second = services.at(pick(4));
                if (second != r.services.first()) {
                    r.services.append(second);
                }
            }
            r.priority = priorities.at(pick(static_cast<int>(priorities.size())));
            if (pick(6) == 0) {
                const QDateTime slot = f.clock.now().addSecs(60LL * (pick(90) - 30));
                r.appointment = Appointment{QStringLiteral("BK-%1").arg(step), slot, slot.addSecs(1800)};
            }
            r.actor = f.kiosk;
            (void)f.engine.issue(r);
            break;
        }
        case 4:
            (void)f.engine.callNext(counter, f.staff);
            break;
        case 5:
            (void)f.engine.start(counter, f.staff);
            (void)f.engine.finish(counter, Rating::None, f.staff);
            break;
        case 6:
            (void)f.engine.setAside(counter, f.staff);
            break;
        case 7:
            (void)f.engine.requeue(someNumber, f.staff);
            break;
        case 8:
            (void)f.engine.transferToCounter(counter, 1 + pick(4), f.staff);
            break;
        case 9:
            (void)f.engine.transferToService(counter, services.at(pick(4)), f.staff);
            break;
        case 10:
            (void)f.engine.call(counter, someNumber, f.staff);
            break;
        case 11:
            if (pick(2) == 0) {
                (void)f.engine.cancel(someNumber, f.kiosk);
            } else {
                (void)f.engine.reassignWaiting(counter, pick(2) == 0 ? 0 : 1 + pick(4), f.staff);
            }
            break;
        }
        const QList<Ticket> day = f.engine.snapshot().tickets;
        QList<const Ticket*> waiting;
        for (const Ticket& t : day) {
            if (t.state == TicketState::Waiting) {
                waiting.append(&t);
            }
        }
        for (const Ticket* t : waiting) {
            const auto estimate = f.engine.estimate(t->number);
            REQUIRE(estimate.has_value());
            INFO("seed " << seed << " step " << step << " ticket " << t->number.toStdString());
            REQUIRE(estimate->ahead == walkedAhead(*t, waiting, policy, f.clock.now()));
            ++compared;
        }
        for (const QString& s : services) {
            const auto n = std::count_if(waiting.begin(), waiting.end(),
                                         [&](const Ticket* t) { return t->currentService() == s; });
            REQUIRE(f.engine.waitingCount(s) == static_cast<int>(n));
        }
    }
    // The walk must have had something to compare: a day where nothing waits proves nothing.
    REQUIRE(compared > steps * 3);
}

} // namespace

TEST_CASE("queue index: positions match the full walk on random days (interleave 2)", "[queueindex]")
{
    const unsigned seed = GENERATE(1u, 2u, 3u, 4u);
    playRandomDay(QueuePolicyConfig{}, seed, 700);
}

TEST_CASE("queue index: positions match the full walk on random days (strict, interleave 0 and 3)",
          "[queueindex]")
{
    QueuePolicyConfig strict;
    strict.priorityMode = QueuePolicyConfig::PriorityMode::Strict;
    playRandomDay(strict, 11, 500);
    QueuePolicyConfig none;
    none.normalsPerPriority = 0;
    playRandomDay(none, 12, 500);
    QueuePolicyConfig three;
    three.normalsPerPriority = 3;
    three.appointmentLeadMinutes = 0;
    three.appointmentGraceMinutes = 40;
    playRandomDay(three, 13, 500);
}

TEST_CASE("queue index: a ticket's position does not depend on how many wait behind it", "[queueindex]")
{
    // The first ticket of a long queue has nobody ahead, and the last one has everyone: the trees
    // answer both ends without a walk (the old walk answered them too, in O(n)).
    EngineFixture f;
    const Ticket first = f.issue({QStringLiteral("enquiries")});
    Ticket last = first;
    for (int i = 0; i < 600; ++i) {
        f.clock.advanceSecs(1);
        auto r = f.engine.issue(IssueRequest{{QStringLiteral("enquiries")},
                                             i % 5 == 0 ? PriorityClass::Elder : PriorityClass::Normal,
                                             {},
                                             std::nullopt,
                                             f.kiosk});
        REQUIRE_OK(r);
        last = r.value();
    }
    CHECK(f.engine.estimate(first.number)->ahead == 0);
    CHECK(f.engine.estimate(last.number)->ahead == 600);
    CHECK(f.engine.waitingCount(QStringLiteral("enquiries")) == 601);
}
