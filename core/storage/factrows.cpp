// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "factrows.h"

#include "domain/halltime.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hall::rows {

QString ticketColumns()
{
    return QStringLiteral("id, day, number, state, priority, current_errand, errands, issued_at, called_at,"
                          " counter, assigned_counter, recalls, requeues, id_ref, appointment_ref,"
                          " appointment_start, appointment_end, device, person_key, queued_at, visits");
}

Ticket ticketFromRow(const QSqlQuery& q)
{
    Ticket t;
    t.id = q.value(0).toLongLong();
    t.day = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    t.number = q.value(2).toString();
    t.state = ticketStateFromString(q.value(3).toString()).value_or(TicketState::Expired);
    t.priority = priorityFromString(q.value(4).toString()).value_or(PriorityClass::Normal);
    t.currentErrand = q.value(5).toInt();
    t.errands = errandsFromJson(QJsonDocument::fromJson(q.value(6).toByteArray()).array());
    t.issuedAt = halltime::fromIso(q.value(7).toString());
    t.calledAt = halltime::fromIso(q.value(8).toString());
    t.counter = q.value(9).toInt();
    t.assignedCounter = q.value(10).toInt();
    t.recalls = q.value(11).toInt();
    t.requeues = q.value(12).toInt();
    t.idRef = q.value(13).toString();
    if (!q.value(14).isNull()) {
        t.appointment = Appointment{q.value(14).toString(), halltime::fromIso(q.value(15).toString()),
                                    halltime::fromIso(q.value(16).toString())};
    }
    t.device = q.value(17).toString();
    t.personKey = q.value(18).toString();
    t.queuedAt = halltime::fromIso(q.value(19).toString());
    t.visits = q.value(20).toInt();
    return t;
}

QString visitColumns()
{
    return QStringLiteral("ticket_id, seq, day, service, errand, counter, staff, queued_at, called_at,"
                          " started_at, ended_at, outcome, recalls");
}

Visit visitFromRow(const QSqlQuery& q)
{
    Visit v;
    v.ticketId = q.value(0).toLongLong();
    v.seq = q.value(1).toInt();
    v.day = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    v.service = q.value(3).toString();
    v.errand = q.value(4).toInt();
    v.counter = q.value(5).toInt();
    v.staff = q.value(6).toString();
    v.queuedAt = halltime::fromIso(q.value(7).toString());
    v.calledAt = halltime::fromIso(q.value(8).toString());
    v.startedAt = halltime::fromIso(q.value(9).toString());
    v.endedAt = halltime::fromIso(q.value(10).toString());
    v.outcome = visitOutcomeFromString(q.value(11).toString()).value_or(VisitOutcome::Expired);
    v.recalls = q.value(12).toInt();
    return v;
}

QString spanColumns()
{
    return QStringLiteral("day, counter, staff, status, started_at, ended_at");
}

CounterSpan spanFromRow(const QSqlQuery& q)
{
    return CounterSpan{QDate::fromString(q.value(0).toString(), Qt::ISODate),
                       q.value(1).toInt(),
                       q.value(2).toString(),
                       counterStatusFromString(q.value(3).toString()).value_or(CounterStatus::Open),
                       halltime::fromIso(q.value(4).toString()),
                       halltime::fromIso(q.value(5).toString())};
}

} // namespace hall::rows
