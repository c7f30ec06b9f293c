// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serviceclient.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace hall {

/// What a front end tells people about its connection, from its ServiceClient's state: one word
/// for the screen ("connected", "connecting", "reconnecting", "offline", "unauthorised"). A short
/// outage reads "reconnecting"; past `offlineAfterMs` without the service it reads "offline" (the
/// counter disables its actions, the kiosk sends residents to the desk); a device the service
/// refused reads "unauthorised" while the client keeps asking. Kiosk, counter and lobby share it,
/// so the same state never reads differently on two screens.
class ConnectionWatch : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionWatch(int offlineAfterMs, QObject* parent = nullptr);

    /// The client to watch (null: "idle"); a new one starts from "connecting".
    void setClient(ServiceClient* client);
    QString connection() const;
    /// Requests flow now.
    bool ready() const { return !m_client.isNull() && m_client->isReady(); }

signals:
    void changed();

private:
    void onState(ServiceClient::State state);

    QPointer<ServiceClient> m_client;
    QTimer m_offlineTimer;
    bool m_offline = false;
    bool m_wasReady = false;
};

} // namespace hall
