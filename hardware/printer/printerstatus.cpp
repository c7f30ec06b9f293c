// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "printerstatus.h"

#include <QStringList>

namespace hall {

QString PrinterStatus::text() const
{
    if (!known) {
        return QStringLiteral("打印机无响应");
    }
    QStringList parts;
    if (paperEnd) {
        parts << QStringLiteral("缺纸");
    }
    if (coverOpen) {
        parts << QStringLiteral("纸仓盖未关");
    }
    if (cutterError) {
        parts << QStringLiteral("切刀故障");
    }
    if (unrecoverableError) {
        parts << QStringLiteral("打印机故障");
    }
    if (!online && parts.isEmpty()) {
        parts << QStringLiteral("打印机离线");
    }
    if (paperNearEnd && !paperEnd) {
        parts << QStringLiteral("纸将用尽");
    }
    return parts.isEmpty() ? QStringLiteral("正常") : parts.join(QStringLiteral("，"));
}

} // namespace hall
