// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Retention over a simulated year: a hall runs every weekday for 13 months (tickets with masked IDs
// and person keys, bookings that are cancelled or missed, cases accepted and
// withdrawn) with the retention pass every night. Old personal data is gone from storage and from
// memory; recent data is still there; every weekly figure of the reports is what a hall that forgot
// nothing reports. A pass whose commit fails changes nothing, in memory or in storage.
#include "bookingfigures.h"
#include "bookingfixture.h"
#include "bookingstore.h"
#include "caseengine.h"
#include "casefigures.h"
#include "casestore.h"
#include "domain/hallconfig.h"
#include "durablebooking.h"
#include "reportengine.h"
#include "retentionsweep.h"
#include "storage/durableengine.h"
#include "storage/durablequeue.h"
#include "storage/sqlstore.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace hall;
using namespace hall::test;
using namespace hall::reports;

namespace {

using DurableCases = DurableEngine<CaseEngine, CaseStore>;

const QByteArray kSecret = QByteArrayLiteral("a hall person secret of enough bytes");
const QDate kFirstDay{2026, 1, 5}; // a Monday
const QDate kLastDay{2027, 1, 29};

/// What the reports say about one week.
struct WeekFigures
{
    QList<ReportRow> queueByService;
    Figures queueTotal;
    BookingCounts bookings;
    std::map<QString, CaseTypeCounts> cases;

    bool operator==(const WeekFigures& o) const
    {
        if (queueByService.size() != o.queueByService.size() || !(queueTotal == o.queueTotal) ||
            !(bookings == o.bookings) || cases != o.cases) {
            return false;
        }
        for (qsizetype i = 0; i < queueByService.size(); ++i) {
            if (queueByService[i].key != o.queueByService[i].key ||
                !(queueByService[i].figures == o.queueByService[i].figures)) {
                return false;
            }
        }
        return true;
    }
};

/// Queue, bookings and cases on one connection and one group commit, as hall-service runs them,
/// with the retention pass as one more participant.
struct YearHall
{
    YearHall()
    {
        SqlStore::Options o;
        o.database = dir.filePath(QStringLiteral("hall.sqlite"));
        auto s = SqlStore::open(o);
        REQUIRE(s.ok());
        sql = std::move(s).value();
        auto b = BookingStore::open(sql->database(), kSecret);
        REQUIRE(b.ok());
        bookingStore = std::move(b).value();
        auto c = CaseStore::open(sql->database(), kSecret);
        REQUIRE(c.ok());
        caseStore = std::move(c).value();
        driver = std::make_unique<GroupCommit>(
            sql->database(), [this](const QList<RequestRecord>& r) { return sql->writeRequests(r); });
        durableQueue = std::make_unique<DurableQueue>(queue, *sql, *driver);
        durableBooking = std::make_unique<DurableBooking>(bookings, *bookingStore, *driver);
        durableCases = std::make_unique<DurableCases>(cases, *caseStore, *driver);
        sweep = std::make_unique<RetentionSweep>(sql->database(), *driver);
        REQUIRE_FALSE(durableQueue->restore());
        REQUIRE_FALSE(durableBooking->restore());
        REQUIRE_FALSE(durableCases->restore());
        reportStore = std::make_unique<ReportStore>(sql->database());
        reportEngine = std::make_unique<ReportEngine>(*reportStore, mondayToFriday);
    }

    int count(const QString& sqlText, const QDate& before = {})
    {
        QSqlQuery q(sql->database());
        REQUIRE(q.prepare(sqlText));
        if (before.isValid()) {
            q.addBindValue(before.toString(Qt::ISODate));
        }
        INFO(sqlText.toStdString());
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toInt();
    }

    void commit() { REQUIRE(driver->flush()); }

    /// 09:00 on a weekday: two residents take tickets, one is served.
    void openDay(QDate day, int n)
    {
        clock.set(halltime::at(day, QTime(9, 0)));
        bookings.tick();
        (void)queue.openCounter(1, staff); // may already be open
        for (int i = 0; i < 2; ++i) {
            IssueRequest r{{QStringLiteral("marriage")},
                           PriorityClass::Normal,
                           QStringLiteral("110***********1234"),
                           std::nullopt,
                           Actor{{}, QStringLiteral("kiosk-1")}};
            r.personKey = QStringLiteral("person-%1-%2").arg(n).arg(i);
            REQUIRE(queue.issue(r).ok());
        }
        clock.set(halltime::at(day, QTime(9, 10)));
        REQUIRE(queue.callNext(1, staff).ok());
        REQUIRE(queue.start(1, staff).ok());
        clock.set(halltime::at(day, QTime(9, 25)));
        REQUIRE(queue.finish(1, Rating::Satisfied, staff).ok());
        commit();
    }

