// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace hall {

class KioskApp;

/// `hall-kiosk --self-test`: takes one ticket through the pages (home → a service → no ID → the
/// ticket) against the configured service, offscreen, and reports on stdout. Returns the exit code:
/// 0 when a ticket was issued and printed or shown on screen, 1 otherwise.
int runSelfTest(KioskApp& app);

} // namespace hall
