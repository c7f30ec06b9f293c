// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>
#include <QString>

#include <array>
#include <optional>

namespace hall::protocol {

/// What an op does to the hall. It decides what a client may send again, unchanged, after the
/// connection dropped with the request unanswered (ServiceClient::repeatable).
enum class OpKind
{
    Read,    ///< changes nothing: always safe to send again
    Change,  ///< changes the hall: safe to send again only with a `requestId` (the service runs it once)
    Session, ///< about the connection itself (hello, login, subscribe): the client redoes these itself
    Counted, ///< reads that count against a limit (a missed case.lookup counts against the resident):
             ///< never sent again behind the caller's back
};

struct OpInfo
{
    QLatin1String name;
    OpKind kind;
};

/// Every op of protocol v1 and what it does. The service's dispatcher serves exactly these (a test
/// checks both ways), and the client reads them; docs/protocol.md describes each. A new op is added
/// here first.
inline constexpr std::array kOps{
    OpInfo{QLatin1String("hello"), OpKind::Session},
    OpInfo{QLatin1String("staff.login"), OpKind::Session},
    OpInfo{QLatin1String("staff.logout"), OpKind::Session},
    OpInfo{QLatin1String("subscribe"), OpKind::Session},
    // A relay asks whether one of its displays may connect: changes nothing, safe to repeat.
    OpInfo{QLatin1String("relay.admit"), OpKind::Read},
    OpInfo{QLatin1String("hall.snapshot"), OpKind::Read},
    OpInfo{QLatin1String("hall.overview"), OpKind::Read},
    OpInfo{QLatin1String("ticket.issue"), OpKind::Change},
    OpInfo{QLatin1String("ticket.get"), OpKind::Read},
    OpInfo{QLatin1String("ticket.cancel"), OpKind::Change},
    OpInfo{QLatin1String("counter.open"), OpKind::Change},
    OpInfo{QLatin1String("counter.pause"), OpKind::Change},
    OpInfo{QLatin1String("counter.resume"), OpKind::Change},
    OpInfo{QLatin1String("counter.close"), OpKind::Change},
    OpInfo{QLatin1String("counter.callNext"), OpKind::Change},
    OpInfo{QLatin1String("counter.call"), OpKind::Change},
    OpInfo{QLatin1String("counter.recall"), OpKind::Change},
    OpInfo{QLatin1String("counter.start"), OpKind::Change},
    OpInfo{QLatin1String("counter.finish"), OpKind::Change},
    OpInfo{QLatin1String("counter.setAside"), OpKind::Change},
    OpInfo{QLatin1String("counter.requeue"), OpKind::Change},
    OpInfo{QLatin1String("counter.transfer"), OpKind::Change},
    OpInfo{QLatin1String("counter.rate"), OpKind::Change},
    OpInfo{QLatin1String("counter.reassign"), OpKind::Change},
    OpInfo{QLatin1String("device.status"), OpKind::Change},
    OpInfo{QLatin1String("booking.info"), OpKind::Read},
    OpInfo{QLatin1String("booking.calendar"), OpKind::Read},
    OpInfo{QLatin1String("booking.slots"), OpKind::Read},
    // Spends the booking budgets, but answers the same every time: safe to repeat.
    OpInfo{QLatin1String("booking.find"), OpKind::Read},
    OpInfo{QLatin1String("booking.create"), OpKind::Change},
    OpInfo{QLatin1String("booking.cancel"), OpKind::Change},
    OpInfo{QLatin1String("booking.move"), OpKind::Change},
    OpInfo{QLatin1String("booking.checkIn"), OpKind::Change},
    OpInfo{QLatin1String("booking.today"), OpKind::Read},
    OpInfo{QLatin1String("booking.get"), OpKind::Read},
    OpInfo{QLatin1String("booking.notices"), OpKind::Read},
    OpInfo{QLatin1String("booking.noShow"), OpKind::Change},
    OpInfo{QLatin1String("booking.bulkCancel"), OpKind::Change},
    OpInfo{QLatin1String("ceremony.today"), OpKind::Read},
    OpInfo{QLatin1String("divorce.recordApplication"), OpKind::Change},
    OpInfo{QLatin1String("divorce.withdraw"), OpKind::Change},
    OpInfo{QLatin1String("divorce.complete"), OpKind::Change},
    OpInfo{QLatin1String("counselling.offer"), OpKind::Read},
    OpInfo{QLatin1String("counselling.book"), OpKind::Change},
    OpInfo{QLatin1String("counselling.record"), OpKind::Change},
    OpInfo{QLatin1String("case.types"), OpKind::Read},
    OpInfo{QLatin1String("case.lookup"), OpKind::Counted},
    OpInfo{QLatin1String("case.find"), OpKind::Read},
    OpInfo{QLatin1String("case.accept"), OpKind::Change},
    OpInfo{QLatin1String("case.advance"), OpKind::Change},
    OpInfo{QLatin1String("case.return"), OpKind::Change},
    OpInfo{QLatin1String("case.documentsReceived"), OpKind::Change},
    OpInfo{QLatin1String("case.refuse"), OpKind::Change},
    OpInfo{QLatin1String("case.withdraw"), OpKind::Change},
    OpInfo{QLatin1String("case.note"), OpKind::Change},
    OpInfo{QLatin1String("case.objection"), OpKind::Change},
    OpInfo{QLatin1String("case.resolveObjection"), OpKind::Change},
    OpInfo{QLatin1String("case.import"), OpKind::Change},
    OpInfo{QLatin1String("report.queue"), OpKind::Read},
    OpInfo{QLatin1String("report.bookings"), OpKind::Read},
    OpInfo{QLatin1String("report.cases"), OpKind::Read},
    OpInfo{QLatin1String("report.public"), OpKind::Read},
    // Re-reads the notices and the booking calendar from their files: the same files give the same hall.
    OpInfo{QLatin1String("config.reload"), OpKind::Change},
    // A second pass finds nothing more to forget: safe to repeat.
    OpInfo{QLatin1String("retention.run"), OpKind::Change},
};

/// The kind of `op`; nullopt for an op protocol v1 does not have.
std::optional<OpKind> opKind(QStringView op);

} // namespace hall::protocol
