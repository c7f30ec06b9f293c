// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The queue follows the hall calendar: no tickets on a day the hall is closed (HALL_CLOSED, changing
// nothing), and on a holiday-plan day (节假日为民服务) only the plan's services, within its hours.
#include "fixtures.h"

#include <QJsonDocument>

using namespace hall;
using namespace hall::test;

namespace {

/// The test hall with the built-in arrangements plus `calendarJson`, its clock at `at`.
struct CalendarHall
{
    explicit CalendarHall(QDateTime at, const char* calendarJson = "{}") : clock(std::move(at))
    {
        HallConfig config = testConfig();
        QStringList problems;
        CalendarConfig c = parseCalendarConfig(QJsonDocument::fromJson(calendarJson).object(),
                                               QStringLiteral("calendar"), problems);
        REQUIRE(problems.isEmpty());
        config.calendar = std::make_shared<const HallCalendar>(std::move(c));
        engine = std::make_unique<QueueEngine>(std::move(config), clock);
        engine->rollOverIfDue();
        engine->takeChanges();
    }

    Result<Ticket> issue(const QString& service)
    {
        return engine->issue(IssueRequest{
            {service}, PriorityClass::Normal, {}, std::nullopt, Actor{QString(), QStringLiteral("kiosk-1")}});
    }

    ManualClock clock;
    std::unique_ptr<QueueEngine> engine;
};

const char* kPlan = R"({
    "closures": [{"date": "2026-11-26", "reasonZh": "设备检修", "reasonEn": "Maintenance"}],
    "holidayServicePlan": [
        {"nameZh": "周六婚姻登记", "on": {"date": "2026-11-28"}, "services": ["marriage", "enquiries"],
         "from": "09:00", "until": "11:00"}]})";

} // namespace

TEST_CASE("no ticket on a closed day: HALL_CLOSED says why and when the hall opens, nothing changes",
          "[calendar][issue]")
{
    SECTION("a weekend")
    {
        CalendarHall h(hallTime(10, 0, QDate(2026, 11, 29))); // Sunday
        const QueueSnapshot before = h.engine->snapshot();
        const auto r = h.issue(QStringLiteral("assistance"));
        REQUIRE_ERROR(r, ErrorCode::HallClosed);
        CHECK(r.error().message ==
              QStringLiteral("本中心今天（11月29日，星期日）不办公，11月30日（星期一）08:30 起正常取号"));
        CHECK(h.engine->snapshot() == before);
        CHECK(h.engine->takeChanges().isEmpty());
    }
    SECTION("inside the National Day holiday, the next opening after it")
    {
        CalendarHall h(hallTime(10, 0, QDate(2026, 10, 4)));
        const auto r = h.issue(QStringLiteral("marriage"));
        REQUIRE_ERROR(r, ErrorCode::HallClosed);
        CHECK(r.error().message.contains(QStringLiteral("国庆节假期")));
        CHECK(r.error().message.contains(QStringLiteral("10月8日（星期四）08:30 起正常取号")));
        CHECK(h.engine->takeChanges().isEmpty());
    }
    SECTION("a statutory day of a year whose arrangement is not entered")
    {
        CalendarHall h(hallTime(10, 0, QDate(2027, 1, 1)));
        REQUIRE_ERROR(h.issue(QStringLiteral("enquiries")), ErrorCode::HallClosed);
    }
    SECTION("the hall's own closure on a working day")
    {
        CalendarHall h(hallTime(10, 0, QDate(2026, 11, 26)), kPlan);
        const auto r = h.issue(QStringLiteral("assistance"));
        REQUIRE_ERROR(r, ErrorCode::HallClosed);
        CHECK(r.error().message.contains(QStringLiteral("设备检修")));
        CHECK(r.error().message.contains(QStringLiteral("11月27日（星期五）")));
    }
}

TEST_CASE("a 调休 working Saturday issues tickets like any working day", "[calendar][issue]")
{
    CalendarHall h(hallTime(10, 0, QDate(2026, 10, 10))); // 国庆 2026: 10月10日（周六）上班
    REQUIRE_OK(h.issue(QStringLiteral("assistance")));
}

TEST_CASE("a holiday-plan day opens the plan's services only, within the plan's hours", "[calendar][issue]")
{
    CalendarHall h(hallTime(9, 30, QDate(2026, 11, 28)), kPlan); // Saturday
    const auto marriage = h.issue(QStringLiteral("marriage"));
    REQUIRE_OK(marriage);
    CHECK(marriage.value().number == QStringLiteral("A001"));
    const QueueSnapshot before = h.engine->snapshot();
    h.engine->takeChanges();
    const auto other = h.issue(QStringLiteral("assistance"));
    REQUIRE_ERROR(other, ErrorCode::HallClosed);
    CHECK(other.error().message.contains(
        QStringLiteral("只办理结婚登记（09:00–11:00）、综合咨询（09:00–11:00）")));
    CHECK(other.error().message.contains(QStringLiteral("社会救助11月30日（星期一）08:30 起正常取号")));
    // A ticket for a plan service and another one in the same request is refused whole.
    REQUIRE_ERROR(h.engine->issue(IssueRequest{{QStringLiteral("marriage"), QStringLiteral("assistance")},
                                               PriorityClass::Normal,
                                               {},
                                               std::nullopt,
                                               Actor{}}),
                  ErrorCode::HallClosed);
    CHECK(h.engine->snapshot() == before);
    CHECK(h.engine->takeChanges().isEmpty());
    h.clock.set(hallTime(11, 0, QDate(2026, 11, 28)));
    const auto late = h.issue(QStringLiteral("enquiries"));
    REQUIRE_ERROR(late, ErrorCode::OutsideHours);
    CHECK(late.error().message == QStringLiteral("综合咨询的取号时间为 09:00–11:00"));
}
