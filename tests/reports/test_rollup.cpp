// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The report engine over the crafted day (craftedday.h), every figure worked out by hand:
//
// visit                     window staff  queued  called  started ended  outcome     wait  service
//  1 A001 marriage           1     li     08:40   09:20   09:22   09:32  finished    2400   600  satisfied
//  2 D001 assistance (elder) 2     wang   09:00   09:10   09:11   09:15  transferred  600   240
//  3 D001 elderly (elder)    4     zhao   09:15   09:25   09:26   09:41  finished     600   900  basic
//  4 L001 enquiries          3     sun    09:30   09:35   09:36   09:46  finished     300   600
//  5 L001 marriage           1     li     09:46   09:50   09:51   10:11  finished     240  1200  unsatisfied
//  6 L001 assistance         2     wang   10:11   10:20   10:21   10:26  finished     540   300
//  7 D002 assistance         2     wang   10:00   10:30   –       10:33  setAside      –     –
//  8 D002 assistance         2     wang   10:50   11:00   11:01   11:09  finished     600   480
//  9 E001 elderly            4     sun    11:10   11:20   –       11:22  setAside      –     –
// 10 A003 marriage (appt.)   1     li     11:25   11:30   11:31   11:41  finished     300   600  satisfied
//
// Waits (the resident came: finished or transferred), sorted: 240 300 300 540 600 600 600 2400 →
// mean 697.5, median (540+600)/2 = 570, p90 the 8th of 8 = 2400; within 20 minutes: 7 of 8.
// Service times sorted: 240 300 480 600 600 600 900 1200 → mean 615, median 600, p90 1200.
// Window time: 1 open 08:30–08:45, paused –09:15, open –12:00 (li): 12600 s, paused 1800, busy
// 720+1260+660 = 2640, idle 8160. 2 open 08:30 and left open overnight: ends at its last action
// 11:09 (wang): 9540 s, busy 300+360+180+540 = 1380, idle 8160. 3 open 09:00–10:00 (sun): 3600,
// busy 660. 4 open 09:00 (zhao) until sun takes over at 11:15, closed 12:00: zhao 8100 busy 960;
// sun 2700 busy 120.
#include "craftedday.h"
#include "reportengine.h"

#include <QSqlQuery>

using namespace hall;
using namespace hall::reports;
using test::kDay;

namespace {

struct Reports
{
    test::StoredHall h;
    std::unique_ptr<ReportStore> store;
    std::unique_ptr<ReportEngine> engine;

    explicit Reports(bool rollOver = true, bool restartAt10 = false)
    {
        test::playCraftedDay(h, rollOver, restartAt10);
        store = std::make_unique<ReportStore>(h.store->database());
        engine = std::make_unique<ReportEngine>(*store, mondayToFriday);
    }

