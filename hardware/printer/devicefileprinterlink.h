// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printerlink.h"

class QSocketNotifier;

namespace hall {

/// USB printer class device (/dev/usb/lpN) or a parallel port; read-back works where the kernel
/// driver supports it (usblp does).
class DeviceFilePrinterLink : public PrinterLink
{
    Q_OBJECT
public:
    explicit DeviceFilePrinterLink(QString path, QObject* parent = nullptr);
    ~DeviceFilePrinterLink() override;
    bool open() override;
    void close() override;
    bool isOpen() const override { return m_fd >= 0; }
    bool write(const QByteArray& bytes) override;
    QString describe() const override { return QStringLiteral("file://") + m_path; }

private:
    void flush();
    void readAvailable();

    QString m_path;
    int m_fd = -1;
    QByteArray m_outgoing;
    QSocketNotifier* m_readNotifier = nullptr;
    QSocketNotifier* m_writeNotifier = nullptr;
};

} // namespace hall
