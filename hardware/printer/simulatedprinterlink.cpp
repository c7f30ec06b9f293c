// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatedprinterlink.h"

#include "simulatedprinter.h"

namespace hall {

SimulatedPrinterLink::SimulatedPrinterLink(SimulatedPrinter* printer, QObject* parent)
    : PrinterLink(parent), m_printer(printer)
{}

bool SimulatedPrinterLink::open()
{
    m_open = true;
    return true;
}

bool SimulatedPrinterLink::write(const QByteArray& bytes)
{
    if (!m_open) {
        open();
    }
    const QByteArray replies = m_printer->feed(bytes);
    if (!replies.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, replies] { emit received(replies); }, Qt::QueuedConnection);
    }
    return true;
}

} // namespace hall
