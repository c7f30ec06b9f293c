// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admincommands.h"

namespace hall {

/// Where hall-admin found the hall it manages.
struct HallFiles
{
    QString dataDir;
    QString database; ///< file name inside dataDir
};

/// `hall-admin backup …` and `hall-admin restore …` (core/storage/hallbackup.h): an online,
/// verified backup while the service runs, rotation, verification and restore. Returns 0 done,
/// 1 refused, 2 usage error.
int runBackupCommand(const QStringList& args, const HallFiles& hall, AdminIo& io);
int runRestoreCommand(const QStringList& args, const HallFiles& hall, AdminIo& io);

/// The `backup …` and `restore …` lines of hall-admin's usage text.
QString backupUsage();

} // namespace hall
