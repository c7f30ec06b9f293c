// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookingengine.h"
#include "citypool.h"
#include "contactsealer.h"
#include "domain/result.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace hall {

/// Where bookings live: the tables of migrations 4, 9 and 10, on the connection SqlStore opened (so SQLite or
/// PostgreSQL alike). Full ID numbers are never written; names and phones only sealed.
class BookingStore
{
public:
    /// `db` must be open and migrated (SqlStore::open does both); `secret` seals contact data and
    /// must be the same at every start, or load() refuses what it cannot open.
    static Result<std::unique_ptr<BookingStore>> open(QSqlDatabase db, const QByteArray& secret);
    ~BookingStore();
    BookingStore(const BookingStore&) = delete;
    BookingStore& operator=(const BookingStore&) = delete;

    /// Everything stored, for BookingEngine::restore().
    Result<BookingState> load();

    /// Makes `changes` durable in one transaction: all of it or nothing.
    std::optional<Error> commit(const BookingChanges& changes);
    /// Writes `changes` inside a transaction someone else opened (GroupCommit); the caller commits
    /// or rolls back.
    std::optional<Error> write(const BookingChanges& changes);

    QSqlDatabase database() const { return m_db; }
    /// Prepares the write statements on the connection as it is now: at open, and again after the
    /// connection was opened anew (SqlStore::addReopenHandler), whose session lost the old ones.
    std::optional<Error> prepareStatements();

    /// A hall of a city (PostgreSQL): every booking written also takes or gives back its place and its
    /// persons in the city pool, first (CityPool::claim is all or nothing); a booking the city refuses is not
    /// written (nor its audit lines and events) while the rest of the turn is. `capacity` gives a
    /// booking's slot places from the calendar. Not owned.
    void useCityPool(CityPool* pool, std::function<int(const Booking&)> capacity);
    /// The bookings (by code) the city refused in the last write(), with the refusal; valid until the
    /// next write(), so the replies of that turn can read it.
    const QHash<QString, Error>& cityRefusals() const { return m_cityRefusals; }
    /// Counts write() calls, so a reader of cityRefusals() can tell a new turn's from one it has seen.
    quint64 writes() const { return m_writes; }

    /// The bookings (by code) the last write() handed over to the hall of their office (CityPool::hallOf)
    /// instead of writing them here: their record, with this change's audit lines, went into
    /// city.booking_handover in the turn's city transaction. Valid until the next write().
    const QHash<QString, QString>& handedOver() const { return m_handedOver; }
    /// A record another hall handed over, as handOver wrote it: the booking and its audit lines.
    struct Arrival
    {
        Booking booking;
        QList<BookingAuditEntry> audit;
    };
    Result<Arrival> readHandover(const QByteArray& row) const;
    /// The next write of booking `code` is a handed-over record this hall takes: its claims are
    /// already in the city (the making hall's, until CityPool::settleHandover), so it is not claimed.
    void arriving(const QString& code) { m_arriving.insert(code); }

private:
    BookingStore(QSqlDatabase db, const QByteArray& secret);
    bool writeBooking(const Booking& b);
    /// The booking's city claims, then its row (or, for another hall's office, its handover with its
    /// lines of the turn's `audit`); a city refusal lands in m_cityRefusals.
    std::optional<Error> writeCityBooking(const Booking& b, const QList<BookingAuditEntry>& audit);
    QByteArray handoverRow(const Booking& b, const QList<BookingAuditEntry>& audit) const;
    bool writeEvent(const PersonEvent& e);
    bool writeDivorce(const DivorceApplication& a);
    bool writeClosure(const DayClosure& c);
    bool writeAudit(const BookingAuditEntry& e);
    bool writeCounselling(const CounsellingSession& c);

    QSqlDatabase m_db;
    ContactSealer m_sealer;
    std::unique_ptr<QSqlQuery> m_upsertBooking;
    std::unique_ptr<QSqlQuery> m_insertEvent;
    std::unique_ptr<QSqlQuery> m_untieEvent;
    std::unique_ptr<QSqlQuery> m_upsertDivorce;
    std::unique_ptr<QSqlQuery> m_upsertClosure;
    std::unique_ptr<QSqlQuery> m_insertAudit;
    std::unique_ptr<QSqlQuery> m_upsertCounselling;
    CityPool* m_city = nullptr;
    std::function<int(const Booking&)> m_capacity;
    QHash<QString, Error> m_cityRefusals;
    QHash<QString, QString> m_handedOver;
    QSet<QString> m_arriving;
    std::unique_ptr<QSqlQuery> m_deleteBooking;
    quint64 m_writes = 0;
};

} // namespace hall
