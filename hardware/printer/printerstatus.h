// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace hall {

/// A printer's state as its real-time status replies (DLE EOT 1-4) describe it.
struct PrinterStatus
{
    Q_GADGET
    Q_PROPERTY(bool known MEMBER known)
    Q_PROPERTY(bool online MEMBER online)
    Q_PROPERTY(bool paperEnd MEMBER paperEnd)
    Q_PROPERTY(bool paperNearEnd MEMBER paperNearEnd)
    Q_PROPERTY(bool coverOpen MEMBER coverOpen)
    Q_PROPERTY(bool cutterError MEMBER cutterError)
    Q_PROPERTY(bool unrecoverableError MEMBER unrecoverableError)
    Q_PROPERTY(bool canPrint READ canPrint)
    Q_PROPERTY(QString text READ text)

public:
    bool known = false; ///< false until the printer has answered at all (or after it stopped answering)
    bool online = false;
    bool paperEnd = false;
    bool paperNearEnd = false; ///< still prints; staff should change the roll soon
    bool coverOpen = false;
    bool cutterError = false;
    bool unrecoverableError = false;

    bool canPrint() const
    {
        return known && online && !paperEnd && !coverOpen && !cutterError && !unrecoverableError;
    }
    /// Short Chinese description for staff alerts, e.g. "缺纸".
    QString text() const;
    bool operator==(const PrinterStatus&) const = default;
};

} // namespace hall

Q_DECLARE_METATYPE(hall::PrinterStatus)
