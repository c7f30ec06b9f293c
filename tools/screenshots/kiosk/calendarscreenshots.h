// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hall {

class KioskApp;

/// Walks the kiosk on a day the hall calendar closes (run against a service whose hall day is a
/// statutory holiday in a year whose 调休 arrangement is not entered) and saves
/// `dir/kiosk-<scene>-<run>.png`: the home page saying why the hall is closed and when it opens,
/// offering no ticket ("closed-day"), and the marriage booking calendar of that provisional month,
/// its unconfirmed days marked 待公布 ("booking-provisional"). Returns the number of failures.
int shootClosedDayScenes(KioskApp& app, const QString& dir, const QString& run);

} // namespace hall
