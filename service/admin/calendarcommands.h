// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admincommands.h"
#include "domain/result.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace hall {

class HallCalendar;

/// Whether `next` may become the hall calendar as far as the hall's bookings go: the check a reload
/// makes (BookingEngine::reconfigure: no confirmed booking may lose its slot). An Error refuses.
using CalendarCheck = std::function<std::optional<Error>(std::shared_ptr<const HallCalendar> next)>;

/// The check against the bookings stored in `db`, for hall-admin without a running service: the
/// booking configuration at `bookingConfig` (empty: the built-in one) and the hall's person secret in
/// `dataDir`, judged on the day of `now`.
CalendarCheck storedBookingsCheck(QSqlDatabase db, const QString& bookingConfig, const QString& dataDir,
                                  const QDateTime& now);

/// Runs one `calendar …` command of hall-admin: show a year of the hall calendar, check or enter
/// (replace) a year's 放假调休安排, and find the first day the hall opens. Entered years are stored in
/// the hall database and read by hall-service at start. `hallConfig` is the service's --hall-config
/// (from hall-admin --config), which a command's own --hall-config replaces; empty: the built-in one.
/// `check` and `enter` lay the year over the calendar as hall-service would build it at its next
/// start and ask `bookings` first: a year that would take a confirmed booking's slot is refused whole
/// and nothing is saved. Returns 0 done, 1 refused, 2 usage error.
int runCalendarCommand(const QStringList& args, QSqlDatabase db, const QDateTime& now,
                       const QString& hallConfig, AdminIo& io, const CalendarCheck& bookings);

/// The `calendar …` lines of hall-admin's usage text.
QString calendarUsage();

} // namespace hall
