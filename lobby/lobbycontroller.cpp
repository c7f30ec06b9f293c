// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lobbycontroller.h"

#include "client/serviceclient.h"

#include <QJsonArray>
#include <QPointer>

namespace hall {

namespace {

/// The newest recent call whose ticket is still in hand at that window (called or being served).
std::optional<CallListModel::Call> latestActiveCall(const QJsonObject& snapshot)
{
    QHash<int, QString> inHand;
    for (const QJsonValue& c : snapshot.value(QLatin1String("counters")).toArray()) {
        const QJsonObject counter = c.toObject();
        inHand.insert(
            counter.value(QLatin1String("number")).toInt(),
            counter.value(QLatin1String("ticket")).toObject().value(QLatin1String("number")).toString());
    }
    for (const QJsonValue& v : snapshot.value(QLatin1String("recentCalls")).toArray()) {
        const CallListModel::Call call = CallListModel::Call::fromJson(v.toObject());
        if (call.outcome.isEmpty() && !call.ticket.isEmpty() && inHand.value(call.counter) == call.ticket) {
            return call;
        }
    }
    return std::nullopt;
}

} // namespace

LobbyController::LobbyController(ServiceClient* client, QObject* parent) : QObject(parent), m_client(client)
{
    if (m_client == nullptr) {
        return;
    }
    connect(m_client, &ServiceClient::snapshotChanged, this, [this] { render(m_client->snapshot()); });
    connect(&m_connection, &ConnectionWatch::changed, this, &LobbyController::connectionChanged);
    m_connection.setClient(m_client);
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
    m_latest = latestActiveCall(snapshot);
    m_windows.setCounters(snapshot.value(QLatin1String("counters")).toArray());
    m_services.setServices(snapshot.value(QLatin1String("services")).toArray());
    m_today.set(snapshot.value(QLatin1String("calendar")).toObject());
    // The service's notices, once it sends them; the file's until then.
    if (const QList<Notice> fromService =
            notices::fromJson(snapshot.value(QLatin1String("notices")).toArray());
        !fromService.isEmpty()) {
        m_notices.setNotices(fromService);
    }
    m_seq = snapshot.value(QLatin1String("seq")).toInteger();
    askMonthlyFigures(snapshot.value(QLatin1String("day")).toString());
    if (latestSeq() != before) {
        emit latestChanged();
    }
    emit rendered(m_seq);
}

void LobbyController::askMonthlyFigures(const QString& day)
{
    if (m_client == nullptr || day.isEmpty() || day == m_figuresDay) {
        return;
    }
    m_figuresDay = day;
    m_client->request(QStringLiteral("report.public"), {},
                      [this, guard = QPointer<LobbyController>(this)](const ServiceReply& r) {
                          if (!guard) {
                              return;
                          }
                          if (r.ok) {
                              m_notices.setMonthlyFigures(r.result.value(QLatin1String("report")).toObject());
                          } else {
                              m_figuresDay.clear(); // asked again with the next snapshot
                          }
                      });
    // Ceremonies are booked up to the day before (booking closes before the day), so once a day
    // is enough. A hall without bookings refuses the op: nothing to show.
    m_client->request(QStringLiteral("ceremony.today"), {},
                      [this, guard = QPointer<LobbyController>(this)](const ServiceReply& r) {
                          if (guard && r.ok) {
                              m_notices.setCeremonies(r.result);
                          }
                      });
}

void LobbyController::setEnglish(bool english)
{
    if (m_english == english) {
        return;
    }
    m_english = english;
    m_notices.setEnglish(english);
    m_clock.setEnglish(english);
    m_today.setEnglish(english);
    emit englishChanged();
    emit centreChanged();
}

QString LobbyController::connection() const
{
    return m_client == nullptr ? QStringLiteral("connected") : m_connection.connection();
}

QString LobbyController::centreName() const
{
    const QString zh = m_centre.value(QLatin1String("nameZh")).toString();
    const QString en = m_centre.value(QLatin1String("nameEn")).toString();
    return m_english && !en.isEmpty() ? en : zh;
}

QString LobbyController::latestTicket() const
{
    return m_latest ? m_latest->ticket : QString();
}

QString LobbyController::latestCounterName() const
{
    return m_latest ? m_latest->counterName : QString();
}

int LobbyController::latestCounter() const
{
    return m_latest ? m_latest->counter : 0;
}

bool LobbyController::latestRecall() const
{
    return m_latest && m_latest->recall;
}

qint64 LobbyController::latestSeq() const
{
    return m_latest ? m_latest->seq : 0;
}

} // namespace hall
