// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deskactions.h"

#include "client/serviceclient.h"
#include "errortext.h"

namespace hall {

DeskActions::DeskActions(QObject* parent) : QObject(parent) {}

void DeskActions::setClient(ServiceClient* client)
{
    m_requests.setClient(client);
    if (busy()) {
        m_busyAction.clear();
        emit busyChanged();
    }
}

bool DeskActions::run(const QString& action, const QString& op, QJsonObject args, Done done)
{
    ServiceClient* client = m_requests.client();
    if (busy() || client == nullptr) {
        return false;
    }
    if (!client->isReady()) {
        // The client would queue it and send it on reconnect, seconds later, behind staff's back:
        // a press while offline is dropped, and the screen says so.
        fail(QStringLiteral("OFFLINE"));
        return false;
    }
    m_busyAction = action;
    emit busyChanged();
    clearError();
    QElapsedTimer sent;
    sent.start();
    // The same action on the same ticket keeps its requestId until answered (JourneyRequests): pressing
    // again after a timeout repeats the request and the service answers it once.
    m_requests.change(op, args, [this, action, done](const ServiceReply& r) {
        m_busyAction.clear();
        if (r.ok) {
            emit succeeded(action, r.result);
        } else {
            fail(r);
        }
        emit busyChanged();
        if (done) {
            done(r.ok, r.result);
        }
    });
    m_lastSendMicros = sent.nsecsElapsed() / 1000;
    return true;
}

void DeskActions::fail(const QString& code, const QString& detail)
{
    m_errorCode = code;
    m_error = ErrorText::forCode(code);
    m_errorDetail = detail;
    emit errorChanged();
}

void DeskActions::fail(const ServiceReply& reply)
{
    if (reply.errorSentence.isEmpty()) {
        fail(reply.errorCode, reply.errorMessage);
        return;
    }
    m_errorCode = reply.errorCode;
    m_error = ErrorText::forRefusal(reply.errorCode, reply.errorSentence);
    m_errorDetail.clear();
    emit errorChanged();
}

void DeskActions::clearError()
{
    if (m_errorCode.isEmpty()) {
        return;
    }
    m_errorCode.clear();
    m_error.clear();
    m_errorDetail.clear();
    emit errorChanged();
}

} // namespace hall
