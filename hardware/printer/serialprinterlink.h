// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printerlink.h"

class QSerialPort;

namespace hall {

/// RS-232 printer through Qt SerialPort (8N1, hardware flow control as most thermal printers use).
class SerialPrinterLink : public PrinterLink
{
    Q_OBJECT
public:
    SerialPrinterLink(QString portName, qint32 baudRate, QObject* parent = nullptr);
    bool open() override;
    void close() override;
    bool isOpen() const override;
    bool write(const QByteArray& bytes) override;
    QString describe() const override;

private:
    QString m_portName;
    qint32 m_baudRate;
    QSerialPort* m_port;
};

} // namespace hall
