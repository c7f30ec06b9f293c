// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printerlink.h"

class QTcpSocket;

namespace hall {

/// Network printer, raw TCP (the "JetDirect" port 9100).
class TcpPrinterLink : public PrinterLink
{
    Q_OBJECT
public:
    TcpPrinterLink(QString host, quint16 port, QObject* parent = nullptr);
    bool open() override;
    void close() override;
    bool isOpen() const override;
    bool write(const QByteArray& bytes) override;
    QString describe() const override;

private:
    QString m_host;
    quint16 m_port;
    QTcpSocket* m_socket;
};

} // namespace hall
