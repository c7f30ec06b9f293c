// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatcher.h"

#include "ops/adminops.h"
#include "ops/bookingops.h"
#include "ops/caseops.h"
#include "ops/deviceops.h"
#include "protocol/protocol.h"

namespace hall {

Dispatcher::Dispatcher(HallState& hall, AuthStore& auth, RequestLedger& ledger, QByteArray personSecret,
                       DeviceBudgets::Settings budgets)
    : m_hall(hall), m_auth(auth), m_ledger(ledger), m_personSecret(std::move(personSecret)),
      m_budgets(budgets)
{}

const QHash<QString, Dispatcher::Op>& Dispatcher::table()
{
    static const Budget write = Budget::Write;
    static const QList<Role> everyone{Role::Kiosk, Role::Counter, Role::Display, Role::Admin, Role::Relay};
    static const QList<Role> issuers{Role::Kiosk, Role::Admin};
    static const QList<Role> askers{Role::Kiosk, Role::Counter, Role::Admin};
    static const QList<Role> staff{Role::Counter, Role::Admin};
    static const QHash<QString, Op> ops{
        {QStringLiteral("hello"), {opHello, {}, false}},
        {QStringLiteral("staff.login"), {opStaffLogin, {Role::Counter}, false}},
        {QStringLiteral("staff.logout"), {opStaffLogout, {Role::Counter}, false}},
        {QStringLiteral("hall.snapshot"), {opSnapshot, everyone, false}},
        {QStringLiteral("subscribe"), {opSubscribe, everyone, false}},
        {QStringLiteral("relay.admit"), {opRelayAdmit, {Role::Relay}, false}},
        {QStringLiteral("ticket.issue"), {opTicketIssue, issuers, false, Budget::Issue}},
        {QStringLiteral("ticket.get"), {opTicketGet, askers, false}},
        {QStringLiteral("ticket.cancel"), {opTicketCancel, issuers, false, write}},
        {QStringLiteral("counter.open"), {opCounterOpen, staff, true}},
        {QStringLiteral("counter.pause"), {opCounterPause, staff, true}},
        {QStringLiteral("counter.resume"), {opCounterResume, staff, true}},
        {QStringLiteral("counter.close"), {opCounterClose, staff, true}},
        {QStringLiteral("counter.callNext"), {opCounterCallNext, staff, true}},
        {QStringLiteral("counter.call"), {opCounterCall, staff, true}},
        {QStringLiteral("counter.recall"), {opCounterRecall, staff, true}},
        {QStringLiteral("counter.start"), {opCounterStart, staff, true}},
        {QStringLiteral("counter.finish"), {opCounterFinish, staff, true}},
        {QStringLiteral("counter.setAside"), {opCounterSetAside, staff, true}},
        {QStringLiteral("counter.requeue"), {opCounterRequeue, staff, true}},
        {QStringLiteral("counter.transfer"), {opCounterTransfer, staff, true}},
        {QStringLiteral("counter.rate"), {opCounterRate, staff, true}},
        {QStringLiteral("counter.reassign"), {opCounterReassign, staff, true}},
        {QStringLiteral("hall.overview"), {opHallOverview, staff, false}},
        {QStringLiteral("device.status"), {opDeviceStatus, everyone, false, write}},
        // Booking: docs/protocol.md, "Booking".
        {QStringLiteral("booking.info"), {opBookingInfo, everyone, false}},
        {QStringLiteral("booking.calendar"), {opBookingCalendar, everyone, false}},
        {QStringLiteral("booking.slots"), {opBookingSlots, everyone, false}},
        {QStringLiteral("booking.create"), {opBookingCreate, askers, true}},
        {QStringLiteral("booking.find"), {opBookingFind, askers, true}},
        {QStringLiteral("booking.cancel"), {opBookingCancel, askers, true}},
        {QStringLiteral("booking.move"), {opBookingMove, askers, true}},
        {QStringLiteral("booking.checkIn"), {opBookingCheckIn, issuers, false}},
        {QStringLiteral("booking.today"), {opBookingToday, staff, true}},
        {QStringLiteral("booking.get"), {opBookingGet, staff, true}},
        {QStringLiteral("booking.noShow"), {opBookingNoShow, staff, true}},
        {QStringLiteral("booking.bulkCancel"), {opBookingBulkCancel, staff, true}},
        {QStringLiteral("booking.notices"), {opBookingNotices, staff, true}},
        {QStringLiteral("ceremony.today"), {opCeremonyToday, everyone, false}},
        {QStringLiteral("divorce.recordApplication"), {opDivorceRecordApplication, staff, true}},
        {QStringLiteral("divorce.withdraw"), {opDivorceWithdraw, staff, true}},
        {QStringLiteral("divorce.complete"), {opDivorceComplete, staff, true}},
        {QStringLiteral("counselling.offer"), {opCounsellingOffer, staff, true}},
        {QStringLiteral("counselling.book"), {opCounsellingBook, staff, true}},
        {QStringLiteral("counselling.record"), {opCounsellingRecord, staff, true}},
        // Cases: docs/protocol.md, "Cases".
        {QStringLiteral("case.types"), {opCaseTypes, askers, true}},
        {QStringLiteral("case.lookup"), {opCaseLookup, issuers, false}},
        {QStringLiteral("case.find"), {opCaseFind, staff, true}},
        {QStringLiteral("case.accept"), {opCaseAccept, staff, true}},
        {QStringLiteral("case.advance"), {opCaseAdvance, staff, true}},
        {QStringLiteral("case.return"), {opCaseReturn, staff, true}},
        {QStringLiteral("case.documentsReceived"), {opCaseDocumentsReceived, staff, true}},
        {QStringLiteral("case.refuse"), {opCaseRefuse, staff, true}},
        {QStringLiteral("case.withdraw"), {opCaseWithdraw, staff, true}},
        {QStringLiteral("case.note"), {opCaseNote, staff, true}},
        {QStringLiteral("case.objection"), {opCaseObjection, staff, true}},
        {QStringLiteral("case.resolveObjection"), {opCaseResolveObjection, staff, true}},
        {QStringLiteral("case.import"), {opCaseImport, {Role::Admin}, false}},
        // Reports: docs/protocol.md, "Reports". Reads; supervisors only, checked in the op.
        {QStringLiteral("report.queue"), {opReportQueue, staff, true}},
        {QStringLiteral("report.bookings"), {opReportBookings, staff, true}},
        {QStringLiteral("report.cases"), {opReportCases, staff, true}},
        {QStringLiteral("report.public"),
         {opReportPublic, {Role::Counter, Role::Display, Role::Admin, Role::Relay}, false}},
        // Operations: docs/protocol.md, "Operations".
        {QStringLiteral("config.reload"), {opConfigReload, {Role::Admin}, false}},
        {QStringLiteral("retention.run"), {opRetentionRun, {Role::Admin}, false}},
    };
    return ops;
}

void Dispatcher::dispatch(std::shared_ptr<Session> session, protocol::Request request,
                          std::function<void(Outcome)> respond)
{
    const auto it = table().constFind(request.op);
    if (it == table().cend()) {
        respond(refusal(ErrorCode::UnknownOp, QStringLiteral("未知操作: %1").arg(request.op.left(40))));
        return;
    }
    if (!it->roles.isEmpty()) {
        if (!session->authenticated()) {
            respond(refusal(ErrorCode::Unauthenticated, QStringLiteral("请先发送 hello 完成设备认证")));
            return;
        }
        if (!it->roles.contains(*session->role)) {
            respond(refusal(ErrorCode::Forbidden,
                            QStringLiteral("%1 角色不能执行 %2").arg(toString(*session->role), request.op)));
            return;
        }
        if (it->needsStaff && session->is(Role::Counter) && !session->staff) {
            respond(
                refusal(ErrorCode::Unauthenticated, QStringLiteral("请先用 staff.login 登录工作人员账号")));
            return;
        }
        // Budgets follow the device token, not the connection; a retry of a known requestId is
        // answered from the ledger and costs nothing.
        if (it->budget != Budget::None && (session->is(Role::Kiosk) || session->is(Role::Display)) &&
            !m_ledger.knows(session->ledgerOwner(),
                            request.args.value(QLatin1String("requestId")).toString())) {
            if (auto limited = m_budgets.take(session->device, it->budget == Budget::Issue)) {
                respond(refusal(ErrorCode::RateLimited, *limited));
                return;
            }
        }
    }
    it->handler(OpContext{m_hall, m_auth, m_ledger, m_personSecret, m_logins, std::move(session),
                          std::move(request), std::move(respond)});
}

std::shared_ptr<Session> Dispatcher::residentSession(const QString& addressClass)
{
    auto session = std::make_shared<Session>(0, nullptr, 1, 1);
    session->device = QStringLiteral("phone");
    session->address = addressClass;
    session->peer = QStringLiteral("residentPage:") + addressClass;
    return session;
}

void Dispatcher::dispatchResident(std::shared_ptr<Session> session, OpHandler handler,
                                  protocol::Request request, std::function<void(Outcome)> respond)
{
    handler(OpContext{m_hall, m_auth, m_ledger, m_personSecret, m_logins, std::move(session),
                      std::move(request), std::move(respond)});
}

} // namespace hall
