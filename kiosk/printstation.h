// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printer/printedticket.h"
#include "printer/ticketprinter.h"

#include <QObject>
#include <QQmlEngine>

namespace hall {

/// The kiosk's view of its ticket printer: whether it can print now, and if not, why (for the
/// screen and, through DeviceReporter, for staff). Problems are also logged once each.
class PrintStation : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by KioskShell")
    Q_PROPERTY(bool ready READ isReady NOTIFY statusChanged FINAL)
    Q_PROPERTY(Problem problem READ problem NOTIFY statusChanged FINAL)

public:
    enum class Problem
    {
        None,
        PaperOut,
        CoverOpen,
        Offline, ///< not answering, or not configured
        Fault,
    };
    Q_ENUM(Problem)

    /// `printer` may be null (a kiosk without a printer shows every ticket on screen).
    explicit PrintStation(TicketPrinter* printer, QObject* parent = nullptr);

    bool isReady() const { return m_printer != nullptr && m_printer->isReady(); }
    Problem problem() const;
    /// Still prints, but the roll is nearly used up: staff should change it soon.
    bool paperLow() const { return m_printer != nullptr && m_printer->status().paperNearEnd; }
    /// The printer's own words for staff (e.g. 缺纸); empty without a printer.
    QString statusText() const { return m_printer != nullptr ? m_printer->status().text() : QString(); }

    /// Starts printing; false when the printer cannot print now (then nothing is sent).
    bool print(const PrintedTicket& ticket);
    /// Forgets the job in flight: its outcome no longer matters to anybody.
    void abandon() { m_job = -1; }

signals:
    void statusChanged();
    void finished(bool ok);

private:
    void onStatus();
    void onJob(int jobId, bool ok, const QString& error);

    TicketPrinter* m_printer;
    int m_job = -1;
    Problem m_logged = Problem::None;
};

} // namespace hall
