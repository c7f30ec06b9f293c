// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/hallcalendar.h"
#include "domain/catalogue.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hall::calendarview {

/// The hall's day as screens show it (hall.snapshot "calendar"): open, holiday plan or closed, why,
/// the next normal opening, the plan's services and hours, and whether the year is provisional.
QJsonObject day(const HallCalendar& calendar, QDate date, const Catalogue& catalogue);

/// The years staff must enter (CalendarAlert), for hall.snapshot (staff) and hall.overview.
QJsonArray alerts(const HallCalendar& calendar, QDate today);

} // namespace hall::calendarview
