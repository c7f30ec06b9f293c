// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace hall::protocol {

/// What became of a called ticket, as the hall's recent calls (snapshot `recentCalls`) record it, so
/// a screen can mark a call that was set aside (过号) and stop presenting a finished one as current:
/// "setAside", "finished" or "transferred" for the event kinds that end a call, "" for the others.
QString callOutcome(const QString& eventKind);

/// Records `outcome` on `call` when it is a call of ticket `number` with no outcome yet (a later
/// recall of the same ticket is a call of its own). True when it changed.
bool markCallOutcome(QJsonObject& call, const QString& number, const QString& outcome);

} // namespace hall::protocol
