// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

namespace hall {

/// Booking refusals speak the one vocabulary (ErrorCode, core/domain/errorcode.h); these names are
/// the booking engine's spelling of it. `until` carries the moment a refusal lasts to (NOT_YET_OPEN:
/// when booking opens; PENALTY_ACTIVE: when the ban ends).
using BookingErrorCode = ErrorCode;
using BookingError = Error;
template <typename T> using BookingResult = Result<T>;

} // namespace hall
