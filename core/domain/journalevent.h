// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace hall {

/// Who asked for a change: the staff member (if logged in) and the device. Recorded in the journal.
struct Actor
{
    QString staff;
    QString device;
};

/// One entry of the audit journal: a change of hall state. `seq` rises by one per entry and is the
/// `seq` that clients see on pushed events.
struct JournalEvent
{
    qint64 seq = 0;
    QDateTime at;
    QString kind;   ///< e.g. "ticket.called"; see docs/architecture.md for the list
    QString ticket; ///< ticket number, if about a ticket
    int counter = 0;
    Actor actor;
    QJsonObject data; ///< the state after the change (ticket or counter) plus kind-specific fields
    /// `data` as compact JSON, when whoever made the event wrote it (the queue engine, for events about
    /// a ticket or a counter): the fan-out sends these bytes instead of serialising `data` again.
    /// Empty otherwise; whoever changes `data` afterwards must clear it.
    QByteArray json;
};

} // namespace hall
