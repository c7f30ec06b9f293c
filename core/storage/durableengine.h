// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "groupcommit.h"

#include <QSqlDatabase>

#include <concepts>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace hall {

/// What one engine's change list is: whatever its takeChanges() returns.
template <typename Engine>
using ChangesOf = std::remove_cvref_t<decltype(std::declval<Engine&>().takeChanges())>;

/// What an engine and its store offer to be made durable: the engine hands over what changed since
/// the last call (takeChanges) and can be rebuilt from what the store loads (restore); the store
/// writes a change list inside a transaction it did not open (write) and loads the whole state.
template <typename Engine, typename Store>
concept DurableParts = requires(Engine& engine, Store& store, const ChangesOf<Engine>& changes)
{
    {
        changes.isEmpty()
        } -> std::convertible_to<bool>;
    {
        store.write(changes)
        } -> std::same_as<std::optional<Error>>;
    store.load().ok();
    engine.restore(store.load().value());
};

/// A single-writer engine made durable as a participant of the group commit: operations run on the
/// engine at once, and what they changed is written in the turn's one transaction together with every
/// other engine's changes and the request-ledger rows. If that commit fails, the engine is rebuilt
/// from storage, so memory never holds what storage does not. The queue (DurableQueue), bookings and
/// cases are each one of these; a new engine becomes durable by offering DurableParts, nothing more.
///
/// Replies: submit() delivers an operation's result after the commit (STORAGE_FAILED if the commit
/// failed); the service's ops use the one runner (service/ops/changerunner.h) on the shared driver.
template <typename Engine, typename Store>
requires DurableParts<Engine, Store>
class DurableEngine : private CommitParticipant
{
public:
    using Changes = ChangesOf<Engine>;

    /// As a participant of `driver`, the service's one group commit (same connection as the store;
    /// must outlive this).
    DurableEngine(Engine& engine, Store& store, GroupCommit& driver)
        : m_engine(engine), m_store(store), m_driver(driver)
    {
        m_driver.addParticipant(this);
    }
    /// With a group commit of its own on the store's connection: for tools and tests. Without
    /// `writeRequests`, recording a request fails the commit.
    explicit DurableEngine(Engine& engine, Store& store, GroupCommit::RequestWriter writeRequests = {})
        : m_engine(engine), m_store(store),
          m_ownDriver(std::make_unique<GroupCommit>(store.database(), std::move(writeRequests))),
          m_driver(*m_ownDriver)
    {
        m_driver.addParticipant(this);
    }
    ~DurableEngine() override { m_driver.removeParticipant(this); }
    DurableEngine(const DurableEngine&) = delete;
    DurableEngine& operator=(const DurableEngine&) = delete;

    /// Rebuilds the engine from storage; call once before serving.
    std::optional<Error> restore()
    {
        auto state = m_store.load();
        if (!state) {
            return state.error();
        }
        m_engine.restore(state.value());
        ++m_version;
        return std::nullopt;
    }

    /// Runs `op` now and delivers its result to `done` after the turn's group commit.
    template <typename T>
    void submit(const std::function<Result<T>(Engine&)>& op, std::function<void(Result<T>)> done)
    {
        Result<T> result = op(m_engine);
        m_driver.whenCommitted(
            [result = std::move(result), done = std::move(done)](const std::optional<Error>& failure) {
                done(failure && result.ok() ? Result<T>(*failure) : result);
            });
    }

    /// Runs `op` and commits at once, waiting until it is on disk: for tools and tests that have no
    /// event-loop turn. After a failed sync (a pipelined driver's fail-stop) the reply never comes:
    /// the result is then STORAGE_FAILED.
    template <typename T> Result<T> run(const std::function<Result<T>(Engine&)>& op)
    {
        std::optional<Result<T>> out;
        submit<T>(op, [&out](Result<T> r) { out.emplace(std::move(r)); });
        m_driver.settle();
        if (!out) {
            return Error{ErrorCode::StorageFailed,
                         QStringLiteral("存储失败: 同步失败 / the storage sync failed")};
        }
        return std::move(*out);
    }

    /// Stores the reply of an idempotent request in this turn's transaction. Call it from inside a
    /// submitted operation, once its result is known, so both commit together.
    void recordRequest(RequestRecord record) { m_driver.recordRequest(std::move(record)); }

    /// Commits what is pending (of every participant of the driver) and answers the waiting replies.
    /// Returns false if the commit failed.
    bool flush() { return m_driver.flush(); }

    Engine& engine() { return m_engine; }
    const Engine& engine() const { return m_engine; }
    GroupCommit& driver() { return m_driver; }
    int pendingReplies() const { return m_driver.pendingReplies(); }
    /// Bumped by every restore, commit and rebuild of this engine: read caches compare it to know they
    /// are stale.
    quint64 version() const { return m_version; }

protected:
    /// Just before this engine's changes are taken for a commit (the queue records its figures here).
    virtual void aboutToStage() {}
    /// The changes just taken for the commit being written, before it is durable (state that reads at
    /// the commit must agree with follows them here; a rollback is followed by rebuilt()).
    virtual void beingWritten(const Changes& changes) { Q_UNUSED(changes); }
    /// The engine was reloaded from storage after a failed commit.
    virtual void rebuilt() {}
    /// Once a commit that held changes of this engine is on disk, with those changes, in commit order
    /// (the queue publishes its journal events here).
    virtual void madeDurable(const Changes& changes) { Q_UNUSED(changes); }

private:
    bool stage() override
    {
        aboutToStage();
        m_staged = m_engine.takeChanges();
        if (m_staged.isEmpty()) {
            return false;
        }
        beingWritten(m_staged);
        return true;
    }
    std::optional<Error> write() override { return m_store.write(m_staged); }
    void afterCommit() override
    {
        m_unwritten.push_back(std::exchange(m_staged, {}));
        ++m_version;
    }
    void afterWritten() override
    {
        if (m_unwritten.empty()) {
            return;
        }
        const Changes done = std::move(m_unwritten.front());
        m_unwritten.pop_front();
        madeDurable(done);
    }
    void rebuild() override
    {
        // Only this turn's rows were rolled back: earlier commits still wait for their sync.
        m_staged = {};
        ++m_version;
        auto state = m_store.load();
        if (!state) {
            qWarning("hall: an engine could not be reloaded after a failed commit: %s",
                     qPrintable(state.error().message));
            return;
        }
        m_engine.restore(state.value());
        rebuilt();
    }

    Engine& m_engine;
    Store& m_store;
    std::unique_ptr<GroupCommit> m_ownDriver;
    GroupCommit& m_driver;
    Changes m_staged;
    std::deque<Changes> m_unwritten; ///< committed, not yet on disk (pipelined commits), oldest first
    quint64 m_version = 0;
};

} // namespace hall
