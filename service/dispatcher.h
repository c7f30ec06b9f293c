#pragma once

#include "ops/opcontext.h"

#include <QHash>

namespace hall {

/// The op table of protocol v1: which roles may call each op and who handles it. Checks the
/// session (UNAUTHENTICATED), the role (FORBIDDEN) and, for counter devices, the staff login
/// before a handler runs.
class Dispatcher
{
public:
    Dispatcher(HallState& hall, AuthStore& auth, RequestLedger& ledger, QByteArray personSecret);

    void dispatch(std::shared_ptr<Session> session, protocol::Request request,
                  std::function<void(Outcome)> respond);

    /// Every op name, for documentation checks.
    QStringList ops() const { return m_ops.keys(); }

private:
    struct Op
    {
        OpHandler handler;
        QList<Role> roles;       ///< empty: callable before hello
        bool needsStaff = false; ///< counter devices must have a staff member logged in
    };

    HallState& m_hall;
    AuthStore& m_auth;
    RequestLedger& m_ledger;
    QByteArray m_personSecret;
    LoginGate m_logins;
    QHash<QString, Op> m_ops;
};

} // namespace hall
