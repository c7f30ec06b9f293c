#pragma once

#include "domain/queueengine.h"
#include "groupcommit.h"
#include "sqlstore.h"

#include <QObject>

#include <functional>
#include <memory>

namespace hall {

/// The queue engine made durable with group commit: operations run on the engine at once, their
/// replies wait until everything changed in the same event-loop turn is committed in one
/// transaction. If the commit fails, the engine is rebuilt from storage and every waiting reply
/// gets STORAGE_FAILED, so nothing is ever acknowledged that storage does not hold.
///
/// The queue is one participant of a GroupCommit: its own (first constructor), or the service's
/// shared one, which commits the bookings' changes in the same transaction.
class DurableQueue : public QObject, private CommitParticipant
{
    Q_OBJECT
public:
    /// With a group commit of its own on the store's connection.
    DurableQueue(QueueEngine& engine, SqlStore& store, QObject* parent = nullptr);
    /// As a participant of `driver` (which must use the store's connection and outlive this).
    DurableQueue(QueueEngine& engine, SqlStore& store, GroupCommit& driver, QObject* parent = nullptr);
    ~DurableQueue() override;

    /// Rebuilds the engine from storage; call once before serving.
    std::optional<Error> restore();

    /// Runs `op` now and delivers its result to `done` after the turn's group commit.
    template <typename T>
    void submit(const std::function<Result<T>(QueueEngine&)>& op, std::function<void(Result<T>)> done)
    {
        Result<T> result = op(m_engine);
        m_driver.whenCommitted(
            [result = std::move(result), done = std::move(done)](const std::optional<Error>& failure) {
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
    void recordRequest(RequestRecord record) { m_driver.recordRequest(std::move(record)); }

    /// Commits what is pending (of every participant of the driver) and answers the waiting replies.
    /// Returns false if the commit failed.
    bool flush() { return m_driver.flush(); }

    /// Rolls the business day over if due (driven by a timer in the service), committing the change.
    void tick();

    QueueEngine& engine() { return m_engine; }
    GroupCommit& driver() { return m_driver; }
    int pendingReplies() const { return m_driver.pendingReplies(); }

signals:
    /// Journal events that are now durable, in seq order: what the service pushes to subscribers.
    void committed(const QList<hall::JournalEvent>& events);
    void storageFailed(const QString& message);

private:
    bool stage() override;
    std::optional<Error> write() override;
    void afterCommit() override;
    void rebuild() override;

    QueueEngine& m_engine;
    SqlStore& m_store;
    std::unique_ptr<GroupCommit> m_ownDriver;
    GroupCommit& m_driver;
    ChangeSet m_staged;
};

} // namespace hall
