#include "durablequeue.h"

namespace hall {

namespace {

std::unique_ptr<GroupCommit> ownDriver(SqlStore& store)
{
    return std::make_unique<GroupCommit>(
        store.database(), [&store](const QList<RequestRecord>& r) { return store.writeRequests(r); });
}

} // namespace

DurableQueue::DurableQueue(QueueEngine& engine, SqlStore& store, QObject* parent)
    : QObject(parent), m_engine(engine), m_store(store), m_ownDriver(ownDriver(store)), m_driver(*m_ownDriver)
{
    m_driver.addParticipant(this);
    connect(&m_driver, &GroupCommit::storageFailed, this, &DurableQueue::storageFailed);
}

DurableQueue::DurableQueue(QueueEngine& engine, SqlStore& store, GroupCommit& driver, QObject* parent)
    : QObject(parent), m_engine(engine), m_store(store), m_driver(driver)
{
    m_driver.addParticipant(this);
    connect(&m_driver, &GroupCommit::storageFailed, this, &DurableQueue::storageFailed);
}

DurableQueue::~DurableQueue()
{
    m_driver.removeParticipant(this);
}

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

bool DurableQueue::stage()
{
    m_engine.recordQueueFigures();
    m_staged = m_engine.takeChanges();
    return !m_staged.isEmpty() || !m_staged.tickets.isEmpty() || !m_staged.counters.isEmpty() ||
           m_staged.day.has_value();
}

std::optional<Error> DurableQueue::write()
{
    return m_store.write(m_staged);
}

void DurableQueue::afterCommit()
{
    const ChangeSet done = std::exchange(m_staged, {});
    if (!done.events.isEmpty()) {
        emit committed(done.events);
    }
}

void DurableQueue::rebuild()
{
    m_staged = {};
    if (auto state = m_store.load()) {
        m_engine.restore(state.value());
    }
}

void DurableQueue::tick()
{
    m_engine.rollOverIfDue();
    flush();
}

} // namespace hall
