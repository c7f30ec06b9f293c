// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace hall {

class LobbyApp;

/// `hall-lobby --self-test`: connects to the configured service offscreen, waits for the hall's
/// snapshot and checks that the screen shows it (every window, the latest call, the waiting
/// figures) and that the voice is ready; reports on stdout. Returns the exit code: 0 ok, 1 not.
int runSelfTest(LobbyApp& app);

} // namespace hall
