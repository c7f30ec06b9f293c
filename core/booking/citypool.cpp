// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "citypool.h"

#include "domain/halltime.h"
#include "storage/sqlcommon.h"

#include <QSet>
#include <QSqlError>
#include <QStringList>

#include <algorithm>
#include <utility>

namespace hall {

namespace {

Error cityFailure(const QString& what, const QSqlError& e)
{
    return Error{ErrorCode::StorageFailed, QStringLiteral("市级预约库失败 (%1): %2").arg(what, e.text())};
}

/// Made once per database by the first hall that starts; every statement is idempotent, and the
/// advisory lock keeps two halls starting together from racing on CREATE.
const char* const kCitySchema[] = {
    "SELECT pg_advisory_xact_lock(hashtext('servicehall'), hashtext('city'))",
    "CREATE SCHEMA IF NOT EXISTS city",
    "CREATE TABLE IF NOT EXISTS city.slot_places (office TEXT NOT NULL, slot_start TEXT NOT NULL,"
    " type TEXT NOT NULL, day TEXT NOT NULL, capacity INTEGER NOT NULL,"
    " taken INTEGER NOT NULL CHECK (taken >= 0), PRIMARY KEY (office, slot_start, type))",
    "CREATE INDEX IF NOT EXISTS slot_places_by_day ON city.slot_places (office, day)",
    "CREATE TABLE IF NOT EXISTS city.booking_claims (hall TEXT NOT NULL, code TEXT NOT NULL,"
    " office TEXT NOT NULL, slot_start TEXT NOT NULL, type TEXT NOT NULL, PRIMARY KEY (hall, code))",
    "CREATE TABLE IF NOT EXISTS city.person_claims (person_key TEXT NOT NULL, kind TEXT NOT NULL,"
    " hall TEXT NOT NULL, code TEXT NOT NULL, until TEXT NOT NULL, PRIMARY KEY (person_key, kind))",
    "CREATE INDEX IF NOT EXISTS person_claims_by_booking ON city.person_claims (hall, code)",
    // One notification per office-day and transaction: PostgreSQL folds equal payloads of one
    // transaction, so a turn of 500 bookings on one day tells every hall once.
    "CREATE OR REPLACE FUNCTION city.places_changed() RETURNS trigger LANGUAGE plpgsql AS $$"
    " BEGIN PERFORM pg_notify('city_booking', NEW.office || '|' || NEW.day); RETURN NULL; END $$",
    "CREATE OR REPLACE TRIGGER places_changed AFTER INSERT OR UPDATE ON city.slot_places"
    " FOR EACH ROW EXECUTE FUNCTION city.places_changed()",
    // Which hall serves which office (CityPool::serveOffices), and the records of bookings made at
    // one hall for another's office until that hall takes them (CityPool::handOver): made here like
    // every city table, so an existing city database gets them at the first start of this version.
    "CREATE TABLE IF NOT EXISTS city.office_halls (office TEXT PRIMARY KEY, hall TEXT NOT NULL,"
    " since TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS city.booking_handover (to_hall TEXT NOT NULL, code TEXT NOT NULL,"
    " from_hall TEXT NOT NULL, row_json TEXT NOT NULL, at TIMESTAMPTZ NOT NULL DEFAULT now(),"
    " PRIMARY KEY (to_hall, code))",
    "CREATE INDEX IF NOT EXISTS booking_handover_by_code ON city.booking_handover (code)",
    "CREATE OR REPLACE FUNCTION city.handover_waiting() RETURNS trigger LANGUAGE plpgsql AS $$"
    " BEGIN PERFORM pg_notify('city_handover', NEW.to_hall); RETURN NULL; END $$",
    "CREATE OR REPLACE TRIGGER handover_waiting AFTER INSERT OR UPDATE ON city.booking_handover"
    " FOR EACH ROW EXECUTE FUNCTION city.handover_waiting()",
    // A booking's claims in one round trip (CityPool::claim): its persons, then its place, given back
    // first when it held another. A refusal raises inside the block, whose subtransaction takes back
    // what the booking had claimed so far, and is returned as 'SLOT_FULL' or 'ALREADY_BOOKED <n>' (the
    // n-th key of p_keys); any other error fails the statement, and so the turn.
    "CREATE OR REPLACE FUNCTION city.claim_booking(p_hall TEXT, p_code TEXT, p_office TEXT, p_slot TEXT,"
    " p_type TEXT, p_day TEXT, p_capacity INTEGER, p_holds BOOLEAN, p_kind TEXT, p_until TEXT, p_at TEXT,"
    " p_keys TEXT) RETURNS TEXT LANGUAGE plpgsql AS $$"
    " DECLARE w_office TEXT; w_slot TEXT; w_type TEXT; k TEXT; i INTEGER := 0; n INTEGER;"
    " BEGIN"
    "  BEGIN"
    "   DELETE FROM city.person_claims WHERE hall = p_hall AND code = p_code;"
    "   IF p_keys <> '' THEN"
    "    FOREACH k IN ARRAY string_to_array(p_keys, ',') LOOP"
    "     i := i + 1;"
    "     INSERT INTO city.person_claims (person_key, kind, hall, code, until)"
    "      VALUES (k, p_kind, p_hall, p_code, p_until) ON CONFLICT (person_key, kind) DO UPDATE"
    "      SET hall = excluded.hall, code = excluded.code, until = excluded.until"
    "      WHERE city.person_claims.until < p_at;"
    "     GET DIAGNOSTICS n = ROW_COUNT;"
    "     IF n <> 1 THEN RAISE EXCEPTION 'ALREADY_BOOKED %', i USING ERRCODE = 'HC001'; END IF;"
    "    END LOOP;"
    "   END IF;"
    "   SELECT office, slot_start, type INTO w_office, w_slot, w_type FROM city.booking_claims"
    "    WHERE hall = p_hall AND code = p_code;"
    "   IF FOUND THEN"
    "    IF p_holds AND w_office = p_office AND w_slot = p_slot AND w_type = p_type THEN RETURN 'OK'; END IF;"
    "    UPDATE city.slot_places SET taken = taken - 1"
    "     WHERE office = w_office AND slot_start = w_slot AND type = w_type AND taken > 0;"
    "    DELETE FROM city.booking_claims WHERE hall = p_hall AND code = p_code;"
    "   END IF;"
    "   IF NOT p_holds THEN RETURN 'OK'; END IF;"
    "   INSERT INTO city.slot_places (office, slot_start, type, day, capacity, taken)"
    "    VALUES (p_office, p_slot, p_type, p_day, p_capacity, 1) ON CONFLICT (office, slot_start, type)"
    "    DO UPDATE SET taken = city.slot_places.taken + 1"
    "    WHERE city.slot_places.taken < city.slot_places.capacity;"
    "   GET DIAGNOSTICS n = ROW_COUNT;"
    "   IF n <> 1 THEN RAISE EXCEPTION 'SLOT_FULL' USING ERRCODE = 'HC001'; END IF;"
    "   INSERT INTO city.booking_claims (hall, code, office, slot_start, type)"
    "    VALUES (p_hall, p_code, p_office, p_slot, p_type);"
    "   RETURN 'OK';"
    "  EXCEPTION WHEN SQLSTATE 'HC001' THEN RETURN SQLERRM;"
    "  END;"
    " END $$",
};

/// A place is held by every booking that is not cancelled (a checked-in or no-show couple used it),
/// as BookingEngine counts it.
bool holdsPlace(const Booking& b)
{
    return b.status != BookingStatus::Cancelled && b.status != BookingStatus::CancelledByOffice;
}

QString hhmmOf(const QDateTime& t)
{
    return halltime::local(t).toString(QStringLiteral("HH:mm"));
}

} // namespace

CityPool::CityPool(QSqlDatabase db, int checkInMinutesAfter, bool apart)
    : m_db(std::move(db)), m_checkInMinutesAfter(checkInMinutesAfter), m_apart(apart)
{}

CityPool::~CityPool() = default;

Result<std::unique_ptr<CityPool>> CityPool::open(QSqlDatabase db, int checkInMinutesAfter, bool apart)
{
    std::unique_ptr<CityPool> pool(new CityPool(db, checkInMinutesAfter, apart));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT current_schema()")) || !q.next()) {
        return cityFailure(QStringLiteral("schema"), q.lastError());
    }
    pool->m_hall = q.value(0).toString();
    if (!db.transaction()) {
        return cityFailure(QStringLiteral("begin"), db.lastError());
    }
    for (const char* sql : kCitySchema) {
        if (!q.exec(QString::fromUtf8(sql))) {
            const QSqlError e = q.lastError();
            db.rollback();
            return cityFailure(QStringLiteral("create city"), e);
        }
    }
    if (!db.commit()) {
        return cityFailure(QStringLiteral("commit"), db.lastError());
    }
    if (auto failed = pool->prepareStatements()) {
        return *failed;
    }
    return pool;
}

