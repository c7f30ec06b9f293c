// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulatedprinter.h"

#include <QObject>
#include <QTcpServer>

namespace hall {

/// A network thermal printer on 127.0.0.1: a raw TCP listener (as on port 9100) in front of a
/// SimulatedPrinter, so the TCP transport is exercised for real in tests and demos.
class LoopbackPrinterServer : public QObject
{
    Q_OBJECT

public:
    explicit LoopbackPrinterServer(int dotsPerLine = 384, QObject* parent = nullptr);

    /// Listens on a free loopback port (or `port`); returns the port, 0 on failure.
    quint16 listen(quint16 port = 0);
    quint16 port() const { return m_server.serverPort(); }
    SimulatedPrinter& printer() { return m_printer; }
    /// A hung printer: keeps the connection but answers no status query.
    void setSilent(bool silent) { m_silent = silent; }
    qint64 bytesReceived() const { return m_bytesReceived; }

private:
    void onConnection();

    QTcpServer m_server;
    SimulatedPrinter m_printer;
    bool m_silent = false;
    qint64 m_bytesReceived = 0;
};

} // namespace hall
