// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

namespace hall {

/// A byte pipe to a printer: device file, TCP (port 9100) or serial port. Asynchronous: writes are
/// queued, replies arrive through received().
class PrinterLink : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual bool open() = 0;
    virtual void close() = 0;
    virtual bool isOpen() const = 0;
    virtual bool write(const QByteArray& bytes) = 0;
    /// For logs and status pages, e.g. "tcp://10.0.0.5:9100".
    virtual QString describe() const = 0;

    /// `tcp://host[:9100]`, `file:///dev/usb/lp0`, `serial:/dev/ttyUSB0?baud=19200`; null on a
    /// malformed address (with the reason in `error`).
    static std::unique_ptr<PrinterLink> fromUrl(const QString& address, QString* error = nullptr);

signals:
    void received(const QByteArray& bytes);
    void failed(const QString& reason);
};

} // namespace hall
