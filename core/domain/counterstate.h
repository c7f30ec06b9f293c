// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace hall {

enum class CounterStatus
{
    Closed,
    Open,
    Paused
};

QString toString(CounterStatus s);
std::optional<CounterStatus> counterStatusFromString(const QString& s);

/// The live state of one window: whether it is open, who staffs it, which ticket it is handling.
struct CounterState
{
    int number = 0;
    CounterStatus status = CounterStatus::Closed;
    qint64 currentTicket = 0; ///< ticket id while called or serving, else 0
    QString staff;            ///< who serves there now: the last staff member to open, take over or work it
    int normalStreak = 0;     ///< normal tickets called since the last priority one (interleave policy)
    /// When the window entered its current status with its current staff member (the start of the
    /// running CounterSpan); invalid while closed.
    QDateTime since;
    /// The last action at the window: where its span ends if the business day rolls over with the
    /// window still open, so the night is not counted as time at the window. Invalid while closed.
    QDateTime lastActive;

    bool operator==(const CounterState&) const = default;
};

QJsonObject toJson(const CounterState& c);
std::optional<CounterState> counterStateFromJson(const QJsonObject& o);

} // namespace hall
