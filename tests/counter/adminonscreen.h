// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "counterapp.h"
#include "counterfixture.h"

#include <memory>

class QQuickItem;

namespace hall::test {

/// The admin device's whole counter client on screen (pages and all) against the fixture's service,
/// at `window` (0: the hall view), with the page of tab `tab` ("booking", "cases", "report" …) shown.
std::unique_ptr<CounterApp> adminOnScreen(CounterFixture& fixture, int window, const QString& tab);

/// The item named `name` shown in `app`'s window (delegates included), or nullptr.
QQuickItem* onScreen(CounterApp& app, const QString& name);

} // namespace hall::test
