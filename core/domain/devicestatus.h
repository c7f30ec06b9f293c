// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace hall {

/// What a hall device reports about one of its peripherals (a kiosk's ticket printer, say), so that
/// staff learn that a kiosk is out of paper from their own screens instead of from a resident.
/// The device name comes from the authenticated session, never from the report itself.
struct DeviceStatus
{
    QString device;  ///< registered device name, e.g. "kiosk-1"
    QString kind;    ///< peripheral: printer, scanner, idCardReader, audio
    QString status;  ///< ok, paperLow, paperOut, coverOpen, offline, fault
    QString message; ///< free text from the device for staff (at most 200 characters)
    QDateTime at;    ///< when the service recorded it

    /// True when the peripheral works; every other status is a problem staff should see.
    bool isOk() const { return status == QLatin1String("ok") || status == QLatin1String("paperLow"); }
    bool sameReport(const DeviceStatus& o) const
    {
        return device == o.device && kind == o.kind && status == o.status && message == o.message;
    }
};

namespace devicestatus {

constexpr int kMaxMessageLength = 200;

bool isKnownKind(const QString& kind);
bool isKnownStatus(const QString& status);
QJsonObject toJson(const DeviceStatus& s);
/// What staff read, e.g. "打印机缺纸".
QString describeZh(const DeviceStatus& s);

} // namespace devicestatus

} // namespace hall
