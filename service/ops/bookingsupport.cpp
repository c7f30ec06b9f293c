// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the booking op files share: the desk, the office, and the fairness budget as a gate of the
// one runner.
#include "bookingops.h"
#include "domain/halltime.h"
#include "domain/idnumber.h"
#include "domain/keyeddocument.h"

namespace hall {

BookingDesk* deskOf(const OpContext& ctx)
{
    BookingDesk* desk = ctx.hall.booking();
    if (desk == nullptr) {
        ctx.respond(refusal(ErrorCode::UnknownOp, QStringLiteral("本服务未开通婚姻登记预约")));
    }
    return desk;
}

BookingDesk* deskOf(const protocol::ArgReader& args, const OpContext& ctx)
{
    if (!args.ok()) {
        ctx.respond(refusal(args.error()));
        return nullptr;
    }
    return deskOf(ctx);
}

std::optional<QDateTime> slotStartOf(const QString& text, const QString& from, const OpContext& ctx)
{
    const QDateTime start = halltime::fromIso(text);
    if (!start.isValid()) {
        ctx.respond(refusal(ErrorCode::InvalidArgument,
                            QStringLiteral("参数 slotStart 必须是 ISO-8601 时间（%1 的 start）").arg(from)));
        return std::nullopt;
    }
    return start;
}

std::optional<QString> officeOf(const std::optional<QString>& asked, BookingDesk& desk, const OpContext& ctx)
{
    const QString office = asked.value_or(desk.defaultOffice());
    if (desk.config().office(office) == nullptr) {
        ctx.respond(refusal(ErrorCode::UnknownOffice, QStringLiteral("没有这个婚姻登记处")));
        return std::nullopt;
    }
    return office;
}

std::function<std::optional<Outcome>()> bookingBudget(BookingDesk& desk, const OpContext& ctx,
                                                      const QList<PartyInput>& parties)
{
    return [&desk, device = ctx.session->device, parties, &secret = ctx.personSecret] {
        QList<BookingLimits::Person> persons;
        const QDate today = halltime::localDate(desk.clock().now());
        for (const PartyInput& p : parties) {
            // Shared with the engine through p.once: each person is parsed and keyed once per request.
            if (const auto doc = keyedDocument(p, today, secret)) {
                persons.append({doc->key, doc->masked});
            }
        }
        std::optional<Outcome> refused;
        if (auto limited = desk.limits().take(device, persons)) {
            refused = refusal(ErrorCode::RateLimited, *limited);
        }
        return refused;
    };
}

std::optional<BookingActor> actorOf(const std::optional<QString>& channel, const OpContext& ctx)
{
    if (ctx.session->is(Role::Counter)) {
        // A counter always acts for somebody else; the engine refuses a staff action without its channel.
        return BookingActor{ctx.actingStaff(), channel.value_or(QString())};
    }
    if (!channel) {
        return BookingActor{};
    }
    if (ctx.session->is(Role::Admin)) {
        return BookingActor{ctx.actingStaff(), *channel};
    }
    ctx.respond(refusal(ErrorCode::InvalidArgument,
                        QStringLiteral("参数 channel 只用于工作人员代办（窗口或管理端）")));
    return std::nullopt;
}

} // namespace hall
