// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printerlink.h"

namespace hall {

class SimulatedPrinter;

/// In-process link to a SimulatedPrinter; replies are delivered on the next event-loop turn, as
/// they would be from a device.
class SimulatedPrinterLink : public PrinterLink
{
    Q_OBJECT
public:
    explicit SimulatedPrinterLink(SimulatedPrinter* printer, QObject* parent = nullptr);
    bool open() override;
    void close() override { m_open = false; }
    bool isOpen() const override { return m_open; }
    bool write(const QByteArray& bytes) override;
    QString describe() const override { return QStringLiteral("simulated:"); }
    SimulatedPrinter* printer() const { return m_printer; }

private:
    SimulatedPrinter* m_printer;
    bool m_open = false;
};

} // namespace hall
