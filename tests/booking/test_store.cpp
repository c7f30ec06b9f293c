// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingfixture.h"
#include "bookingstore.h"
#include "durablebooking.h"
#include "postgresserver.h"
#include "storage/sqlstore.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace hall;
using namespace hall::test;

namespace {

const QByteArray kSecret = QByteArrayLiteral("a hall secret of enough bytes");

SqlStore::Options sqliteOptions(const QString& path)
{
    SqlStore::Options o;
    o.database = path;
    return o;
}

/// A SQLite file opened the way the service opens it, with the booking store on its connection.
struct StoredBooking
{
    explicit StoredBooking(const QString& path, const QByteArray& secret = kSecret)
        : StoredBooking(sqliteOptions(path), secret)
    {}
    explicit StoredBooking(const SqlStore::Options& o, const QByteArray& secret = kSecret)
    {
        auto s = SqlStore::open(o);
        REQUIRE(s.ok());
        sql = std::move(s).value();
        auto b = BookingStore::open(sql->database(), secret);
        REQUIRE(b.ok());
        store = std::move(b).value();
    }
    std::unique_ptr<SqlStore> sql;
    std::unique_ptr<BookingStore> store;
};

void commit(BookingFixture& fx, StoredBooking& s)
{
    const auto failed = s.store->commit(fx.engine.takeChanges());
    REQUIRE_FALSE(failed);
}

QByteArray fileBytes(const QString& path)
{
    QByteArray all;
    for (const QString& p : {path, path + QStringLiteral("-wal")}) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly)) {
            all += f.readAll();
        }
    }
    return all;
}

