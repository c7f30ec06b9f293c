// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ticket.h"
#include "domain/visit.h"
#include "figures.h"

#include <QDate>
#include <QList>

#include <map>
#include <optional>

namespace hall::reports {

/// What a day's figures are grouped by when they are rolled up (and stored, table report_days).
/// Weekday and day groupings are read from the totals of each day.
enum class Dimension
{
    Total,    ///< key ""
    Service,  ///< service id
    Counter,  ///< window number
    Staff,    ///< staff account ("" for a window worked by an admin device alone)
    Hour,     ///< "08" …: issue hour for tickets, the hour a visit's wait began
    Priority, ///< normal, elder, disabled, military, pregnant
    Channel   ///< kiosk, appointment
};

QString toString(Dimension d);
std::optional<Dimension> dimensionFromString(const QString& s);
constexpr Dimension kDimensions[] = {Dimension::Total,  Dimension::Service, Dimension::Counter,
                                     Dimension::Staff,  Dimension::Hour,    Dimension::Priority,
                                     Dimension::Channel};

/// Everything stored about one business day that reports read.
struct DayFacts
{
    QDate day;
    bool closed = true; ///< the day is over (rolled over); false for today, whose tickets are still open
    QList<Ticket> tickets;
    QList<Visit> visits;
    QList<CounterSpan> spans;
};

using Groups = std::map<QString, Figures>;

/// One day's figures in every dimension.
struct DayRollup
{
    QDate day;
    std::map<Dimension, Groups> dimensions;

    const Groups& groups(Dimension d) const;
    Figures total() const;
};

/// Rolls a day's facts up. Pure: no clock, no storage.
///  - tickets count by their first service (errands by each of theirs), issue hour, priority, channel;
///  - a visit counts at its service, window, staff member, the hour its wait began, and its ticket's
///    priority and channel; its wait is from joining the queue to the call, counted when the
///    resident came (finished or transferred, not set aside);
///  - window time: each open or paused span is split into busy (a ticket in hand), paused and idle.
DayRollup rollUp(const DayFacts& facts);

/// A visit's wait and service time in seconds (service: -1 when never started).
int waitSecs(const Visit& v);
int serviceSecs(const Visit& v);

} // namespace hall::reports
