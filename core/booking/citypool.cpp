// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "citypool.h"

#include "domain/halltime.h"

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
        make(m_heldSlot,
             "SELECT office, slot_start, type FROM city.booking_claims WHERE hall = ? AND code = ?") &&
        make(m_giveBack, "UPDATE city.slot_places SET taken = taken - 1"
                         " WHERE office = ? AND slot_start = ? AND type = ? AND taken > 0") &&
        make(m_dropClaim, "DELETE FROM city.booking_claims WHERE hall = ? AND code = ?") &&
        // The last place: a row that is full is neither inserted nor updated (no row affected).
        make(m_take, "INSERT INTO city.slot_places (office, slot_start, type, day, capacity, taken)"
                     " VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT (office, slot_start, type) DO UPDATE"
                     " SET taken = city.slot_places.taken + 1"
                     " WHERE city.slot_places.taken < city.slot_places.capacity") &&
        make(m_addClaim, "INSERT INTO city.booking_claims (hall, code, office, slot_start, type)"
                         " VALUES (?, ?, ?, ?, ?)") &&
        make(m_dropPersons, "DELETE FROM city.person_claims WHERE hall = ? AND code = ?") &&
        // A person's claim is taken over only once the booking holding it can no longer be used.
        make(m_claimPerson, "INSERT INTO city.person_claims (person_key, kind, hall, code, until)"
                            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (person_key, kind) DO UPDATE"
                            " SET hall = excluded.hall, code = excluded.code, until = excluded.until"
                            " WHERE city.person_claims.until < ?");
    if (!ok) {
        return cityFailure(QStringLiteral("prepare"), db.lastError());
    }
    return std::nullopt;
}

std::optional<Error> CityPool::lockForTurn()
{
    if (m_apart && !m_inTurn) {
        // The lock is the transaction's: without one it would end with this statement.
        if (!m_db.transaction()) {
            return cityFailure(QStringLiteral("begin"), m_db.lastError());
        }
        m_inTurn = true;
    }
    if (!m_lock->exec()) {
        return cityFailure(QStringLiteral("lock"), m_lock->lastError());
    }
    m_lock->finish();
    return std::nullopt;
}

std::optional<Error> CityPool::commitTurn()
{
    if (!std::exchange(m_inTurn, false)) {
        return std::nullopt;
    }
    if (!m_db.commit()) {
        const QSqlError e = m_db.lastError();
        m_db.rollback();
        return cityFailure(QStringLiteral("commit"), e);
    }
    return std::nullopt;
}

void CityPool::rollbackTurn()
{
    if (std::exchange(m_inTurn, false)) {
        m_db.rollback();
    }
}

Result<std::optional<Error>> CityPool::claim(const Booking& b, int capacity)
{
    if (!m_apart) {
        return claimNow(b, capacity); // the caller's savepoint on the same connection covers it
    }
    QSqlQuery point(m_db);
    if (!point.exec(QStringLiteral("SAVEPOINT city_claim"))) {
        return cityFailure(QStringLiteral("savepoint"), point.lastError());
    }
    auto verdict = claimNow(b, capacity);
    if (!verdict) {
        return verdict;
    }
    // A refusal may follow a person's claim already taken: the savepoint takes it back.
    if (verdict.value() && !point.exec(QStringLiteral("ROLLBACK TO SAVEPOINT city_claim"))) {
        return cityFailure(QStringLiteral("savepoint"), point.lastError());
    }
    if (!point.exec(QStringLiteral("RELEASE SAVEPOINT city_claim"))) {
        return cityFailure(QStringLiteral("savepoint"), point.lastError());
    }
    return verdict;
}

Result<std::optional<Error>> CityPool::claimNow(const Booking& b, int capacity)
{
    // The persons first, as the engine checks them: "you already hold a booking" says more than "full".
    auto persons = claimPersons(b);
    if (!persons || persons.value()) {
        return persons;
    }
    return takePlace(b, capacity);
}

