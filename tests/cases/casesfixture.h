// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caseengine.h"
#include "domain/halltime.h"
#include "enginefixture.h"

#include <catch2/catch.hpp>

namespace hall::test {

inline const QByteArray kCaseSecret = QByteArrayLiteral("a hall person secret of enough bytes");
inline const QString kPhone = QStringLiteral("13812345678");

/// A valid ID number (GB 11643) born on `birth`, told apart by `n`.
QString caseIdNumber(int n, QDate birth = QDate(1956, 4, 2));

/// The built-in workflows and holiday table, a clock at `start` and an engine.
struct CasesFixture
{
    explicit CasesFixture(QDateTime start = at(QDate(2026, 11, 24), 9),
                          CasesConfig config = defaultCasesConfig());

    ManualClock clock;
    CaseEngine engine;

    AcceptRequest request(const QString& type, int person = 1, const QString& phone = kPhone) const;
    /// Accepts and fails the test if refused.
    CaseRecord accept(const QString& type, int person = 1, const QString& staff = QStringLiteral("li"));
    /// Moves the clock to 09:00 on `day`.
    void goTo(QDate day) { clock.set(at(day, 9)); }
};

/// Imports `csv` (the case CSV format) as admin.
CaseResult<int> importCsv(CasesFixture& fx, const QByteArray& csv);

/// What a test passes a step with: the first named decision of an approval (one that keeps paying),
/// and the recipient's signature on a 签名发放 step.
inline StepPass passFor(const StepDef& step)
{
    return StepPass{step.outcomes.isEmpty() ? QString() : step.outcomes.first().id, step.receipt};
}

} // namespace hall::test

#define REQUIRE_CASE_OK(result)                                                                              \
    do {                                                                                                     \
        const auto& r_ = (result);                                                                           \
        if (!r_.ok()) {                                                                                      \
            FAIL(hall::test::describe(r_.error()));                                                          \
        }                                                                                                    \
    } while (false)

/// Requires the refusal `expectedCode` with a message, and that no case and no pending change moved.
#define REQUIRE_CASE_REFUSED(fx, expr, expectedCode)                                                         \
    do {                                                                                                     \
        const QList<hall::CaseRecord> before_ = (fx).engine.cases();                                         \
        const int pending_ = (fx).engine.pendingChanges();                                                   \
        const auto& r_ = (expr);                                                                             \
        REQUIRE_FALSE(r_.ok());                                                                              \
        INFO(hall::test::describe(r_.error()));                                                              \
        REQUIRE(hall::errorCodeName(r_.error().code) == hall::errorCodeName(expectedCode));                  \
        REQUIRE_FALSE(r_.error().message.isEmpty());                                                         \
        REQUIRE((fx).engine.cases() == before_);                                                             \
        REQUIRE((fx).engine.pendingChanges() == pending_);                                                   \
    } while (false)
