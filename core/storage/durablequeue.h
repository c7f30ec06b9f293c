#pragma once

#include "domain/queueengine.h"
#include "sqlstore.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <vector>

namespace hall {

/// The queue engine made durable with group commit: operations run on the engine at once, their
/// replies wait until everything changed in the same event-loop turn is committed in one
/// transaction. If the commit fails, the engine is rebuilt from storage and every waiting reply
/// gets STORAGE_FAILED, so nothing is ever acknowledged that storage does not hold.
class DurableQueue : public QObject
{
    Q_OBJECT
public:
    DurableQueue(QueueEngine& engine, SqlStore& store, QObject* parent = nullptr);

    /// Rebuilds the engine from storage; call once before serving.
    std::optional<Error> restore();

    /// Runs `op` now and delivers its result to `done` after the turn's group commit.
    template <typename T>
    void submit(const std::function<Result<T>(QueueEngine&)>& op, std::function<void(Result<T>)> done)
    {
        Result<T> result = op(m_engine);
        enqueue([result = std::move(result), done = std::move(done)](const std::optional<Error>& failure) {
            done(failure && result.ok() ? Result<T>(*failure) : result);
        });
    }

    /// Runs `op` and commits at once: for command-line tools and tests that have no event loop turn.
    template <typename T> Result<T> run(const std::function<Result<T>(QueueEngine&)>& op)
    {
        std::optional<Result<T>> out;
        submit<T>(op, [&out](Result<T> r) { out.emplace(std::move(r)); });
        flush();
        return std::move(*out);
    }

    /// Stores the reply of an idempotent request in the same transaction as this turn's changes. Call
    /// it from inside a submitted operation, once its result is known, so both commit together.
    void recordRequest(RequestRecord record) { m_requests.append(std::move(record)); }

    /// Commits what is pending and answers the waiting replies. Returns false if the commit failed.
    bool flush();

    /// Rolls the business day over if due (driven by a timer in the service), committing the change.
    void tick();

    QueueEngine& engine() { return m_engine; }
    int pendingReplies() const { return static_cast<int>(m_waiting.size()); }

signals:
    /// Journal events that are now durable, in seq order: what the service pushes to subscribers.
    void committed(const QList<hall::JournalEvent>& events);
    void storageFailed(const QString& message);

private:
    void enqueue(std::function<void(const std::optional<Error>&)> reply);

    QueueEngine& m_engine;
    SqlStore& m_store;
    std::vector<std::function<void(const std::optional<Error>&)>> m_waiting;
    QList<RequestRecord> m_requests;
    bool m_flushScheduled = false;
};

} // namespace hall
