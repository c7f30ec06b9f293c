// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "retentionsweep.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace hall {

class HallState;

/// Retention in the service: the pass of the hall configuration's policy (RetentionSweep, a
/// participant of the one group commit), run once a day at `retention.runAt` hall time — checked by
/// a one-minute timer, and at start, so a service that was down at that time runs it when it comes
/// back — or at once by the admin op `retention.run`. Each pass is journalled (`retention.purged`),
/// logged and counted for /metrics once its commit held.
class RetentionDesk : public QObject
{
public:
    explicit RetentionDesk(HallState& hall);
    ~RetentionDesk() override;

    /// Starts the nightly check (and runs a pass now if one is due today).
    void start();
    /// One pass now; what it changed commits with the turn (callers answer after it).
    Result<PurgeCounts> run(const Actor& actor);

    /// Counts of every pass since start that committed (for /metrics).
    const PurgeCounts& purgedSinceStart() const { return m_total; }
    /// When the last pass committed (invalid: none since start).
    QDateTime lastRun() const { return m_lastRun; }

private:
    void checkNightly();

    HallState& m_hall;
    RetentionSweep m_sweep;
    QTimer m_timer;
    QDate m_ranOn; ///< the hall day the nightly pass last ran
    PurgeCounts m_total;
    QDateTime m_lastRun;
};

} // namespace hall
