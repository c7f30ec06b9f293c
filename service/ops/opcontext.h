// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/authstore.h"
#include "auth/logingate.h"
#include "hallstate.h"
#include "protocol/argreader.h"
#include "protocol/envelope.h"
#include "requestledger.h"
#include "session.h"

#include <functional>
#include <memory>

namespace hall {

/// How one request ended, for the reply and the log line.
struct Outcome
{
    bool ok = false;
    QJsonObject result;
    protocol::ProtocolError error;
    QString detail;        ///< for the log: ticket number, counter; never personal data
    bool replayed = false; ///< answered from the request ledger
    /// `result` as compact JSON when the op has it already (cached reads): the reply uses it as is
    /// instead of serialising the same result for every reader.
    QByteArray encodedResult;
};

Outcome success(QJsonObject result, QString detail = {});
/// A success whose result is already compact JSON (written directly, or remembered by the ledger).
Outcome successJson(QByteArray resultJson, QString detail = {});
Outcome refusal(ErrorCode code, const QString& message);
/// A refusal whose code is already spelt (an answer remembered by the request ledger).
Outcome refusal(const QString& code, const QString& message);
Outcome refusal(const Error& e);
Outcome refusal(const protocol::ProtocolError& e);

/// Everything an op handler needs. `respond` may be called later (after the commit), exactly once.
struct OpContext
{
    HallState& hall;
    AuthStore& auth;
    RequestLedger& ledger;
    const QByteArray& personSecret; ///< for IdNumber::personKey
    LoginGate& logins;
    std::shared_ptr<Session> session;
    protocol::Request request;
    std::function<void(Outcome)> respond;

    Actor actor() const { return Actor{session->staffUser(), session->device}; }
    /// Who acts, as bookings and cases record it: the staff account on a counter, `admin:DEVICE` for
    /// an admin connection.
    QString actingStaff() const
    {
        const QString user = session->staffUser();
        return user.isEmpty() ? QStringLiteral("admin:%1").arg(session->device) : user;
    }
};

using OpHandler = void (*)(OpContext ctx);

// Session and reading ops (sessionops.cpp).
void opHello(OpContext ctx);
void opStaffLogin(OpContext ctx);
void opStaffLogout(OpContext ctx);
void opSnapshot(OpContext ctx);
void opSubscribe(OpContext ctx);
void opRelayAdmit(OpContext ctx);
// Ticket ops (ticketops.cpp).
void opTicketIssue(OpContext ctx);
void opTicketGet(OpContext ctx);
void opTicketCancel(OpContext ctx);
// Counter ops (counterops.cpp).
void opCounterOpen(OpContext ctx);
void opCounterPause(OpContext ctx);
void opCounterResume(OpContext ctx);
void opCounterClose(OpContext ctx);
void opCounterCallNext(OpContext ctx);
void opCounterCall(OpContext ctx);
void opCounterRecall(OpContext ctx);
void opCounterStart(OpContext ctx);
void opCounterFinish(OpContext ctx);
void opCounterSetAside(OpContext ctx);
void opCounterRequeue(OpContext ctx);
void opCounterTransfer(OpContext ctx);
// The resident's rating after the finish (ratingops.cpp).
void opCounterRate(OpContext ctx);
// Supervisor ops (supervisorops.cpp).
void opHallOverview(OpContext ctx);
void opCounterReassign(OpContext ctx);
// Reports (reportops.cpp).
void opReportQueue(OpContext ctx);
void opReportBookings(OpContext ctx);
void opReportCases(OpContext ctx);
void opReportPublic(OpContext ctx);

} // namespace hall
