#include "lobbycontroller.h"

#include "client/serviceclient.h"

#include <QJsonArray>

namespace hall {

LobbyController::LobbyController(ServiceClient* client, QObject* parent) : QObject(parent), m_client(client)
{
    if (m_client == nullptr) {
        return;
    }
    connect(m_client, &ServiceClient::snapshotChanged, this, [this] { render(m_client->snapshot()); });
    connect(m_client, &ServiceClient::stateChanged, this, &LobbyController::connectionChanged);
}

void LobbyController::render(const QJsonObject& snapshot)
{
    const qint64 before = latestSeq();
    if (snapshot.contains(QLatin1String("centre")) &&
        snapshot.value(QLatin1String("centre")).toObject() != m_centre) {
        m_centre = snapshot.value(QLatin1String("centre")).toObject();
        emit centreChanged();
    }
    m_calls.setCalls(snapshot.value(QLatin1String("recentCalls")).toArray());
    m_windows.setCounters(snapshot.value(QLatin1String("counters")).toArray());
    m_services.setServices(snapshot.value(QLatin1String("services")).toArray());
    m_seq = snapshot.value(QLatin1String("seq")).toInteger();
    if (latestSeq() != before) {
        emit latestChanged();
    }
    emit rendered(m_seq);
}

void LobbyController::setEnglish(bool english)
{
    if (m_english == english) {
        return;
    }
    m_english = english;
    m_notices.setEnglish(english);
    m_clock.setEnglish(english);
    emit englishChanged();
    emit centreChanged();
}

QString LobbyController::connection() const
{
    if (m_client == nullptr) {
        return QStringLiteral("connected");
    }
    switch (m_client->state()) {
    case ServiceClient::State::Ready:
        return QStringLiteral("connected");
    case ServiceClient::State::Connecting:
    case ServiceClient::State::Authenticating:
        return m_client->snapshot().isEmpty() ? QStringLiteral("connecting") : QStringLiteral("reconnecting");
    case ServiceClient::State::Reconnecting:
        return QStringLiteral("reconnecting");
    case ServiceClient::State::Disconnected:
        break;
    }
    return QStringLiteral("offline");
}

QString LobbyController::centreName() const
{
    const QString zh = m_centre.value(QLatin1String("nameZh")).toString();
    const QString en = m_centre.value(QLatin1String("nameEn")).toString();
    return m_english && !en.isEmpty() ? en : zh;
}

QString LobbyController::latestTicket() const
{
    return m_calls.calls().isEmpty() ? QString() : m_calls.calls().first().ticket;
}

QString LobbyController::latestCounterName() const
{
    return m_calls.calls().isEmpty() ? QString() : m_calls.calls().first().counterName;
}

int LobbyController::latestCounter() const
{
    return m_calls.calls().isEmpty() ? 0 : m_calls.calls().first().counter;
}

bool LobbyController::latestRecall() const
{
    return !m_calls.calls().isEmpty() && m_calls.calls().first().recall;
}

qint64 LobbyController::latestSeq() const
{
    return m_calls.calls().isEmpty() ? 0 : m_calls.calls().first().seq;
}

} // namespace hall
