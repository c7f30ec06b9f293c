#include "durablebooking.h"

namespace hall {

DurableBooking::DurableBooking(BookingEngine& engine, BookingStore& store, QObject* parent)
    : QObject(parent), m_engine(engine), m_store(store),
      m_ownDriver(std::make_unique<GroupCommit>(store.database())), m_driver(*m_ownDriver)
{
    m_driver.addParticipant(this);
    connect(&m_driver, &GroupCommit::storageFailed, this, &DurableBooking::storageFailed);
}

DurableBooking::DurableBooking(BookingEngine& engine, BookingStore& store, GroupCommit& driver,
                               QObject* parent)
    : QObject(parent), m_engine(engine), m_store(store), m_driver(driver)
{
    m_driver.addParticipant(this);
    connect(&m_driver, &GroupCommit::storageFailed, this, &DurableBooking::storageFailed);
}

DurableBooking::~DurableBooking()
{
    m_driver.removeParticipant(this);
}

std::optional<Error> DurableBooking::restore()
{
    auto state = m_store.load();
    if (!state) {
        return state.error();
    }
    m_engine.restore(state.value());
    ++m_version;
    return std::nullopt;
}

bool DurableBooking::stage()
{
    m_staged = m_engine.takeChanges();
    return !m_staged.isEmpty();
}

std::optional<Error> DurableBooking::write()
{
    return m_store.write(m_staged);
}

void DurableBooking::afterCommit()
{
    m_staged = {};
    ++m_version;
}

void DurableBooking::rebuild()
{
    m_staged = {};
    ++m_version;
    if (auto state = m_store.load()) {
        m_engine.restore(state.value());
    }
}

} // namespace hall
