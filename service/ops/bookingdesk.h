#pragma once

#include "bookinglimits.h"
#include "durablebooking.h"
#include "opcontext.h"

#include <QJsonObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace hall {

/// The booking side of the hall service: the engine, its store, its place in the service's group
/// commit, the fairness limits and a cache of availability reads. HallState owns one; the booking
/// ops (bookingops.cpp, bookingstaffops.cpp, divorceops.cpp) work through it.
class BookingDesk
{
public:
    /// Restores bookings from `db` (which SqlStore opened and migrated). `personSecret` keys person
    /// hashes (the queue's too, so a check-in's ticket meets the queue's one-ticket-per-person rule)
    /// and, derived, seals contact data.
    static Result<std::unique_ptr<BookingDesk>> open(BookingConfig config, const Clock& clock,
                                                     QSqlDatabase db, GroupCommit& driver,
                                                     const QByteArray& personSecret,
                                                     BookingLimits::Settings limits);

    BookingEngine& engine() { return m_engine; }
    DurableBooking& durable() { return *m_durable; }
    BookingLimits& limits() { return m_limits; }
    const BookingConfig& config() const { return m_engine.calendar().config(); }
    const Clock& clock() const { return m_clock; }
    /// The office a request without `office` means: the first configured one.
    QString defaultOffice() const;

    /// An availability read, from the cache while bookings and the moment allow: `compute` returns
    /// the result and the first moment it may change by time alone (a release or closing moment).
    /// The outcome carries the result serialised once per cache entry, not once per reader.
    Outcome cachedRead(const QString& key, const std::function<std::pair<QJsonObject, QDateTime>()>& compute);

private:
    BookingDesk(BookingConfig config, const Clock& clock, const QByteArray& personSecret,
                BookingLimits::Settings limits);

    struct CacheEntry
    {
        quint64 version = 0;
        QDateTime validUntil;
        QJsonObject value;
        QByteArray json; ///< value, compact
    };

    const Clock& m_clock;
    BookingEngine m_engine;
    std::unique_ptr<BookingStore> m_store;
    std::unique_ptr<DurableBooking> m_durable;
    BookingLimits m_limits;
    QHash<QString, CacheEntry> m_cache;
    QTimer m_sweep; ///< marks divorce applications past their period as deemed withdrawn
};

} // namespace hall