    WeekFigures figures(QDate monday, QDate asOf)
    {
        const QDate friday = monday.addDays(4);
        WeekFigures w;
        auto q = reportEngine->run(ReportQuery{monday, friday, Grouping::Service, 20});
        REQUIRE(q.ok());
        w.queueByService = q->rows;
        w.queueTotal = q->total;
        auto b = bookingReport(sql->database(), monday, friday, nullptr);
        REQUIRE(b.ok());
        w.bookings = b->total;
        w.cases = caseReport(cases.cases(), cases.config(), cases.calendar(), monday, friday, asOf).byType;
        return w;
    }

    QTemporaryDir dir;
    ManualClock clock{halltime::at(kFirstDay, QTime(8, 0))};
    Actor staff{QStringLiteral("li"), QStringLiteral("counter-1")};
    QueueEngine queue{defaultHallConfig(), clock};
    BookingEngine bookings{testBookingConfig(), clock, QByteArrayLiteral("test-secret"), 42};
    CaseEngine cases{defaultCasesConfig(), clock, kSecret};
    std::unique_ptr<SqlStore> sql;
    std::unique_ptr<BookingStore> bookingStore;
    std::unique_ptr<CaseStore> caseStore;
    std::unique_ptr<GroupCommit> driver;
    std::unique_ptr<DurableQueue> durableQueue;
    std::unique_ptr<DurableBooking> durableBooking;
    std::unique_ptr<DurableCases> durableCases;
    std::unique_ptr<RetentionSweep> sweep;
    std::unique_ptr<ReportStore> reportStore;
    std::unique_ptr<ReportEngine> reportEngine;
};

/// One year's business, the same in every hall it is played in.
struct YearScript
{
    int n = 0;
    int week = 0;
    int bookingsMade = 0;
    int casesClosed = 0;
    QString openBooking;
    QString openCase;

    /// The day's business at `day` (the clock is set by it); Saturdays close the week's queue.
    void play(YearHall& h, QDate day)
    {
        const int weekday = day.dayOfWeek();
        if (weekday == 6) {
            // Friday's waiting tickets expire, so the week's figures are whole.
            h.clock.set(halltime::at(day, QTime(9, 0)));
            h.queue.rollOverIfDue();
            h.commit();
            return;
        }
        // Sundays, and weekdays the hall calendar closes (statutory holidays, 调休 days off).
        if (weekday == 7 || h.queue.calendar().hallDay(day).status != HallDay::Status::Open) {
            return;
        }
        h.openDay(day, ++n);
        if (weekday == 1) {
            ++week;
            // A couple books Wednesday 10:00; every other week they cancel early, else they do not come.
            const auto b = h.bookings.create(BookingFixture().marriage(
                QStringLiteral("b-%1").arg(week), halltime::at(day.addDays(2), QTime(10, 0)), week));
            if (b.ok()) {
                ++bookingsMade;
                openBooking = week % 2 == 0 ? b->code : QString();
            }
            // A resident applies for an elderly card, with a note naming a relative.
            AcceptRequest a;
            a.type = QStringLiteral("elderly_card");
            a.office = QStringLiteral("township");
            a.name = QStringLiteral("王五");
            a.idNumber = idNumber(QDate(1950, 1, 1).addDays(week), true, week);
            a.phone = QStringLiteral("13812345678");
            a.householdSize = 2;
            const auto c = h.cases.accept(a, QStringLiteral("li"));
            if (c.ok()) {
                REQUIRE(
                    h.cases.addNote(c->number, QStringLiteral("li"), QStringLiteral("女儿王小五代办")).ok());
                openCase = c->number;
            }
            h.commit();
        } else if (weekday == 2 && !openBooking.isEmpty()) {
            REQUIRE(h.bookings.cancel(openBooking, man(week)).ok());
            openBooking.clear();
            h.commit();
        } else if (weekday == 4 && !openCase.isEmpty()) {
            REQUIRE(h.cases.withdraw(openCase, QStringLiteral("li"), QStringLiteral("申请人撤回")).ok());
            ++casesClosed;
            openCase.clear();
            h.commit();
        }
    }
};

} // namespace

