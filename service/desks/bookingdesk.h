// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookinglimits.h"
#include "durablebooking.h"

#include <QJsonObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

namespace hall {

/// An availability read as the cache holds it: the result and the same result as compact JSON,
/// serialised once per cache entry rather than once per reader.
struct CachedRead
{
    QJsonObject value;
    QByteArray json;
};

/// The booking side of the hall service: the engine, its store, its place in the service's group
/// commit (DurableBooking), the fairness limits and a cache of availability reads. HallState owns
/// one; the booking ops (service/ops/booking*.cpp, divorceops.cpp) work through it.
class BookingDesk
{
public:
    /// Restores bookings from `db` (which SqlStore opened and migrated). `personSecret` keys person
    /// hashes (the queue's too, so a check-in's ticket meets the queue's one-ticket-per-person rule)
    /// and, derived, seals contact data.
    /// `cityDb`, when valid, is a connection of its own to the city's PostgreSQL beside a hall that
    /// keeps its state (bookings too) in `db`, its own SQLite: the city pool claims there, in a
    /// transaction the group commit ends just before its own (GroupCommit::Companion). Otherwise a
    /// PostgreSQL `db` is the city's and the pool rides in the group commit's transaction.
    static Result<std::unique_ptr<BookingDesk>>
    open(BookingConfig config, const Clock& clock, QSqlDatabase db, GroupCommit& driver,
         const QByteArray& personSecret, BookingLimits::Settings limits, QSqlDatabase cityDb = {});
    /// While `cityDown()` holds, the minute's sweep (no-shows, lapsed divorce applications) waits:
    /// its booking rows would need the city pool, and a failed claim would fail the queue's turn too.
    void pauseSweepWhile(std::function<bool()> cityDown) { m_cityDown = std::move(cityDown); }

    BookingEngine& engine() { return m_engine; }
    BookingLimits& limits() { return m_limits; }
    BookingStore& store() { return *m_store; }
    const BookingConfig& config() const { return m_engine.calendar().config(); }
    /// A reloaded calendar and special dates (ConfigReloader): the engine's, and no cached read survives.
    std::optional<Error> reconfigure(BookingConfig config);
    const Clock& clock() const { return m_clock; }
    /// The office a request without `office` means: the first configured one.
    QString defaultOffice() const;

    /// An availability read, from the cache while bookings and the moment allow: `compute` returns
    /// the result and the first moment it may change by time alone (a release or closing moment).
    CachedRead cachedRead(const QString& key,
                          const std::function<std::pair<QJsonObject, QDateTime>()>& compute);

    /// On a city's PostgreSQL (CityPool): the storage verdict of the booking whose code `code` will hold
    /// once the change ran (Change::refusedByStorage). Empty on SQLite, where the engine decides.
    std::function<std::optional<Error>()> cityVerdict(std::shared_ptr<QString> code) const;
    /// Reloads the city's places of `office` on `day` into the engine (every office from today on when
    /// `office` is empty: at start and after a reconnect, which may have lost notifications) and drops
    /// the cached reads. Nothing to do on SQLite.
    std::optional<Error> reloadCityPlaces(const QString& office = {}, QDate day = {});
    /// After the connection was opened anew (StoreLink): prepares the store's and the city pool's
    /// statements on the new session, LISTENs again and reloads every office's city places (a
    /// notification sent while the link was down was lost). Minimal addition by the failover work.
    std::optional<Error> reattach(QSqlDatabase db);
    /// City notifications handled so far (tests and benchmarks).
    qint64 cityNotifications() const { return m_cityNotifications; }

    /// The offices this hall serves (--serves-offices): said in city.office_halls now (and at every
    /// later join), so a booking another hall makes for one of them is handed over to this hall.
    /// Refused when an office is not in the booking configuration. Nothing to do without a city.
    std::optional<Error> serveOffices(const QStringList& offices);
    /// Where booking `code`, which this hall does not hold, went: a refusal naming the hall and office
    /// that has it (handed over), in both languages; nothing when no other hall holds it or the city
    /// does not answer (the caller's own refusal stands then).
    std::optional<Error> heldElsewhere(const QString& code);

private:
    BookingDesk(BookingConfig config, const Clock& clock, const QByteArray& personSecret,
                BookingLimits::Settings limits);
    std::optional<Error> joinCity(QSqlDatabase db, GroupCommit& driver, bool apart);
    /// After a commit in which the city refused bookings: their slots count as full until the city
    /// says otherwise, and the engine is reloaded from storage (the refused bookings were never written).
    void afterCityRefusals();
    /// Apart: gives back the city claims of this hall that its local bookings do not hold as claimed
    /// (CityPool::reconcile), at start and after a reconnect.
    std::optional<Error> reconcileCity();
    /// Takes the records other halls handed over to this hall (CityPool::handoversToMe): each is
    /// written here through the group commit as if made here, then settled in the city. With
    /// `arrivedOnly`, only those whose record is here already (a settle that did not happen) are settled.
    void takeHandovers(bool arrivedOnly = false);
    void settleHandover(const CityPool::Handover& h);

    struct CacheEntry
    {
        quint64 version = 0;
        QDateTime validUntil;
        CachedRead read;
    };

    const Clock& m_clock;
    BookingEngine m_engine;
    std::unique_ptr<BookingStore> m_store;
    std::unique_ptr<DurableBooking> m_durable;
    std::unique_ptr<CityPool> m_city;
    bool m_cityApart = false;           ///< the city is a database beside the hall's own store
    GroupCommit* m_joinLater = nullptr; ///< the city did not answer at start: joined at reattach
    quint64 m_cityWritesSeen = 0;
    qint64 m_cityNotifications = 0;
    QObject m_cityListener; ///< context of the notification connection: it ends with the desk
    BookingLimits m_limits;
    QHash<QString, CacheEntry> m_cache;
    QTimer m_sweep; ///< marks divorce applications past their period as deemed withdrawn
    std::function<bool()> m_cityDown;
    QStringList m_servedOffices;
    QSet<QString> m_takingOver; ///< handed-over codes submitted and not yet committed here
};

} // namespace hall