std::optional<Error> CityPool::prepareStatements()
{
    QSqlDatabase db = m_db;
    const auto make = [&](std::unique_ptr<QSqlQuery>& query, const char* sql) {
        query = std::make_unique<QSqlQuery>(db);
        return query->prepare(QString::fromUtf8(sql));
    };
    const bool ok =
        make(m_lock, "SELECT pg_advisory_xact_lock(hashtext('servicehall'), hashtext('city pool'))") &&
        make(m_claim, "SELECT city.claim_booking(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") &&
        make(m_officeHallsRead, "SELECT office, hall FROM city.office_halls") &&
        make(m_handOver, "INSERT INTO city.booking_handover (to_hall, code, from_hall, row_json)"
                         " VALUES (?, ?, ?, ?) ON CONFLICT (to_hall, code) DO UPDATE"
                         " SET row_json = excluded.row_json, from_hall = excluded.from_hall, at = now()");
    if (!ok) {
        return cityFailure(QStringLiteral("prepare"), db.lastError());
    }
    return std::nullopt;
}

std::optional<Error> CityPool::lockForTurn()
{
    if (m_apart && !m_inTurn) {
        m_turnBound = std::make_unique<ConnectionBound>(m_db, m_turnBoundMs ? m_turnBoundMs() : 0);
        // The lock is the transaction's: without one it would end with this statement.
        if (!m_db.transaction()) {
            return turnFailure(QStringLiteral("begin"), m_db.lastError());
        }
        m_inTurn = true;
    }
    if (!m_lock->exec()) {
        return turnFailure(QStringLiteral("lock"), m_lock->lastError());
    }
    m_lock->finish();
    // Read under the pool's lock, once per turn: a hall that joined since says so here.
    if (!m_officeHallsRead->exec()) {
        return turnFailure(QStringLiteral("office halls"), m_officeHallsRead->lastError());
    }
    m_officeHalls.clear();
    while (m_officeHallsRead->next()) {
        m_officeHalls.insert(m_officeHallsRead->value(0).toString(), m_officeHallsRead->value(1).toString());
    }
    m_officeHallsRead->finish();
    return std::nullopt;
}

