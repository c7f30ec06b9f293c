// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "escpos.h"

namespace hall::escpos {

void applyStatusByte(PrinterStatus& status, StatusKind kind, quint8 reply)
{
    status.known = true;
    switch (kind) {
    case StatusKind::Printer:
        status.online = (reply & kPrinterOffline) == 0;
        break;
    case StatusKind::OfflineCause:
        status.coverOpen = (reply & kOfflineCoverOpen) != 0;
        break;
    case StatusKind::ErrorCause:
        status.cutterError = (reply & kErrorCutter) != 0;
        status.unrecoverableError = (reply & kErrorUnrecoverable) != 0;
        break;
    case StatusKind::PaperSensor:
        status.paperEnd = (reply & kPaperEnd) == kPaperEnd;
        status.paperNearEnd = (reply & kPaperNearEnd) == kPaperNearEnd;
        break;
    }
}

} // namespace hall::escpos
