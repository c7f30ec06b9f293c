// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "opcontext.h"

namespace hall {

/// device.status {kind, status, message?, requestId?}: any authenticated device reports one of its
/// peripherals; the service journals `device.status` when the report is new (deviceops.cpp).
void opDeviceStatus(OpContext ctx);

} // namespace hall
