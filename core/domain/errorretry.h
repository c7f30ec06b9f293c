// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errorcode.h"

#include <QString>

namespace hall {

/// The one list of refusals after which the service may not have run the request: no answer came
/// (Timeout, Disconnected), it could not take the request now (StorageFailed, RateLimited), or the
/// session was gone (Unauthenticated). A front end says "try again" rather than "refused", and
/// repeats the same request with its requestId, so the repeat can never run it twice. Every other
/// code means the request was read and refused: nothing changed. JourneyRequests, the kiosk's
/// refusals and the counter's ErrorText all ask here. Kept beside the vocabulary (defined in
/// errorcode.cpp) in a header of its own so that the few front-end files that ask do not make every
/// file that includes errorcode.h depend on it.
bool mayNotHaveRun(ErrorCode code);
/// The same for a code's protocol spelling; false for a spelling that is not a code.
bool mayNotHaveRun(const QString& codeName);

} // namespace hall
