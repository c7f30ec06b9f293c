// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <array>
#include <vector>

namespace hall::reports {

/// What happened in one group (a service, a window, an hour …) over one or more days: counts and
/// the raw durations behind the averages. Adding two Figures gives the figures of both, so a year
/// is the sum of its days and medians stay exact.
struct Figures
{
    // Tickets (by the day's end; today: so far).
    int issued = 0;    ///< tickets taken
    int errands = 0;   ///< errands on them (a one-stop ticket carries several)
    int oneStop = 0;   ///< tickets with two or more errands
    int cancelled = 0; ///< cancelled before being served
    int noShow = 0;    ///< ended set aside (过号) and never came back; today: set aside now
    int expired = 0;   ///< left waiting or at a window when the day ended
    int open = 0;      ///< still waiting or at a window (today only)
    int requeued = 0;  ///< re-queued after a set-aside
    // Stays at a window.
    int served = 0;                ///< errands finished
    int setAside = 0;              ///< calls not answered (过号), each one
    int transferred = 0;           ///< sent on to another service or window
    std::array<int, 4> ratings{};  ///< finished errands by Rating: none, satisfied, basic, unsatisfied
    std::vector<int> waits;        ///< seconds from joining the queue to the call (finished or transferred)
    std::vector<int> serviceTimes; ///< seconds from the start to leaving the window (finished or transferred)
    // Window time: every second a window was open is busy (a ticket in hand), paused or idle.
    qint64 openSecs = 0;
    qint64 busySecs = 0;
    qint64 pausedSecs = 0;
    qint64 idleSecs = 0;

    void add(const Figures& other);
    bool operator==(const Figures&) const = default;
};

/// Mean, median, 90th percentile and maximum of durations in seconds. The median of an even count is
/// the mean of the middle two; the 90th percentile is the nearest rank (the ⌈0.9·n⌉-th smallest).
struct DurationStats
{
    int count = 0;
    double mean = 0;
    double median = 0;
    int p90 = 0;
    int max = 0;
};

DurationStats durationStats(std::vector<int> values);

/// The answers a manager reads, computed from Figures.
struct Stats
{
    DurationStats wait;
    DurationStats service;
    int withinTarget = 0;         ///< waits no longer than the target
    double withinTargetShare = 0; ///< of the waits counted; 0 when none
    int rated = 0;
    double satisfaction = 0; ///< 满意率: (satisfied + basic) ÷ rated; 0 when none rated
    double errandsPerTicket = 0;
    double utilisation = 0; ///< busy ÷ (open − paused): a paused window is not idle
};

Stats statsOf(const Figures& f, int targetWaitSecs);

/// Storage form of the counts (a JSON object) and of a list of durations ("12,340,7").
QJsonObject countsToJson(const Figures& f);
void countsFromJson(const QJsonObject& o, Figures& f);
QByteArray durationsToText(const std::vector<int>& values);
/// Appends the numbers of `text` to `out`; false (and `out` as it was) if anything else is in it.
bool appendDurations(const QByteArray& text, std::vector<int>& out);

} // namespace hall::reports
