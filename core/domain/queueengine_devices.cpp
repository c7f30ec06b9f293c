// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Device reports: peripherals' health as devices tell it, journalled for staff.
#include "queueengine.h"

namespace hall {

Result<DeviceStatus> QueueEngine::reportDevice(DeviceStatus report, const Actor& actor)
{
    if (report.device.isEmpty()) {
        return Error{ErrorCode::InvalidArgument, QStringLiteral("设备状态缺少设备名")};
    }
    if (!devicestatus::isKnownKind(report.kind)) {
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("未知的设备部件 %1（printer、scanner、idCardReader 或 audio）")
                         .arg(report.kind.left(40))};
    }
    if (!devicestatus::isKnownStatus(report.status)) {
        return Error{
            ErrorCode::InvalidArgument,
            QStringLiteral("未知的设备状态 %1（ok、paperLow、paperOut、coverOpen、offline 或 fault）")
                .arg(report.status.left(40))};
    }
    if (report.message.size() > devicestatus::kMaxMessageLength) {
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("设备状态说明不能超过 %1 个字符").arg(devicestatus::kMaxMessageLength)};
    }
    const auto key = std::make_pair(report.device, report.kind);
    const auto known = m_devices.find(key);
    if (known != m_devices.end() && known->second.sameReport(report)) {
        return known->second; // a repeat (reconnect, periodic poll): nothing new for staff
    }
    report.at = m_clock.now();
    m_devices[key] = report;
    record(QStringLiteral("device.status"), nullptr, nullptr, actor,
           {{QStringLiteral("device"), devicestatus::toJson(report)}});
    return report;
}

void QueueEngine::setCalendar(std::shared_ptr<const HallCalendar> calendar)
{
    m_config.calendar = calendar ? std::move(calendar) : HallCalendar::builtIn();
}

void QueueEngine::recordHallChange(const QString& kind, const QJsonObject& data, const Actor& actor)
{
    record(kind, nullptr, nullptr, actor, data);
}

QList<DeviceStatus> QueueEngine::devices() const
{
    QList<DeviceStatus> out;
    out.reserve(static_cast<qsizetype>(m_devices.size()));
    for (const auto& [key, status] : m_devices) {
        out.append(status);
    }
    return out;
}

std::optional<DeviceStatus> QueueEngine::deviceReport(const QString& device, const QString& kind) const
{
    const auto it = m_devices.find(std::make_pair(device, kind));
    return it == m_devices.end() ? std::nullopt : std::optional(it->second);
}

} // namespace hall
