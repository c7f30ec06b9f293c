// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace hall {

/// Applies pushed events to a hall.snapshot object so a client's picture stays current between
/// snapshots: counters (state, current ticket), waiting figures, recent calls and, for staff, the
/// open tickets. Returns false when the event cannot be applied (a day rollover) and a fresh
/// snapshot is needed.
bool applyEvent(QJsonObject& snapshot, const QString& kind, qint64 seq, const QJsonObject& data);

} // namespace hall
