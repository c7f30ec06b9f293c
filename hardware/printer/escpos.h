// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printerstatus.h"

#include <QByteArray>

/// The ESC/POS subset this project emits and the simulated printer understands. Byte values follow
/// the Epson ESC/POS reference; the Chinese-mode commands (FS &, FS .) are the ones Chinese thermal
/// printers (GB18030 firmware) use.
namespace hall::escpos {

constexpr char ESC = 0x1B;
constexpr char GS = 0x1D;
constexpr char FS = 0x1C;
constexpr char DLE = 0x10;
constexpr char EOT = 0x04;
constexpr char LF = 0x0A;

/// Which DLE EOT n status to ask for.
enum class StatusKind : quint8
{
    Printer = 1,
    OfflineCause = 2,
    ErrorCause = 3,
    PaperSensor = 4
};

// Status reply bits; every reply has the fixed pattern 0x12 (bits 1 and 4 set).
constexpr quint8 kStatusFixed = 0x12;
constexpr quint8 kPrinterOffline = 0x08;     // DLE EOT 1, bit 3
constexpr quint8 kOfflineCoverOpen = 0x04;   // DLE EOT 2, bit 2
constexpr quint8 kOfflinePaperEnd = 0x20;    // DLE EOT 2, bit 5: printing stopped at paper end
constexpr quint8 kOfflineError = 0x40;       // DLE EOT 2, bit 6
constexpr quint8 kErrorCutter = 0x08;        // DLE EOT 3, bit 3
constexpr quint8 kErrorUnrecoverable = 0x20; // DLE EOT 3, bit 5
constexpr quint8 kPaperNearEnd = 0x0C;       // DLE EOT 4, bits 2-3
constexpr quint8 kPaperEnd = 0x60;           // DLE EOT 4, bits 5-6

inline QByteArray statusRequest(StatusKind kind)
{
    const char bytes[] = {DLE, EOT, char(kind)};
    return QByteArray(bytes, 3);
}

/// Folds one reply byte into `status` (a full picture needs all four kinds).
void applyStatusByte(PrinterStatus& status, StatusKind kind, quint8 reply);

/// A reply byte must carry the fixed bits; anything else is line noise or a different protocol.
inline bool isStatusByte(quint8 b)
{
    return (b & 0x93) == kStatusFixed;
}

} // namespace hall::escpos
