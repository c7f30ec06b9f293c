#include "deskactions.h"

#include "client/serviceclient.h"
#include "errortext.h"

namespace hall {

void DeskActions::setClient(ServiceClient* client)
{
    m_client = client;
    m_requestId.clear();
    if (busy()) {
        m_busyAction.clear();
        emit busyChanged();
    }
}

bool DeskActions::run(const QString& action, const QString& op, QJsonObject args, Done done)
{
    if (busy() || m_client.isNull()) {
        return false;
    }
    if (!m_client->isReady()) {
        // The client would queue it and send it on reconnect, seconds later, behind staff's back:
        // a press while offline is dropped, and the screen says so.
        fail(QStringLiteral("OFFLINE"));
        return false;
    }
    // The same action on the same ticket keeps its requestId until answered: pressing again after a
    // timeout repeats the request and the service answers it once.
    const QJsonObject key{{QStringLiteral("op"), op}, {QStringLiteral("args"), args}};
    if (m_requestId.isEmpty() || key != m_requestKey) {
        m_requestId = ServiceClient::newRequestId();
        m_requestKey = key;
    }
    args.insert(QStringLiteral("requestId"), m_requestId);
    m_busyAction = action;
    emit busyChanged();
    clearError();
    QElapsedTimer sent;
    sent.start();
    // The page that owns these actions (a SupervisorBoard in QML) may go before the connection does.
    m_client->request(op, args,
                      [guard = QPointer<DeskActions>(this), this, action, done](const ServiceReply& r) {
                          if (guard.isNull()) {
                              return;
                          }
                          m_busyAction.clear();
                          const bool answered = r.ok || !ErrorText::isConnectionProblem(r.errorCode);
                          if (answered) {
                              m_requestId.clear(); // answered: the next press is a new request
                          }
                          if (r.ok) {
                              emit succeeded(action, r.result);
                          } else {
                              fail(r.errorCode, r.errorMessage);
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
