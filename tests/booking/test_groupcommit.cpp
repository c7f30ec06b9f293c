// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One group commit for the queue and the bookings: a check-in marks the booking and issues its
// appointment ticket in one transaction, both or neither.
#include "bookingfixture.h"
#include "bookingstore.h"
#include "domain/hallconfig.h"
#include "durablebooking.h"
#include "storage/durablequeue.h"
#include "storage/groupcommit.h"
#include "storage/sqlstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace hall;
using namespace hall::test;

namespace {

/// Queue and bookings on one SQLite connection and one GroupCommit, as hall-service runs them.
struct SharedHall
{
    SharedHall()
    {
        SqlStore::Options o;
        o.database = dir.filePath(QStringLiteral("hall.sqlite"));
        auto s = SqlStore::open(o);
        REQUIRE(s.ok());
        sql = std::move(s).value();
        auto b = BookingStore::open(sql->database(), QByteArrayLiteral("a hall secret of enough bytes"));
        REQUIRE(b.ok());
        bookingStore = std::move(b).value();
        driver = std::make_unique<GroupCommit>(
            sql->database(), [this](const QList<RequestRecord>& r) { return sql->writeRequests(r); });
        queue = std::make_unique<QueueEngine>(defaultHallConfig(), fx.clock);
        durableQueue = std::make_unique<DurableQueue>(*queue, *sql, *driver);
        durableBooking = std::make_unique<DurableBooking>(fx.engine, *bookingStore, *driver);
        REQUIRE_FALSE(durableQueue->restore());
        REQUIRE_FALSE(durableBooking->restore());
    }

