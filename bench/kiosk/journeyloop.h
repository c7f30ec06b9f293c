// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kioskapp.h"
#include "kioskshell.h"
#include "touchscript.h"

#include <QElapsedTimer>

namespace hall::bench {

/// Takes tickets through the pages as a resident does (tile → next → take ticket → done), spread
/// over services whose daily quota allows a thousand tickets in all.
class JourneyLoop
{
public:
    explicit JourneyLoop(KioskApp& app) : m_app(app), m_touch(app.window())
    {
        QObject::connect(app.controller()->ticketFlow(), &hall::TicketFlow::journeyFinished,
                         [this] { m_finished = true; });
    }

    /// One ticket; returns the milliseconds from the tap on "take ticket" to the journey's end
    /// (printed, or shown on screen), or a negative value when the journey failed.
    double takeOne(int i)
    {
        static const int kRoomyServices[] = {0, 2, 3, 4, 5, 6, 10}; // daily quota 200 or more
        const int tile = kRoomyServices[i % 7];
        if (!m_touch.tapWhenReady(QStringLiteral("homeTile_%1").arg(tile)) ||
            !m_touch.tapWhenReady(QStringLiteral("chooseNext")) ||
            m_touch.find(QStringLiteral("takeTicket")) == nullptr) {
            return -1;
        }
        m_finished = false;
        QElapsedTimer t;
        t.start();
        m_touch.tap(QStringLiteral("takeTicket"));
        TouchScript::waitUntil([&] { return m_finished; }, 10000);
        const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
        const bool ok = m_finished && m_app.controller()->page() == KioskShell::Page::Ticket;
        m_lastPrinted =
            m_app.controller()->ticketFlow()->ticket()->printState() == IssuedTicket::PrintState::Printed;
        m_app.controller()->reset();
        return ok ? ms : -1;
    }

    bool lastPrinted() const { return m_lastPrinted; }

private:
    KioskApp& m_app;
    bool m_lastPrinted = false;
    TouchScript m_touch;
    bool m_finished = false;
};

} // namespace hall::bench
