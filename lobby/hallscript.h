// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/serviceclient.h"

#include <QJsonObject>

namespace hall {

/// Plays staff and kiosks against a real hall-service from straight-line code, as an admin device
/// (admins may issue tickets and run every counter op): for the lobby's screenshots, benchmark and
/// end-to-end test, which need calls to show. Each call waits for its reply.
class HallScript
{
public:
    HallScript(const QUrl& url, const QString& device, const QString& token);

    /// Waits until the client is connected; false after `timeoutMs`.
    bool waitReady(int timeoutMs = 15000);
    /// Runs `op` and waits for the reply (TIMEOUT after `timeoutMs`). Ops that change the hall get
    /// a fresh requestId.
    ServiceReply run(const QString& op, QJsonObject args = {}, int timeoutMs = 10000);
    /// Issues a ticket for `service`; its number, or empty when refused.
    QString issue(const QString& service);
    /// Runs a counter op (`counter.callNext`, `counter.recall`, …) at `counter`; the ticket number it
    /// concerns, or empty when refused.
    QString counterOp(const QString& op, int counter);

    ServiceClient& client() { return m_client; }

private:
    ServiceClient m_client;
};

} // namespace hall
