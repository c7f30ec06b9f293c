// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deskmodels.h"

#include "counterview.h"

#include <QJsonArray>

namespace hall {

namespace {

const QStringList kTicketRoles{QStringLiteral("number"),       QStringLiteral("serviceId"),
                               QStringLiteral("service"),      QStringLiteral("priority"),
                               QStringLiteral("priorityText"), QStringLiteral("waitedMinutes"),
                               QStringLiteral("assigned"),     QStringLiteral("appointment"),
                               QStringLiteral("idRef"),        QStringLiteral("requeues")};
const QStringList kServiceRoles{QStringLiteral("serviceId"),    QStringLiteral("prefix"),
                                QStringLiteral("name"),         QStringLiteral("weight"),
                                QStringLiteral("waiting"),      QStringLiteral("waitMinutes"),
                                QStringLiteral("openCounters"), QStringLiteral("oldestWaitMinutes"),
                                QStringLiteral("issued"),       QStringLiteral("finished"),
                                QStringLiteral("setAside")};
const QStringList kWindowRoles{
    QStringLiteral("number"),     QStringLiteral("name"),         QStringLiteral("status"),
    QStringLiteral("closed"),     QStringLiteral("takesTickets"), QStringLiteral("statusText"),
    QStringLiteral("staff"),      QStringLiteral("ticket"),       QStringLiteral("ticketState"),
    QStringLiteral("mayOperate"), QStringLiteral("finished"),     QStringLiteral("assignedWaiting"),
    QStringLiteral("services")};
const QStringList kAlertRoles{QStringLiteral("device"), QStringLiteral("kind"), QStringLiteral("status"),
                              QStringLiteral("text"), QStringLiteral("severe")};

} // namespace

DeskModels::DeskModels()
    : waiting(kTicketRoles), setAside(kTicketRoles), windowServices(kServiceRoles), services(kServiceRoles),
      windows(kWindowRoles), alerts(kAlertRoles)
{}

void DeskModels::rebuild(const QJsonObject& snapshot, const QJsonObject& overview, int window,
                         const QDateTime& now, bool english)
{
    QJsonObject mine;
    for (const QJsonValue& v : snapshot.value(QLatin1String("counters")).toArray()) {
        if (v.toObject().value(QLatin1String("number")).toInt() == window) {
            mine = v.toObject();
        }
    }
    ticket.update(mine.value(QLatin1String("ticket")).toObject(), snapshot, english);
    waiting.setRows(counterview::waitingRows(snapshot, overview, window, now, english));
    setAside.setRows(counterview::setAsideRows(snapshot, overview, window, now, english));
    windowServices.setRows(window > 0 ? counterview::serviceRows(snapshot, overview, window, now, english)
                                      : QList<QVariantMap>());
    services.setRows(counterview::serviceRows(snapshot, overview, 0, now, english));
    windows.setRows(counterview::windowRows(snapshot, overview, english));
    alerts.setRows(
        counterview::calendarAlertRows(
            snapshot.value(QLatin1String("calendar")).toObject().value(QLatin1String("alerts")).toArray(),
            english) +
        counterview::alertRows(snapshot.value(QLatin1String("devices")).toArray()));

    m_windowName = mine.value(QLatin1String("name")).toString();
    m_windowStatus = mine.value(QLatin1String("status")).toString();
    // What the buttons offer; the service still decides (a stale screen gets a plain refusal).
    m_available = mine.isEmpty()
                      ? QStringList()
                      : counterview::offeredActions(m_windowStatus, ticket.state(), setAside.rowCount() > 0);
}

} // namespace hall
