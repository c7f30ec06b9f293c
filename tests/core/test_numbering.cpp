// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "storedhall.h"

using namespace hall;
using test::EngineFixture;
using test::hallTime;

namespace {

HallConfig bigQuotaConfig()
{
    QByteArray json = test::testConfigJson();
    json.replace(R"("dailyQuota": 5)", R"("dailyQuota": 999)");
    auto r = parseHallConfig(json);
    REQUIRE_OK(r);
    return std::move(r).value();
}

} // namespace

TEST_CASE("numbers are the service prefix and three digits, counted per service", "[numbering]")
{
    EngineFixture f;
    CHECK(f.issue({QStringLiteral("marriage")}).number == QStringLiteral("A001"));
    CHECK(f.issue({QStringLiteral("assistance")}).number == QStringLiteral("D001"));
    CHECK(f.issue({QStringLiteral("marriage")}).number == QStringLiteral("A002"));
    // A one-stop ticket is numbered by its first errand and counts against both services' quotas.
    CHECK(f.issue({QStringLiteral("assistance"), QStringLiteral("marriage")}).number ==
          QStringLiteral("D002"));
    CHECK(f.issue({QStringLiteral("marriage")}).number == QStringLiteral("A003"));
}

TEST_CASE("many issues give unique consecutive numbers up to 999, then the number space is full",
          "[numbering]")
{
    EngineFixture f(bigQuotaConfig());
    QSet<QString> seen;
    for (int i = 1; i <= 999; ++i) {
        f.clock.advanceMSecs(20);
        auto r = f.engine.issue(
            IssueRequest{{QStringLiteral("assistance")}, PriorityClass::Normal, {}, std::nullopt, f.kiosk});
        REQUIRE_OK(r);
        REQUIRE(r->number == QStringLiteral("D%1").arg(i, 3, 10, QLatin1Char('0')));
        seen.insert(r->number);
    }
    REQUIRE(seen.size() == 999);
    const qint64 seq = f.engine.lastSeq();
    auto full = f.engine.issue(
        IssueRequest{{QStringLiteral("assistance")}, PriorityClass::Normal, {}, std::nullopt, f.kiosk});
    REQUIRE_ERROR(full, ErrorCode::QuotaReached);
    CHECK(full.error().message.contains(QStringLiteral("今日号已取完")));
    CHECK(f.engine.lastSeq() == seq);
}

TEST_CASE("the daily quota is refused with a clear error and no change", "[numbering]")
{
    EngineFixture f;
    for (int i = 0; i < 5; ++i) {
        f.issue({QStringLiteral("marriage")});
    }
    const QueueSnapshot before = f.engine.snapshot();
    auto r = f.engine.issue(
        IssueRequest{{QStringLiteral("marriage")}, PriorityClass::Normal, {}, std::nullopt, f.kiosk});
    REQUIRE_ERROR(r, ErrorCode::QuotaReached);
    CHECK(r.error().message == QStringLiteral("结婚登记今日号已取完"));
    // A second errand counts too: assistance + marriage is refused because of marriage.
    REQUIRE_ERROR(f.engine.issue(IssueRequest{{QStringLiteral("assistance"), QStringLiteral("marriage")},
                                              PriorityClass::Normal,
                                              {},
                                              std::nullopt,
                                              f.kiosk}),
                  ErrorCode::QuotaReached);
    CHECK(f.engine.snapshot() == before);
    CHECK(f.engine.takeChanges().events.size() == 5);
}

TEST_CASE("a cancelled ticket gives back its place in the daily quota, not its number", "[numbering]")
{
    EngineFixture f;
    Ticket first;
    for (int i = 0; i < 5; ++i) {
        const Ticket t = f.issue({QStringLiteral("marriage")});
        if (i == 0) {
            first = t;
        }
    }
    const IssueRequest req{{QStringLiteral("marriage")}, PriorityClass::Normal, {}, std::nullopt, f.kiosk};
    REQUIRE_ERROR(f.engine.issue(req), ErrorCode::QuotaReached);
    REQUIRE_OK(f.engine.cancel(first.number, f.kiosk));
    auto again = f.engine.issue(req);
    REQUIRE_OK(again);
    CHECK(again->number == QStringLiteral("A006")); // numbers never repeat within a day
    REQUIRE_ERROR(f.engine.issue(req), ErrorCode::QuotaReached);
}

TEST_CASE("tickets are issued only within the service's hours", "[numbering]")
{
    EngineFixture f;
    const IssueRequest req{{QStringLiteral("marriage")}, PriorityClass::Normal, {}, std::nullopt, f.kiosk};
    f.clock.set(hallTime(8, 29));
    auto early = f.engine.issue(req);
    REQUIRE_ERROR(early, ErrorCode::OutsideHours);
    CHECK(early.error().message == QStringLiteral("结婚登记的取号时间为 08:30–16:30"));
    f.clock.set(hallTime(8, 30));
    REQUIRE_OK(f.engine.issue(req));
    f.clock.set(hallTime(16, 29));
    REQUIRE_OK(f.engine.issue(req));
    f.clock.set(hallTime(16, 30));
    REQUIRE_ERROR(f.engine.issue(req), ErrorCode::OutsideHours);
    // Enquiries stay open until 17:00.
    REQUIRE_OK(f.engine.issue(
        IssueRequest{{QStringLiteral("enquiries")}, PriorityClass::Normal, {}, std::nullopt, f.kiosk}));
}

