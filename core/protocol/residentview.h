// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace hall {
class QueueEngine;
}

namespace hall::protocol {

/// A ticket as the resident's phone shows it (the page at ResidentLinks::ticketPath): its number,
/// its errands in order with the current one marked, its state, and while it waits the same place
/// and wait the kiosk printed (waitfigures::insertForTicket); once called, the window. Nothing else:
/// no ID reference, issuing device, staff or appointment. A ticket of another day, or one the
/// engine does not know, is {number, day, state: "gone"}.
QJsonObject residentTicket(const QueueEngine& engine, QDate day, const QString& number);
/// The same in compact JSON, written straight to bytes: what each live page's event carries (a call
/// re-renders every waiting followed ticket of its service, so this is the phones' hot path).
QByteArray residentTicketJson(const QueueEngine& engine, QDate day, const QString& number);

} // namespace hall::protocol