std::optional<Error> CityPool::handOver(const QString& code, const QString& toHall, const QByteArray& row)
{
    QSqlQuery& q = *m_handOver;
    q.bindValue(0, toHall);
    q.bindValue(1, code);
    q.bindValue(2, m_hall);
    q.bindValue(3, QString::fromUtf8(row));
    if (!q.exec()) {
        return turnFailure(QStringLiteral("handover"), q.lastError());
    }
    q.finish();
    return std::nullopt;
}

std::optional<Error> CityPool::serveOffices(const QStringList& offices)
{
    if (offices.isEmpty()) {
        return std::nullopt;
    }
    return inOwnTurn([&]() -> std::optional<Error> {
        QSqlQuery q(m_db);
        // The moment is the database's: the pool has no clock of its own, and it only tells an operator
        // since when the office is this hall's.
        q.prepare(
            QStringLiteral("INSERT INTO city.office_halls (office, hall, since) VALUES (?, ?, now()::text)"
                           " ON CONFLICT (office) DO UPDATE SET hall = excluded.hall,"
                           " since = excluded.since WHERE city.office_halls.hall <> excluded.hall"));
        for (const QString& office : offices) {
            q.bindValue(0, office);
            q.bindValue(1, m_hall);
            if (!q.exec()) {
                return cityFailure(QStringLiteral("office halls"), q.lastError());
            }
        }
        return std::nullopt;
    });
}