TEST_CASE("retention over a simulated year: old personal data is gone, every weekly figure survives")
{
    // Two halls live the same year; only `h` runs the nightly pass. A week's figures can still move
    // after the week (a booking swept as a no-show, a case closed later: the report counts what is
    // open now), so what retention must keep is read against the hall that forgot nothing.
    YearHall h;
    YearHall control;
    const RetentionPolicy policy = h.queue.config().retention;
    REQUIRE(policy == RetentionPolicy{}); // the defaults this test reasons about: 30, 180, 365 days
    const int lookback = h.bookings.penaltyLookbackDays();
    REQUIRE(lookback == 360);

    YearScript script;
    YearScript controlScript;
    PurgeCounts purged;
    int forgettingPasses = 0;
    for (QDate day = kFirstDay; day <= kLastDay; day = day.addDays(1)) {
        // The nightly pass, at 02:30, before the day's business.
        h.clock.set(halltime::at(day, policy.runAt));
        auto r = h.sweep->run(RetentionCutoffs::of(policy, day, lookback), h.queue, &h.bookings, &h.cases,
                              Actor{{}, QStringLiteral("retention")});
        REQUIRE(r.ok());
        h.commit();
        for (const auto& [name, count] : r->items()) {
            REQUIRE(count >= 0);
        }
        purged += r.value();
        forgettingPasses += r->total() > 0 ? 1 : 0;
        script.play(h, day);
        controlScript.play(control, day);
    }
    const QDate today = kLastDay.addDays(1);
    h.clock.set(halltime::at(today, policy.runAt));
    auto last = h.sweep->run(RetentionCutoffs::of(policy, today, lookback), h.queue, &h.bookings, &h.cases,
                             Actor{{}, QStringLiteral("retention")});
    REQUIRE(last.ok());
    h.commit();
    REQUIRE(script.bookingsMade > 40);
    REQUIRE(script.casesClosed > 40);

    // Tickets: nothing personal before the cut-off, everything after it.
    const QDate ticketCut = today.addDays(-policy.ticketDays);
    CHECK(h.count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE day < ? AND (person_key IS NOT NULL"
                                 " OR id_ref IS NOT NULL)"),
                  ticketCut) == 0);
    CHECK(h.count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE day >= ? AND person_key IS NULL"),
                  ticketCut) == 0);
    CHECK(h.count(QStringLiteral("SELECT COUNT(*) FROM journal WHERE substr(at, 1, 10) < ? AND data LIKE "
                                 "'%idRef%'"),
                  ticketCut) == 0);
    CHECK(h.count(QStringLiteral("SELECT COUNT(*) FROM journal WHERE substr(at, 1, 10) >= ? AND data LIKE "
                                 "'%idRef%'"),
                  ticketCut) > 0);
    // Bookings: parties emptied after 180 days, in memory and (sealed) in storage; recent ones kept.
    const QDate bookingCut = today.addDays(-policy.bookingDays);
    CHECK(h.count(QStringLiteral("SELECT COUNT(*) FROM bookings WHERE day < ? AND (person1_key <> ''"
                                 " OR person1_masked <> '' OR person2_key <> '' OR person2_masked <> '')"),
                  bookingCut) == 0);
    CHECK(h.count(QStringLiteral("SELECT COUNT(*) FROM bookings WHERE day >= ? AND person1_key = ''"),
                  bookingCut) == 0);
    CHECK(h.count(
              QStringLiteral("SELECT COUNT(*) FROM booking_events WHERE substr(at, 1, 10) < ? AND person_key"
                             " <> ''"),
              today.addDays(-lookback)) == 0);
    CHECK(h.count(QStringLiteral("SELECT COUNT(*) FROM booking_events WHERE person_key <> ''")) > 0);
    // Cases: the applicant and the notes of cases closed more than a year ago, nothing of the others.
    const QDate caseCut = today.addDays(-policy.caseDays);
    CHECK(h.count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE closed_on < ? AND (person_key <> ''"
                                 " OR id_masked <> '')"),
                  caseCut) == 0);
    CHECK(
        h.count(QStringLiteral("SELECT COUNT(*) FROM case_entries e JOIN cases c ON c.number = e.case_number"
                               " WHERE c.closed_on < ? AND e.note <> ''"),
                caseCut) == 0);
    CHECK(h.count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE closed_on >= ? AND person_key = ''"),
                  caseCut) == 0);

    // Storage and memory agree: what a restart would load is what the engines hold.
    auto bookingsStored = h.bookingStore->load();
    REQUIRE(bookingsStored.ok());
    CHECK(bookingsStored.value() == h.bookings.state());
    int emptied = 0;
    for (const Booking& b : bookingsStored->bookings) {
        if (b.day < bookingCut) {
            CHECK(b.phone.isEmpty());
            CHECK_FALSE(b.eligibleFrom.isValid());
            for (const Party& p : b.parties) {
                CHECK(p == Party{});
            }
            ++emptied;
        } else if (b.status != BookingStatus::Confirmed) {
            CHECK(b.parties.value(0).name == QStringLiteral("张三"));
        }
    }
    CHECK(emptied > 0);
    auto casesStored = h.caseStore->load();
    REQUIRE(casesStored.ok());
    CHECK(casesStored.value() == h.cases.cases());
    int forgottenCases = 0;
    for (const CaseRecord& c : casesStored.value()) {
        if (c.closedOn.isValid() && c.closedOn < caseCut) {
            CHECK(c.applicant == Applicant{});
            ++forgottenCases;
        } else {
            CHECK(c.applicant.name == QStringLiteral("王五"));
        }
    }
    CHECK(forgottenCases > 0);

    // Each pass that forgot was journalled with its counts; together they are everything that was emptied.
    PurgeCounts journalled;
    QSqlQuery q(h.sql->database());
    REQUIRE(q.exec(QStringLiteral("SELECT data FROM journal WHERE kind = 'retention.purged' ORDER BY seq")));
    int passes = 0;
    while (q.next()) {
        const QJsonObject c = QJsonDocument::fromJson(q.value(0).toString().toUtf8())
                                  .object()
                                  .value(QLatin1String("counts"))
                                  .toObject();
        journalled.tickets += c.value(QLatin1String("tickets")).toInt();
        journalled.bookings += c.value(QLatin1String("bookings")).toInt();
        journalled.cases += c.value(QLatin1String("cases")).toInt();
        ++passes;
    }
    // One event for each pass that forgot something (a pass with nothing due changes no hall state).
    forgettingPasses += last->total() > 0 ? 1 : 0;
    CHECK(passes == forgettingPasses);
    CHECK(passes > 100);
    purged += last.value();
    CHECK(journalled.tickets == purged.tickets);
    CHECK(journalled.bookings == purged.bookings);
    CHECK(journalled.cases == purged.cases);
    CHECK(purged.tickets == h.count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE day < ?"), ticketCut));
    CHECK(purged.cases == forgottenCases);
    CHECK(purged.bookings == emptied);

    // Every week's figures are what the hall that forgot nothing says, as of the Saturday after it.
    int compared = 0;
    int withBookings = 0;
    int withCases = 0;
    for (QDate monday = kFirstDay; monday.addDays(5) <= kLastDay; monday = monday.addDays(7)) {
        INFO("week of " << monday.toString(Qt::ISODate).toStdString());
        const WeekFigures kept = h.figures(monday, monday.addDays(5));
        const WeekFigures expected = control.figures(monday, monday.addDays(5));
        CHECK(kept.queueTotal == expected.queueTotal);
        CHECK(kept.bookings == expected.bookings);
        CHECK((kept.cases == expected.cases));
        CHECK(kept == expected);
        ++compared;
        withBookings += expected.bookings.booked > 0 ? 1 : 0;
        withCases += expected.cases.at(QStringLiteral("elderly_card")).accepted > 0 ? 1 : 0;
    }
    CHECK(compared > 50);
    // And the figures are not empty: a year of tickets, bookings and cases is counted, most of it
    // in weeks whose personal data is gone.
    CHECK(withBookings > 40);
    CHECK(withCases > 40);
    CHECK(h.figures(kFirstDay, kFirstDay.addDays(5)).queueTotal.issued > 0);
}

