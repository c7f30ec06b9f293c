#pragma once

#include "bookingengine.h"
#include "bookingstore.h"

#include <QObject>

#include <functional>
#include <vector>

namespace hall {

/// The booking engine made durable with group commit, as DurableQueue does for the queue: operations
/// run on the engine at once, their replies wait until everything changed in the same event-loop turn
/// is committed in one transaction. If the commit fails, the engine is rebuilt from storage and every
/// waiting reply gets STORAGE_FAILED, so no booking is confirmed that storage does not hold.
class DurableBooking : public QObject
{
    Q_OBJECT
public:
    DurableBooking(BookingEngine& engine, BookingStore& store, QObject* parent = nullptr);

    /// Rebuilds the engine from storage; call once before serving.
    std::optional<Error> restore();

    /// Runs `op` now and delivers its result to `done` after the turn's group commit.
    template <typename T>
    void submit(const std::function<BookingResult<T>(BookingEngine&)>& op,
                std::function<void(BookingResult<T>)> done)
    {
        BookingResult<T> result = op(m_engine);
        enqueue([result = std::move(result), done = std::move(done)](const std::optional<Error>& failure) {
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

    /// Commits what is pending and answers the waiting replies. Returns false if the commit failed.
    bool flush();

    BookingEngine& engine() { return m_engine; }
    int pendingReplies() const { return static_cast<int>(m_waiting.size()); }

signals:
    void storageFailed(const QString& message);

private:
    void enqueue(std::function<void(const std::optional<Error>&)> reply);

    BookingEngine& m_engine;
    BookingStore& m_store;
    std::vector<std::function<void(const std::optional<Error>&)>> m_waiting;
    bool m_flushScheduled = false;
};

} // namespace hall
