// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Staff at a real counter window: hall-counter under Xvfb, driven with real key presses and clicks
// (xdotool), against a real hall-service. What happened is read from the service, not the screen's
// own models. Two faults it guards against: the user name could not be typed, and the desk's keys died
// after every rating (and F1 called a ticket behind the rating prompt).
#include "counterfixture.h"
#include "frontend.h"
#include "journey.h"
#include "xdisplay.h"

#include <catch2/catch.hpp>

using namespace hall::test;

namespace {

QStringList counterArgs(const CounterFixture& f, const QString& device)
{
    return {QStringLiteral("--url"),    f.hall.url().toString(),
            QStringLiteral("--device"), device,
            QStringLiteral("--token"),  f.tokens.value(device),
            QStringLiteral("--size"),   QStringLiteral("1600x900")};
}

} // namespace

TEST_CASE("counter journey: staff type their name, then call, recall, start, finish and rate with F-keys and "
          "the keypad, and keep calling after each rating")
{
    XDisplay x;
    REQUIRE(x.running());
    CounterFixture f;
    ServiceView service(f.hall.url(), f.tokens.value(QStringLiteral("admin-1")));
    const QString a1 = f.issue({QStringLiteral("marriage")});
    const QString a2 = f.issue({QStringLiteral("marriage")});
    const QString a3 = f.issue({QStringLiteral("marriage")});

    FrontEnd counter(x, QStringLiteral(HALL_COUNTER_PATH), counterArgs(f, QStringLiteral("counter-1")));
    REQUIRE(counter.start());
    REQUIRE(counter.waitFor(QStringLiteral("loginUser")));
    REQUIRE(counter.focusWindow());
    // The user name field has the keys when the page shows; typing keeps them there.
    REQUIRE(hall::waitUntil([&] { return counter.focused() == QLatin1String("loginUser"); }, 20000));
    x.type(QStringLiteral("li"));
    const auto textOf = [&](const char* name) {
        const auto item = counter.item(QLatin1String(name));
        return item ? item->value(QLatin1String("text")).toString() : QString();
    };
    REQUIRE(hall::waitUntil([&] { return textOf("loginUser") == QLatin1String("li"); }, 20000));
    CHECK(counter.focused() == QLatin1String("loginUser"));
    CHECK(textOf("loginPassword").isEmpty());
    x.key(QStringLiteral("Return")); // to the password
    REQUIRE(hall::waitUntil([&] { return counter.focused() == QLatin1String("loginPassword"); }, 20000));
    x.type(QStringLiteral("secret-pass"));
    x.key(QStringLiteral("Return"));
    INFO(counter.log().toStdString());
    REQUIRE(counter.waitFor(QStringLiteral("window_1")));

    // Window 1 by its number key, then the desk.
    x.key(QStringLiteral("1"));
    INFO("focus: " << counter.focused().toStdString());
    REQUIRE(counter.waitFor(QStringLiteral("action_callNext")));
    REQUIRE(hall::waitUntil([&] {
        return service.counter(1).value(QLatin1String("status")).toString() == QLatin1String("open");
    }));

    x.key(QStringLiteral("F1"));
    REQUIRE(hall::waitUntil([&] { return service.ticketAt(1) == a1; }));
    // As a person would, the next key comes once the counter shows the call (its view, not the
    // service's, decides which keys act).
    REQUIRE(counter.waitFor(QStringLiteral("action_recall")));
    x.key(QStringLiteral("F2"));
    REQUIRE(hall::waitUntil([&] { return service.ticket(a1).value(QLatin1String("recalls")).toInt() == 1; }));
    REQUIRE(counter.waitFor(QStringLiteral("action_start")));
    x.key(QStringLiteral("F3"));
    REQUIRE(hall::waitUntil([&] { return service.ticketStateAt(1) == QLatin1String("serving"); }));
    REQUIRE(counter.waitFor(QStringLiteral("action_finish")));
    x.key(QStringLiteral("F4"));
    REQUIRE(counter.waitFor(QStringLiteral("rate_satisfied")));
    REQUIRE(service.ticketAt(1).isEmpty());

    // F1 while the resident is rating: nothing happens behind the prompt. The rating is sent on the
    // same connection after it, so once the service holds the rating, a call would have been made.
    x.key(QStringLiteral("F1"));
    REQUIRE(counter.tap(QStringLiteral("rate_satisfied")));
    REQUIRE(hall::waitUntil([&] { return service.ratings(QStringLiteral("satisfied")) == 1; }));
    CHECK(service.ticketAt(1).isEmpty());
    REQUIRE(counter.waitGone(QStringLiteral("ratingOverlay")));

    // The keys work again without touching anything else: the keypad as a hardware caller.
    REQUIRE(counter.waitFor(QStringLiteral("action_callNext")));
    x.key(QStringLiteral("F1"));
    REQUIRE(hall::waitUntil([&] { return service.ticketAt(1) == a2; }));
    REQUIRE(counter.waitFor(QStringLiteral("action_recall")));
    x.key(QStringLiteral("KP_Add"));
    REQUIRE(hall::waitUntil([&] { return service.ticket(a2).value(QLatin1String("recalls")).toInt() == 1; }));
    REQUIRE(counter.waitFor(QStringLiteral("action_start")));
    x.key(QStringLiteral("KP_Multiply"));
    REQUIRE(hall::waitUntil([&] { return service.ticketStateAt(1) == QLatin1String("serving"); }));
    REQUIRE(counter.waitFor(QStringLiteral("action_finish")));
    x.key(QStringLiteral("KP_Divide"));
    REQUIRE(counter.waitFor(QStringLiteral("rate_basic")));
    REQUIRE(counter.tap(QStringLiteral("rate_basic")));
    REQUIRE(hall::waitUntil([&] { return service.ratings(QStringLiteral("basic")) == 1; }));
    REQUIRE(counter.waitGone(QStringLiteral("ratingOverlay")));
    REQUIRE(counter.waitFor(QStringLiteral("action_callNext")));
    x.key(QStringLiteral("KP_Enter"));
    REQUIRE(hall::waitUntil([&] { return service.ticketAt(1) == a3; }));
    CHECK(counter.waitText(a3));

    // Esc skips the rating with the keyboard alone, and F1 calls on.
    REQUIRE(counter.waitFor(QStringLiteral("action_start")));
    x.key(QStringLiteral("F3"));
    REQUIRE(hall::waitUntil([&] { return service.ticketStateAt(1) == QLatin1String("serving"); }));
    REQUIRE(counter.waitFor(QStringLiteral("action_finish")));
    x.key(QStringLiteral("F4"));
    REQUIRE(counter.waitFor(QStringLiteral("rate_satisfied")));
    x.key(QStringLiteral("Escape"));
    REQUIRE(counter.waitGone(QStringLiteral("ratingOverlay")));
    const QString a4 = f.issue({QStringLiteral("marriage")});
    // As a person does: F1 once the desk offers the call (the skip's answer in, a4 seen waiting).
    REQUIRE(counter.waitFor(QStringLiteral("action_callNext")));
    REQUIRE(counter.waitText(a4));
    x.key(QStringLiteral("F1"));
    REQUIRE(hall::waitUntil([&] { return service.ticketAt(1) == a4; }));
}
