#pragma once

#include "admincommands.h"

#include <QSqlDatabase>

namespace hall {

/// Runs one `calendar …` command of hall-admin: show a year of the hall calendar, check or enter
/// (replace) a year's 放假调休安排, and find the first day the hall opens. Entered years are stored in
/// the hall database and read by hall-service at start. `hallConfig` is the service's --hall-config
/// (from hall-admin --config), which a command's own --hall-config replaces; empty: the built-in one.
/// Returns 0 done, 1 refused, 2 usage error.
int runCalendarCommand(const QStringList& args, QSqlDatabase db, const QDateTime& now,
                       const QString& hallConfig, AdminIo& io);

/// The `calendar …` lines of hall-admin's usage text.
QString calendarUsage();

} // namespace hall
