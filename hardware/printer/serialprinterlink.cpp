// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serialprinterlink.h"

#include <QSerialPort>

namespace hall {

SerialPrinterLink::SerialPrinterLink(QString portName, qint32 baudRate, QObject* parent)
    : PrinterLink(parent), m_portName(std::move(portName)), m_baudRate(baudRate),
      m_port(new QSerialPort(this))
{
    connect(m_port, &QSerialPort::readyRead, this, [this] { emit received(m_port->readAll()); });
    connect(m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError e) {
        if (e != QSerialPort::NoError) {
            emit failed(m_port->errorString());
        }
    });
}

bool SerialPrinterLink::open()
{
    if (m_port->isOpen()) {
        return true;
    }
    m_port->setPortName(m_portName);
    m_port->setBaudRate(m_baudRate);
    m_port->setDataBits(QSerialPort::Data8);
    m_port->setParity(QSerialPort::NoParity);
    m_port->setStopBits(QSerialPort::OneStop);
    m_port->setFlowControl(QSerialPort::HardwareControl);
    return m_port->open(QIODevice::ReadWrite);
}

void SerialPrinterLink::close()
{
    m_port->close();
}

bool SerialPrinterLink::isOpen() const
{
    return m_port->isOpen();
}

bool SerialPrinterLink::write(const QByteArray& bytes)
{
    if (!m_port->isOpen() && !open()) {
        return false;
    }
    return m_port->write(bytes) == bytes.size();
}

QString SerialPrinterLink::describe() const
{
    return QStringLiteral("serial:%1?baud=%2").arg(m_portName).arg(m_baudRate);
}

} // namespace hall
