// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/errorcode.h"
#include "domain/halltime.h"
#include "domain/result.h"

#include <string>

namespace hall::test {

// What the engine fixtures (booking, cases) share.

/// `day` at h:m:s in the hall's time zone.
inline QDateTime at(QDate day, int h, int m = 0, int s = 0)
{
    return halltime::at(day, QTime(h, m, s));
}

/// A refusal as Catch prints it: CODE: message.
inline std::string describe(const Error& e)
{
    return (errorCodeName(e.code) + QStringLiteral(": ") + e.message).toStdString();
}

} // namespace hall::test