Result<std::optional<Error>> CityPool::takePlace(const Booking& b, int capacity)
{
    const QString slot = halltime::toIso(b.slotStart);
    const QString type = toString(b.type);
    QSqlQuery& held = *m_heldSlot;
    held.bindValue(0, m_hall);
    held.bindValue(1, b.code);
    if (!held.exec()) {
        return cityFailure(QStringLiteral("claim"), held.lastError());
    }
    std::optional<QStringList> was;
    if (held.next()) {
        was = QStringList{held.value(0).toString(), held.value(1).toString(), held.value(2).toString()};
    }
    held.finish();
    const QStringList now{b.office, slot, type};
    const bool holds = holdsPlace(b);
    if (was && holds && *was == now) {
        return std::optional<Error>(); // the same place as before (a check-in, an audit line)
    }
    if (was) {
        QSqlQuery& back = *m_giveBack;
        for (int i = 0; i < 3; ++i) {
            back.bindValue(i, was->at(i));
        }
        m_dropClaim->bindValue(0, m_hall);
        m_dropClaim->bindValue(1, b.code);
        if (!back.exec()) {
            return cityFailure(QStringLiteral("release"), back.lastError());
        }
        if (!m_dropClaim->exec()) {
            return cityFailure(QStringLiteral("release"), m_dropClaim->lastError());
        }
    }
    if (!holds) {
        return std::optional<Error>();
    }
    QSqlQuery& take = *m_take;
    take.bindValue(0, b.office);
    take.bindValue(1, slot);
    take.bindValue(2, type);
    take.bindValue(3, b.day.toString(Qt::ISODate));
    take.bindValue(4, capacity);
    if (!take.exec()) {
        return cityFailure(QStringLiteral("take place"), take.lastError());
    }
    if (take.numRowsAffected() != 1) {
        return std::optional<Error>(
            Error{ErrorCode::SlotFull,
                  QStringLiteral("%1 的%2已约满").arg(hhmmOf(b.slotStart), nameZh(b.type)),
                  {}});
    }
    QSqlQuery& add = *m_addClaim;
    add.bindValue(0, m_hall);
    add.bindValue(1, b.code);
    add.bindValue(2, b.office);
    add.bindValue(3, slot);
    add.bindValue(4, type);
    if (!add.exec()) {
        return cityFailure(QStringLiteral("claim"), add.lastError());
    }
    return std::optional<Error>();
}

Result<std::optional<Error>> CityPool::claimPersons(const Booking& b)
{
    QSqlQuery& drop = *m_dropPersons;
    drop.bindValue(0, m_hall);
    drop.bindValue(1, b.code);
    if (!drop.exec()) {
        return cityFailure(QStringLiteral("persons"), drop.lastError());
    }
    if (b.status != BookingStatus::Confirmed) {
        return std::optional<Error>();
    }
    // In key order, so two halls claiming the same couple never wait on each other crosswise.
    QList<const Party*> parties;
    for (const Party& p : b.parties) {
        if (!p.personKey.isEmpty()) {
            parties << &p;
        }
    }
    std::sort(parties.begin(), parties.end(),
              [](const Party* x, const Party* y) { return x->personKey < y->personKey; });
    const QString until = halltime::toIso(b.slotStart.addSecs(qint64(m_checkInMinutesAfter) * 60));
    const QString at = halltime::toIso(b.changedAt);
    const QString kind = isCeremony(b.type) ? QStringLiteral("ceremony") : QStringLiteral("registration");
    QSqlQuery& q = *m_claimPerson;
    for (const Party* p : parties) {
        q.bindValue(0, p->personKey);
        q.bindValue(1, kind);
        q.bindValue(2, m_hall);
        q.bindValue(3, b.code);
        q.bindValue(4, until);
        q.bindValue(5, at);
        if (!q.exec()) {
            return cityFailure(QStringLiteral("persons"), q.lastError());
        }
        if (q.numRowsAffected() != 1) {
            return std::optional<Error>(Error{ErrorCode::AlreadyBooked,
                                              QStringLiteral("%1 已在本市另一处有%2预约，请先取消再重新预约")
                                                  .arg(p->maskedId, nameZh(b.type)),
                                              {}});
        }
    }
    return std::optional<Error>();
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
    if (!m_db.transaction()) {
        return cityFailure(QStringLiteral("begin"), m_db.lastError());
    }
    const auto abandon = [this](Error e) -> Result<int> {
        m_db.rollback();
        return e;
    };
    if (auto failed = lockForTurn()) {
        return abandon(*failed);
    }
    QStringList refused;
    for (const Booking* b : unclaimed) {
        // Claimed now: a person's claim another hall holds gives way if its booking can no longer be
        // used today, not as of when this booking was made.
        Booking joining = *b;
        joining.changedAt = now;
        auto verdict = claim(joining, capacity(joining));
        if (!verdict) {
            return abandon(verdict.error());
        }
        if (verdict.value()) {
            refused << QStringLiteral("%1 (%2 %3)")
                           .arg(b->code, b->day.toString(Qt::ISODate), errorCodeName(verdict.value()->code));
        }
    }
    if (!refused.isEmpty()) {
        return abandon(Error{
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
                .arg(refused.join(QStringLiteral(", ")))});
    }
    if (!m_db.commit()) {
        return abandon(cityFailure(QStringLiteral("commit"), m_db.lastError()));
    }
    return static_cast<int>(unclaimed.size());
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
