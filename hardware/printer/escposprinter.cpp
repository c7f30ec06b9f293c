// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "escposprinter.h"

namespace hall {

using namespace escpos;

EscPosPrinter::EscPosPrinter(std::unique_ptr<PrinterLink> link, PrinterProfile profile, QObject* parent)
    : TicketPrinter(parent), m_link(std::move(link)), m_profile(std::move(profile))
{
    m_pollTimer.setInterval(2000);
    m_replyTimer.setInterval(3000);
    m_replyTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &EscPosPrinter::refreshStatus);
    connect(&m_replyTimer, &QTimer::timeout, this, &EscPosPrinter::onReplyTimeout);
    connect(m_link.get(), &PrinterLink::received, this, &EscPosPrinter::onReceived);
    connect(m_link.get(), &PrinterLink::failed, this, [this](const QString& reason) {
        // A printer that is off fails every poll: log when the reason changes, not every 2 s.
        if (reason != m_lastLinkError) {
            m_lastLinkError = reason;
            qWarning("printer %s: %s", qPrintable(m_link->describe()), qPrintable(reason));
        }
        onReplyTimeout(); // a broken link answers nothing: same outcome, without the wait
    });
}

void EscPosPrinter::start()
{
    m_link->open();
    refreshStatus();
    m_pollTimer.start();
}

void EscPosPrinter::refreshStatus()
{
    // One poll at a time: a slow printer must not accumulate unanswered queries.
    const bool pollPending = std::any_of(m_expected.begin(), m_expected.end(), [](const Expected& e) {
        return e.jobId == 0 && e.kind == StatusKind::PaperSensor;
    });
    if (!pollPending) {
        askStatus(0);
    }
}

int EscPosPrinter::print(const PrintedTicket& ticket)
{
    const int id = ++m_nextJob;
    if (m_status.known && !m_status.canPrint()) {
        // Known not to print: say so at once (queued, so callers can connect after print()).
        const QString why = m_status.text();
        QMetaObject::invokeMethod(
            this, [this, id, why] { finishJob(id, false, why); }, Qt::QueuedConnection);
        return id;
    }
    EscPosEncoder encoder(m_profile);
    if (!m_link->write(encoder.ticket(ticket))) {
        QMetaObject::invokeMethod(
            this, [this, id] { finishJob(id, false, QStringLiteral("无法连接打印机")); },
            Qt::QueuedConnection);
        return id;
    }
    askStatus(id);
    return id;
}

void EscPosPrinter::askStatus(int jobId)
{
    static constexpr StatusKind kAll[] = {StatusKind::Printer, StatusKind::OfflineCause,
                                          StatusKind::ErrorCause, StatusKind::PaperSensor};
    QByteArray query;
    for (StatusKind kind : kAll) {
        query += statusRequest(kind);
        m_expected.append({kind, kind == StatusKind::PaperSensor ? jobId : 0});
    }
    if (!m_link->write(query)) {
        onReplyTimeout();
        return;
    }
    if (!m_replyTimer.isActive()) {
        m_replyTimer.start();
    }
}

void EscPosPrinter::onReceived(const QByteArray& bytes)
{
    for (char c : bytes) {
        const auto b = quint8(c);
        if (m_expected.isEmpty() || !isStatusByte(b)) {
            continue; // unsolicited or noise: nothing asked for it
        }
        const Expected e = m_expected.takeFirst();
        m_lastLinkError.clear();
        applyStatusByte(m_incoming, e.kind, b);
        m_replyTimer.start(); // the printer is alive: give the rest of the queue a fresh window
        if (e.kind != StatusKind::PaperSensor) {
            continue;
        }
        // A full set of four replies: that is the printer's state now.
        publish(m_incoming);
        if (e.jobId != 0) {
            finishJob(e.jobId, m_status.canPrint(), m_status.canPrint() ? QString() : m_status.text());
        }
    }
    if (m_expected.isEmpty()) {
        m_replyTimer.stop();
    }
}

void EscPosPrinter::onReplyTimeout()
{
    const QList<Expected> lost = std::exchange(m_expected, {});
    m_replyTimer.stop();
    m_incoming = PrinterStatus();
    publish(PrinterStatus());
    for (const Expected& e : lost) {
        if (e.jobId != 0) {
            finishJob(e.jobId, false, m_status.text());
        }
    }
}

void EscPosPrinter::publish(const PrinterStatus& s)
{
    if (s == m_status) {
        return;
    }
    m_status = s;
    emit statusChanged(m_status);
}

void EscPosPrinter::finishJob(int jobId, bool ok, const QString& error)
{
    emit jobFinished(jobId, ok, error);
}

} // namespace hall
