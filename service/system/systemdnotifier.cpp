// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "systemdnotifier.h"

#include <systemd/sd-daemon.h>

namespace hall {

SystemdNotifier::SystemdNotifier(QObject* parent) : QObject(parent)
{
    m_active = !qEnvironmentVariableIsEmpty("NOTIFY_SOCKET");
    uint64_t usec = 0;
    // 0: keep WATCHDOG_USEC in the environment, so a child started by the service cannot see it is
    // unset; the service starts no children, and nothing else reads it.
    if (m_active && sd_watchdog_enabled(0, &usec) > 0 && usec > 0) {
        // Half the period, as sd_watchdog_enabled(3) advises: one late turn must not kill the service.
        m_watchdog.setInterval(static_cast<int>(qMax<uint64_t>(usec / 2000, 1)));
        connect(&m_watchdog, &QTimer::timeout, this, [this] { send("WATCHDOG=1"); });
        m_watchdog.start();
    }
}

void SystemdNotifier::ready(const QString& text)
{
    send("READY=1\nSTATUS=" + text.toUtf8());
}

void SystemdNotifier::reloading()
{
    send("RELOADING=1");
}

void SystemdNotifier::status(const QString& text)
{
    send("STATUS=" + text.toUtf8());
}

void SystemdNotifier::stopping()
{
    m_watchdog.stop();
    send("STOPPING=1");
}

void SystemdNotifier::send(const QByteArray& state)
{
    if (m_active) {
        sd_notify(0, state.constData());
    }
}

} // namespace hall
