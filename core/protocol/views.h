// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/journalevent.h"
#include "domain/ticket.h"

#include <QJsonObject>

namespace hall {
class JsonWriter;
}

namespace hall::protocol {

/// Who is looking: staff and admins see everything, a kiosk sees its own tickets in full, the
/// public (displays, and kiosks looking at the hall) sees only what a lobby screen shows.
///
/// One rule for snapshots and events alike (docs/protocol.md, "Views"): the public never gets ID or
/// appointment references, issuing devices, staff user names or device reports, and of a ticket only
/// what a window shows (`id`, `number`, `state`, `calledAt`).
enum class Audience
{
    Staff,
    Owner,
    Public
};

QJsonObject ticketView(const Ticket& t, Audience audience);

/// Removes what `audience` may not see from a ticket JSON object (as in event data).
QJsonObject filterTicketJson(QJsonObject ticket, Audience audience);

/// A counter's state (CounterState JSON) as `audience` may see it: the public gets no staff user name.
QJsonObject counterStateView(QJsonObject state, Audience audience);

/// Event data as `audience` may see it. The public gets what keeps a public snapshot current
/// (counters, their tickets, waiting figures, calls) and nothing else; an event that changes nothing
/// public (a ticket issued, a device report) reaches it as its kind and seq with empty data, so the
/// seq still rises by one.
QJsonObject eventView(const QString& kind, const QJsonObject& data, Audience audience);

/// The `data` of a pushed event as `audience` receives it: eventView() plus the common fields
/// `counter` and `number` (the public gets them only with something to show, or when the event ends
/// a call in `recentCalls`).
QJsonObject eventData(const JournalEvent& e, Audience audience);

/// The whole frame of a pushed event as `audience` receives it: the same bytes as
/// encodeEvent(e.kind, e.seq, eventData(e, audience)). Staff's data is written straight from the
/// event's, `counter` and `number` merged in their sorted places, without the copy of the event's
/// data that inserting them would make.
QByteArray eventJson(const JournalEvent& e, Audience audience);

} // namespace hall::protocol
