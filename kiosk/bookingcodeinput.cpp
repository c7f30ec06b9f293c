// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingcodeinput.h"

namespace hall {

void BookingCodeInput::setTyped(const QString& typed)
{
    QString out;
    for (const QChar c : typed.toUpper()) {
        if (out.size() < kLength && alphabet().contains(c)) {
            out.append(c);
        }
    }
    if (out != m_value) {
        m_value = out;
        emit changed();
    }
}

} // namespace hall
