// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clock.h"

#include <QElapsedTimer>

namespace hall {

/// A clock that starts at a chosen instant and then runs with real time, so a demo or a test can
/// run "at 10:00 on a working day" whatever the machine's time is.
class RunningClock final : public Clock
{
public:
    explicit RunningClock(QDateTime start) : m_start(std::move(start)) { m_elapsed.start(); }
    QDateTime now() const override { return m_start.addMSecs(m_elapsed.elapsed()); }

private:
    QDateTime m_start;
    QElapsedTimer m_elapsed;
};

} // namespace hall
