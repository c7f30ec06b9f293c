// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace hall::fanouttrace {

/// Where a call's time goes between processes (bench-fanout): with HALL_FANOUT_TRACE naming a
/// directory, the service and each relay append one line per public push (and a relay one per
/// event it receives) to <dir>/<pid>.trace, stamped with CLOCK_MONOTONIC, which every process of
/// the machine shares. Off (one branch per push) when the variable is unset.
bool enabled();

/// CLOCK_MONOTONIC in nanoseconds.
qint64 nowNs();

/// Appends "<what> <a> <b> <c> <d>\n" with one write(2), so a killed process loses nothing.
void record(const char* what, qint64 a, qint64 b, qint64 c, qint64 d);

} // namespace hall::fanouttrace
