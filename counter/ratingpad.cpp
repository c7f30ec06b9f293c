// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratingpad.h"

#include "client/serviceclient.h"
#include "errortext.h"

namespace hall {

RatingPad::RatingPad(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RatingPad::dismiss);
}

void RatingPad::setTimings(int askMs, int showMs)
{
    m_askMs = askMs;
    m_showMs = showMs;
}

void RatingPad::ask(const QString& ticket)
{
    m_ticket = ticket;
    m_requestId = ServiceClient::newRequestId();
    setState(State::Asking);
    m_timer.start(m_askMs);
}

void RatingPad::rate(const QString& rating)
{
    if (m_state != State::Asking || m_client.isNull()) {
        return;
    }
    setState(State::Sending);
    m_timer.stop();
    const QString ticket = m_ticket;
    m_client->request(QStringLiteral("counter.rate"),
                      {{QStringLiteral("counter"), m_window},
                       {QStringLiteral("ticket"), ticket},
                       {QStringLiteral("rating"), rating},
                       {QStringLiteral("requestId"), m_requestId}},
                      [this, ticket, rating](const ServiceReply& r) {
                          if (m_ticket != ticket || m_state != State::Sending) {
                              return; // a newer finish took the pad over
                          }
                          if (r.ok) {
                              setState(State::Thanked, tr("谢谢您的评价！"));
                              emit rated(ticket, rating);
                          } else if (r.errorCode == QLatin1String("INVALID_TRANSITION")) {
                              setState(State::Failed, tr("评价时间已过，谢谢您！"));
                          } else {
                              setState(State::Failed, ErrorText::forRefusal(r.errorCode, r.errorSentence));
                          }
                          m_timer.start(m_showMs);
                      });
}

void RatingPad::dismiss()
{
    m_timer.stop();
    m_ticket.clear();
    setState(State::Idle);
}

void RatingPad::setState(State s, const QString& message)
{
    m_state = s;
    m_message = message;
    emit stateChanged();
}

} // namespace hall
