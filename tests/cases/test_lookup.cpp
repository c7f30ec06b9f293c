// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casesfixture.h"

using namespace hall;
using namespace hall::test;

namespace {

LookupRequest byPhone(int person, const QString& phone = kPhone,
                      const QString& kiosk = QStringLiteral("kiosk-1"))
{
    return LookupRequest{kiosk, caseIdNumber(person), phone, {}};
}

} // namespace

TEST_CASE("A resident finds their cases with ID and phone, or ID and case number", "[lookup]")
{
    CasesFixture fx;
    const CaseRecord a = fx.accept(QStringLiteral("rural_dibao"), 1);
    fx.clock.advanceSecs(86400);
    const CaseRecord b = fx.accept(QStringLiteral("high_age_allowance"), 1);
    fx.accept(QStringLiteral("rural_dibao"), 2);

    auto found = fx.engine.lookup(byPhone(1));
    REQUIRE_CASE_OK(found);
    REQUIRE(found->size() == 2);
    CHECK(found->at(0).number == b.number); // newest first
    CHECK(found->at(1).number == a.number);

    auto one = fx.engine.lookup(LookupRequest{QStringLiteral("kiosk-1"), caseIdNumber(1), {}, a.number});
    REQUIRE_CASE_OK(one);
    REQUIRE(one->size() == 1);
    CHECK(one->first().number == a.number);
    // What is shown of the ID is its masked form.
    CHECK(one->first().applicant.idMasked == QStringLiteral("110***********") + caseIdNumber(1).right(4));
}

TEST_CASE("Every miss gets the same neutral message, whether or not the ID has cases", "[lookup]")
{
    CasesFixture fx;
    const CaseRecord a = fx.accept(QStringLiteral("rural_dibao"), 1);
    const CaseRecord other = fx.accept(QStringLiteral("rural_dibao"), 2);
    const auto wrongPhone = fx.engine.lookup(byPhone(1, QStringLiteral("13900000000")));
    const auto unknownId = fx.engine.lookup(byPhone(3));
    const auto othersCase =
        fx.engine.lookup(LookupRequest{QStringLiteral("kiosk-1"), caseIdNumber(1), {}, other.number});
    for (const auto* r : {&wrongPhone, &unknownId, &othersCase}) {
        REQUIRE_FALSE(r->ok());
        CHECK(r->error().code == CaseErrorCode::NoMatch);
        CHECK(r->error().message == QStringLiteral("未查到匹配的办理记录"));
    }
    const auto invalid =
        fx.engine.lookup(LookupRequest{QStringLiteral("kiosk-1"), QStringLiteral("123"), kPhone, {}});
    CHECK(invalid.error().code == CaseErrorCode::InvalidIdNumber);
    const auto neither = fx.engine.lookup(LookupRequest{QStringLiteral("kiosk-1"), caseIdNumber(1), {}, {}});
    CHECK(neither.error().code == CaseErrorCode::InvalidArgument);
    CHECK(fx.engine.lookup(byPhone(1)).ok());
}

TEST_CASE("Five failures in ten minutes block the kiosk, and the ID on every kiosk", "[lookup]")
{
    CasesFixture fx;
    fx.accept(QStringLiteral("rural_dibao"), 1);
    fx.accept(QStringLiteral("rural_dibao"), 2);

    SECTION("per ID: guessing phones for one ID from several kiosks")
    {
        for (int i = 0; i < 5; ++i) {
            const auto r = fx.engine.lookup(
                byPhone(1, QStringLiteral("1390000000%1").arg(i), QStringLiteral("kiosk-%1").arg(i)));
            CHECK(r.error().code == CaseErrorCode::NoMatch);
            fx.clock.advanceSecs(60);
        }
        // Now even the right phone from a fresh kiosk is refused, with the moment to come back.
        const auto blocked = fx.engine.lookup(byPhone(1, kPhone, QStringLiteral("kiosk-9")));
        REQUIRE_FALSE(blocked.ok());
        CHECK(blocked.error().code == CaseErrorCode::RateLimited);
        CHECK(blocked.error().until == at(QDate(2026, 11, 24), 9, 10));
        CHECK(blocked.error().message == QStringLiteral("查询失败次数过多，请于09:10后再试"));
        // Another resident at another kiosk is not affected.
        CHECK(fx.engine.lookup(byPhone(2, kPhone, QStringLiteral("kiosk-9"))).ok());
        // Once the first failure is ten minutes old, the right answer works again.
        fx.clock.set(at(QDate(2026, 11, 24), 9, 10));
        CHECK(fx.engine.lookup(byPhone(1, kPhone, QStringLiteral("kiosk-9"))).ok());
    }
    SECTION("per kiosk: trying many IDs from one kiosk")
    {
        for (int i = 0; i < 5; ++i) {
            CHECK(fx.engine.lookup(byPhone(100 + i)).error().code == CaseErrorCode::NoMatch);
        }
        CHECK(fx.engine.lookup(byPhone(1)).error().code == CaseErrorCode::RateLimited);
        CHECK(fx.engine.lookup(byPhone(1, kPhone, QStringLiteral("kiosk-2"))).ok());
        fx.clock.advanceSecs(10 * 60);
        CHECK(fx.engine.lookup(byPhone(1)).ok());
    }
    SECTION("successful lookups do not count")
    {
        for (int i = 0; i < 20; ++i) {
            CHECK(fx.engine.lookup(byPhone(1)).ok());
        }
    }
}
