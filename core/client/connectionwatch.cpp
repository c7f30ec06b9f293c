// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionwatch.h"

namespace hall {

ConnectionWatch::ConnectionWatch(int offlineAfterMs, QObject* parent) : QObject(parent)
{
    m_offlineTimer.setSingleShot(true);
    m_offlineTimer.setInterval(offlineAfterMs);
    connect(&m_offlineTimer, &QTimer::timeout, this, [this] {
        m_offline = true;
        emit changed();
    });
}

void ConnectionWatch::setClient(ServiceClient* client)
{
    if (!m_client.isNull()) {
        m_client->disconnect(this);
    }
    m_client = client;
    m_offline = false;
    m_wasReady = false;
    m_offlineTimer.stop();
    if (client != nullptr) {
        connect(client, &ServiceClient::stateChanged, this, &ConnectionWatch::onState);
        onState(client->state());
    }
    emit changed();
}

void ConnectionWatch::onState(ServiceClient::State state)
{
    switch (state) {
    case ServiceClient::State::Ready:
        m_offlineTimer.stop();
        m_offline = false;
        m_wasReady = true;
        break;
    case ServiceClient::State::Connecting:
    case ServiceClient::State::Authenticating:
    case ServiceClient::State::Reconnecting:
        if (!m_offline && !m_offlineTimer.isActive()) {
            m_offlineTimer.start();
        }
        break;
    case ServiceClient::State::Unauthorised:
    case ServiceClient::State::Disconnected:
        m_offlineTimer.stop();
        break;
    }
    emit changed();
}

QString ConnectionWatch::connection() const
{
    if (m_client.isNull()) {
        return QStringLiteral("idle");
    }
    switch (m_client->state()) {
    case ServiceClient::State::Ready:
        return QStringLiteral("connected");
    case ServiceClient::State::Unauthorised:
        return QStringLiteral("unauthorised");
    case ServiceClient::State::Disconnected:
        return QStringLiteral("offline"); // stopped or refused: it does not come back by itself
    case ServiceClient::State::Reconnecting:
        return m_offline ? QStringLiteral("offline") : QStringLiteral("reconnecting");
    case ServiceClient::State::Connecting:
    case ServiceClient::State::Authenticating:
        break;
    }
    if (m_offline) {
        return QStringLiteral("offline");
    }
    return m_wasReady ? QStringLiteral("reconnecting") : QStringLiteral("connecting");
}

} // namespace hall
