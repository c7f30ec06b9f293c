// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Retention: the personal data of bookings and divorce applications whose purpose is over.
#include "bookingengine.h"

#include "domain/halltime.h"

#include <algorithm>

namespace hall {

namespace {

bool holdsPersons(const QList<Party>& parties)
{
    return std::any_of(parties.cbegin(), parties.cend(), [](const Party& p) {
        return !p.personKey.isEmpty() || !p.maskedId.isEmpty() || !p.name.isEmpty();
    });
}

/// The party without what names the person. The kind of document stays: it tells a 涉外 or 涉港澳台
/// registration from another (a category the figures may count), not who it was.
Party withoutPerson(const Party& p)
{
    Party out;
    out.document = p.document;
    return out;
}

/// Drops `key → code` from a person index, leaving entries that point at another booking.
void unindex(QHash<QString, QString>& index, const QString& key, const QString& code)
{
    if (auto it = index.find(key); it != index.end() && it.value() == code) {
        index.erase(it);
    }
}

} // namespace

int BookingEngine::penaltyLookbackDays() const
{
    const PenaltyConfig& p = m_calendar.config().penalties;
    int within = 0;
    for (const PenaltyRule& rule : p.rules) {
        within = std::max(within, rule.withinDays);
    }
    // An event counts for `within` days and can start a ban of `banDays`: the ban must still be
    // answerable on its last day.
    return within + p.banDays;
}

BookingForgetting BookingEngine::forgetPersons(QDate bookingsBefore, QDate eventsBefore)
{
    BookingForgetting n;
    for (auto& [code, b] : m_bookings) {
        // A confirmed booking is still to come (or to be swept as a no-show): never before its end.
        if (b.day >= bookingsBefore || b.status == BookingStatus::Confirmed ||
            (!holdsPersons(b.parties) && b.phone.isEmpty() && b.fingerprint.isEmpty() &&
             !b.eligibleFrom.isValid())) {
            continue;
        }
        for (const Party& p : b.parties) {
            unindex(m_registrationOf, p.personKey, code);
            unindex(m_ceremonyOf, p.personKey, code);
        }
        for (Party& p : b.parties) {
            p = withoutPerson(p);
        }
        b.phone.clear();
        b.fingerprint.clear();    // a keyed hash of the request's ID numbers
        b.eligibleFrom = QDate(); // the day both came of age tells a birthday
        recordBooking(b);
        ++n.bookings;
    }
    QList<PersonEvent> forgotten;
    for (auto it = m_events.begin(); it != m_events.end(); ++it) {
        if (it.key().isEmpty()) {
            continue;
        }
        QList<PersonEvent>& events = it.value();
        for (auto e = events.begin(); e != events.end();) {
            if (halltime::local(e->at).date() < eventsBefore) {
                e->personKey.clear();
                forgotten << *e;
                e = events.erase(e);
            } else {
                ++e;
            }
        }
    }
    m_events.removeIf([](const auto& entry) { return !entry.key().isEmpty() && entry.value().isEmpty(); });
    if (!forgotten.isEmpty()) {
        m_events[QString()] << forgotten;
        for (const PersonEvent& e : forgotten) {
            m_changes.untiedEvents << e.id;
        }
        n.events = static_cast<int>(forgotten.size());
    }
    for (auto& [id, a] : m_divorces) {
        if (a.status == DivorceStatus::Pending || halltime::local(a.changedAt).date() >= bookingsBefore ||
            !holdsPersons(a.parties)) {
            continue;
        }
        for (Party& p : a.parties) {
            p = withoutPerson(p);
        }
        m_changes.divorces << a;
        ++n.divorces;
    }
    return n;
}

} // namespace hall
