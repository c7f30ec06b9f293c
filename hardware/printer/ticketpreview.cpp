// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketpreview.h"

#include "escposencoder.h"
#include "simulatedprinter.h"

namespace hall {

QImage TicketPreview::render(const PrintedTicket& ticket, int dotsPerLine)
{
    PrinterProfile profile;
    profile.dotsPerLine = dotsPerLine;
    profile.feedLinesBeforeCut = 1; // no tear-off margin on a screen
    SimulatedPrinter printer(dotsPerLine);
    printer.feed(EscPosEncoder(profile).ticket(ticket));
    return printer.pages().isEmpty() ? QImage() : printer.pages().constFirst();
}

} // namespace hall
