#include "durablebooking.h"

#include <QMetaObject>

namespace hall {

DurableBooking::DurableBooking(BookingEngine& engine, BookingStore& store, QObject* parent)
    : QObject(parent), m_engine(engine), m_store(store)
{}

std::optional<Error> DurableBooking::restore()
{
    auto state = m_store.load();
    if (!state) {
        return state.error();
    }
    m_engine.restore(state.value());
    return std::nullopt;
}

void DurableBooking::enqueue(std::function<void(const std::optional<Error>&)> reply)
{
    // Refusals wait for the commit too: they may depend on changes of this turn that are not yet durable
    // (SLOT_FULL because of a booking that might still be lost).
    m_waiting.push_back(std::move(reply));
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QMetaObject::invokeMethod(this, &DurableBooking::flush, Qt::QueuedConnection);
    }
}

bool DurableBooking::flush()
{
    m_flushScheduled = false;
    const std::optional<Error> failure = m_store.commit(m_engine.takeChanges());
    if (failure) {
        qWarning("hall: booking commit failed, rebuilding bookings from storage: %s",
                 qPrintable(failure->message));
        if (auto state = m_store.load()) {
            m_engine.restore(state.value());
        }
        emit storageFailed(failure->message);
    }
    auto waiting = std::exchange(m_waiting, {});
    for (auto& reply : waiting) {
        reply(failure);
    }
    return !failure;
}

} // namespace hall
