// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "opcontext.h"

namespace hall {

/// config.reload {}: an admin device asks the service to read its reloadable configuration again
/// (notices, the booking calendar and special dates), as SIGHUP does; the reply lists each file's
/// outcome (applied, unchanged, refused with its problems) (adminops.cpp).
void opConfigReload(OpContext ctx);

/// retention.run {}: an admin device runs the retention pass now, as the nightly timer does; the
/// reply holds its counts (adminops.cpp).
void opRetentionRun(OpContext ctx);

} // namespace hall
