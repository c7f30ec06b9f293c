// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "opcontext.h"

namespace hall {

/// For a request carrying a `requestId`: when the request ledger already knows it, answers it from
/// there (a retry gets the first result, a request still running is answered when it ends, a reused
/// id with other arguments gets REQUEST_ID_REUSED) and returns true. Returns false for a new
/// request, which the caller runs after `ctx.ledger.begin(...)`.
bool answeredFromLedger(const OpContext& ctx, const QString& requestId,
                        const RequestLedger::LazyFingerprint& fingerprint);

} // namespace hall
