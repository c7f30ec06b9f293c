#pragma once

#include "domain/ticket.h"

#include <QJsonObject>

namespace hall::protocol {

/// Who is looking: staff and admins see everything, a kiosk sees its own tickets in full,
/// the public (displays, and kiosks looking at other people's tickets) never sees ID references,
/// appointment references or the issuing device.
enum class Audience
{
    Staff,
    Owner,
    Public
};

QJsonObject ticketView(const Ticket& t, Audience audience);

/// Removes what `audience` may not see from a ticket JSON object (as in event data).
QJsonObject filterTicketJson(QJsonObject ticket, Audience audience);

/// Event data as `audience` may see it: the embedded "ticket" object filtered.
QJsonObject filterEventData(const QJsonObject& data, Audience audience);

} // namespace hall::protocol
