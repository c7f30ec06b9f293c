// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>

#include <functional>

namespace hall {

class CounterController;
class DeskActions;

/// What each of the counter's tabs (BookingDesk, CaseWorkbench, SupervisorBoard) does when QML hands
/// it the CounterController: drop the old controller's connections to `tab`, take `next`, and give
/// `actions` the controller's service client now and every time it changes, calling `onClient` after
/// each. Returns false when `next` is the controller already, so there is nothing to do or announce;
/// otherwise the tab wires its own signals (if `current` is set) and emits its change.
bool followController(QObject* tab, QPointer<CounterController>& current, CounterController* next,
                      DeskActions& actions, const std::function<void()>& onClient = {});

} // namespace hall
