// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace hall {

/// Runs the event loop until `done()` holds or `timeoutMs` passes, and says which. For self-tests,
/// tests and tools that drive asynchronous clients from straight-line code.
bool waitUntil(const std::function<bool()>& done, int timeoutMs = 10000);

} // namespace hall
