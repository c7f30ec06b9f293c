// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace hall {

class QueueEngine;

/// What every screen may say about waiting (kiosk tiles and tickets, the lobby, the counter): the
/// rule that with no open window serving a service no wait is promised — the kiosk once said
/// "约 24 分钟" while the lobby said 暂无窗口. Paused windows serve nobody new, so they do not count.
namespace waitfigures {

/// A service's figures: {service, waiting, openCounters, and either waitMinutes or noWindowOpen: true}.
QJsonObject forService(const QueueEngine& engine, const QString& serviceId);

/// Adds a waiting ticket's place to `out`: `ahead`, and `waitMinutes` or, when no open window serves
/// its service (nor one it was transferred to), `noWindowOpen: true`. Nothing for a ticket that is
/// not waiting.
void insertForTicket(QJsonObject& out, const QueueEngine& engine, const QString& number);

} // namespace waitfigures
} // namespace hall
