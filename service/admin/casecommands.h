// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admincommands.h"

#include <QSqlDatabase>

namespace hall {

/// Runs one `case …` command of hall-admin: granting staff the case types they may act on, and
/// importing cases from a CSV export (docs/cases.md). Returns 0 done, 1 refused, 2 usage error.
int runCaseCommand(const QStringList& args, QSqlDatabase db, const QString& dataDir, AdminIo& io);

/// The `case …` lines of hall-admin's usage text.
QString caseUsage();

} // namespace hall
