// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace hall {

/// hall-service's side of systemd's Type=notify contract: READY=1 once it listens, RELOADING=1
/// around a configuration reload, STOPPING=1 on the way out, STATUS= lines for `systemctl status`,
/// and WATCHDOG=1 from a timer on the event loop, so a loop that stops turning is restarted by
/// systemd (WatchdogSec=). Outside systemd (no NOTIFY_SOCKET) every call does nothing.
class SystemdNotifier : public QObject
{
    Q_OBJECT
public:
    explicit SystemdNotifier(QObject* parent = nullptr);

    /// True when started by systemd with a notification socket.
    bool active() const { return m_active; }
    /// Watchdog ping interval in ms (half of WatchdogSec), 0 when systemd set no watchdog.
    int watchdogIntervalMs() const { return m_watchdog.isActive() ? m_watchdog.interval() : 0; }

    void ready(const QString& status);
    void reloading();
    void status(const QString& status);
    void stopping();

private:
    void send(const QByteArray& state);

    bool m_active = false;
    QTimer m_watchdog;
};

} // namespace hall
