// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/errorretry.h"
#include "fixtures.h"

using namespace hall;

TEST_CASE("the built-in catalogue has every service of the one-stop hall", "[catalogue]")
{
    const HallConfig config = defaultHallConfig();
    const Catalogue& c = config.catalogue;
    REQUIRE(c.validate().isEmpty());
    REQUIRE(c.services().size() == 11);
    QString prefixes;
    for (const ServiceDef& s : c.services()) {
        prefixes += s.prefix;
        REQUIRE_FALSE(s.nameZh.isEmpty());
        REQUIRE_FALSE(s.nameEn.isEmpty());
    }
    REQUIRE(prefixes == QStringLiteral("ABCDEFGHJKL"));
    REQUIRE(c.serviceByPrefix(QLatin1Char('A'))->nameZh == QStringLiteral("结婚登记"));
    REQUIRE(c.serviceByPrefix(QLatin1Char('D'))->nameZh == QStringLiteral("社会救助"));

    const CounterDef* integrated = c.counter(8);
    REQUIRE(integrated != nullptr);
    REQUIRE(integrated->integrated);
    for (const ServiceDef& s : c.services()) {
        REQUIRE(integrated->weightOf(s.id) == ServiceWeight::Primary);
    }
    REQUIRE(config.rollover == QTime(3, 0));
}

TEST_CASE("counter weights distinguish primary, secondary and not served", "[catalogue]")
{
    const HallConfig config = test::testConfig();
    const CounterDef* one = config.catalogue.counter(1);
    REQUIRE(one->weightOf(QStringLiteral("marriage")) == ServiceWeight::Primary);
    REQUIRE(one->weightOf(QStringLiteral("assistance")) == ServiceWeight::Secondary);
    REQUIRE_FALSE(one->weightOf(QStringLiteral("elderly")).has_value());
    REQUIRE(config.policy.priorityMode == QueuePolicyConfig::PriorityMode::Interleave);
    REQUIRE(config.policy.normalsPerPriority == 2);
    REQUIRE(config.catalogue.service(QStringLiteral("marriage"))->dailyQuota == 5);
}

TEST_CASE("a broken configuration is refused with every problem named", "[catalogue]")
{
    SECTION("not JSON")
    {
        auto r = parseHallConfig("{ services: ");
        REQUIRE_ERROR(r, ErrorCode::InvalidArgument);
    }
    SECTION("repeated prefix, unknown service at a counter, bad quota and bad time together")
    {
        QByteArray json = test::testConfigJson();
        json.replace(R"("prefix": "D")", R"("prefix": "A")");
        json.replace(R"("assistance": "primary" })", R"("passports": "primary" })");
        json.replace(R"("dailyQuota": 5)", R"("dailyQuota": 1200)");
        json.replace(R"("issueUntil": "17:00")", R"("issueUntil": "5pm")");
        auto r = parseHallConfig(json);
        REQUIRE_ERROR(r, ErrorCode::InvalidArgument);
        const QString m = r.error().message;
        CHECK(m.contains(QStringLiteral("prefix must be a unique capital letter")));
        CHECK(m.contains(QStringLiteral("unknown service 'passports'")));
        CHECK(m.contains(QStringLiteral("services[0].dailyQuota")));
        CHECK(m.contains(QStringLiteral("services[3].issueUntil")));
    }
    SECTION("unknown priority mode and weight")
    {
        QByteArray json = test::testConfigJson();
        json.replace(R"("priorityMode": "interleave")", R"("priorityMode": "fair")");
        json.replace(R"("elderly": "primary")", R"("elderly": "main")");
        auto r = parseHallConfig(json);
        REQUIRE_ERROR(r, ErrorCode::InvalidArgument);
        CHECK(r.error().message.contains(QStringLiteral("policy.priorityMode")));
        CHECK(r.error().message.contains(QStringLiteral("counters[3].services.elderly")));
    }
    SECTION("missing file")
    {
        auto r = loadHallConfig(QStringLiteral("/nonexistent/hall.json"));
        REQUIRE_ERROR(r, ErrorCode::InvalidArgument);
    }
}

TEST_CASE("business days start at the rollover time in Asia/Shanghai", "[calendar]")
{
    const QTime rollover(3, 0);
    CHECK(halltime::businessDay(test::hallTime(2, 59), rollover) == test::kDay.addDays(-1));
    CHECK(halltime::businessDay(test::hallTime(3, 0), rollover) == test::kDay);
    // 23:30 UTC is 07:30 the next morning in the hall.
    const QDateTime utc(test::kDay, QTime(23, 30), Qt::UTC);
    CHECK(halltime::businessDay(utc, rollover) == test::kDay.addDays(1));
    CHECK(halltime::toIso(test::hallTime(9, 5)) == QStringLiteral("2026-11-24T09:05:00.000+08:00"));
    CHECK(halltime::fromIso(halltime::toIso(test::hallTime(9, 5))) == test::hallTime(9, 5));
}

TEST_CASE("every error code has its own protocol name", "[errors]")
{
    QSet<QString> names;
    const int count = static_cast<int>(kLastErrorCode) + 1;
    for (int i = 0; i < count; ++i) {
        const QString name = errorCodeName(static_cast<ErrorCode>(i));
        INFO(i);
        CHECK(name != QStringLiteral("INTERNAL"));
        CHECK(name == name.toUpper());
        names.insert(name);
    }
    CHECK(names.size() == count);
    CHECK(errorCodeName(ErrorCode::StorageFailed) == QStringLiteral("STORAGE_FAILED"));
}

TEST_CASE("the refusals after which a request may not have run are one short list", "[errors]")
{
    QStringList mayNot;
    for (int i = 0; i <= static_cast<int>(kLastErrorCode); ++i) {
        const auto code = static_cast<ErrorCode>(i);
        CHECK(mayNotHaveRun(code) == mayNotHaveRun(errorCodeName(code)));
        if (mayNotHaveRun(code)) {
            mayNot << errorCodeName(code);
        }
    }
    // A refusal the service read and refused (the slot is full, the ID is wrong) is not on it: the
    // front end would otherwise offer to repeat what can only be refused again.
    CHECK(mayNot == QStringList{QStringLiteral("STORAGE_FAILED"), QStringLiteral("UNAUTHENTICATED"),
                                QStringLiteral("RATE_LIMITED"), QStringLiteral("TIMEOUT"),
                                QStringLiteral("DISCONNECTED")});
    CHECK_FALSE(mayNotHaveRun(QStringLiteral("timeout")));
    CHECK_FALSE(mayNotHaveRun(QString()));
}
