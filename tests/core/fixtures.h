// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clock.h"
#include "domain/hallconfig.h"
#include "domain/halltime.h"
#include "domain/queueengine.h"

#include <catch2/catch.hpp>

#include <ostream>

namespace hall::test {

inline const QDate kDay{2026, 11, 24};

/// Hall-local time on `day`.
inline QDateTime hallTime(int h, int m, QDate day = kDay)
{
    return halltime::at(day, QTime(h, m));
}

/// A small hall: A marriage (quota 5), D assistance, E elderly, L enquiries; counters
/// 1 (A primary, D secondary), 2 (D primary), 3 (integrated), 4 (E primary).
HallConfig testConfig();
QByteArray testConfigJson();

/// An engine on a manual clock set to 09:00 on kDay, with the hall's staff as actor.
struct EngineFixture
{
    explicit EngineFixture(HallConfig config = testConfig());

    ManualClock clock{hallTime(9, 0)};
    QueueEngine engine;
    Actor staff{QStringLiteral("wang"), QStringLiteral("counter-pc-1")};
    Actor kiosk{QString(), QStringLiteral("kiosk-1")};

    /// Issues a ticket and fails the test if it is refused. Advances the clock a minute first, so
    /// issue times differ as they do in a hall.
    Ticket issue(const QStringList& services, PriorityClass priority = PriorityClass::Normal);
    Ticket issueAppointment(const QString& service, QDateTime slotStart);
    void open(int counter);
    Ticket callNext(int counter);
};

} // namespace hall::test

namespace Catch {
template <> struct StringMaker<hall::Error>
{
    static std::string convert(const hall::Error& e)
    {
        return (hall::errorCodeName(e.code) + QStringLiteral(": ") + e.message).toStdString();
    }
};
} // namespace Catch

/// Fails with the error's code and message when `result` is refused.
#define REQUIRE_OK(result)                                                                                   \
    do {                                                                                                     \
        const auto& r_ = (result);                                                                           \
        if (!r_.ok()) {                                                                                      \
            FAIL(Catch::StringMaker<hall::Error>::convert(r_.error()));                                      \
        }                                                                                                    \
    } while (false)

#define REQUIRE_ERROR(result, errorCode)                                                                     \
    do {                                                                                                     \
        const auto& r_ = (result);                                                                           \
        REQUIRE_FALSE(r_.ok());                                                                              \
        REQUIRE(hall::errorCodeName(r_.error().code) == hall::errorCodeName(errorCode));                     \
        REQUIRE_FALSE(r_.error().message.isEmpty());                                                         \
    } while (false)
