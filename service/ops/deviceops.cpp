// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// device.status: a device tells the hall how its peripherals are (a kiosk's printer out of paper).
#include "deviceops.h"

#include "queuechange.h"

namespace hall {

using protocol::ArgReader;

void opDeviceStatus(OpContext ctx)
{
    ArgReader args(ctx.request.args, {"kind", "status", "message", "requestId"});
    DeviceStatus report;
    report.kind = args.string("kind", 32);
    report.status = args.string("status", 32);
    report.message = args.optionalString("message", devicestatus::kMaxMessageLength).value_or(QString());
    args.optionalString("requestId", 64);
    if (!args.ok()) {
        ctx.respond(refusal(args.error()));
        return;
    }
    // A device speaks only for itself: the name is the authenticated one, never an argument.
    report.device = ctx.session->device;
    // A repeat (every reconnect, every poll) changes nothing: it is answered without a ledger row or
    // a transaction, so a device that reports in a loop costs neither memory nor disk.
    if (const auto known = ctx.hall.engine().deviceReport(report.device, report.kind);
        known && known->sameReport(report)) {
        runRead(std::move(ctx), [stored = *known] {
            return success(
                QJsonObject{{QStringLiteral("device"), devicestatus::toJson(stored)}},
                QStringLiteral("%1 %2=%3 unchanged").arg(stored.device, stored.kind, stored.status));
        });
        return;
    }
    const Actor actor = ctx.actor();
    runQueueChange<DeviceStatus>(
        std::move(ctx), [report, actor](QueueEngine& e) { return e.reportDevice(report, actor); },
        [](const DeviceStatus& s) {
            return QJsonObject{{QStringLiteral("device"), devicestatus::toJson(s)}};
        },
        [](const DeviceStatus& s) { return QStringLiteral("%1 %2=%3").arg(s.device, s.kind, s.status); });
}

} // namespace hall
