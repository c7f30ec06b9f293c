// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/calendarconfig.h"
#include "domain/hallconfig.h"
#include "domain/result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace hall {

/// One arrangement entered with `hall-admin calendar enter`, and who entered it when.
struct EnteredYear
{
    YearArrangement arrangement;
    QDateTime enteredAt;
    QString enteredBy;
};

/// The years a centre entered after installation (hall-admin calendar enter), kept in the hall
/// database (hall_meta, one row "calendar.YYYY" per year, JSON) so that every part reads them with
/// the rest of the hall's state. hall-service reads them at start (docs/configuration.md).
namespace calendarstore {

Result<QList<EnteredYear>> load(QSqlDatabase db);
/// Enters or replaces one year. The caller checks it first (checkArrangement).
std::optional<Error> save(QSqlDatabase db, const EnteredYear& year);

/// `config` with the entered years laid over it (an entered year replaces a built-in or configured one).
CalendarConfig withEntered(CalendarConfig config, const QList<EnteredYear>& entered);

/// The hall configuration as hall-service runs it: the file at `path` (the built-in one when empty)
/// with the years entered in `db` laid over its calendar. The service at start and on a reload, and
/// hall-admin's calendar commands, all read it here.
Result<HallConfig> loadHall(const QString& path, QSqlDatabase db);

} // namespace calendarstore
} // namespace hall
