// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printedticket.h"
#include "printerstatus.h"

#include <QObject>

namespace hall {

/// A ticket printer as the kiosk sees it: print a ticket, learn whether it came out, and watch the
/// printer's status so the kiosk can offer an on-screen ticket instead and the service can alert
/// staff. Asynchronous: print() returns a job id at once; jobFinished() reports the outcome.
class TicketPrinter : public QObject
{
    Q_OBJECT
    Q_PROPERTY(hall::PrinterStatus status READ status NOTIFY statusChanged FINAL)
    Q_PROPERTY(bool ready READ isReady NOTIFY statusChanged FINAL)

public:
    using QObject::QObject;

    /// Opens the connection and starts status polling.
    virtual void start() = 0;
    /// Queues a ticket; the returned id comes back in jobFinished().
    virtual int print(const PrintedTicket& ticket) = 0;
    virtual PrinterStatus status() const = 0;
    /// Asks the printer for its status now instead of waiting for the next poll.
    virtual void refreshStatus() = 0;

    bool isReady() const { return status().canPrint(); }

signals:
    void statusChanged(const hall::PrinterStatus& status);
    /// ok is false when the ticket did not (fully) come out; `error` then says why, in Chinese.
    void jobFinished(int jobId, bool ok, const QString& error);
};

} // namespace hall
