// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "printstation.h"

#include <QLoggingCategory>

namespace hall {

namespace {
Q_LOGGING_CATEGORY(lcPrinter, "hall.kiosk.printer")
}

PrintStation::PrintStation(TicketPrinter* printer, QObject* parent) : QObject(parent), m_printer(printer)
{
    if (m_printer != nullptr) {
        connect(m_printer, &TicketPrinter::statusChanged, this, &PrintStation::onStatus);
        connect(m_printer, &TicketPrinter::jobFinished, this, &PrintStation::onJob);
    }
}

PrintStation::Problem PrintStation::problem() const
{
    if (m_printer == nullptr) {
        return Problem::Offline;
    }
    const PrinterStatus s = m_printer->status();
    if (s.canPrint()) {
        return Problem::None;
    }
    if (!s.known || !s.online) {
        return s.paperEnd ? Problem::PaperOut : Problem::Offline;
    }
    if (s.paperEnd) {
        return Problem::PaperOut;
    }
    if (s.coverOpen) {
        return Problem::CoverOpen;
    }
    return Problem::Fault;
}

void PrintStation::onStatus()
{
    const Problem p = problem();
    if (p != m_logged && p != Problem::None) {
        qCWarning(lcPrinter).noquote() << "ticket printer:" << m_printer->status().text()
                                       << "- tickets are shown on screen until it prints again";
    } else if (p == Problem::None && m_logged != Problem::None) {
        qCInfo(lcPrinter) << "ticket printer ready again";
    }
    m_logged = p;
    emit statusChanged();
}

bool PrintStation::print(const PrintedTicket& ticket)
{
    if (!isReady()) {
        return false;
    }
    m_job = m_printer->print(ticket);
    return true;
}

void PrintStation::onJob(int jobId, bool ok, const QString& error)
{
    if (jobId != m_job) {
        return;
    }
    m_job = -1;
    if (!ok) {
        qCWarning(lcPrinter).noquote() << "ticket not printed:" << error;
    }
    emit finished(ok);
}

} // namespace hall
