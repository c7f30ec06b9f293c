// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Certificate ceremonies (颁证仪式) of a day: who leads them and what the counter and the lobby show.
#include "bookingengine.h"

#include <algorithm>

namespace hall {

QStringList BookingEngine::officiantsOn(const QString& officeId, QDate day) const
{
    const OfficeConfig* office = m_calendar.config().office(officeId);
    return office == nullptr ? QStringList() : office->officiantsOn(day);
}

std::optional<CollectiveSlot> BookingEngine::collectiveOf(const Booking& b) const
{
    const OfficeConfig* office = m_calendar.config().office(b.office);
    if (office == nullptr || b.type != BookingType::Ceremony) {
        return std::nullopt;
    }
    const DayState& d = dayState(*office, b.day);
    const int slot = slotIndex(d, b.slotStart);
    return slot < 0 ? std::nullopt : d.plan.timeSlots[slot].collective;
}

QList<CeremonyOfDay> BookingEngine::ceremoniesOn(const QString& officeId, QDate day) const
{
    QList<CeremonyOfDay> out;
    const OfficeConfig* office = m_calendar.config().office(officeId);
    if (office == nullptr || !day.isValid()) {
        return out;
    }
    const DayState& d = dayState(*office, day);
    if (d.closure) {
        return out; // the office cancelled the day: no ceremony takes place
    }
    for (const SlotPlan& s : d.plan.timeSlots) {
        if (s.collective) {
            out << CeremonyOfDay{s.start,
                                 s.collective->end,
                                 s.collective->hall,
                                 s.collective->officiant,
                                 s.collective->themeZh,
                                 s.collective->themeEn,
                                 true,
                                 0,
                                 s.collective->couples};
        }
    }
    for (const auto& entry : m_bookings) {
        const Booking& b = entry.second; // a plain reference: lambdas below capture it (clang 14)
        if (b.office != officeId || b.day != day || b.type != BookingType::Ceremony ||
            (b.status != BookingStatus::Confirmed && b.status != BookingStatus::CheckedIn)) {
            continue;
        }
        const auto group = std::find_if(out.begin(), out.end(), [&](const CeremonyOfDay& c) {
            return c.collective && c.start == b.slotStart && c.hall == b.hall;
        });
        if (group != out.end()) {
            ++group->couples;
        } else {
            out << CeremonyOfDay{b.slotStart, b.slotEnd, b.hall, b.officiant, {}, {}, false, 1, 1};
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const CeremonyOfDay& a, const CeremonyOfDay& b) {
        return std::tie(a.start, a.hall) < std::tie(b.start, b.hall);
    });
    return out;
}

} // namespace hall
