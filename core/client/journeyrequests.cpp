// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journeyrequests.h"

#include "domain/errorretry.h"

namespace hall {

JourneyRequests::JourneyRequests(ServiceClient* client, int timeoutMs, QObject* parent)
    : QObject(parent), m_client(client), m_timeoutMs(timeoutMs)
{}

void JourneyRequests::setClient(ServiceClient* client)
{
    abandon();
    m_client = client;
}

bool JourneyRequests::read(const QString& op, const QJsonObject& args, ServiceClient::Callback done)
{
    return send(op, args, false, std::move(done));
}

bool JourneyRequests::change(const QString& op, QJsonObject args, ServiceClient::Callback done)
{
    if (m_busy || m_client.isNull()) {
        return false;
    }
    const QJsonObject key{{QStringLiteral("op"), op}, {QStringLiteral("args"), args}};
    if (m_requestId.isEmpty() || key != m_requestKey) {
        m_requestId = ServiceClient::newRequestId();
        m_requestKey = key;
    }
    args.insert(QStringLiteral("requestId"), m_requestId);
    return send(op, args, true, std::move(done));
}

bool JourneyRequests::send(const QString& op, const QJsonObject& args, bool isChange,
                           ServiceClient::Callback done)
{
    if (m_busy || m_client.isNull()) {
        return false;
    }
    setBusy(true);
    const quint64 turn = m_turn;
    m_client->request(
        op, args,
        [guard = QPointer<JourneyRequests>(this), turn, isChange,
         done = std::move(done)](const ServiceReply& reply) {
            if (guard.isNull() || turn != guard->m_turn) {
                return;
            }
            guard->setBusy(false);
            if (isChange && (reply.ok || !unanswered(reply.errorCode))) {
                // Answered: a refusal changed nothing, so the next attempt is a new request.
                guard->m_requestId.clear();
                guard->m_requestKey = {};
            }
            if (done) {
                done(reply);
            }
        },
        m_timeoutMs);
    return true;
}

void JourneyRequests::abandon()
{
    ++m_turn;
    m_requestId.clear();
    m_requestKey = {};
    setBusy(false);
}

bool JourneyRequests::unanswered(const QString& code)
{
    return mayNotHaveRun(code);
}

void JourneyRequests::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        emit busyChanged();
    }
}

} // namespace hall
