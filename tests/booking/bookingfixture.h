// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookingengine.h"
#include "domain/halltime.h"
#include "enginefixture.h"

#include <catch2/catch.hpp>

namespace hall::test {

/// Tuesday 24 November 2026, 09:00 in the hall: "now" at the start of every booking test.
inline const QDate kToday{2026, 11, 24};
/// A Tuesday; its bookings open 2026-11-01 00:00 and close 2026-11-30 15:00 in the test configuration.
inline const QDate kDec1{2026, 12, 1};

/// A valid ID number (GB 11643) born on `birth`; `n` tells people apart, `male` sets the sex digit.
QString idNumber(QDate birth, bool male, int n = 1);

/// Ready-made people: a man born 1995-03-10 and a woman born 1997-06-20, numbered by `n`.
QString man(int n = 1);
QString woman(int n = 1);

/// Two offices: "main" (Mon–Fri, 9:00–12:00 and 14:00–16:00, 30-minute slots, two marriages per slot)
/// and "east" (Mon–Fri mornings, not on holiday-plan days); special dates open 20 days before at
/// 09:00 with three marriages per slot. The hall calendar is testHallCalendar().
QByteArray testBookingJson();
BookingConfig testBookingConfig();

/// A crafted hall calendar (never today's): 2025 and 2026 as published, a made-up 2027 (days off
/// 2027-01-01/03 and 2027-02-05/16, Saturday 2027-01-09 worked), and a holiday plan opening the
/// registry on special dates, on 2026-12-12 and on Saturday 2026-12-19, 09:00–16:00.
QByteArray testCalendarJson();
std::shared_ptr<const HallCalendar> testHallCalendar(const QByteArray& json = testCalendarJson());

struct BookingFixture
{
    explicit BookingFixture(BookingConfig config = testBookingConfig());

    ManualClock clock{at(kToday, 9)};
    BookingEngine engine;

    BookingRequest marriage(const QString& requestId, QDateTime slot, int couple = 1) const;
    /// Creates and fails the test if refused.
    Booking book(const BookingRequest& r);
};

} // namespace hall::test

/// Fails with the refusal's code and message when `result` is refused.
#define REQUIRE_BOOKED(result)                                                                               \
    do {                                                                                                     \
        const auto& r_ = (result);                                                                           \
        if (!r_.ok()) {                                                                                      \
            FAIL(hall::test::describe(r_.error()));                                                          \
        }                                                                                                    \
    } while (false)

/// Runs `expr` on `fx.engine`, requires the refusal `expectedCode` with a message, and requires that nothing
/// changed: the whole state and the pending changes are as before.
#define REQUIRE_REFUSED(fx, expr, expectedCode)                                                              \
    do {                                                                                                     \
        const hall::BookingState before_ = (fx).engine.state();                                              \
        const qsizetype pending_ = (fx).engine.pendingChanges().size();                                      \
        const auto& r_ = (expr);                                                                             \
        REQUIRE_FALSE(r_.ok());                                                                              \
        INFO(hall::test::describe(r_.error()));                                                              \
        REQUIRE(hall::errorCodeName(r_.error().code) == hall::errorCodeName(expectedCode));                  \
        REQUIRE_FALSE(r_.error().message.isEmpty());                                                         \
        REQUIRE((fx).engine.state() == before_);                                                             \
        REQUIRE((fx).engine.pendingChanges().size() == pending_);                                            \
    } while (false)
