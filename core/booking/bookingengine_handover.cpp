// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingengine.h"

namespace hall {

Booking BookingEngine::learnHandedOver(const Booking& b, const QList<BookingAuditEntry>& audit)
{
    if (const auto known = m_bookings.find(b.code); known != m_bookings.end()) {
        return known->second;
    }
    m_bookings.emplace(b.code, b);
    m_byRequest.insert(b.requestId, b.code);
    for (const Party& p : b.parties) {
        (isCeremony(b.type) ? m_ceremonyOf : m_registrationOf).insert(p.personKey, b.code);
    }
    // Its day is counted anew on first use, with it (dayState), rather than patched here.
    m_days.remove(DayId{b.office, b.day.toJulianDay()});
    for (BookingAuditEntry e : audit) {
        e.id = ++m_lastAuditId;
        e.code = b.code;
        m_audit[b.code] << e;
        m_changes.audit << e;
    }
    recordBooking(b);
    return b;
}

} // namespace hall
