// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The one watchdog thread behind commitWithin: one thread for any number of commits, a disarmed
// ticket never fires, a due one fires on the watchdog's thread and disarm reports it (and waits for it).
#include "storage/commitwatchdog.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <future>
#include <thread>
#include <vector>

using hall::CommitWatchdog;
using namespace std::chrono_literals;

TEST_CASE("commit watchdog: a thousand commits disarmed in time start one thread and fire nothing",
          "[storage][watchdog]")
{
    CommitWatchdog watchdog;
    REQUIRE(watchdog.threadsStarted() == 0);
    std::atomic<int> fired = 0;
    for (int i = 0; i < 1000; ++i) {
        // Far beyond any commit here: only a disarm that did not happen could let it fire.
        const auto ticket = watchdog.arm(1h, [&fired] { ++fired; });
        REQUIRE_FALSE(watchdog.disarm(ticket));
    }
    REQUIRE(watchdog.threadsStarted() == 1);
    REQUIRE(fired == 0);
}

TEST_CASE("commit watchdog: a commit still waiting at its bound is cancelled on the watchdog's thread, "
          "and disarm says so",
          "[storage][watchdog]")
{
    CommitWatchdog watchdog;
    std::promise<std::thread::id> ranOn;
    auto ran = ranOn.get_future();
    const auto ticket = watchdog.arm(0ms, [&ranOn] { ranOn.set_value(std::this_thread::get_id()); });
    // As a COMMIT that never returns by itself: the caller waits until the cancel has run.
    const std::thread::id firedOn = ran.get();
    REQUIRE(firedOn != std::this_thread::get_id());
    REQUIRE(watchdog.disarm(ticket));
    // The same thread serves the next commit; a ticket is good once.
    std::promise<std::thread::id> againOn;
    auto again = againOn.get_future();
    const auto second = watchdog.arm(0ms, [&againOn] { againOn.set_value(std::this_thread::get_id()); });
    REQUIRE(again.get() == firedOn);
    REQUIRE(watchdog.disarm(second));
    REQUIRE_FALSE(watchdog.disarm(second));
    REQUIRE(watchdog.threadsStarted() == 1);
}

TEST_CASE("commit watchdog: disarm waits for a cancel under way, so the caller's cancel handle outlives it",
          "[storage][watchdog]")
{
    CommitWatchdog watchdog;
    std::promise<void> started;
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    std::atomic<bool> finished = false;
    const auto ticket = watchdog.arm(0ms, [&] {
        started.set_value();
        released.wait(); // PQcancel waiting for the server's answer
        finished = true;
    });
    started.get_future().wait();
    std::promise<bool> disarmed;
    auto result = disarmed.get_future();
    std::thread caller([&] { disarmed.set_value(watchdog.disarm(ticket)); });
    // Whatever the caller's progress, disarm cannot have returned while the cancel runs.
    REQUIRE_FALSE(finished);
    release.set_value();
    REQUIRE(result.get());
    REQUIRE(finished);
    caller.join();
}

TEST_CASE("commit watchdog: commits of several threads share it, and only the one past its bound fires",
          "[storage][watchdog]")
{
    CommitWatchdog watchdog;
    std::atomic<int> quick = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 200; ++i) {
                const auto ticket = watchdog.arm(1h, [&quick] { ++quick; });
                watchdog.disarm(ticket);
            }
        });
    }
    std::promise<void> slowFired;
    const auto slow = watchdog.arm(0ms, [&slowFired] { slowFired.set_value(); });
    slowFired.get_future().wait();
    for (auto& t : threads) {
        t.join();
    }
    REQUIRE(watchdog.disarm(slow));
    REQUIRE(quick == 0);
    REQUIRE(watchdog.threadsStarted() == 1);
}
