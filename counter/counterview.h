// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QVariantMap>

namespace hall::counterview {

// What the counter screens show, computed from the service's truth: the snapshot (kept current by
// ServiceClient) and the `hall.overview` reply (window layout, permissions, today's counts, the
// hall clock). Pure functions, so a reconnect that brings a fresh snapshot rebuilds every list and
// tests can check them without a network. Texts are zh_CN, or English when `english` is set.

/// The service's name in the screen's language; the id when the snapshot does not know it.
QString serviceName(const QJsonObject& snapshot, const QString& serviceId, bool english);
/// The id of the service the ticket is queued for or being served in.
QString currentService(const QJsonObject& ticket);
/// "老年人优先" etc.; empty for normal tickets.
QString priorityText(const QString& priority);
/// The services window `window` serves, from the overview (empty before it arrived).
QStringList windowServices(const QJsonObject& overview, int window);
/// Whole minutes from `from` to `to`, never negative; 0 when either is unknown.
int minutesBetween(const QString& fromIso, const QDateTime& to);

/// Waiting tickets window `window` may call: its services' queues and tickets transferred to it.
/// Keys: number, serviceId, service, priority, priorityText, waitedMinutes, assigned, appointment, idRef.
QList<QVariantMap> waitingRows(const QJsonObject& snapshot, const QJsonObject& overview, int window,
                               const QDateTime& now, bool english);
/// Set-aside (过号) tickets of the window's services (every service when `window` is 0), for re-queueing.
/// Keys: number, serviceId, service, requeues, waitedMinutes.
QList<QVariantMap> setAsideRows(const QJsonObject& snapshot, const QJsonObject& overview, int window,
                                const QDateTime& now, bool english);
/// Every service (only the window's when `window` > 0) with its queue and today's counts.
/// Keys: serviceId, prefix, name, weight, waiting, waitMinutes, openCounters, oldestWaitMinutes, issued,
/// finished, setAside.
QList<QVariantMap> serviceRows(const QJsonObject& snapshot, const QJsonObject& overview, int window,
                               const QDateTime& now, bool english);
/// Every window of the hall. Keys: number, name, status (the service's word, for logs and tests:
/// pages read the typed keys), closed, takesTickets (may receive a transferred or moved ticket: not
/// closed), statusText, staff, ticket, ticketState, mayOperate, finished, assignedWaiting, services.
QList<QVariantMap> windowRows(const QJsonObject& snapshot, const QJsonObject& overview, bool english);
/// The desk actions a window in `windowStatus` ("open", "paused", "closed") with a ticket in
/// `ticketState` ("" for none, "called", "serving") offers; "requeue" while set-aside tickets wait.
QStringList offeredActions(const QString& windowStatus, const QString& ticketState, bool setAsideWaiting);
/// The window's state in the header: "办理中 A012" only once the errand started, "已叫号 A012，…"
/// while the resident called is still walking over; empty for an unknown state.
QString windowStateText(const QString& windowStatus, const QString& ticketState, const QString& ticketNumber);
/// What the ticket panel says when no ticket is in hand: how to call, or why calling is not possible.
QString noTicketText(const QString& windowStatus);
/// Device problems worth a supervisor's attention (everything but "ok"). Keys: device, kind,
/// status, text, severe.
QList<QVariantMap> alertRows(const QJsonArray& devices);
/// The hall calendar's warnings (the snapshot's calendar.alerts): a year whose 调休 arrangement must
/// still be entered. Same keys as alertRows (device empty, kind "calendar", status "arrangementMissing");
/// severe once the year has begun.
QList<QVariantMap> calendarAlertRows(const QJsonArray& alerts, bool english);
/// "1号取号机" for kiosk-1, "2号窗口终端" for counter-2, the name otherwise.
QString deviceLabel(const QString& device);

} // namespace hall::counterview