/// Books, cancels, records and closes; stops; starts again from `options` and compares everything.
void checkRestart(const SqlStore::Options& options)
{
    BookingState saved;
    BookingFixture fx;
    QString kept;
    {
        StoredBooking s(options);
        const Booking a = fx.book(fx.marriage(QStringLiteral("r1"), at(QDate(2026, 12, 1), 9), 1));
        kept = a.code;
        const Booking b = fx.book(fx.marriage(QStringLiteral("r2"), at(QDate(2026, 12, 1), 9), 2));
        commit(fx, s); // one group commit for two bookings
        BookingRequest c = fx.marriage(QStringLiteral("r3"), at(QDate(2026, 12, 2), 9), 3);
        c.type = BookingType::Ceremony;
        c.officiant = QStringLiteral("王老师");
        fx.book(c);
        BookingRequest single = fx.marriage(QStringLiteral("r4"), at(QDate(2026, 12, 3), 9), 4);
        single.type = BookingType::Replacement;
        single.second = {};
        fx.book(single);
        REQUIRE_BOOKED(fx.engine.cancel(b.code, man(2)));
        const Booking late = fx.book(fx.marriage(QStringLiteral("r9"), at(QDate(2026, 12, 1), 10), 9));
        REQUIRE_BOOKED(fx.engine.cancel(late.code, man(9)));
        REQUIRE_BOOKED(
            fx.engine.recordDivorceApplication(QStringLiteral("main"), {QStringLiteral("王五"), man(5)},
                                               {QStringLiteral("赵六"), woman(5)}, QStringLiteral("wang")));
        // Booked by staff for a caller and moved: the audit, the new slot and the sealed legal-age date.
        BookingRequest phoned = fx.marriage(QStringLiteral("r10"), at(QDate(2026, 12, 2), 10), 10);
        phoned.actor = BookingActor{QStringLiteral("li"), QStringLiteral("phone")};
        const Booking staffBooked = fx.book(phoned);
        REQUIRE_BOOKED(
            fx.engine.move(MoveRequest{staffBooked.code,
                                       {{}, man(10)},
                                       at(QDate(2026, 12, 3), 14),
                                       {},
                                       BookingActor{QStringLiteral("wang"), QStringLiteral("walkIn")}}));
        // A passport holder's ceremony (any office may hold one): the document is kept.
        BookingRequest foreign = fx.marriage(QStringLiteral("r11"), at(QDate(2026, 12, 3), 9), 11);
        foreign.type = BookingType::Ceremony;
        foreign.second = PartyInput{QStringLiteral("SMITH JANE"),
                                    QStringLiteral("E12345678"),
                                    DocumentType::Passport,
                                    QStringLiteral("USA"),
                                    Sex::Female,
                                    QDate(1994, 5, 6)};
        fx.book(foreign);
        fx.book(fx.marriage(QStringLiteral("r5"), at(QDate(2026, 12, 4), 9), 6));
        REQUIRE_BOOKED(fx.engine.cancelDay(QStringLiteral("main"), QDate(2026, 12, 4), QStringLiteral("停电"),
                                           QStringLiteral("admin")));
        commit(fx, s);
        fx.clock.set(at(QDate(2026, 12, 1), 9, 30));
        REQUIRE_BOOKED(fx.engine.markNoShow(a.code, QStringLiteral("wang")));
        commit(fx, s);
        saved = fx.engine.state();
    }

    StoredBooking s(options);
    const auto loaded = s.store->load();
    REQUIRE(loaded.ok());
    REQUIRE(loaded.value() == saved);
    REQUIRE(saved.audit.size() == 3); // created, moved, the no-show marked by wang
    BookingEngine restarted(testBookingConfig(), fx.clock, QByteArrayLiteral("test-secret"));
    restarted.restore(loaded.value());
    REQUIRE(restarted.state() == saved);
    for (const QDate& d : {QDate(2026, 12, 1), QDate(2026, 12, 2), QDate(2026, 12, 4)}) {
        const auto before = fx.engine.availability(QStringLiteral("main"), d);
        const auto after = restarted.availability(QStringLiteral("main"), d);
        REQUIRE(after->open == before->open);
        REQUIRE(after->timeSlots.size() == before->timeSlots.size());
        for (qsizetype i = 0; i < after->timeSlots.size(); ++i) {
            REQUIRE(after->timeSlots[i].remaining == before->timeSlots[i].remaining);
        }
    }
    // A no-show keeps its place, a cancellation frees it.
    const auto dec1 = restarted.availability(QStringLiteral("main"), QDate(2026, 12, 1));
    REQUIRE(dec1->timeSlots[0].remaining[0] == 1);
    REQUIRE(dec1->timeSlots[2].remaining[0] == 2);
    // The rules carry on: idempotency, one booking per person, the ceremony officiant, the divorce.
    REQUIRE(restarted.create(fx.marriage(QStringLiteral("r1"), at(QDate(2026, 12, 1), 9), 1))->code == kept);
    BookingRequest c = fx.marriage(QStringLiteral("r6"), at(QDate(2026, 12, 2), 9), 7);
    c.type = BookingType::Ceremony;
    c.officiant = QStringLiteral("王老师");
    REQUIRE(restarted.create(c).error().code == BookingErrorCode::ResourceUnavailable);
    BookingRequest d = fx.marriage(QStringLiteral("r7"), at(QDate(2026, 12, 3), 10), 5);
    d.type = BookingType::DivorceApplication;
    REQUIRE(restarted.create(d).error().code == BookingErrorCode::DivorcePending);
    REQUIRE(restarted.create(fx.marriage(QStringLiteral("r8"), at(QDate(2026, 12, 4), 10), 8)).error().code ==
            BookingErrorCode::OfficeClosed);
}

} // namespace

TEST_CASE("a restart restores bookings, penalties, divorces and closures exactly", "[store]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    checkRestart(sqliteOptions(dir.filePath(QStringLiteral("hall.db"))));
}