Result<QList<CityPool::Handover>> CityPool::handoversToMe()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT code, from_hall, row_json FROM city.booking_handover WHERE to_hall = ? ORDER BY at, code"));
    q.bindValue(0, m_hall);
    if (!q.exec()) {
        return cityFailure(QStringLiteral("handover"), q.lastError());
    }
    QList<Handover> out;
    while (q.next()) {
        out << Handover{q.value(0).toString(), q.value(1).toString(), q.value(2).toString().toUtf8()};
    }
    return out;
}

std::optional<Error> CityPool::settleHandover(const Handover& h)
{
    return inOwnTurn([&]() -> std::optional<Error> {
        QSqlQuery q(m_db);
        const char* const steps[] = {
            "UPDATE city.booking_claims SET hall = ? WHERE hall = ? AND code = ?",
            "UPDATE city.person_claims SET hall = ? WHERE hall = ? AND code = ?",
        };
        for (const char* sql : steps) {
            q.prepare(QString::fromUtf8(sql));
            q.bindValue(0, m_hall);
            q.bindValue(1, h.fromHall);
            q.bindValue(2, h.code);
            if (!q.exec()) {
                return cityFailure(QStringLiteral("handover"), q.lastError());
            }
        }
        q.prepare(QStringLiteral("DELETE FROM city.booking_handover WHERE to_hall = ? AND code = ?"));
        q.bindValue(0, m_hall);
        q.bindValue(1, h.code);
        if (!q.exec()) {
            return cityFailure(QStringLiteral("handover"), q.lastError());
        }
        return std::nullopt;
    });
}

Result<std::optional<CityPool::Elsewhere>> CityPool::whereIs(const QString& code)
{
    QSqlQuery q(m_db);
    // A record still waiting names the hall it goes to; otherwise the claim names the hall holding it.
    q.prepare(QStringLiteral(
        "SELECT h.to_hall, c.office FROM city.booking_handover h LEFT JOIN city.booking_claims c"
        " ON c.hall = h.from_hall AND c.code = h.code WHERE h.code = ? AND h.to_hall <> ?"
        " UNION ALL SELECT hall, office FROM city.booking_claims WHERE code = ? AND hall <> ?"));
    q.bindValue(0, code);
    q.bindValue(1, m_hall);
    q.bindValue(2, code);
    q.bindValue(3, m_hall);
    if (!q.exec()) {
        return cityFailure(QStringLiteral("where"), q.lastError());
    }
    if (!q.next()) {
        return std::optional<Elsewhere>();
    }
    return std::optional<Elsewhere>(Elsewhere{q.value(0).toString(), q.value(1).toString()});
}

std::optional<Error> CityPool::commitTurn()
{
    if (!std::exchange(m_inTurn, false)) {
        m_turnBound.reset();
        return std::nullopt;
    }
    if (!m_db.commit()) {
        const QSqlError e = m_db.lastError();
        m_db.rollback();
        return turnFailure(QStringLiteral("commit"), e);
    }
    m_turnBound.reset();
    return std::nullopt;
}

