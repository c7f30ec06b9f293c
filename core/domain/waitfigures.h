// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace hall {

class QueueEngine;

/// What every screen may say about waiting (kiosk tiles and tickets, the lobby, the counter): the
/// rule that with no open window serving a service no wait is promised — the kiosk once said
/// "约 24 分钟" while the lobby said 暂无窗口. Paused windows serve nobody new, so they do not count.
namespace waitfigures {

/// A service's figures as numbers, so a change can be told without building JSON (queue.changed
/// compares every service's after each change; the JSON is built only for those that moved).
struct Figures
{
    int waiting = 0;
    int openCounters = 0;
    int waitMinutes = 0; ///< 0 when no window is open (no wait is promised then)
    bool operator==(const Figures&) const = default;
};

Figures figuresOf(const QueueEngine& engine, const QString& serviceId);

/// {service, waiting, openCounters, and either waitMinutes or noWindowOpen: true}.
QJsonObject toJson(const Figures& figures, const QString& serviceId);

/// A service's figures as JSON: toJson(figuresOf(engine, serviceId), serviceId).
QJsonObject forService(const QueueEngine& engine, const QString& serviceId);

/// Where a waiting ticket stands: how many are ahead, and the wait or, when no open window serves its
/// service (nor one it was transferred to), that none is open.
struct Place
{
    int ahead = 0;
    int waitMinutes = 0;
    bool noWindowOpen = false;
};
/// Nothing for a ticket that is not waiting.
std::optional<Place> placeOf(const QueueEngine& engine, const QString& number);

/// Adds a waiting ticket's place (placeOf) to `out`: `ahead`, and `waitMinutes` or, when no open window
/// serves its service (nor one it was transferred to), `noWindowOpen: true`. Nothing for a ticket that is not
/// waiting.
void insertForTicket(QJsonObject& out, const QueueEngine& engine, const QString& number);

} // namespace waitfigures
} // namespace hall