TEST_CASE("a booking without names (typed ID numbers) is stored and restored as such", "[store][names]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hall.db"));
    BookingFixture fx;
    BookingState saved;
    {
        StoredBooking s(path);
        BookingRequest none = fx.marriage(QStringLiteral("r1"), at(QDate(2026, 12, 1), 9), 1);
        none.first.name.clear();
        none.second.name.clear();
        fx.book(none);
        BookingRequest mixed = fx.marriage(QStringLiteral("r2"), at(QDate(2026, 12, 1), 9), 2);
        mixed.first.name.clear();
        fx.book(mixed);
        commit(fx, s);
        saved = fx.engine.state();
    }
    StoredBooking s(path);
    const auto loaded = s.store->load();
    REQUIRE(loaded.ok());
    REQUIRE(loaded.value() == saved);
    QStringList names;
    for (const Booking& b : loaded->bookings) {
        for (const Party& p : b.parties) {
            names << p.name;
        }
    }
    names.sort();
    REQUIRE(names == QStringList{QString(), QString(), QString(), QStringLiteral("李四")});
}

TEST_CASE("PostgreSQL: the same restart on a real server", "[store][postgres]")
{
    REQUIRE(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")));
    PostgresServer server;
    INFO(server.error().toStdString());
    REQUIRE(server.error().isEmpty());
    checkRestart(SqlStore::Options{QStringLiteral("QPSQL"),
                                   QStringLiteral("postgres"),
                                   server.socketDir(),
                                   0,
                                   PostgresServer::user(),
                                   {},
                                   5000});
}

TEST_CASE("storage holds no ID number, name or phone in clear", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hall.db"));
    BookingFixture fx;
    {
        StoredBooking s(path);
        BookingRequest r = fx.marriage(QStringLiteral("r1"), at(QDate(2026, 12, 1), 9));
        r.first.name = QStringLiteral("欧阳明月");
        r.phone = QStringLiteral("13912345678");
        fx.book(r);
        REQUIRE_BOOKED(
            fx.engine.recordDivorceApplication(QStringLiteral("main"), {QStringLiteral("司马相如"), man(5)},
                                               {QStringLiteral("卓文君"), woman(5)}, QStringLiteral("wang")));
        // A passport holder (a ceremony: any office holds one) and a couple whose legal-age date
        // would tell a birthday.
        BookingRequest foreign = fx.marriage(QStringLiteral("r2"), at(QDate(2026, 12, 2), 9), 2);
        foreign.type = BookingType::Ceremony;
        foreign.second = PartyInput{QStringLiteral("MUSTERMANN ERIKA"),
                                    QStringLiteral("C01X00T47"),
                                    DocumentType::Passport,
                                    QStringLiteral("D"),
                                    Sex::Female,
                                    QDate(1990, 8, 12)};
        fx.book(foreign);
        BookingRequest young = fx.marriage(QStringLiteral("r3"), at(QDate(2026, 12, 10), 9), 3);
        young.first.idNumber = idNumber(QDate(2004, 12, 9), true, 3);
        fx.book(young);
        commit(fx, s);
    }
    const QByteArray bytes = fileBytes(path);
    REQUIRE(bytes.contains(fx.engine.personKey(man()).toLatin1())); // the rows are there…
    REQUIRE(bytes.contains(QByteArrayLiteral("C******47")));
    for (const QString& secret :
         {man(), woman(), man(5), woman(5), QStringLiteral("欧阳明月"), QStringLiteral("司马相如"),
          QStringLiteral("13912345678"), QStringLiteral("C01X00T47"), QStringLiteral("MUSTERMANN"),
          QStringLiteral("2026-12-09"), QStringLiteral("2004-12-09")}) {
        INFO(secret.toStdString());
        REQUIRE_FALSE(bytes.contains(secret.toUtf8())); // …but not the person in clear
    }
    REQUIRE_FALSE(bytes.contains(QByteArrayLiteral("19950310")));

    SECTION("another secret cannot read them")
    {
        StoredBooking other(path, QByteArrayLiteral("another secret, also long"));
        const auto loaded = other.store->load();
        REQUIRE_FALSE(loaded.ok());
        REQUIRE(loaded.error().code == ErrorCode::StorageFailed);
    }
    SECTION("the right secret reads the names back")
    {
        StoredBooking same(path);
        const auto loaded = same.store->load();
        REQUIRE(loaded.ok());
        REQUIRE(loaded.value() == fx.engine.state());
        const auto named = std::find_if(loaded->bookings.begin(), loaded->bookings.end(),
                                        [](const Booking& b) { return b.requestId == QLatin1String("r1"); });
        REQUIRE(named != loaded->bookings.end());
        REQUIRE(named->parties.first().name == QStringLiteral("欧阳明月"));
        REQUIRE(named->phone == QStringLiteral("13912345678"));
    }
}

TEST_CASE("a failed commit stores nothing of its batch", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hall.db"));
    BookingFixture fx;
    StoredBooking s(path);
    fx.book(fx.marriage(QStringLiteral("r1"), at(QDate(2026, 12, 1), 9)));
    BookingChanges changes = fx.engine.takeChanges();
    // The same event id twice violates the primary key: the booking before it must not stay.
    const PersonEvent e{1, QStringLiteral("k"), PersonEventKind::NoShow, fx.clock.now(), QStringLiteral("X")};
    changes.events << e << e;
    REQUIRE(s.store->commit(changes).has_value());
    const auto loaded = s.store->load();
    REQUIRE(loaded.ok());
    REQUIRE(loaded->bookings.isEmpty());
    REQUIRE(loaded->events.isEmpty());
}

TEST_CASE("group commit: a turn's bookings are acknowledged after one commit, or all refused",
          "[store][durable]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hall.db"));
    BookingFixture fx;
    StoredBooking s(path);
    DurableBooking durable(fx.engine, *s.store);
    REQUIRE_FALSE(durable.restore());

    QList<BookingResult<Booking>> replies;
    const auto reply = [&](BookingResult<Booking> r) { replies << r; };
    using Op = std::function<BookingResult<Booking>(BookingEngine&)>;
    durable.submit<Booking>(Op([&](BookingEngine& e) {
                                return e.create(
                                    fx.marriage(QStringLiteral("r1"), at(QDate(2026, 12, 1), 9), 1));
                            }),
                            reply);
    durable.submit<Booking>(Op([&](BookingEngine& e) {
                                return e.create(
                                    fx.marriage(QStringLiteral("r2"), at(QDate(2026, 12, 1), 9), 2));
                            }),
                            reply);
    durable.submit<Booking>(Op([&](BookingEngine& e) {
                                return e.create(
                                    fx.marriage(QStringLiteral("r3"), at(QDate(2026, 12, 1), 9), 3));
                            }),
                            reply);
    REQUIRE(replies.isEmpty()); // nothing acknowledged before the commit
    REQUIRE(durable.pendingReplies() == 3);
    REQUIRE(durable.flush());
    REQUIRE(replies.size() == 3);
    REQUIRE(replies[0].ok());
    REQUIRE(replies[1].ok());
    REQUIRE(replies[2].error().code == BookingErrorCode::SlotFull);
    REQUIRE(s.store->load()->bookings.size() == 2);

    SECTION("a failed commit answers STORAGE_FAILED and puts the engine back to what storage holds")
    {
        const BookingState before = fx.engine.state();
        // A row already holding the next event id makes the commit of the cancellation fail.
        QSqlQuery q(s.sql->database());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO booking_events (id, person_key, kind, at, booking_code)"
                                      " VALUES (1, 'x', 'noShow', '2026-11-24T09:00:00.000+08:00', 'X')")));
        const QString code = replies[0].value().code;
        fx.clock.set(at(QDate(2026, 11, 30), 10)); // a late cancellation: it records penalty events
        const auto cancelled =
            durable.run<Booking>(Op([&](BookingEngine& e) { return e.cancel(code, man(1)); }));
        REQUIRE_FALSE(cancelled.ok());
        REQUIRE(cancelled.error().code == BookingErrorCode::StorageFailed);
        REQUIRE(fx.engine.booking(code)->status == BookingStatus::Confirmed);
        REQUIRE(fx.engine.state().bookings == before.bookings);
    }
}
