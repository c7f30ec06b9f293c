// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ticket.issue, ticket.get, ticket.cancel.
#include "domain/halltime.h"
#include "domain/idnumber.h"
#include "domain/jsonwriter.h"
#include "domain/waitfigures.h"
#include "protocol/protocol.h"
#include "queuechange.h"

namespace hall {

using protocol::ArgReader;
using protocol::Audience;

namespace {

Audience ownerAudience(const Session& s)
{
    return s.is(Role::Kiosk) ? Audience::Owner : Audience::Staff;
}

/// {ticket, ahead, waitMinutes or noWindowOpen, followUrl}, written straight to JSON: the reply to
/// every ticket.issue. The ticket in full: its own kiosk (Audience::Owner) and staff see the same.
QByteArray ticketResult(HallState& hall, const Ticket& t)
{
    using L = QLatin1StringView;
    const auto place = waitfigures::placeOf(hall.engine(), t.number); // no figure when no window serves it
    JsonWriter w(768);
    w.beginObject();
    if (place) {
        w.field(L("ahead"), place->ahead);
    }
    // The address of the ticket's page for the QR code the kiosk prints (the tag is the service's secret).
    if (const ResidentLinks* links = hall.residentLinks(); links && !links->baseUrl().isEmpty()) {
        w.field(L("followUrl"), links->ticketUrl(t.day, t.number));
    }
    if (place && place->noWindowOpen) {
        w.field(L("noWindowOpen"), true);
    }
    w.key(L("ticket"));
    hall.engine().writeTicketJson(w, t);
    if (place && !place->noWindowOpen) {
        w.field(L("waitMinutes"), place->waitMinutes);
    }
    return w.endObject().take();
}

std::optional<Appointment> readAppointment(const QJsonObject& args, protocol::ProtocolError& error)
{
    const QJsonValue v = args.value(QLatin1String("appointment"));
    if (v.isUndefined()) {
        return std::nullopt;
    }
    const QJsonObject o = v.toObject();
    Appointment a{o.value(QLatin1String("reference")).toString(),
                  halltime::fromIso(o.value(QLatin1String("slotStart")).toString()),
                  halltime::fromIso(o.value(QLatin1String("slotEnd")).toString())};
    if (!v.isObject() || a.reference.isEmpty() || a.reference.size() > 64 || !a.slotStart.isValid() ||
        !a.slotEnd.isValid()) {
        error = {errorCodeName(ErrorCode::InvalidArgument),
                 QStringLiteral("参数 appointment 必须是 {reference, slotStart, slotEnd}，时间为 ISO-8601")};
        return std::nullopt;
    }
    return a;
}

/// A kiosk may only see and cancel the tickets it issued itself.
std::optional<Outcome> ownershipProblem(const OpContext& ctx, const QString& number)
{
    const Ticket* t = ctx.hall.engine().ticket(number);
    if (t == nullptr) {
        return refusal(Error{ErrorCode::UnknownTicket, QStringLiteral("今天没有 %1 号").arg(number)});
    }
    if (ctx.session->is(Role::Kiosk) && t->device != ctx.session->device) {
        return refusal(ErrorCode::Forbidden, QStringLiteral("只能查询或取消本机取的号"));
    }
    return std::nullopt;
}

} // namespace

void opTicketIssue(OpContext ctx)
{
    ArgReader args(ctx.request.args,
                   {"requestId", "services", "priority", "idRef", "idNumber", "appointment"});
    args.string("requestId", 64);
    IssueRequest request;
    request.services = args.stringList("services", 8);
    const QString priority = args.optionalString("priority", 16).value_or(QStringLiteral("normal"));
    request.idRef = args.optionalString("idRef", 32).value_or(QString());
    const auto idText = args.optionalString("idNumber", 32);
    if (!args.ok()) {
        ctx.respond(refusal(args.error()));
        return;
    }
    // An appointment ticket is served first; only a check-in (booking.checkIn) that found the booking
    // may make one. A kiosk that could declare it would let anyone jump the queue.
    if (ctx.session->is(Role::Kiosk) && ctx.request.args.contains(QLatin1String("appointment"))) {
        ctx.respond(
            refusal(ErrorCode::Forbidden, QStringLiteral("预约号只能通过预约签到取得（booking.checkIn）")));
        return;
    }
    if (idText && !request.idRef.isEmpty()) {
        ctx.respond(refusal(ErrorCode::InvalidArgument, QStringLiteral("idNumber 与 idRef 只能给一个")));
        return;
    }
    const auto p = priorityFromString(priority);
    if (!p) {
        ctx.respond(
            refusal(ErrorCode::InvalidArgument,
                    QStringLiteral("参数 priority 必须是 normal、elder、disabled、military 或 pregnant")));
        return;
    }
    request.priority = *p;
    if (idText) {
        // The full number stops here: only its masked form and keyed hash reach the engine and storage.
        const auto id = IdNumber::parse(*idText, halltime::local(ctx.hall.clock().now()).date());
        if (!id) {
            ctx.respond(refusal(id.error()));
            return;
        }
        request.idRef = id->masked();
        request.personKey = id->personKey(ctx.personSecret);
        if (request.priority == PriorityClass::Normal &&
            id->ageOn(ctx.hall.engine().day()) >= kElderPriorityAge) {
            request.priority = PriorityClass::Elder;
        }
        // The request ledger fingerprints the arguments; an unkeyed hash of an ID number could be
        // reversed by trying every birth date, so it fingerprints the keyed hash instead.
        ctx.request.args.insert(QStringLiteral("idNumber"), request.personKey);
    }
    protocol::ProtocolError appointmentError;
    request.appointment = readAppointment(ctx.request.args, appointmentError);
    if (!appointmentError.code.isEmpty()) {
        ctx.respond(refusal(appointmentError));
        return;
    }
    request.actor = ctx.actor();
    HallState& hall = ctx.hall;
    runQueueChange<Ticket>(
        ctx, [request](QueueEngine& e) { return e.issue(request); },
        [&hall](const Ticket& t) { return ticketResult(hall, t); },
        [](const Ticket& t) { return QStringLiteral("ticket=%1").arg(t.number); });
}

void opTicketGet(OpContext ctx)
{
    ArgReader args(ctx.request.args, {"ticket"});
    const QString number = args.string("ticket", 8);
    if (!args.ok()) {
        ctx.respond(refusal(args.error()));
        return;
    }
    runRead(ctx, [ctx, number] {
        if (auto problem = ownershipProblem(ctx, number)) {
            return *problem;
        }
        return successJson(ticketResult(ctx.hall, *ctx.hall.engine().ticket(number)),
                           QStringLiteral("ticket=%1").arg(number));
    });
}

void opTicketCancel(OpContext ctx)
{
    ArgReader args(ctx.request.args, {"ticket", "requestId"});
    const QString number = args.string("ticket", 8);
    args.optionalString("requestId", 64);
    if (!args.ok()) {
        ctx.respond(refusal(args.error()));
        return;
    }
    // Unknown tickets are left to the engine (or to the ledger, for a retry of a cancel that succeeded).
    const Ticket* existing = ctx.hall.engine().ticket(number);
    if (existing != nullptr && ctx.session->is(Role::Kiosk) && existing->device != ctx.session->device) {
        ctx.respond(refusal(ErrorCode::Forbidden, QStringLiteral("只能查询或取消本机取的号")));
        return;
    }
    const Actor actor = ctx.actor();
    const Audience audience = ownerAudience(*ctx.session);
    runQueueChange<Ticket>(
        ctx, [number, actor](QueueEngine& e) { return e.cancel(number, actor); },
        [audience](const Ticket& t) {
            return QJsonObject{{QStringLiteral("ticket"), protocol::ticketView(t, audience)}};
        },
        [](const Ticket& t) { return QStringLiteral("ticket=%1").arg(t.number); });
}

} // namespace hall
