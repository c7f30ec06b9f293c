// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/journeyrequests.h"
#include "client/serviceclient.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>

#include <functional>

namespace hall {

/// Sends the counter's requests, one at a time, and says what is going on: which action is in
/// flight (its button shows it), and why the last one failed, in plain words (ErrorText). Every
/// action carries a requestId that is kept until the service answers (JourneyRequests), so a retry after a
/// lost reply can never call two residents. A key pressed while a request is in flight is ignored:
/// a bouncing key or an impatient second press must not act twice.
class DeskActions : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by CounterController")
    Q_PROPERTY(QString busyAction READ busyAction NOTIFY busyChanged FINAL)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged FINAL)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged FINAL)
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY errorChanged FINAL)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY errorChanged FINAL)

public:
    using Done = std::function<void(bool ok, const QJsonObject& result)>;

    explicit DeskActions(QObject* parent = nullptr);

    /// The connection to use; a new one (after a new login) forgets a request in flight on the old.
    void setClient(ServiceClient* client);

    /// Sends `op` with `args` (plus a requestId) for the button `action`; false (nothing sent) while
    /// another request is in flight, without a client, or while the service is out of reach (the
    /// error then says OFFLINE: nothing is queued to run later). `done` runs with the outcome.
    bool run(const QString& action, const QString& op, QJsonObject args, Done done = {});
    /// Shows a refusal that never reached the service (e.g. a keypad number matching no ticket).
    void fail(const QString& code, const QString& detail = {});
    /// Shows the service's refusal: its sentence for people when it wrote one (in the counter's
    /// language, with no detail, the sentence being all the message says), else the counter's
    /// words for the code with the service's message as the detail.
    void fail(const ServiceReply& reply);
    Q_INVOKABLE void clearError();

    QString busyAction() const { return m_busyAction; }
    bool busy() const { return !m_busyAction.isEmpty(); }
    QString error() const { return m_error; }
    QString errorCode() const { return m_errorCode; }
    QString errorDetail() const { return m_errorDetail; }
    /// Microseconds from run() to the request being handed to the socket; for bench/counter.
    qint64 lastSendMicros() const { return m_lastSendMicros; }

signals:
    void busyChanged();
    void errorChanged();
    /// An action succeeded; `result` is the service's reply.
    void succeeded(const QString& action, const QJsonObject& result);

private:
    JourneyRequests m_requests;
    QString m_busyAction;
    QString m_error;
    QString m_errorCode;
    QString m_errorDetail;
    qint64 m_lastSendMicros = 0;
};

} // namespace hall
