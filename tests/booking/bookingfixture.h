#pragma once

#include "bookingengine.h"
#include "domain/halltime.h"

#include <catch2/catch.hpp>

namespace hall::test {

/// Tuesday 24 November 2026, 09:00 in the hall: "now" at the start of every booking test.
inline const QDate kToday{2026, 11, 24};

inline QDateTime at(QDate day, int h, int m = 0, int s = 0)
{
    return halltime::at(day, QTime(h, m, s));
}

/// A valid ID number (GB 11643) born on `birth`; `n` tells people apart, `male` sets the sex digit.
QString idNumber(QDate birth, bool male, int n = 1);

/// Ready-made people: a man born 1995-03-10 and a woman born 1997-06-20, numbered by `n`.
QString man(int n = 1);
QString woman(int n = 1);

/// Two offices: "main" (Mon–Fri, 9:00–12:00 and 14:00–16:00, 30-minute slots, two marriages per slot)
/// and "east" (Mon–Fri mornings); holidays 2027-01-01/03 with Saturday 2027-01-09 worked; special
/// dates open 20 days before at 09:00 with three marriages per slot.
QByteArray testBookingJson();
BookingConfig testBookingConfig();

struct BookingFixture
{
    explicit BookingFixture(BookingConfig config = testBookingConfig());

    ManualClock clock{at(kToday, 9)};
    BookingEngine engine;

    BookingRequest marriage(const QString& requestId, QDateTime slot, int couple = 1) const;
    /// Creates and fails the test if refused.
    Booking book(const BookingRequest& r);
};

inline std::string describe(const BookingError& e)
{
    return (errorCodeName(e.code) + QStringLiteral(": ") + e.message).toStdString();
}

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
