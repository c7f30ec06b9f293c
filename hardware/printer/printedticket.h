// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace hall {

/// What goes on a paper ticket. The hardware layer's own plain data: the kiosk fills it from the
/// domain ticket, so hall_hardware stays independent of hall_core.
struct PrintedTicket
{
    QString centreName;   ///< e.g. 某某街道社区事务受理服务中心
    QString number;       ///< e.g. A012
    QString serviceName;  ///< e.g. 结婚登记 (one-stop tickets: the services joined with "、")
    QDateTime issuedAt;   ///< printed in the hall's local time
    int peopleAhead = 0;  ///< negative: not a queue ticket (a booking confirmation), no wait line
    int waitMinutes = -1; ///< estimated wait; negative when unknown (the line is then left out)
    QString qrPayload;    ///< "scan to follow your ticket" URL or reference; empty: no QR
    QString notice;       ///< one short line, e.g. 过号请重新取号
    /// What the time and the QR code mean; the defaults are a queue ticket's. A booking
    /// confirmation says 预约时间 and 签到时请扫描此码.
    QString timeLabel = QStringLiteral("取号时间");
    QString qrCaption = QStringLiteral("扫码查看排队进度");
};

} // namespace hall
