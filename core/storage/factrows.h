// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ticket.h"
#include "domain/visit.h"

#include <QSqlQuery>
#include <QString>

namespace hall::rows {

/// How rows of the queue's tables read back into domain objects, for every reader of them (SqlStore
/// restoring the day, the report engine loading a past one), whatever connection it uses.

/// The columns ticketFromRow expects, in order, for "SELECT <ticketColumns> FROM tickets …".
QString ticketColumns();
Ticket ticketFromRow(const QSqlQuery& q);

QString visitColumns();
Visit visitFromRow(const QSqlQuery& q);

QString spanColumns();
CounterSpan spanFromRow(const QSqlQuery& q);

} // namespace hall::rows
