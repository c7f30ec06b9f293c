// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "durablequeue.h"

namespace hall {

DurableQueue::DurableQueue(QueueEngine& engine, SqlStore& store, QObject* parent)
    : QObject(parent),
      DurableEngine(engine, store, [&store](const QList<RequestRecord>& r) { return store.writeRequests(r); })
{
    connect(&driver(), &GroupCommit::storageFailed, this, &DurableQueue::storageFailed);
}

DurableQueue::DurableQueue(QueueEngine& engine, SqlStore& store, GroupCommit& driver, QObject* parent)
    : QObject(parent), DurableEngine(engine, store, driver)
{
    connect(&driver, &GroupCommit::storageFailed, this, &DurableQueue::storageFailed);
}

std::optional<Error> DurableQueue::restore()
{
    if (auto failed = DurableEngine::restore()) {
        return failed;
    }
    emit restored();
    // Restoring may itself roll the day over; that change must be durable before anything else.
    return flush() ? std::nullopt
                   : std::optional(Error{ErrorCode::StorageFailed, QStringLiteral("日切保存失败")});
}

void DurableQueue::aboutToStage()
{
    engine().recordQueueFigures();
}

void DurableQueue::madeDurable(const ChangeSet& changes)
{
    if (!changes.events.isEmpty()) {
        emit committed(changes.events);
    }
}

void DurableQueue::beingWritten(const ChangeSet& changes)
{
    if (!changes.events.isEmpty()) {
        emit staged(changes.events);
    }
}

void DurableQueue::rebuilt()
{
    emit restored();
}

void DurableQueue::tick()
{
    engine().rollOverIfDue();
    flush();
}

} // namespace hall