void CityPool::rollbackTurn()
{
    if (std::exchange(m_inTurn, false)) {
        m_db.rollback();
    }
    m_turnBound.reset();
}

Error CityPool::turnFailure(const QString& what, const QSqlError& e)
{
    if (m_turnBound && m_turnBound->cut()) {
        // Said plainly: the database's own words ("server closed the connection") would hide why.
        return Error{
            ErrorCode::StorageFailed,
            QStringLiteral("市级预约库在 %1 ms 内没有应答，连接已切断 / the city booking database did not "
                           "answer within %1 ms; its connection was cut (%2)")
                .arg(m_turnBoundMs ? m_turnBoundMs() : 0)
                .arg(what)};
    }
    return cityFailure(what, e);
}

Result<std::optional<Error>> CityPool::claim(const Booking& b, int capacity)
{
    // The persons' keys in key order, so two halls claiming the same couple never wait on each other
    // crosswise; only a confirmed booking holds its persons.
    QList<const Party*> parties;
    if (b.status == BookingStatus::Confirmed) {
        for (const Party& p : b.parties) {
            if (!p.personKey.isEmpty()) {
                parties << &p;
            }
        }
        std::sort(parties.begin(), parties.end(),
                  [](const Party* x, const Party* y) { return x->personKey < y->personKey; });
    }
    QStringList keys;
    for (const Party* p : parties) {
        keys << p->personKey; // hex: never holds the separator
    }
    // One round trip for the whole claim (city.claim_booking): a turn of many bookings spent most of
    // its time on the nine statements and savepoints this took before (docs/benchmarks.md).
    QSqlQuery& q = *m_claim;
    q.bindValue(0, m_hall);
    q.bindValue(1, b.code);
    q.bindValue(2, b.office);
    q.bindValue(3, halltime::toIso(b.slotStart));
    q.bindValue(4, toString(b.type));
    q.bindValue(5, b.day.toString(Qt::ISODate));
    q.bindValue(6, capacity);
    q.bindValue(7, holdsPlace(b));
    q.bindValue(8, isCeremony(b.type) ? QStringLiteral("ceremony") : QStringLiteral("registration"));
    q.bindValue(9, halltime::toIso(b.slotStart.addSecs(qint64(m_checkInMinutesAfter) * 60)));
    q.bindValue(10, halltime::toIso(b.changedAt));
    q.bindValue(11, keys.join(QLatin1Char(',')));
    if (!q.exec() || !q.next()) {
        return turnFailure(QStringLiteral("claim"), q.lastError());
    }
    const QString verdict = q.value(0).toString();
    q.finish();
    if (verdict == QLatin1String("OK")) {
        return std::optional<Error>();
    }
    if (verdict == QLatin1String("SLOT_FULL")) {
        return std::optional<Error>(
            Error{ErrorCode::SlotFull,
                  QStringLiteral("%1 的%2已约满").arg(hhmmOf(b.slotStart), nameZh(b.type)),
                  {}});
    }
    const QStringList said = verdict.split(QLatin1Char(' '));
    const int index = said.value(1).toInt() - 1;
    if (said.value(0) == QLatin1String("ALREADY_BOOKED") && index >= 0 && index < parties.size()) {
        return std::optional<Error>(Error{ErrorCode::AlreadyBooked,
                                          QStringLiteral("%1 已在本市另一处有%2预约，请先取消再重新预约")
                                              .arg(parties[index]->maskedId, nameZh(b.type)),
                                          {}});
    }
    return Error{ErrorCode::StorageFailed, QStringLiteral("市级预约库失败 (claim): %1").arg(verdict)};
}

