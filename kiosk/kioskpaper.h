// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printer/printedticket.h"

#include <QObject>
#include <QQmlEngine>

namespace hall {

class PrintStation;

/// A paper the kiosk hands out (a queue ticket, a booking slip) and the one way its printing is
/// told across the kiosk: Printing while the printer has it, then Printed, or NotPrinted (no paper,
/// printer offline, job failed: the page shows it on screen instead). A subclass says what goes on
/// paper; the flows call print(), printFinished() and abandonPrint() and read printState.
class KioskPaper : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(PrintState printState READ printState NOTIFY printStateChanged FINAL)

public:
    enum class PrintState
    {
        None,
        Printing,
        Printed,
        NotPrinted, ///< shown on screen instead (paper out, printer offline, job failed)
    };
    Q_ENUM(PrintState)

    using QObject::QObject;

    PrintState printState() const { return m_printState; }
    void setPrintState(PrintState state);
    /// Sends the paper to `printer` with the centre's Chinese name on it: Printing, or NotPrinted
    /// at once when the printer cannot take it. True while it prints.
    bool print(PrintStation* printer, const QString& centreNameZh);
    /// The printer's answer to a job; false, changing nothing, when this paper was not printing.
    bool printFinished(bool ok);
    /// The person has gone: a job in flight no longer matters to anybody (the printer forgets it).
    void abandonPrint(PrintStation* printer);

    /// What goes on paper: always Chinese, the hall's language.
    virtual PrintedTicket printed(const QString& centreNameZh) const = 0;

signals:
    void printStateChanged();

protected:
    /// A new or cleared paper: not printed yet, announced even when it already said so.
    void resetPrintState();

private:
    PrintState m_printState = PrintState::None;
};

} // namespace hall
