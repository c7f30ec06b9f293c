// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookingerror.h"

#include <QDate>

namespace hall::enginetext {

// What the BookingEngine's files (bookingengine*.cpp) share to word their answers; not part of the
// engine's interface.

/// A refusal: nothing changed, and `message` says why in the resident's words (zh_CN).
inline BookingError refuse(BookingErrorCode code, QString message)
{
    return BookingError{code, std::move(message), {}};
}

/// A date as every refusal writes it: 2026-12-25.
inline QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

} // namespace hall::enginetext