    QueueReport run(Grouping by, QDate from = kDay, QDate to = kDay, int target = 20)
    {
        auto r = engine->run(ReportQuery{from, to, by, target});
        REQUIRE_OK(r);
        return std::move(r).value();
    }
};

const Figures& row(const QueueReport& r, const QString& key)
{
    for (const ReportRow& row : r.rows) {
        if (row.key == key) {
            return row.figures;
        }
    }
    FAIL("no row " << key.toStdString());
    static Figures none;
    return none;
}

QStringList keys(const QueueReport& r)
{
    QStringList out;
    for (const ReportRow& row : r.rows) {
        out << row.key;
    }
    return out;
}

QStringList words(const char* text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

std::vector<int> sorted(std::vector<int> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

} // namespace

TEST_CASE("the crafted day's totals: tickets, visits, waits, service times, ratings, window time",
          "[reports]")
{
    Reports r;
    const QueueReport report = r.run(Grouping::Service);
    const Figures& t = report.total;
    CHECK(t.issued == 8);
    CHECK(t.errands == 10);
    CHECK(t.oneStop == 1);
    CHECK(t.cancelled == 1); // A002
    CHECK(t.noShow == 1);    // E001: set aside and never back
    CHECK(t.expired == 1);   // D003: still waiting at the end of the day
    CHECK(t.open == 0);
    CHECK(t.requeued == 1); // D002
    CHECK(t.served == 7);
    CHECK(t.setAside == 2);
    CHECK(t.transferred == 1);
    CHECK(t.ratings == std::array<int, 4>{3, 2, 1, 1});
    CHECK(sorted(t.waits) == std::vector<int>{240, 300, 300, 540, 600, 600, 600, 2400});
    CHECK(sorted(t.serviceTimes) == std::vector<int>{240, 300, 480, 600, 600, 600, 900, 1200});
    CHECK(t.openSecs == 12600 + 9540 + 3600 + 8100 + 2700);
    CHECK(t.pausedSecs == 1800);
    CHECK(t.busySecs == 2640 + 1380 + 660 + 960 + 120);
    CHECK(t.idleSecs == t.openSecs - t.pausedSecs - t.busySecs);

    const Stats s = statsOf(t, 20 * 60);
    CHECK(s.wait.count == 8);
    CHECK(s.wait.mean == Approx(697.5));
    CHECK(s.wait.median == Approx(570));
    CHECK(s.wait.p90 == 2400);
    CHECK(s.wait.max == 2400);
    CHECK(s.withinTarget == 7);
    CHECK(s.withinTargetShare == Approx(0.875));
    CHECK(s.service.mean == Approx(615));
    CHECK(s.service.median == Approx(600));
    CHECK(s.service.p90 == 1200);
    CHECK(s.rated == 4);
    CHECK(s.satisfaction == Approx(0.75)); // (2 satisfied + 1 basic) / 4 rated
    CHECK(s.errandsPerTicket == Approx(1.25));
    CHECK(s.utilisation == Approx(5760.0 / (36540 - 1800)));
    // A stricter target: only the waits up to 5 minutes (240, 300, 300).
    CHECK(statsOf(t, 5 * 60).withinTarget == 3);

    REQUIRE(report.days.size() == 1);
    CHECK(report.days.at(0).day == kDay);
    CHECK(report.days.at(0).workingDay);
    CHECK_FALSE(report.days.at(0).today);
    CHECK(report.openDays == 1);
    CHECK(r.engine->daysRolledUpLastRun() == 1); // nothing stored yet: rolled up from the facts
}

TEST_CASE("the crafted day by window and by staff member: a paused window is not idle", "[reports]")
{
    Reports r;
    const QueueReport byCounter = r.run(Grouping::Counter);
    CHECK(keys(byCounter) == words("1 2 3 4"));
    const Figures& w1 = row(byCounter, QStringLiteral("1"));
    CHECK(w1.served == 3);
    CHECK(sorted(w1.waits) == std::vector<int>{240, 300, 2400}); // A001 waited across the pause
    CHECK(w1.openSecs == 12600);
    CHECK(w1.pausedSecs == 1800);
    CHECK(w1.busySecs == 2640);
    CHECK(w1.idleSecs == 8160);
    CHECK(statsOf(w1, 1200).utilisation == Approx(2640.0 / 10800));
    const Figures& w2 = row(byCounter, QStringLiteral("2"));
    CHECK(w2.served == 2);
    CHECK(w2.transferred == 1);
    CHECK(w2.setAside == 1);
    CHECK(sorted(w2.waits) == std::vector<int>{540, 600, 600});
    CHECK(w2.openSecs == 9540); // left open overnight: ends at 11:09, its last action
    CHECK(w2.busySecs == 1380);
    const Figures& w4 = row(byCounter, QStringLiteral("4"));
    CHECK(w4.openSecs == 10800);
    CHECK(w4.busySecs == 1080);
    CHECK(w4.setAside == 1);
    // Tickets are not taken at windows: no window has any.
    CHECK(w1.issued == 0);

    const QueueReport byStaff = r.run(Grouping::Staff);
    CHECK(keys(byStaff) == words("li sun wang zhao"));
    const Figures& sun = row(byStaff, QStringLiteral("sun"));
    CHECK(sun.served == 1);
    CHECK(sun.setAside == 1); // E001, at window 4 after the take-over
    CHECK(sun.openSecs == 3600 + 2700);
    CHECK(sun.busySecs == 660 + 120);
    const Figures& zhao = row(byStaff, QStringLiteral("zhao"));
    CHECK(zhao.served == 1);
    CHECK(zhao.ratings == std::array<int, 4>{0, 0, 1, 0});
    CHECK(zhao.openSecs == 8100);
    CHECK(zhao.busySecs == 960);
    CHECK(row(byStaff, QStringLiteral("li")).ratings == std::array<int, 4>{0, 2, 0, 1});
}

TEST_CASE("the crafted day by service, hour, priority and channel", "[reports]")
{
    Reports r;
    const QueueReport byService = r.run(Grouping::Service);
    const Figures& marriage = row(byService, QStringLiteral("marriage"));
    CHECK(marriage.issued == 3);  // A001, A002, A003 (by their first service)
    CHECK(marriage.errands == 4); // and L001's second errand
    CHECK(marriage.served == 3);
    CHECK(marriage.cancelled == 1);
    CHECK(sorted(marriage.waits) == std::vector<int>{240, 300, 2400});
    const Figures& assistance = row(byService, QStringLiteral("assistance"));
    CHECK(assistance.issued == 3);  // D001, D002, D003
    CHECK(assistance.errands == 3); // D002, D003, L001's third (D001's errand became elderly)
    CHECK(assistance.served == 2);
    CHECK(assistance.transferred == 1);
    CHECK(assistance.setAside == 1);
    CHECK(assistance.requeued == 1);
    CHECK(assistance.expired == 1);
    const Figures& elderly = row(byService, QStringLiteral("elderly"));
    CHECK(elderly.issued == 1);
    CHECK(elderly.errands == 2);
    CHECK(elderly.served == 1);
    CHECK(elderly.noShow == 1);
    const Figures& enquiries = row(byService, QStringLiteral("enquiries"));
    CHECK(enquiries.issued == 1);
    CHECK(enquiries.oneStop == 1);
    CHECK(enquiries.serviceTimes == std::vector<int>{600});

    const QueueReport byHour = r.run(Grouping::Hour);
    CHECK(keys(byHour) == words("08 09 10 11 16"));
    CHECK(row(byHour, QStringLiteral("08")).waits == std::vector<int>{2400});
    CHECK(sorted(row(byHour, QStringLiteral("09")).waits) == std::vector<int>{240, 300, 600, 600});
    CHECK(row(byHour, QStringLiteral("09")).issued == 2);
    CHECK(sorted(row(byHour, QStringLiteral("10")).waits) == std::vector<int>{540, 600});
    CHECK(row(byHour, QStringLiteral("11")).issued == 3);
    CHECK(row(byHour, QStringLiteral("11")).setAside == 1);
    CHECK(row(byHour, QStringLiteral("16")).expired == 1);

    const QueueReport byPriority = r.run(Grouping::Priority);
    const Figures& elder = row(byPriority, QStringLiteral("elder"));
    CHECK(elder.issued == 1);
    CHECK(elder.served == 1);
    CHECK(elder.transferred == 1);
    CHECK(elder.waits == std::vector<int>{600, 600});
    CHECK(row(byPriority, QStringLiteral("normal")).issued == 7);

    const QueueReport byChannel = r.run(Grouping::Channel);
    CHECK(row(byChannel, QStringLiteral("appointment")).issued == 1);
    CHECK(row(byChannel, QStringLiteral("appointment")).waits == std::vector<int>{300});
    CHECK(row(byChannel, QStringLiteral("kiosk")).issued == 7);
    CHECK(row(byChannel, QStringLiteral("kiosk")).served == 6);
}

TEST_CASE("a stored rollup answers exactly as the facts it was made from", "[reports]")
{
    Reports r;
    auto facts = r.store->loadDay(kDay, true);
    REQUIRE_OK(facts);
    const auto written = r.store->writeRollup(rollUp(facts.value()));
    INFO((written ? written->message : QString()).toStdString());
    REQUIRE_FALSE(written.has_value());
    auto missing = r.store->daysWithoutRollup(kDay.addDays(10), 10);
    REQUIRE_OK(missing);
    CHECK(missing->isEmpty());

    for (Grouping by : {Grouping::Day, Grouping::Weekday, Grouping::Service, Grouping::Counter,
                        Grouping::Staff, Grouping::Hour, Grouping::Priority, Grouping::Channel}) {
        INFO(toString(by).toStdString());
        const QueueReport stored = r.run(by);
        CHECK(r.engine->daysRolledUpLastRun() == 0);
        ReportStore fresh(r.h.store->database());
        QSqlQuery(r.h.store->database()).exec(QStringLiteral("DELETE FROM report_days"));
        const QueueReport computed = r.run(by);
        CHECK(r.engine->daysRolledUpLastRun() == 1);
        REQUIRE(stored.rows.size() == computed.rows.size());
        for (qsizetype i = 0; i < stored.rows.size(); ++i) {
            CHECK(stored.rows[i].key == computed.rows[i].key);
            CHECK(statsOf(stored.rows[i].figures, 1200).wait.mean ==
                  Approx(statsOf(computed.rows[i].figures, 1200).wait.mean));
            CHECK(countsToJson(stored.rows[i].figures) == countsToJson(computed.rows[i].figures));
            CHECK(sorted(stored.rows[i].figures.waits) == sorted(computed.rows[i].figures.waits));
        }
        REQUIRE_FALSE(r.store->writeRollup(rollUp(r.store->loadDay(kDay, true).value())).has_value());
    }
}

TEST_CASE("a restart in the middle of the day changes no figure", "[reports][storage]")
{
    Reports plain;
    Reports restarted(true, true);
    for (Grouping by :
         {Grouping::Day, Grouping::Service, Grouping::Counter, Grouping::Staff, Grouping::Hour}) {
        INFO(toString(by).toStdString());
        const QueueReport a = plain.run(by);
        const QueueReport b = restarted.run(by);
        REQUIRE(a.rows.size() == b.rows.size());
        CHECK(a.total == b.total);
        for (qsizetype i = 0; i < a.rows.size(); ++i) {
            CHECK(a.rows[i].key == b.rows[i].key);
            CHECK(a.rows[i].figures == b.rows[i].figures);
        }
    }
}

TEST_CASE("today is reported so far, from its facts, with the tickets still open", "[reports]")
{
    Reports r(false); // the crafted day is still today
    const QueueReport report = r.run(Grouping::Day);
    CHECK(report.today == kDay);
    REQUIRE(report.days.size() == 1);
    CHECK(report.days.at(0).today);
    CHECK(report.total.open == 1);   // D003 waits
    CHECK(report.total.noShow == 1); // E001 is set aside now
    CHECK(report.total.expired == 0);
    CHECK(report.total.served == 7);
    // Window 2 is still open: its running span is not over, so only ended spans count so far.
    CHECK(report.total.openSecs == 12600 + 3600 + 8100 + 2700);
    // Today is never stored: a second run rolls it up again.
    r.run(Grouping::Day);
    CHECK(r.engine->daysRolledUpLastRun() == 1);
}

TEST_CASE("a period over several days: closed days told from quiet ones, weekdays merged", "[reports]")
{
    Reports r; // the hall is now on Wednesday 25 November
    // Wednesday: one ticket served at window 2.
    const Actor wang{QStringLiteral("wang"), QStringLiteral("counter-2")};
    r.h.clock.set(test::hallTime(9, 0, kDay.addDays(1)));
    r.h.ok<CounterState>([&](QueueEngine& e) { return e.openCounter(2, wang); });
    r.h.issue({QStringLiteral("assistance")});
    r.h.clock.set(test::hallTime(9, 10, kDay.addDays(1)));
    r.h.ok<Ticket>([&](QueueEngine& e) { return e.callNext(2, wang); });
    r.h.ok<Ticket>([&](QueueEngine& e) { return e.start(2, wang); });
    r.h.clock.set(test::hallTime(9, 20, kDay.addDays(1)));
    r.h.ok<Ticket>([&](QueueEngine& e) { return e.finish(2, Rating::Satisfied, wang); });

    // Monday 23 to Sunday 29 November, on a calendar where Monday the 23rd is a holiday.
    ReportEngine engine(*r.store, [](QDate d) { return d.dayOfWeek() <= 5 && d != QDate(2026, 11, 23); });
    auto week = engine.run(weekPeriod(kDay));
    REQUIRE_OK(week);
    CHECK(week->query.from == QDate(2026, 11, 23));
    CHECK(week->query.to == QDate(2026, 11, 29));
    // Days after today are not reported.
    REQUIRE(week->days.size() == 3);
    CHECK_FALSE(week->days.at(0).workingDay);
    CHECK(week->days.at(0).figures.issued == 0);
    CHECK(week->days.at(1).figures.issued == 8);
    CHECK(week->days.at(2).today);
    CHECK(week->days.at(2).figures.issued == 1);
    CHECK(week->workingDays == 2);
    CHECK(week->openDays == 2);
    CHECK(week->total.issued == 9);
    CHECK(week->total.served == 8);

    ReportQuery byWeekday = weekPeriod(kDay);
    byWeekday.by = Grouping::Weekday;
    auto weekdays = engine.run(byWeekday);
    REQUIRE_OK(weekdays);
    CHECK(keys(weekdays.value()) == words("2 3")); // Tuesday, Wednesday
    CHECK(row(weekdays.value(), QStringLiteral("3")).waits ==
          std::vector<int>{540}); // issued 09:01, called 09:10
}

TEST_CASE("a report that is asked wrongly is refused and says why", "[reports]")
{
    Reports r;
    const auto refused = [&](ReportQuery q) {
        auto result = r.engine->run(q);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::InvalidArgument);
        CHECK_FALSE(result.error().message.isEmpty());
    };
    refused(ReportQuery{kDay, kDay.addDays(-1)});
    refused(ReportQuery{kDay.addDays(-400), kDay});
    refused(ReportQuery{QDate(), kDay});
    refused(ReportQuery{kDay, kDay, Grouping::Day, 0});
    // A period before the hall's first day is simply empty.
    auto empty = r.engine->run(ReportQuery{QDate(2020, 1, 1), QDate(2020, 1, 31)});
    REQUIRE_OK(empty);
    CHECK(empty->total.issued == 0);
    CHECK(empty->days.size() == 31);
    CHECK(empty->openDays == 0);
}

TEST_CASE("a period is asked by name around a date or from one date to another, never both", "[reports]")
{
    const QDate today(2026, 11, 25); // a Wednesday
    const auto periodFor = [&](PeriodAsked asked) { return periodOf(asked, today); };
    const auto month = periodFor({QStringLiteral("month"), {}, {}, {}});
    REQUIRE_OK(month);
    CHECK(month->from == QDate(2026, 11, 1));
    CHECK(month->to == QDate(2026, 11, 30));
    const auto week = periodFor({QStringLiteral("week"), QStringLiteral("2026-11-01"), {}, {}});
    REQUIRE_OK(week);
    CHECK(week->from == QDate(2026, 10, 26)); // the Monday of the Sunday asked for
    CHECK(week->to == QDate(2026, 11, 1));
    const auto range = periodFor({{}, {}, QStringLiteral("2026-01-01"), QStringLiteral("2026-12-31")});
    REQUIRE_OK(range);
    CHECK(range->from.daysTo(range->to) == 364);
    for (const PeriodAsked& wrong :
         {PeriodAsked{}, PeriodAsked{QStringLiteral("day"), {}, QStringLiteral("2026-11-01"), {}},
          PeriodAsked{QStringLiteral("year"), {}, {}, {}},
          PeriodAsked{QStringLiteral("day"), QStringLiteral("25.11.2026"), {}, {}},
          PeriodAsked{{}, {}, QStringLiteral("2026-11-02"), QStringLiteral("2026-11-01")},
          PeriodAsked{{}, {}, QStringLiteral("2025-01-01"), QStringLiteral("2026-11-01")},
          PeriodAsked{{}, {}, QStringLiteral("2026-11-01"), {}}}) {
        const auto refused = periodFor(wrong);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::InvalidArgument);
        CHECK_FALSE(refused.error().message.isEmpty());
    }
}

TEST_CASE("durations: median of an even count is the mean of the middle two, p90 the nearest rank",
          "[reports]")
{
    CHECK(durationStats({}).count == 0);
    const DurationStats one = durationStats({42});
    CHECK(one.median == 42);
    CHECK(one.p90 == 42);
    const DurationStats ten = durationStats({10, 1, 9, 2, 8, 3, 7, 4, 6, 5});
    CHECK(ten.mean == Approx(5.5));
    CHECK(ten.median == Approx(5.5));
    CHECK(ten.p90 == 9);
    CHECK(ten.max == 10);
    std::vector<int> parsed;
    CHECK(appendDurations("12,340,7", parsed));
    CHECK(parsed == std::vector<int>{12, 340, 7});
    CHECK_FALSE(appendDurations("1,,2", parsed));
    CHECK_FALSE(appendDurations("1,x", parsed));
    CHECK_FALSE(appendDurations("3,", parsed));
    CHECK(parsed == std::vector<int>{12, 340, 7});
    CHECK(durationsToText(parsed) == "12,340,7");
}
