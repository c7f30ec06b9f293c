// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printedticket.h"

#include <QImage>

namespace hall {

/// The ticket as it would come out of a printer, as an image: for the kiosk's on-screen ticket when
/// the printer cannot print (the resident photographs it or scans its QR), and for previews. Made by
/// the same encoder and the simulated printer, so screen and paper never differ.
class TicketPreview
{
public:
    /// `dotsPerLine`: 384 (58 mm) or 576 (80 mm); the image is that many pixels wide.
    static QImage render(const PrintedTicket& ticket, int dotsPerLine = 384);
};

} // namespace hall
