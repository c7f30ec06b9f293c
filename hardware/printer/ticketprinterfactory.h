// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketprinter.h"

#include <QVariantMap>

#include <memory>

namespace hall {

/// Builds the configured printer. Keys:
///   backend   "escpos" (a real printer) or "simulated" (SimulatedPrinter, tickets saved as PNG)
///   address   escpos only: tcp://host[:9100], file:///dev/usb/lp0, serial:/dev/ttyUSB0?baud=19200
///   profile   58mm-raster (default), 58mm-gb18030, 80mm-raster, 80mm-gb18030
///   text, qr, dots, qrModuleDots   override the profile (see PrinterProfile)
///   outputDir simulated only: where cut tickets are written as PNG
///   paperDots simulated only: length of the simulated roll in dots (default unlimited)
/// Returns null with the reason in `error` when the configuration is wrong.
std::unique_ptr<TicketPrinter> createTicketPrinter(const QVariantMap& config, QString* error = nullptr);

} // namespace hall