    int rows(const QString& sqlText)
    {
        QSqlQuery q(sql->database());
        REQUIRE(q.exec(sqlText));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
    void exec(const QString& sqlText)
    {
        QSqlQuery q(sql->database());
        INFO(sqlText.toStdString());
        REQUIRE(q.exec(sqlText));
    }

    /// What the service's booking.checkIn does: check everything, issue the ticket, mark the booking,
    /// record the reply, and answer after the commit.
    void checkIn(const QString& code, std::optional<Error>* answer)
    {
        CheckInRequest r;
        r.office = QStringLiteral("main");
        r.code = code;
        r.idNumber = man(1);
        const auto preview = fx.engine.checkInPreview(r);
        REQUIRE(preview.ok());
        IssueRequest issue;
        issue.services = {QStringLiteral("marriage")};
        issue.appointment = Appointment{preview->reference, preview->slotStart, preview->slotEnd};
        issue.personKey = preview->personKey;
        const auto ticket = queue->issue(issue);
        REQUIRE(ticket.ok());
        fx.engine.confirmCheckIn(preview.value());
        driver->recordRequest(RequestRecord{
            QStringLiteral("kiosk-1"), QStringLiteral("r-checkin"), QStringLiteral("booking.checkIn"),
            QStringLiteral("fp"), R"({"ticket":")" + ticket->number.toUtf8() + R"("})", fx.clock.now()});
        driver->whenCommitted([answer](const std::optional<Error>& failure) { *answer = failure; });
    }

    QTemporaryDir dir;
    BookingFixture fx;
    std::unique_ptr<SqlStore> sql;
    std::unique_ptr<BookingStore> bookingStore;
    std::unique_ptr<GroupCommit> driver;
    std::unique_ptr<QueueEngine> queue;
    std::unique_ptr<DurableQueue> durableQueue;
    std::unique_ptr<DurableBooking> durableBooking;
};

} // namespace

TEST_CASE("group commit: a check-in and its appointment ticket commit in one transaction", "[groupcommit]")
{
    SharedHall h;
    // Booked on Friday for Tuesday 09:30; on Tuesday at 09:10 the check-in window is open.
    h.fx.clock.set(at(QDate(2026, 11, 20), 9));
    const auto booked = h.durableBooking->run<Booking>(
        [&](BookingEngine& e) { return e.create(h.fx.marriage(QStringLiteral("r1"), at(kToday, 9, 30))); });
    REQUIRE_BOOKED(booked);
    h.fx.clock.set(at(kToday, 9, 10));
    h.queue->rollOverIfDue();
    REQUIRE(h.driver->flush());
    const qint64 commitsBefore = h.driver->commits();

    SECTION("both are stored by one commit, with the reply")
    {
        std::optional<Error> answer{Error{ErrorCode::InvalidArgument, QStringLiteral("not answered")}};
        h.checkIn(booked->code, &answer);
        REQUIRE(h.driver->pendingReplies() == 1);
        REQUIRE(h.driver->flush());
        REQUIRE_FALSE(answer.has_value());
        REQUIRE(h.driver->commits() == commitsBefore + 1);
        REQUIRE(h.rows(QStringLiteral("SELECT COUNT(*) FROM bookings WHERE status = 'checkedIn'")) == 1);
        REQUIRE(h.rows(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE appointment_ref = '%1'")
                           .arg(booked->code)) == 1);
        REQUIRE(h.rows(QStringLiteral("SELECT COUNT(*) FROM request_log WHERE request_id = 'r-checkin'")) ==
                1);
    }

    SECTION("a failing ticket row rolls the booking back too, in storage and in memory")
    {
        h.exec(QStringLiteral("CREATE TRIGGER no_tickets BEFORE INSERT ON tickets"
                              " BEGIN SELECT RAISE(ABORT, 'injected fault'); END"));
        std::optional<Error> answer;
        h.checkIn(booked->code, &answer);
        REQUIRE_FALSE(h.driver->flush());
        REQUIRE(answer.has_value());
        REQUIRE(answer->code == ErrorCode::StorageFailed);
        REQUIRE(h.rows(QStringLiteral("SELECT COUNT(*) FROM bookings WHERE status = 'confirmed'")) == 1);
        REQUIRE(h.rows(QStringLiteral("SELECT COUNT(*) FROM tickets")) == 0);
        REQUIRE(h.rows(QStringLiteral("SELECT COUNT(*) FROM request_log")) == 0);
        // Both engines were rebuilt from storage: the booking can be checked in again, no ticket exists.
        REQUIRE(h.fx.engine.booking(booked->code)->status == BookingStatus::Confirmed);
        REQUIRE(h.queue->snapshot().tickets.isEmpty());

        h.exec(QStringLiteral("DROP TRIGGER no_tickets"));
        std::optional<Error> again{Error{ErrorCode::InvalidArgument, QStringLiteral("not answered")}};
        h.checkIn(booked->code, &again);
        REQUIRE(h.driver->flush());
        REQUIRE_FALSE(again.has_value());
        REQUIRE(h.rows(QStringLiteral("SELECT COUNT(*) FROM tickets")) == 1);
    }

    SECTION("a failing booking row rolls the ticket back too")
    {
        h.exec(QStringLiteral("CREATE TRIGGER no_checkin BEFORE UPDATE ON bookings"
                              " BEGIN SELECT RAISE(ABORT, 'injected fault'); END"));
        std::optional<Error> answer;
        h.checkIn(booked->code, &answer);
        REQUIRE_FALSE(h.driver->flush());
        REQUIRE(answer.has_value());
        REQUIRE(h.rows(QStringLiteral("SELECT COUNT(*) FROM tickets")) == 0);
        REQUIRE(h.rows(QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = 'ticket.issued'")) == 0);
        REQUIRE(h.queue->snapshot().tickets.isEmpty());
        REQUIRE(h.fx.engine.booking(booked->code)->status == BookingStatus::Confirmed);
    }
}

TEST_CASE("group commit: a turn with nothing to write opens no transaction", "[groupcommit]")
{
    SharedHall h;
    const qint64 before = h.driver->commits();
    bool answered = false;
    h.driver->whenCommitted([&](const std::optional<Error>& failure) { answered = !failure; });
    REQUIRE(h.driver->flush());
    REQUIRE(answered);
    REQUIRE(h.driver->commits() == before);
}

TEST_CASE("group commit with a companion: a change that needs it never shares a turn with one that does not, "
          "so a companion that fails fails only its own changes",
          "[groupcommit]")
{
    SharedHall h;
    h.fx.clock.set(at(kToday, 9, 10));
    h.queue->rollOverIfDue();
    REQUIRE(h.driver->flush());
    // The city beside the hall, failing every turn in which a booking was written (as CityPool's
    // commitTurn does when the city hangs): a turn without one opened nothing there.
    quint64 seen = h.bookingStore->writes();
    h.driver->setCompanion(
        {[&]() -> std::optional<Error> {
             const bool claimed = h.bookingStore->writes() != seen;
             seen = h.bookingStore->writes();
             if (!claimed) {
                 return std::nullopt;
             }
             return Error{ErrorCode::StorageFailed, QStringLiteral("the city did not answer")};
         },
         [] {}});
    const qint64 before = h.driver->commits();
    const auto issueTicket = [&](std::optional<Error>* answer) {
        IssueRequest issue;
        issue.services = {QStringLiteral("marriage")};
        REQUIRE(h.queue->issue(issue).ok());
        h.driver->whenCommitted([answer](const std::optional<Error>& failure) { *answer = failure; });
    };
    const auto book = [&](bool* failed) {
        h.durableBooking->submit<Booking>(
            [&](BookingEngine& e) { return e.create(h.fx.marriage(QStringLiteral("r1"), at(kDec1, 9))); },
            [failed](const Result<Booking>& r) { *failed = !r.ok(); });
    };
    std::optional<Error> ticket{Error{ErrorCode::InvalidArgument, QStringLiteral("not answered")}};
    bool bookingFailed = false;

    SECTION("kept apart: the ticket commits in a turn of its own, the booking's turn fails alone")
    {
        h.driver->keepApart(false);
        issueTicket(&ticket);
        h.driver->keepApart(true); // the ticket's turn commits here, before the booking is made
        REQUIRE(h.driver->commits() == before + 1);
        book(&bookingFailed);
        REQUIRE_FALSE(h.driver->flush());
        REQUIRE_FALSE(ticket.has_value());
        REQUIRE(bookingFailed);
        REQUIRE(h.rows(QStringLiteral("SELECT COUNT(*) FROM tickets")) == 1);
        REQUIRE(h.rows(QStringLiteral("SELECT COUNT(*) FROM bookings")) == 0);
        // Every engine was rebuilt from storage after the failed turn: the ticket is there, the booking not.
        REQUIRE(h.queue->snapshot().tickets.size() == 1);
        REQUIRE(h.fx.engine.state().bookings.isEmpty());

        // And the other way round: a ticket after a booking commits the booking's turn first.
        std::optional<Error> second{Error{ErrorCode::InvalidArgument, QStringLiteral("not answered")}};
        h.driver->keepApart(true);
        book(&bookingFailed);
        h.driver->keepApart(false);
        REQUIRE(bookingFailed);
        issueTicket(&second);
        REQUIRE(h.driver->flush());
        REQUIRE_FALSE(second.has_value());
        REQUIRE(h.rows(QStringLiteral("SELECT COUNT(*) FROM tickets")) == 2);
    }

    SECTION("in one turn, as without keepApart, the companion's failure takes the ticket with it")
    {
        issueTicket(&ticket);
        book(&bookingFailed);
        REQUIRE_FALSE(h.driver->flush());
        REQUIRE(ticket.has_value());
        REQUIRE(bookingFailed);
        REQUIRE(h.rows(QStringLiteral("SELECT COUNT(*) FROM tickets")) == 0);
    }
}
