#include "views.h"

namespace hall::protocol {

QJsonObject filterTicketJson(QJsonObject ticket, Audience audience)
{
    if (audience == Audience::Public) {
        ticket.remove(QLatin1String("idRef"));
        ticket.remove(QLatin1String("device"));
        ticket.remove(QLatin1String("appointment"));
    }
    return ticket;
}

QJsonObject ticketView(const Ticket& t, Audience audience)
{
    return filterTicketJson(toJson(t), audience);
}

QJsonObject filterEventData(const QJsonObject& data, Audience audience)
{
    if (audience != Audience::Public || !data.contains(QLatin1String("ticket"))) {
        return data;
    }
    QJsonObject out = data;
    out.insert(QLatin1String("ticket"),
               filterTicketJson(data.value(QLatin1String("ticket")).toObject(), audience));
    return out;
}

} // namespace hall::protocol
