// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "devicebudgets.h"
#include "ops/opcontext.h"

#include <QHash>

namespace hall {

/// The op table of protocol v1: which roles may call each op and who handles it (what each op does to
/// the hall, read or change, is in the op catalogue, core/protocol/opcatalogue.h). Checks the
/// session (UNAUTHENTICATED), the role (FORBIDDEN) and, for counter devices, the staff login
/// before a handler runs.
class Dispatcher
{
public:
    Dispatcher(HallState& hall, AuthStore& auth, RequestLedger& ledger, QByteArray personSecret,
               DeviceBudgets::Settings budgets = {});

    void dispatch(std::shared_ptr<Session> session, protocol::Request request,
                  std::function<void(Outcome)> respond);

    /// A change asked for on a resident's phone page, which has no device or session of its own: runs
    /// `handler` with the same context and through the same runner as a protocol request, in `session`
    /// (residentSession()). The caller has checked its own limits (per address) and logs the outcome.
    void dispatchResident(std::shared_ptr<Session> session, OpHandler handler, protocol::Request request,
                          std::function<void(Outcome)> respond);
    /// The session of one request from a resident's page: the device "phone", no role, and for its
    /// address only the class of it (net/addressclass.h), so log lines and audit entries name where it
    /// came from without pointing at a person.
    static std::shared_ptr<Session> residentSession(const QString& addressClass);

    /// Every op served, for checks against the op catalogue (protocol/opcatalogue.h) and the docs.
    static QStringList ops() { return table().keys(); }
    /// The ops of the residents' pages, by the names their log lines and /metrics use (no device may
    /// call them: they are not in the op table).
    static QStringList residentOps() { return {QStringLiteral("booking.cancelByPhone")}; }

private:
    /// What an op costs a kiosk or display of its DeviceBudgets.
    enum class Budget
    {
        None,
        Write,
        Issue, ///< a write that issues a ticket
    };
    struct Op
    {
        OpHandler handler;
        QList<Role> roles;       ///< empty: callable before hello
        bool needsStaff = false; ///< counter devices must have a staff member logged in
        Budget budget = Budget::None;
    };
    static const QHash<QString, Op>& table();

    HallState& m_hall;
    AuthStore& m_auth;
    RequestLedger& m_ledger;
    QByteArray m_personSecret;
    LoginGate m_logins;
    DeviceBudgets m_budgets;
};

} // namespace hall
