// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hallprocess.h"
#include "wsclient.h"

#include <QHash>

#include <functional>
#include <memory>

namespace hall::test {

/// A running hall with one device of each role (two kiosks, two counters) and two staff members:
/// "li" may operate counters 1 and 2, "wang" every counter.
class HallFixture
{
public:
    explicit HallFixture(const QStringList& serviceFlags = {});

    HallProcess hall;
    QHash<QString, QString> tokens; ///< device name -> token

    /// A connected client that said hello as `device` (role from its name).
    std::unique_ptr<WsClient> connect(const QString& device);
    /// A counter client with `staff` logged in.
    std::unique_ptr<WsClient> counter(const QString& device, const QString& staff);
    /// Issues a ticket from `kiosk` for `services`; returns the reply result.
    static QJsonObject issue(WsClient& kiosk, const QStringList& services, const QString& requestId);
    /// issue(), and the new ticket's number.
    static QString issuedNumber(WsClient& kiosk, const QStringList& services, const QString& requestId);
};

QString roleOf(const QString& device);

/// Asks until `ask` holds or `timeoutMs` passed, running the event loop 200 ms between tries: for a
/// wait whose condition is a request (one at a time, never sent from inside another request's
/// wait, and well within the connection's request budget).
bool askUntil(const std::function<bool()>& ask, int timeoutMs);

} // namespace hall::test