TEST_CASE("a retention pass whose commit fails forgets nothing")
{
    YearHall h;
    const RetentionPolicy policy = h.queue.config().retention;
    // Something for every part of the pass: a day's tickets, a booking the couple cancelled late (a
    // person event for each of them) and a case withdrawn.
    h.openDay(kFirstDay, 1);
    const QDate wednesday = kFirstDay.addDays(2);
    const auto b = h.bookings.create(
        BookingFixture().marriage(QStringLiteral("b-1"), halltime::at(wednesday, QTime(10, 0))));
    REQUIRE(b.ok());
    h.clock.set(halltime::at(wednesday, QTime(7, 30)));
    REQUIRE(h.bookings.cancel(b->code, man()).ok());
    AcceptRequest a;
    a.type = QStringLiteral("elderly_card");
    a.office = QStringLiteral("township");
    a.name = QStringLiteral("王五");
    a.idNumber = idNumber(QDate(1950, 1, 1), true);
    a.phone = QStringLiteral("13812345678");
    a.householdSize = 2;
    const auto c = h.cases.accept(a, QStringLiteral("li"));
    REQUIRE(c.ok());
    REQUIRE(h.cases.withdraw(c->number, QStringLiteral("li"), QStringLiteral("申请人撤回")).ok());
    h.commit();

    // Past every period; the business day has rolled over (as the service's timer does), so all that
    // is pending is the pass.
    const QDate later = kFirstDay.addDays(std::max({policy.caseDays, h.bookings.penaltyLookbackDays()}) + 5);
    h.clock.set(halltime::at(later, policy.runAt));
    h.queue.rollOverIfDue();
    h.commit();
    const BookingState bookingsBefore = h.bookings.state();
    const QList<CaseRecord> casesBefore = h.cases.cases();
    const qint64 seqBefore = h.queue.lastSeq();
    const int journalBefore = h.count(QStringLiteral("SELECT COUNT(*) FROM journal"));
    auto r = h.sweep->run(RetentionCutoffs::of(policy, later, h.bookings.penaltyLookbackDays()), h.queue,
                          &h.bookings, &h.cases, Actor{{}, QStringLiteral("retention")});
    REQUIRE(r.ok());
    CHECK(r->tickets == 2);
    CHECK(r->bookings == 1);
    CHECK(r->bookingEvents == 2);
    CHECK(r->cases == 1);
    CHECK_FALSE(h.bookings.state() == bookingsBefore); // the engines forgot at once...
    CHECK_FALSE(h.cases.cases() == casesBefore);

    // ...and the pass's own write fails when it commits (only it updates journal entries): the
    // transaction is rolled back as a whole, and every engine is rebuilt from storage.
    REQUIRE(QSqlQuery(h.sql->database())
                .exec(QStringLiteral("CREATE TEMP TRIGGER injected BEFORE UPDATE OF data ON journal"
                                     " BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
    CHECK_FALSE(h.driver->flush());
    REQUIRE(QSqlQuery(h.sql->database()).exec(QStringLiteral("DROP TRIGGER injected")));
    CHECK(h.count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE person_key IS NOT NULL")) == 2);
    CHECK(h.count(QStringLiteral("SELECT COUNT(*) FROM journal")) == journalBefore);
    CHECK(h.bookings.state() == bookingsBefore);
    CHECK(h.cases.cases() == casesBefore);
    auto bookingsStored = h.bookingStore->load();
    REQUIRE(bookingsStored.ok());
    CHECK(bookingsStored.value() == bookingsBefore);
    auto casesStored = h.caseStore->load();
    REQUIRE(casesStored.ok());
    CHECK(casesStored.value() == casesBefore);
    CHECK(h.queue.lastSeq() == seqBefore); // the pass's journal event went with it
    // Nothing is left staged to ride on the next commit.
    REQUIRE(h.driver->flush());
    CHECK(h.count(QStringLiteral("SELECT COUNT(*) FROM journal")) == journalBefore);

    // The next night's pass does it.
    auto again = h.sweep->run(RetentionCutoffs::of(policy, later, h.bookings.penaltyLookbackDays()), h.queue,
                              &h.bookings, &h.cases, Actor{{}, QStringLiteral("retention")});
    REQUIRE(again.ok());
    h.commit();
    CHECK(again.value() == r.value());
    CHECK(h.count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE person_key IS NOT NULL")) == 0);
    bookingsStored = h.bookingStore->load();
    REQUIRE(bookingsStored.ok());
    CHECK(bookingsStored.value() == h.bookings.state());
    CHECK(bookingsStored->bookings.value(0).parties.value(1) == Party{});
    casesStored = h.caseStore->load();
    REQUIRE(casesStored.ok());
    CHECK(casesStored.value() == h.cases.cases());
    CHECK(casesStored->value(0).applicant == Applicant{});
}
