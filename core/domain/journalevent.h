// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
};

} // namespace hall
