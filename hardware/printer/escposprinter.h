// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escpos.h"
#include "escposencoder.h"
#include "printerlink.h"
#include "ticketprinter.h"

#include <QList>
#include <QTimer>

#include <memory>

namespace hall {

/// A thermal printer spoken to in ESC/POS over any PrinterLink. Status comes from DLE EOT 1-4,
/// polled on a timer and asked again after every job: a job is reported finished only when the
/// printer has answered after it, and reported failed when that answer shows paper end, an open
/// cover, a cutter error or no answer at all.
class EscPosPrinter : public TicketPrinter
{
    Q_OBJECT

public:
    EscPosPrinter(std::unique_ptr<PrinterLink> link, PrinterProfile profile, QObject* parent = nullptr);

    void start() override;
    int print(const PrintedTicket& ticket) override;
    PrinterStatus status() const override { return m_status; }
    void refreshStatus() override;

    void setPollInterval(int ms) { m_pollTimer.setInterval(ms); }
    /// How long the printer may take to answer a status query before it counts as gone.
    void setReplyTimeout(int ms) { m_replyTimer.setInterval(ms); }
    PrinterLink* link() const { return m_link.get(); }
    const PrinterProfile& profile() const { return m_profile; }

private:
    struct Expected
    {
        escpos::StatusKind kind;
        int jobId; ///< job settled by this reply (the last of a set), 0 for polls
    };

    void askStatus(int jobId);
    void onReceived(const QByteArray& bytes);
    void onReplyTimeout();
    void publish(const PrinterStatus& s);
    void finishJob(int jobId, bool ok, const QString& error);

    std::unique_ptr<PrinterLink> m_link;
    PrinterProfile m_profile;
    PrinterStatus m_status;
    PrinterStatus m_incoming;
    QList<Expected> m_expected;
    QTimer m_pollTimer;
    QTimer m_replyTimer;
    QString m_lastLinkError;
    int m_nextJob = 0;
};

} // namespace hall
