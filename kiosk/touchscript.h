// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QQuickItem;
class QQuickWindow;

namespace hall {

/// Drives the kiosk's window the way a finger does: finds a visible item by objectName and taps
/// its centre (press and release through the window). For the self-test, the end-to-end tests,
/// screenshots and benchmarks, which must go through the same pages a resident uses.
class TouchScript
{
public:
    explicit TouchScript(QQuickWindow* window) : m_window(window) {}

    /// The first visible, enabled item named `objectName` (depth first, in paint order).
    QQuickItem* find(const QString& objectName) const;
    /// Taps the item; false when it is not there (or disabled).
    bool tap(const QString& objectName);
    /// Waits (running the event loop) until `objectName` can be tapped, then taps it.
    bool tapWhenReady(const QString& objectName, int timeoutMs = 10000);

    /// Runs the event loop until `done()` holds or `timeoutMs` passed; returns done().
    static bool waitUntil(const std::function<bool()>& done, int timeoutMs = 10000);

private:
    QQuickWindow* m_window;
};

} // namespace hall
