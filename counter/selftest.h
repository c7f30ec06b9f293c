// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace hall {

class CounterApp;

/// `hall-counter --self-test`: logs in, opens the configured window, pauses and resumes it through
/// the same actions the keys use, offscreen, and closes the window again if it was closed before.
/// It never calls a ticket: a resident's ticket is not a test fixture. Reports on stdout and
/// returns the exit code: 0 when every step was acknowledged by the service, 1 otherwise.
int runSelfTest(CounterApp& app);

} // namespace hall
