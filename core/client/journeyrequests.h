// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serviceclient.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace hall {

/// One person's turn at a front end, as its requests see it: one request at a time (`busy`), a
/// change keeps its requestId until the service has answered it (the same op with the same
/// arguments, sent again after a lost answer, runs once), and when the person leaves (`abandon`:
/// home, idle, a new login) the answers still on their way are dropped. Every kiosk flow and the
/// counter's desk send through one of these rather than keeping the three pieces themselves.
class JourneyRequests : public QObject
{
    Q_OBJECT

public:
    /// `timeoutMs` for every request (-1: the client's own default).
    explicit JourneyRequests(ServiceClient* client = nullptr, int timeoutMs = -1, QObject* parent = nullptr);

    /// The connection to use; a new one (a new login) abandons what was in flight on the old.
    void setClient(ServiceClient* client);
    ServiceClient* client() const { return m_client; }

    bool busy() const { return m_busy; }
    /// A read (no requestId). False, with nothing sent, while busy or without a client.
    bool read(const QString& op, const QJsonObject& args, ServiceClient::Callback done);
    /// A change: sent with a requestId kept until answered (see class doc). False, with nothing sent,
    /// while busy or without a client.
    bool change(const QString& op, QJsonObject args, ServiceClient::Callback done);
    /// The person has gone: answers in flight are dropped, the kept requestId is forgotten, not busy.
    void abandon();

    /// Refusals after which the service may not have run the request (mayNotHaveRun, the one list
    /// in domain/errorretry.h): the same request keeps its requestId, so repeating it can never run it twice.
    static bool unanswered(const QString& code);

signals:
    void busyChanged();

private:
    bool send(const QString& op, const QJsonObject& args, bool isChange, ServiceClient::Callback done);
    void setBusy(bool busy);

    QPointer<ServiceClient> m_client;
    int m_timeoutMs;
    bool m_busy = false;
    quint64 m_turn = 0; ///< raised by abandon(): answers of an earlier turn are nobody's business
    QString m_requestId;
    QJsonObject m_requestKey; ///< the op and arguments m_requestId belongs to
};

} // namespace hall