Result<int> CityPool::reconcile(const QList<Booking>& bookings, const QDateTime& now,
                                const std::function<int(const Booking&)>& capacity)
{
    QHash<QString, const Booking*> mine;
    for (const Booking& b : bookings) {
        mine.insert(b.code, &b);
    }
    // What the city holds for this hall: places by code, and the codes holding persons.
    QHash<QString, QStringList> places;
    QSet<QString> persons;
    {
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("SELECT code, office, slot_start, type FROM city.booking_claims WHERE hall = ?"));
        q.bindValue(0, m_hall);
        if (!q.exec()) {
            return cityFailure(QStringLiteral("reconcile"), q.lastError());
        }
        while (q.next()) {
            places.insert(q.value(0).toString(),
                          {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
        }
        q.prepare(QStringLiteral("SELECT DISTINCT code FROM city.person_claims WHERE hall = ?"));
        q.bindValue(0, m_hall);
        if (!q.exec()) {
            return cityFailure(QStringLiteral("reconcile"), q.lastError());
        }
        while (q.next()) {
            persons.insert(q.value(0).toString());
        }
        // Handed over and not yet taken: the claims wait, still in this hall's name, for the office's
        // hall to take them with the record; this hall never holds that record.
        q.prepare(QStringLiteral("SELECT code FROM city.booking_handover WHERE from_hall = ?"));
        q.bindValue(0, m_hall);
        if (!q.exec()) {
            return cityFailure(QStringLiteral("reconcile"), q.lastError());
        }
        while (q.next()) {
            places.remove(q.value(0).toString());
            persons.remove(q.value(0).toString());
        }
    }
    // Each code whose city claims differ from its local record, as the record is (or, with no record,
    // as a booking that holds nothing: its claims are given back).
    QList<Booking> fixes;
    const auto wrong = [&](const QString& code) {
        const Booking* b = mine.value(code);
        if (b == nullptr) {
            Booking gone;
            gone.code = code;
            gone.status = BookingStatus::Cancelled;
            return std::optional<Booking>(gone);
        }
        const auto held = places.constFind(code);
        // A place the booking holds but the city does not count is adopt()'s (from today on).
        const bool placeWrong =
            held != places.constEnd() &&
            (!holdsPlace(*b) ||
             *held != QStringList{b->office, halltime::toIso(b->slotStart), toString(b->type)});
        const bool personsWrong = b->status != BookingStatus::Confirmed && persons.contains(code);
        return placeWrong || personsWrong ? std::optional<Booking>(*b) : std::optional<Booking>();
    };
    QSet<QString> codes = persons;
    for (auto it = places.cbegin(); it != places.cend(); ++it) {
        codes.insert(it.key());
    }
    for (const QString& code : std::as_const(codes)) {
        if (auto fix = wrong(code)) {
            fixes << *fix;
        }
    }
    if (fixes.isEmpty()) {
        return 0; // the usual start: nothing to put right, no transaction
    }
    QStringList refused;
    auto done = inOwnTurn([&]() -> std::optional<Error> {
        for (Booking& b : fixes) {
            b.changedAt = now;
            auto verdict = claim(b, b.office.isEmpty() ? 0 : capacity(b));
            if (!verdict) {
                return verdict.error();
            }
            if (verdict.value()) {
                refused << QStringLiteral("%1 (%2)").arg(b.code, errorCodeName(verdict.value()->code));
            }
        }
        return std::nullopt;
    });
    if (done) {
        return *done;
    }
    if (!refused.isEmpty()) {
        qWarning("hall: city claims not put right (the city refused; an operator must look): %s",
                 qPrintable(refused.join(QStringLiteral(", "))));
    }
    return static_cast<int>(fixes.size() - refused.size());
}

Result<int> CityPool::adopt(const QList<Booking>& bookings, const QDateTime& now,
                            const std::function<int(const Booking&)>& capacity)
{
    const QDate from = halltime::local(now).date();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT code FROM city.booking_claims WHERE hall = ?"));
    q.bindValue(0, m_hall);
    if (!q.exec()) {
        return cityFailure(QStringLiteral("adopt"), q.lastError());
    }
    QSet<QString> claimed;
    while (q.next()) {
        claimed.insert(q.value(0).toString());
    }
    q.finish();
    QList<const Booking*> unclaimed;
    for (const Booking& b : bookings) {
        if (b.day >= from && holdsPlace(b) && !claimed.contains(b.code)) {
            unclaimed << &b;
        }
    }
    if (unclaimed.isEmpty()) {
        return 0; // every start after the first: nothing to read twice, no transaction
    }
    auto done = inOwnTurn([&]() -> std::optional<Error> {
        QStringList refused;
        for (const Booking* b : unclaimed) {
            // Claimed now: a person's claim another hall holds gives way if its booking can no longer be
            // used today, not as of when this booking was made.
            Booking joining = *b;
            joining.changedAt = now;
            auto verdict = claim(joining, capacity(joining));
            if (!verdict) {
                return verdict.error();
            }
            if (verdict.value()) {
                refused << QStringLiteral("%1 (%2 %3)")
                               .arg(b->code, b->day.toString(Qt::ISODate),
                                    errorCodeName(verdict.value()->code));
            }
        }
        if (!refused.isEmpty()) {
            return Error{
                ErrorCode::StorageFailed,
                QStringLiteral(
                    "本大厅加入全市预约池之前的 %1 "
                    "个预约无法计入全市名额：%2。时段已约满（SLOT_FULL）或当事人已在"
                    "本市另一处预约（ALREADY_"
                    "BOOKED）。全市预约库没有任何改变；请先在本大厅（单独运行）改约或取消这些"
                    "预约，再加入 / %1 booking(s) made before this hall joined the city cannot be counted in "
                    "the city's places: %2. Nothing was changed in the city; move or cancel them at this "
                    "hall first, then join")
                    .arg(refused.size())
                    .arg(refused.join(QStringLiteral(", ")))};
        }
        return std::nullopt;
    });
    if (done) {
        return *done;
    }
    return static_cast<int>(unclaimed.size());
}

std::optional<Error> CityPool::inOwnTurn(const std::function<std::optional<Error>()>& claims)
{
    if (!m_db.transaction()) {
        return cityFailure(QStringLiteral("begin"), m_db.lastError());
    }
    // Apart, lockForTurn must not begin a second transaction, nor leave a turn open after this one.
    m_inTurn = m_apart;
    const auto abandon = [this](Error e) {
        m_inTurn = false;
        m_db.rollback();
        return std::optional<Error>(std::move(e));
    };
    if (auto failed = lockForTurn()) {
        return abandon(*failed);
    }
    if (auto failed = claims()) {
        return abandon(*failed);
    }
    m_inTurn = false;
    if (!m_db.commit()) {
        return abandon(cityFailure(QStringLiteral("commit"), m_db.lastError()));
    }
    return std::nullopt;
}

Result<QList<CityPool::SlotTaken>> CityPool::places(const QString& office, QDate day)
{
    QSqlQuery q(m_db);
    q.prepare(office.isEmpty() ? QStringLiteral("SELECT office, slot_start, type, capacity, taken"
                                                " FROM city.slot_places WHERE day >= ?")
                               : QStringLiteral("SELECT office, slot_start, type, capacity, taken"
                                                " FROM city.slot_places WHERE day = ? AND office = ?"));
    q.bindValue(0, day.toString(Qt::ISODate));
    if (!office.isEmpty()) {
        q.bindValue(1, office);
    }
    if (!q.exec()) {
        return cityFailure(QStringLiteral("places"), q.lastError());
    }
    QList<SlotTaken> out;
    while (q.next()) {
        const auto type = bookingTypeFromString(q.value(2).toString());
        if (!type) {
            continue;
        }
        out << SlotTaken{q.value(0).toString(), halltime::fromIso(q.value(1).toString()), *type,
                         q.value(3).toInt(), q.value(4).toInt()};
    }
    return out;
}

} // namespace hall
