// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace hall {

/// The reply to an idempotent request (one with a requestId), stored in the same transaction as the
/// change it made: after a crash, a retry finds either both or neither, never a ticket without its
/// reply (which would make the retry issue a second one).
struct RequestRecord
{
    QString device;
    QString requestId;
    QString op;
    QString fingerprint; ///< op + arguments, so a reused requestId with other arguments is detected
    QByteArray reply;    ///< the result as compact JSON, the bytes the client was answered with
    QDateTime at;
};

} // namespace hall
