// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/daterule.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace hall;

namespace {

std::optional<DateRule> rule(const char* json, QStringList& problems)
{
    return DateRule::fromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("on"), problems);
}

} // namespace

TEST_CASE("date rules: fixed dates, month-days, lunar dates and number patterns", "[daterule]")
{
    QStringList problems;
    const auto valentine = rule(R"({"monthDay": "02-14"})", problems);
    const auto qixi = rule(R"({"lunar": "07-07"})", problems);
    const auto repeated = rule(R"({"pattern": "???a-0a-0a"})", problems);
    const auto twos = rule(R"({"pattern": "20aa-0a-aa"})", problems);
    const auto once = rule(R"({"date": "2027-01-01"})", problems);
    REQUIRE(problems.isEmpty());
    CHECK(valentine->matches({2027, 2, 14}));
    CHECK_FALSE(valentine->matches({2027, 2, 15}));
    // 七夕 2026-08-19 and 2027-08-08 (Hong Kong Observatory 公曆與農曆日期對照表).
    CHECK(qixi->matches({2026, 8, 19}));
    CHECK(qixi->matches({2027, 8, 8}));
    CHECK(qixi->datesIn(2027) == QList<QDate>{QDate(2027, 8, 8)});
    CHECK(repeated->datesIn(2026) == QList<QDate>{QDate(2026, 6, 6)});
    CHECK(repeated->matches({2029, 9, 9}));
    CHECK_FALSE(repeated->matches({2026, 6, 16}));
    CHECK(twos->matches({2022, 2, 22}));
    CHECK_FALSE(twos->matches({2033, 3, 3}));
    CHECK(once->matches({2027, 1, 1}));
    CHECK_FALSE(once->matches({2028, 1, 1}));
    CHECK(qixi->describeZh() == QStringLiteral("每年农历七月初七"));
    CHECK(valentine->describeZh() == QStringLiteral("每年2月14日"));
    CHECK(repeated->toJson() == QJsonObject{{QStringLiteral("pattern"), QStringLiteral("???a-0a-0a")}});
}

TEST_CASE("bad date rules are refused with their path", "[daterule]")
{
    QStringList problems;
    CHECK_FALSE(rule(R"({"monthDay": "13-01"})", problems));
    CHECK_FALSE(rule(R"({"lunar": "07-31"})", problems));
    CHECK_FALSE(rule(R"({"pattern": "2026-06"})", problems));
    CHECK_FALSE(rule(R"({"pattern": "2199-01-01"})", problems));
    CHECK_FALSE(rule(R"({"monthDay": "02-14", "date": "2027-01-01"})", problems));
    CHECK_FALSE(rule(R"({"date": "someday"})", problems));
    REQUIRE(problems.size() == 6);
    CHECK(problems[0] == QStringLiteral("on.monthDay must be a month and day like \"02-14\""));
    CHECK(problems[3] == QStringLiteral("on.pattern \"2199-01-01\" matches no date from 2000 to 2099"));
}
