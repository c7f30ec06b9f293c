// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicereporter.h"

#include "client/serviceclient.h"

#include <QLoggingCategory>

namespace hall {

namespace {
Q_LOGGING_CATEGORY(lcReport, "hall.kiosk.printer")
}

DeviceReporter::DeviceReporter(ServiceClient* client, PrintStation* printer, QObject* parent)
    : QObject(parent), m_client(client), m_printer(printer)
{
    // After a reconnect the service may be a restarted one that knows nothing of this kiosk.
    connect(m_client, &ServiceClient::ready, this, [this] { report(true); });
    connect(m_printer, &PrintStation::statusChanged, this, [this] { report(false); });
}

QString DeviceReporter::statusName(PrintStation::Problem problem, bool paperLow)
{
    switch (problem) {
    case PrintStation::Problem::None:
        return paperLow ? QStringLiteral("paperLow") : QStringLiteral("ok");
    case PrintStation::Problem::PaperOut:
        return QStringLiteral("paperOut");
    case PrintStation::Problem::CoverOpen:
        return QStringLiteral("coverOpen");
    case PrintStation::Problem::Offline:
        return QStringLiteral("offline");
    case PrintStation::Problem::Fault:
        return QStringLiteral("fault");
    }
    return QStringLiteral("fault");
}

void DeviceReporter::report(bool evenIfKnown)
{
    if (!m_client->isReady()) {
        return; // the next ready() reports the state of that moment
    }
    const QString status = statusName(m_printer->problem(), m_printer->paperLow());
    if (!evenIfKnown && (status == m_acknowledged || status == m_inFlight)) {
        return; // status polls repeat the same state many times a minute
    }
    m_inFlight = status;
    const QJsonObject args{{QStringLiteral("kind"), QStringLiteral("printer")},
                           {QStringLiteral("status"), status},
                           {QStringLiteral("message"), m_printer->statusText()}};
    m_client->request(QStringLiteral("device.status"), args, [this, status](const ServiceReply& reply) {
        if (m_inFlight == status) {
            m_inFlight.clear();
        }
        if (!reply.ok) {
            // Not retried here: the next change or reconnect reports the state of that moment.
            qCWarning(lcReport).noquote()
                << "printer status not reported to hall-service:" << reply.errorCode;
            return;
        }
        m_acknowledged = status;
        emit reported(status);
    });
}

} // namespace hall
