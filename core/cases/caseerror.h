// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

namespace hall {

/// Case refusals speak the one vocabulary (ErrorCode, core/domain/errorcode.h); these names are the
/// case engine's spelling of it. `until` carries, for RATE_LIMITED, when the resident may try again.
using CaseErrorCode = ErrorCode;
using CaseError = Error;
template <typename T> using CaseResult = Result<T>;

} // namespace hall
