// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/queueengine.h"
#include "durableengine.h"
#include "sqlstore.h"

#include <QObject>

namespace hall {

/// The queue engine made durable (a DurableEngine, like bookings and cases), with what only the queue
/// has: every commit that changed the queue ends with one `queue.changed` event, the journal events a
/// commit made durable are published (committed()), and the business day rolls over on tick().
///
/// The queue is one participant of a GroupCommit: its own (first constructor, for tools and tests),
/// or the service's shared one, which commits the bookings' and cases' changes in the same transaction.
class DurableQueue : public QObject, public DurableEngine<QueueEngine, SqlStore>
{
    Q_OBJECT
public:
    /// With a group commit of its own on the store's connection (and the store's request ledger).
    DurableQueue(QueueEngine& engine, SqlStore& store, QObject* parent = nullptr);
    /// As a participant of `driver` (which must use the store's connection and outlive this).
    DurableQueue(QueueEngine& engine, SqlStore& store, GroupCommit& driver, QObject* parent = nullptr);

    /// Rebuilds the engine from storage and commits the rollover that restoring may cause; call once
    /// before serving.
    std::optional<Error> restore();

    /// Rolls the business day over if due (driven by a timer in the service), committing the change.
    void tick();

signals:
    /// Journal events that are now durable, in seq order: what the service pushes to subscribers.
    void committed(const QList<hall::JournalEvent>& events);
    /// The journal events of the commit being written, before it is durable: for state that reads at
    /// the commit must agree with (the recent calls of a snapshot). A rollback is followed by restored().
    void staged(const QList<hall::JournalEvent>& events);
    /// The engine was (re)loaded from storage: at start, and after a failed commit.
    void restored();
    void storageFailed(const QString& message);

private:
    void aboutToStage() override;
    void madeDurable(const ChangeSet& changes) override;
    void beingWritten(const ChangeSet& changes) override;
    void rebuilt() override;
};

} // namespace hall
