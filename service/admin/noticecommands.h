// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admincommands.h"

namespace hall {

/// `hall-admin notices list|set FILE|add ZH [EN]|remove N`: the lobby's public notices in the file the
/// service reads (`notices` in its options). Every change is checked as the service checks it and
/// written whole (a temporary file renamed into place); the service shows it after a reload
/// (`systemctl reload hall-service`), which pushes it to every display. Returns 0, 1 refused, 2 usage.
int runNoticeCommand(const QStringList& args, const QString& noticesFile, AdminIo& io);

QString noticeUsage();

} // namespace hall
