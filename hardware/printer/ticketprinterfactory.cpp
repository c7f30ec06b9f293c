// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketprinterfactory.h"

#include "escposprinter.h"
#include "printerlink.h"
#include "simulatedprinter.h"
#include "simulatedprinterlink.h"

namespace hall {

std::unique_ptr<TicketPrinter> createTicketPrinter(const QVariantMap& config, QString* error)
{
    QString problem;
    const PrinterProfile profile = PrinterProfile::fromConfig(config, &problem);
    const QString backend = config.value(QStringLiteral("backend"), QStringLiteral("escpos")).toString();
    std::unique_ptr<PrinterLink> link;
    if (problem.isEmpty() && backend == QLatin1String("simulated")) {
        auto* device = new SimulatedPrinter(profile.dotsPerLine);
        device->setOutputDirectory(config.value(QStringLiteral("outputDir")).toString());
        device->loadPaper(config.value(QStringLiteral("paperDots"), -1).toInt());
        link = std::make_unique<SimulatedPrinterLink>(device);
        device->setParent(link.get());
    } else if (problem.isEmpty() && backend == QLatin1String("escpos")) {
        link = PrinterLink::fromUrl(config.value(QStringLiteral("address")).toString(), &problem);
    } else if (problem.isEmpty()) {
        problem = QStringLiteral("unknown printer backend: ") + backend;
    }
    if (!link) {
        if (error) {
            *error = problem;
        }
        return nullptr;
    }
    return std::make_unique<EscPosPrinter>(std::move(link), profile);
}

} // namespace hall
