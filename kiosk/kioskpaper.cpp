// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskpaper.h"

#include "printstation.h"

namespace hall {

void KioskPaper::setPrintState(PrintState state)
{
    if (m_printState != state) {
        m_printState = state;
        emit printStateChanged();
    }
}

bool KioskPaper::print(PrintStation* printer, const QString& centreNameZh)
{
    const bool printing = printer->print(printed(centreNameZh));
    setPrintState(printing ? PrintState::Printing : PrintState::NotPrinted);
    return printing;
}

bool KioskPaper::printFinished(bool ok)
{
    if (m_printState != PrintState::Printing) {
        return false;
    }
    setPrintState(ok ? PrintState::Printed : PrintState::NotPrinted);
    return true;
}

void KioskPaper::abandonPrint(PrintStation* printer)
{
    if (m_printState == PrintState::Printing) {
        printer->abandon();
    }
}

void KioskPaper::resetPrintState()
{
    m_printState = PrintState::None;
    emit printStateChanged();
}

} // namespace hall
