// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "addressclass.h"

namespace hall {

QString addressClass(const QHostAddress& address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    const QHostAddress a = mapped ? QHostAddress(v4) : address;
    if (a.isLoopback()) {
        return QStringLiteral("loopback");
    }
    if (a.isLinkLocal()) {
        return QStringLiteral("linkLocal");
    }
    // QHostAddress of Qt 6.4 has no isPrivateUse(): the ranges are named here.
    static const QList<QPair<QHostAddress, int>> privateRanges{
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10")),
        QHostAddress::parseSubnet(QStringLiteral("fc00::/7")),
    };
    for (const auto& range : privateRanges) {
        if (a.isInSubnet(range)) {
            return QStringLiteral("private");
        }
    }
    return QStringLiteral("public");
}

} // namespace hall
