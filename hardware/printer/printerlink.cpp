// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "printerlink.h"

#include "devicefileprinterlink.h"
#include "serialprinterlink.h"
#include "tcpprinterlink.h"

#include <QUrl>
#include <QUrlQuery>

namespace hall {

std::unique_ptr<PrinterLink> PrinterLink::fromUrl(const QString& address, QString* error)
{
    const QUrl url(address);
    const QString scheme = url.scheme();
    auto fail = [&](const QString& why) {
        if (error) {
            *error = why;
        }
        return std::unique_ptr<PrinterLink>();
    };
    if (scheme == QLatin1String("tcp")) {
        if (url.host().isEmpty()) {
            return fail(QStringLiteral("tcp printer address needs a host"));
        }
        return std::make_unique<TcpPrinterLink>(url.host(), quint16(url.port(9100)));
    }
    if (scheme == QLatin1String("file")) {
        if (url.path().isEmpty()) {
            return fail(QStringLiteral("file printer address needs a device path"));
        }
        return std::make_unique<DeviceFilePrinterLink>(url.path());
    }
    if (scheme == QLatin1String("serial")) {
        bool ok = true;
        const QString baud = QUrlQuery(url).queryItemValue(QStringLiteral("baud"));
        const qint32 rate = baud.isEmpty() ? 19200 : baud.toInt(&ok);
        if (url.path().isEmpty() || !ok || rate <= 0) {
            return fail(QStringLiteral("serial printer address is serial:/dev/ttyX?baud=N"));
        }
        return std::make_unique<SerialPrinterLink>(url.path(), rate);
    }
    return fail(QStringLiteral("unknown printer address scheme: ") + scheme);
}

} // namespace hall
