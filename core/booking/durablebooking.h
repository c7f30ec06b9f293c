#pragma once

#include "bookingengine.h"
#include "bookingstore.h"
#include "storage/groupcommit.h"

#include <QObject>

#include <functional>
#include <memory>

namespace hall {

/// The booking engine made durable with group commit, as DurableQueue does for the queue: operations
/// run on the engine at once, their replies wait until everything changed in the same event-loop turn
/// is committed in one transaction. If the commit fails, the engine is rebuilt from storage and every
/// waiting reply gets STORAGE_FAILED, so no booking is confirmed that storage does not hold.
///
/// Bookings are one participant of a GroupCommit: their own (first constructor, for tools and tests),
/// or the service's shared one, so a check-in and the queue ticket it issues commit together.
class DurableBooking : public QObject, private CommitParticipant
{
    Q_OBJECT
public:
    /// With a group commit of its own on the store's connection (no request ledger).
    DurableBooking(BookingEngine& engine, BookingStore& store, QObject* parent = nullptr);
    /// As a participant of `driver` (same connection as the store; must outlive this).
    DurableBooking(BookingEngine& engine, BookingStore& store, GroupCommit& driver,
                   QObject* parent = nullptr);
    ~DurableBooking() override;

    /// Rebuilds the engine from storage; call once before serving.
    std::optional<Error> restore();

    /// Runs `op` now and delivers its result to `done` after the turn's group commit.
    template <typename T>
    void submit(const std::function<BookingResult<T>(BookingEngine&)>& op,
                std::function<void(BookingResult<T>)> done)
    {
        BookingResult<T> result = op(m_engine);
        m_driver.whenCommitted([result = std::move(result),
                                done = std::move(done)](const std::optional<Error>& failure) {
            done(failure && result.ok()
                     ? BookingResult<T>(BookingError{BookingErrorCode::StorageFailed, failure->message, {}})
                     : result);
        });
    }

    /// Runs `op` and commits at once: for tools and tests without an event-loop turn.
    template <typename T> BookingResult<T> run(const std::function<BookingResult<T>(BookingEngine&)>& op)
    {
        std::optional<BookingResult<T>> out;
        submit<T>(op, [&out](BookingResult<T> r) { out.emplace(std::move(r)); });
        flush();
        return std::move(*out);
    }

    /// Stores the reply of an idempotent request in this turn's transaction (see DurableQueue).
    void recordRequest(RequestRecord record) { m_driver.recordRequest(std::move(record)); }

    /// Commits what is pending (of every participant) and answers the waiting replies. Returns false
    /// if the commit failed.
    bool flush() { return m_driver.flush(); }

    BookingEngine& engine() { return m_engine; }
    GroupCommit& driver() { return m_driver; }
    int pendingReplies() const { return m_driver.pendingReplies(); }
    /// Bumped by every committed or rebuilt change: lets read caches know they are stale.
    quint64 version() const { return m_version; }

signals:
    void storageFailed(const QString& message);

private:
    bool stage() override;
    std::optional<Error> write() override;
    void afterCommit() override;
    void rebuild() override;

    BookingEngine& m_engine;
    BookingStore& m_store;
    std::unique_ptr<GroupCommit> m_ownDriver;
    GroupCommit& m_driver;
    BookingChanges m_staged;
    quint64 m_version = 0;
};

} // namespace hall