TEST_CASE("bad issue requests are refused and change nothing", "[numbering]")
{
    EngineFixture f;
    f.issue({QStringLiteral("marriage")});
    const QueueSnapshot before = f.engine.snapshot();
    const auto refuse = [&](IssueRequest r, ErrorCode code) {
        REQUIRE_ERROR(f.engine.issue(r), code);
        CHECK(f.engine.snapshot() == before);
    };
    refuse(IssueRequest{{QStringLiteral("passports")}, PriorityClass::Normal, {}, std::nullopt, f.kiosk},
           ErrorCode::UnknownService);
    refuse(IssueRequest{{}, PriorityClass::Normal, {}, std::nullopt, f.kiosk}, ErrorCode::InvalidArgument);
    refuse(IssueRequest{{QStringLiteral("marriage"), QStringLiteral("marriage")},
                        PriorityClass::Normal,
                        {},
                        std::nullopt,
                        f.kiosk},
           ErrorCode::InvalidArgument);
    // A full ID number must never be stored on a ticket.
    refuse(IssueRequest{{QStringLiteral("marriage")},
                        PriorityClass::Elder,
                        QStringLiteral("11010519491231002X"),
                        std::nullopt,
                        f.kiosk},
           ErrorCode::InvalidArgument);
    refuse(IssueRequest{{QStringLiteral("marriage")},
                        PriorityClass::Normal,
                        {},
                        Appointment{QStringLiteral("BK"), hallTime(10, 0), hallTime(9, 0)},
                        f.kiosk},
           ErrorCode::InvalidArgument);
    REQUIRE_OK(f.engine.issue(IssueRequest{{QStringLiteral("marriage")},
                                           PriorityClass::Elder,
                                           QStringLiteral("110***********002X"),
                                           std::nullopt,
                                           f.kiosk}));
}

TEST_CASE("numbering restarts each business day and yesterday's open tickets expire", "[numbering][rollover]")
{
    EngineFixture f;
    f.open(1);
    const Ticket a1 = f.issue({QStringLiteral("marriage")});
    const Ticket a2 = f.issue({QStringLiteral("marriage")});
    const Ticket d1 = f.issue({QStringLiteral("assistance")});
    REQUIRE(f.callNext(1).number == a1.number);
    REQUIRE_OK(f.engine.start(1, f.staff));
    REQUIRE_OK(f.engine.finish(1, Rating::Satisfied, f.staff));
    f.engine.takeChanges();

    // 02:00 the next morning still belongs to today's business day (rollover at 03:00).
    f.clock.set(hallTime(2, 0, test::kDay.addDays(1)));
    f.engine.rollOverIfDue();
    CHECK(f.engine.day() == test::kDay);
    CHECK(f.engine.takeChanges().isEmpty());

    f.clock.set(hallTime(8, 40, test::kDay.addDays(1)));
    const Ticket next = f.issue({QStringLiteral("marriage")});
    CHECK(next.number == QStringLiteral("A001"));
    CHECK(next.day == test::kDay.addDays(1));
    CHECK(f.engine.day() == test::kDay.addDays(1));
    CHECK(f.engine.ticket(a1.number)->id == next.id); // "A001" now means today's ticket
    CHECK(f.engine.ticket(a2.number) == nullptr);
    CHECK(f.engine.ticket(d1.number) == nullptr);
    CHECK(f.engine.counter(1)->status == CounterStatus::Closed);

    const ChangeSet changes = f.engine.takeChanges();
    REQUIRE(changes.day == test::kDay.addDays(1));
    QStringList expired;
    for (const Ticket& t : changes.tickets) {
        if (t.state == TicketState::Expired) {
            expired << t.number;
        }
    }
    CHECK(expired == QStringList{a2.number, d1.number});
    REQUIRE(changes.events.size() == 2);
    CHECK(changes.events[0].kind == QStringLiteral("day.rolledOver"));
    CHECK(changes.events[0].data.value(QStringLiteral("expired")).toInt() == 2);
    CHECK(changes.events[1].kind == QStringLiteral("ticket.issued"));
}

TEST_CASE("after a restart, numbering goes on by the service a ticket was taken for, even if transferred",
          "[numbering][storage]")
{
    test::StoredHall h;
    h.ok<CounterState>([&](QueueEngine& e) { return e.openCounter(2, h.staff); });
    CHECK(h.issue({QStringLiteral("assistance")}).number == QStringLiteral("D001"));
    h.ok<Ticket>([&](QueueEngine& e) { return e.callNext(2, h.staff); });
    // D001's only errand becomes elderly: nothing on the ticket but its number says "assistance".
    h.ok<Ticket>([&](QueueEngine& e) { return e.transferToService(2, QStringLiteral("elderly"), h.staff); });
    h.restart();
    CHECK(h.issue({QStringLiteral("assistance")}).number == QStringLiteral("D002"));
    CHECK(h.issue({QStringLiteral("elderly")}).number == QStringLiteral("E001"));
}
