// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printstation.h"

#include <QObject>
#include <QString>

namespace hall {

class ServiceClient;

/// Tells hall-service how the kiosk's ticket printer is (op device.status), so staff see
/// "kiosk-1 打印机缺纸" on their screens before a resident has to tell them. It reports on every
/// change and after every (re)connect, because the service keeps device reports in memory only.
class DeviceReporter : public QObject
{
    Q_OBJECT

public:
    DeviceReporter(ServiceClient* client, PrintStation* printer, QObject* parent = nullptr);

    /// The protocol status for what the print station says: ok, paperLow, paperOut, …
    static QString statusName(PrintStation::Problem problem, bool paperLow);
    /// The last status the service acknowledged (empty before the first).
    QString acknowledged() const { return m_acknowledged; }

signals:
    void reported(const QString& status);

private:
    void report(bool evenIfKnown);

    ServiceClient* m_client;
    PrintStation* m_printer;
    QString m_acknowledged;
    QString m_inFlight;
};

} // namespace hall
