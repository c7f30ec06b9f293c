#include "durablequeue.h"

#include <QMetaObject>

namespace hall {

DurableQueue::DurableQueue(QueueEngine& engine, SqlStore& store, QObject* parent)
    : QObject(parent), m_engine(engine), m_store(store)
{}

std::optional<Error> DurableQueue::restore()
{
    auto state = m_store.load();
    if (!state) {
        return state.error();
    }
    m_engine.restore(state.value());
    // Restoring may itself roll the day over; that change must be durable before anything else.
    return flush() ? std::nullopt
                   : std::optional(Error{ErrorCode::StorageFailed, QStringLiteral("日切保存失败")});
}

void DurableQueue::enqueue(std::function<void(const std::optional<Error>&)> reply)
{
    // Refusals wait for the commit too: they may depend on changes of this turn that are not yet durable.
    m_waiting.push_back(std::move(reply));
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QMetaObject::invokeMethod(this, &DurableQueue::flush, Qt::QueuedConnection);
    }
}

bool DurableQueue::flush()
{
    m_flushScheduled = false;
    m_engine.recordQueueFigures();
    ChangeSet changes = m_engine.takeChanges();
    const QList<RequestRecord> requests = std::exchange(m_requests, {});
    std::optional<Error> failure = m_store.commit(changes, requests);
    if (failure) {
        qWarning("hall: commit failed, rebuilding the queue from storage: %s", qPrintable(failure->message));
        if (auto state = m_store.load()) {
            m_engine.restore(state.value());
        }
        emit storageFailed(failure->message);
    }
    auto waiting = std::exchange(m_waiting, {});
    for (auto& reply : waiting) {
        reply(failure);
    }
    if (!failure && !changes.events.isEmpty()) {
        emit committed(changes.events);
    }
    return !failure;
}

void DurableQueue::tick()
{
    m_engine.rollOverIfDue();
    flush();
}

} // namespace hall
