// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "counterstate.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace hall {

/// How a ticket left a window.
enum class VisitOutcome
{
    Finished,    ///< the errand was done
    Transferred, ///< sent to another service or window
    SetAside,    ///< did not come (过号), by staff or past the recall limit
    Expired      ///< still at the window when the business day rolled over
};

QString toString(VisitOutcome o);
std::optional<VisitOutcome> visitOutcomeFromString(const QString& s);

/// One stay of a ticket at a window, from its call to the moment it left: what reports take waits
/// and service times from. Written once, when it ends (table `visits`); never holds personal data.
struct Visit
{
    qint64 ticketId = 0;
    int seq = 0; ///< 1, 2, … within the ticket
    QDate day;
    QString service; ///< the errand's service while at the window
    int errand = 0;  ///< index of that errand on the ticket
    int counter = 0;
    QString staff;       ///< serving at the window when the ticket left it
    QDateTime queuedAt;  ///< joined the queue: issue, previous errand's finish, transfer or re-queue
    QDateTime calledAt;  ///< called to this window (recalls do not move it)
    QDateTime startedAt; ///< invalid when service never started
    QDateTime endedAt;   ///< left the window (for Expired: the last moment known, not the rollover)
    VisitOutcome outcome = VisitOutcome::Finished;
    int recalls = 0;

    bool operator==(const Visit&) const = default;
};

/// A stretch of time one staff member had a window open or paused (table `counter_spans`), written
/// when it ends: at a pause, resume, close, hand-over or the rollover. With the visits it tells busy,
/// idle and paused time apart, so a paused window is not counted as idle.
struct CounterSpan
{
    QDate day;
    int counter = 0;
    QString staff;
    CounterStatus status = CounterStatus::Open; ///< Open or Paused
    QDateTime from;
    QDateTime to;

    bool operator==(const CounterSpan&) const = default;
};

} // namespace hall
