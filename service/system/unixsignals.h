// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <initializer_list>
#include <memory>

namespace hall {

/// The one way hall-service turns Unix signals into events on its loop (SIGHUP: reload; SIGTERM and
/// SIGINT: stop the way `systemctl stop` expects, the turn's commit finished first). The signals are
/// blocked and read from a signalfd, so no handler runs in an async-signal context and none is lost
/// between turns; one that arrives while the service is still starting waits for the loop. Construct
/// it in main() before any thread starts, because threads inherit the blocked mask and must not take
/// the signals themselves.
class UnixSignals : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignals(std::initializer_list<int> watched, QObject* parent = nullptr);
    ~UnixSignals() override;

    bool isValid() const { return m_fd >= 0; }

signals:
    void received(int signal);

private:
    void drain();

    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace hall
