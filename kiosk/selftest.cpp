// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "selftest.h"

#include "client/serviceclient.h"
#include "kioskapp.h"
#include "kioskshell.h"
#include "touchscript.h"

#include <QTextStream>

namespace hall {

int runSelfTest(KioskApp& app)
{
    QTextStream out(stdout);
    KioskShell* kiosk = app.controller();
    TouchScript touch(app.window());
    const auto fail = [&](const QString& step) {
        out << "self-test FAILED: " << step << " (connection: " << kiosk->connection() << ")\n";
        return 1;
    };
    // A refused token will not be accepted within the self-test: no point waiting for a snapshot then.
    TouchScript::waitUntil(
        [&] {
            return (kiosk->serviceAvailable() && kiosk->ticketFlow()->services()->rowCount() > 0) ||
                   app.client()->state() == ServiceClient::State::Disconnected ||
                   app.client()->state() == ServiceClient::State::Unauthorised;
        },
        15000);
    if (!kiosk->serviceAvailable() || kiosk->ticketFlow()->services()->rowCount() == 0) {
        return fail(QStringLiteral("no service snapshot ") + app.client()->lastError());
    }
    if (!touch.tapWhenReady(QStringLiteral("homeTile_0"))) {
        return fail(QStringLiteral("home page has no service tile"));
    }
    if (!touch.tapWhenReady(QStringLiteral("chooseNext"))) {
        return fail(QStringLiteral("choose page"));
    }
    bool finished = false;
    QObject::connect(kiosk->ticketFlow(), &hall::TicketFlow::journeyFinished, [&] { finished = true; });
    if (!touch.tapWhenReady(QStringLiteral("takeTicket"))) {
        return fail(QStringLiteral("identify page"));
    }
    if (!TouchScript::waitUntil([&] { return finished; }, 20000)) {
        return fail(QStringLiteral("no answer to the ticket request"));
    }
    if (kiosk->page() != KioskShell::Page::Ticket) {
        return fail(QStringLiteral("refused: ") + kiosk->ticketFlow()->refusal()->code());
    }
    const bool printed = kiosk->ticketFlow()->ticket()->printState() == IssuedTicket::PrintState::Printed;
    out << "self-test ok: ticket " << kiosk->ticketFlow()->ticket()->number()
        << (printed ? " printed" : " shown on screen") << "\n";
    return 0;
}

} // namespace hall
